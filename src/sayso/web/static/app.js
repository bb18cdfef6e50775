// Shows the resolved speaker, stance, hedging and chain of a highlighted span.
// Data comes from a JSON block; everything is written with textContent, never as HTML.
(function () {
  "use strict";
  var block = document.getElementById("attributions-data");
  var panel = document.getElementById("details");
  if (!block || !panel) return;
  var list = JSON.parse(block.textContent);
  var byId = {};
  list.forEach(function (a) { byId[a.id] = a; });

  function contentText(a) {
    if (!a.content) return "";
    var pieces = Array.isArray(a.content) ? a.content : [a.content];
    return pieces.map(function (p) { return p.text; }).join(" … ");
  }

  function chain(a) {
    var out = [], seen = {};
    while (a && !seen[a.id]) {
      seen[a.id] = true;
      out.unshift((a.speaker ? a.speaker.name : "—") + " (" + a.id + ")");
      a = a.cited_by ? byId[a.cited_by] : null;
    }
    return out.join(" → ");
  }

  function row(dl, term, value) {
    var dt = document.createElement("dt"); dt.textContent = term;
    var dd = document.createElement("dd"); dd.textContent = value;
    dl.appendChild(dt); dl.appendChild(dd);
  }

  function show(id) {
    var a = byId[id];
    if (!a) return;
    document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    document.querySelectorAll('mark[data-a="' + CSS.escape(id) + '"]').forEach(function (m) { m.classList.add("active"); });
    panel.replaceChildren();
    var dl = document.createElement("dl");
    dl.id = "detail-" + id;
    var sp = a.speaker;
    row(dl, "speaker", sp ? sp.name : "unknown");
    if (sp && sp.role) row(dl, "role", sp.role);
    if (sp && sp.affiliation) row(dl, "affiliation", sp.affiliation);
    if (sp) row(dl, "kind", sp.kind);
    row(dl, "cue", a.cue ? a.cue.text : "—");
    row(dl, "type", a.type);
    row(dl, "stance", a.stance + (a.hedged ? " (hedged)" : ""));
    row(dl, "chain", chain(a));
    if (a.dates && a.dates.length) row(dl, "dates", a.dates.map(function (d) { return d.text + " = " + d.date; }).join("; "));
    row(dl, "content", contentText(a));
    panel.appendChild(dl);
  }

  document.querySelectorAll("mark[data-a]").forEach(function (m) {
    m.addEventListener("mouseenter", function () { show(m.dataset.a); });
    m.addEventListener("click", function () { show(m.dataset.a); });
    m.addEventListener("focus", function () { show(m.dataset.a); });
  });
})();
