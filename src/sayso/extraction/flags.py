"""Inconsistencies inside one article that a careful editor would catch.

* role_conflict: one person given different titles ("President-elect Trump"
  in one paragraph, "President Trump" in another).
* headline_actor_mismatch: the headline credits a statement to someone other
  than the lede does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Attribution, Flag, Span, Speaker
from .source_phrases import GROUP_PRONOUNS, PERSON_PRONOUNS, POSSESSIVE, ROLE_ABBREVIATIONS, ROLE_WORDS
from .speakers import same_entity

WORD = re.compile(r"[A-Za-z][\w.’'\-]*")
# Words that change no role: "Foreign Minister" and "Minister" agree, so do "head coach" and "coach".
NEUTRAL = {"top", "senior", "head", "acting", "foreign", "defense", "defence", "interior", "finance",
           "press", "state", "white", "house", "campaign", "presidential", "republican",
           "democratic", "u.s.", "us", "of", "the", "chief", "regional", "opposition", "provincial", "municipal",
           "local"}
STOP = set("the a an of to in on at for and or but is are was were be been will would that this with by from as it its "
           "he she they his her their said says say told".split())


@lru_cache(maxsize=1 << 16)  # asked for every word of every article; words repeat
def _role_word(word: str) -> str | None:
    w = word.lower()
    if w in ROLE_ABBREVIATIONS:  # "Maj." is a rank, "Major" in full may be a name ("Major League", "John Major")
        return ROLE_ABBREVIATIONS[w]
    w = w.rstrip(".")
    return w if w in ROLE_WORDS else None


def titled_names(text: str):
    """Each (title words, span, name) where a run of role words stands right before a capitalised name."""
    words = list(WORD.finditer(text))

    def joined(k: int) -> bool:  # word k follows word k-1 after one space, within a sentence
        return k > 0 and text[words[k - 1].end():words[k].start()] == " " and not words[k - 1].group().endswith(".") \
            or k > 0 and words[k - 1].group().lower() in ROLE_ABBREVIATIONS and text[words[k - 1].end():words[k].start()] == " "

    roles = [_role_word(w.group()) for w in words]
    i = 0
    while i < len(words):
        if roles[i] is None:
            i += 1
            continue
        j = i
        while j < len(words) and roles[j] and (j == i or joined(j)):
            j += 1
        k = j
        while k < len(words) and k - j < 3 and joined(k) and words[k].group()[0].isupper() and not roles[k]:
            k += 1
        if k > j > i and roles[j - 1] != "of":  # "the architect of Obama's campaign" gives Obama no title
            title = roles[i:j]
            name = " ".join(w.group().rstrip(".’'") for w in words[j:k])
            yield title, Span.of(text, words[i].start(), words[k - 1].end() - words[k - 1].group().endswith(".")), name
        i = max(k, i + 1)


# Portfolios agree with a bare title ("Foreign Minister" is a minister) but not with another portfolio
PORTFOLIOS = {"foreign": "foreign", "defense": "defence", "defence": "defence", "interior": "interior",
              "finance": "finance"}


def _portfolios(words: list[str]) -> set[str]:
    return {PORTFOLIOS[w] for w in words if w in PORTFOLIOS}


def compatible(a: list[str], b: list[str]) -> bool:
    pa, pb = _portfolios(a), _portfolios(b)
    if pa and pb and not pa & pb:
        return False  # "Foreign Minister Ivo Brask" here, "Defence Minister Ivo Brask" there
    ka = [w for w in a if w not in NEUTRAL]
    kb = [w for w in b if w not in NEUTRAL]
    return ka == kb or not ka or not kb


TitledName = tuple[list[str], Span, str]  # title words, the span, the name


def _person_of(people: list[list[TitledName]], name: str) -> list[TitledName] | None:
    """The list `name` belongs to: a full name's own, or one begun by its surname alone; a surname alone
    goes with the last person of that surname."""
    if " " in name:
        return next((p for p in reversed(people) if p[0][2] == name), None) or next(
            (p for p in reversed(people) if " " not in p[0][2] and same_entity(p[0][2], name)), None)
    return next((p for p in reversed(people) if same_entity(p[0][2], name)), None)


def role_conflicts(text: str, speakers: list[Speaker]) -> list[Flag]:
    # one list per person: a full name starts or joins its own, a surname alone joins the last person
    # of that surname ("Mayor Ivo Brill" … "Mayor Brill" is not Senator Ada Brill)
    people: list[list[TitledName]] = []
    for title, span, name in titled_names(text):
        if "former" in title or not any(w not in NEUTRAL for w in title):
            continue
        person = _person_of(people, name)
        if person is None:
            people.append([(title, span, name)])
        else:
            person.append((title, span, name))
    flags = []
    for mentions in people:
        first = mentions[0]
        for other in mentions[1:]:
            if not compatible(first[0], other[0]):
                speaker = next((s for s in speakers if s.kind == "person" and same_entity(s.name, first[2])), None)
                flags.append(Flag(
                    "role_conflict",
                    f"{first[2]} is called “{' '.join(first[0])}” and “{' '.join(other[0])}”",
                    [first[1], other[1]], speaker.id if speaker else None))
                break
    return flags


def _content_words(text: str) -> set[str]:
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z]{3,}", text) if w.lower() not in STOP}


def _rejects(a: Attribution) -> bool:
    return a.stance in ("denies", "retracts")


def _speaks_for(a: Speaker, b: Speaker) -> bool:
    """"Kestrel says …" in the headline, "Kestrel's Foreign Minister Ilse Marrow said …" in the lede; "Judge
    rejects …" over "A district court rejected …": a judge rules for the court, whose name the text may not give;
    "Tolv's office" speaks for "Tolv and Asker", a pair she is one of."""
    judge = a.kind == "person" and (a.role or "").lower().split()[-1:] in (["judge"], ["justice"])
    owner = re.match(r"(.+?)['’]s\s", a.name)  # "Kestrel's military" speaks for Kestrel
    names = [n for n in re.split(r",\s*|\s+and\s+", b.name) if n] if b.members else [b.name]  # "Tolv and Asker"
    return any((a.affiliation is not None and same_entity(a.affiliation, n)) or (
        owner is not None and same_entity(owner[1], n)) for n in names) or (
        judge and a.affiliation is None and b.name.lower().split()[-1:] == ["court"])


def _same_office(a: Speaker, b: Speaker) -> bool:
    """"Velmora mayor's office" and "Mayor Ivo Quill's office": one body, its owners sharing a word."""
    owned = [re.match(r"(.+)['’]s\s+(\w+)$", sp.name) for sp in (a, b)]
    if not all(owned):
        return False
    (owner_a, body_a), (owner_b, body_b) = (m.groups() for m in owned if m)
    return body_a.lower() == body_b.lower() and bool(set(owner_a.lower().split()) & set(owner_b.lower().split()))


def _described_only(sp: Speaker) -> bool:
    """"Lawmaker", "Retired General", "advisers to Mr. Obama": no name, only what the person is."""
    last = sp.name.split()[-1]
    # also a plural: "Leaders pledge …" over "The leaders of Lannmark and Oskria said …"
    return sp.kind == "anonymous" or not sp.name[:1].isupper() or _role_word(last) is not None or (
        last.endswith("s") and _role_word(last[:-1]) is not None)


# Titles a headline sums up in one word: "Lawmaker says …" over "Rep. Adam Schiff said …"
KIN_ROLES = ({"lawmaker", "representative", "senator", "congressman", "congresswoman", "legislator", "del."},
             {"general", "commander", "officer"}, {"official", "spokesman", "spokeswoman", "spokesperson", "aide"},
             {"banker", "governor"})  # "Central banker hints at …" over "Deputy governor Nils Orban said …"


def _other_role(described: Speaker, sp: Speaker) -> bool:
    """The lede's speaker holds a role that is not the headline's description ("Mayor" over a columnist)."""
    want = _role_word(described.name.split()[-1])
    have = [w for w in map(_role_word, (sp.role or "").split()) if w]
    if not have or want is None:
        return False
    told, held = _portfolios([w.lower() for w in described.name.split()]), _portfolios(have)
    if told and held and not told & held:
        return True  # "Defence minister says …" over Foreign Minister Ivo Brask
    return have[-1] != want and not any(want in kin and have[-1] in kin for kin in KIN_ROLES)


def headline_mismatch(headline: Span | None, attributions: list[Attribution], speakers: dict[str, Speaker],
                      body_start: int) -> Flag | None:
    """Compare who the headline credits with who the lede credits, for the same statement."""
    if headline is None:
        return None
    in_head = [a for a in attributions if a.cue and headline.start <= a.cue.start < headline.end and a.speaker_id]
    in_body = [a for a in attributions if a.cue and a.cue.start >= body_start and a.speaker_id and a.type != "story"]
    if not in_head or not in_body:
        return None
    head = in_head[0]
    head_words = _content_words(" ".join(c.text for c in head.content) or headline.text)
    a = speakers[head.speaker_id]
    # the lede's statements that the headline's is about: of the body's first three, those of the same kind
    # ("Ministry denies report that X" is not the columnist's "X") sharing two content words with it
    # (one word of a short headline is enough for the first when the headline names a role the lede's speaker
    # does not hold: "Defence minister says troops will stay" over "President-elect Mara Tolv said that
    # Kestrel's troops would remain …")
    same = [lede for k, lede in enumerate(in_body[:3]) if _rejects(lede) == _rejects(head) and len(
        head_words & _content_words(" ".join(c.text for c in lede.content))) >= (
            1 if k == 0 and len(head_words) <= 3 and _other_role(a, speakers[lede.speaker_id]) else 2)]
    if not same:
        return None
    lede = same[0]
    b = speakers[lede.speaker_id]
    if _unknown(a) or _unknown(b) or a.kind == "person" and not _described_only(a) and _role_only(b) and not \
            _other_role(b, a):  # but "The Velmora police chief" is not Mayor Dana Quill
        return None  # a pronoun, a document, or a role for the headline's named actor cannot tell them apart
    if _described_only(a) and not any(m.start >= body_start for m in a.mentions) and not _other_role(a, b):
        return None  # "Lawmaker says …" over "Rep. Adam Schiff said …": the headline describes the lede's man
    if a.kind == "anonymous" and a.role and b.kind == "person" and not _other_role(a, b):
        return None  # "A former DNC chairman" (the headline's, named so in the body too) may be the lede's Don Fowler
    if any(_credits(a, speakers[other.speaker_id]) for other in same):
        return None  # the lede credits the headline's actor too ("…, according to Rush Limbaugh, the move …")
    said = " ".join(c.text for c in head.content)
    surname = POSSESSIVE.sub("", b.name).split()[-1] if b.name.strip() else ""
    if b.kind == "person" and surname and re.search(rf"\b{re.escape(surname)}\b", said):
        return None  # the headline speaks of the lede's speaker: "Politifact: Donald Trump Is Right, …" over his claim
    spans = [s for s in (head.source, lede.source) if s is not None]
    return Flag("headline_actor_mismatch",
                f"the headline credits “{a.name}”, the lede credits “{b.name}” for the same statement", spans, a.id)


# What cannot be told apart from another actor: a pronoun no one was found for ("they"), a document ("One
# Tweet …") or an outlet told only by its kind ("Popular Website"; not a name such as "Washington Post")
UNKNOWN_ACTORS = PERSON_PRONOUNS | GROUP_PRONOUNS | {"tweet", "video", "ad", "report", "statement", "letter", "memo",
                                                     "study", "poll", "survey", "website", "site", "newspaper",
                                                     "outlet", "publication", "blog", "minutes", "documents",
                                                     "records", "data", "figures", "papers"}


def _unknown(sp: Speaker) -> bool:
    return any(w in UNKNOWN_ACTORS for w in sp.name.lower().split()[-1:])


def _role_only(sp: Speaker) -> bool:
    """"The Republican presidential nominee": a person told only by a role, who may be anyone named."""
    return sp.kind in ("person", "anonymous") and any(_role_word(w) for w in sp.name.split()[-1:])


def _credits(a: Speaker, b: Speaker) -> bool:
    """The same actor, or one speaking for the other."""
    return a.id == b.id or same_entity(a.name, b.name) or _speaks_for(a, b) or _speaks_for(b, a) or _same_office(a, b)


# What outlets append when they change a story: "An earlier version of this story misstated …", "This article
# has been updated to …", "Correction: …", the wires' "(Corrects spelling of name in paragraph 3)".
CORRECTION = re.compile(
    r"^[ \t]*(?:correction|clarification|editor[’']?s\s+note)\s*[:—–-][ \t]*(?:\n\s*)?[^\n]*"
    r"|^[ \t]*\((?:corrects|updates|adds|recasts|changes|fixes)\b[^)\n]*\)"
    r"|\b(?:an?|the)\s+(?:earlier|previous|original)\s+version\s+of\s+this\s+(?:story|article|report|post|item)\b[^\n]*?(?:[.!?](?=\s|$)|$)"
    r"|\bthis\s+(?:story|article|report|post)\s+(?:has\s+been|was)\s+(?:corrected|updated|amended|changed|edited)\b"
    r"[^\n]*?(?:[.!?](?=\s|$)|$)", re.I | re.M)


# cheap to look for, so that most articles skip CORRECTION, which tries every word
NOTE_WORD = re.compile(r"version\s+of\s+this|this\s+(?:story|article|report|post)\s+(?:has\s+been|was)\s|"
                       r"^[ \t]*\(?(?:correction|clarification|editor|corrects|updates|adds|recasts|changes|fixes)",
                       re.I | re.M)


def correction_notices(text: str, body_start: int) -> list[Flag]:
    """The outlet's own notes on the story (corrections, updates, editor's notes): a standards editor wants
    them next to what the story says."""
    out: list[Flag] = []
    if not NOTE_WORD.search(text, body_start):
        return out
    for m in CORRECTION.finditer(text, body_start):
        note = " ".join(m.group(0).split())
        note = note if len(note) <= 200 else note[:199] + "…"
        out.append(Flag("correction_notice", f"the outlet's note on this story: “{note}”",
                        [Span.trimmed(text, m.start(), m.end(), " \t\r\n")]))
    return out
