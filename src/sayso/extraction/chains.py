"""Chains of attribution: who carries whose words.

* "The Times reported, citing sources, that …": the Times carries an inner
  report by "sources" of the same content.
* "The Post quoted a senior official as saying …": the Post carries the
  official's words.
* "According to X, the ministry confirmed that …": X carries the ministry's
  confirmation. When X is only a document ("…, according to a statement
  released on Monday"), the report is the ministry's own and the document is
  not made a speaker.
* "A memo seen by the Courier shows that …", "according to a letter obtained
  by the Post": the outlet carries the document's report (the outlet saw the
  document; it did not write it).
* The dateline's agency ("MOSCOW, Nov 18. /TASS/.") carries the whole story;
  that link is made in the pipeline, where the dateline is known.

The tagger was trained on univocal data (one role per token), so it sees
either the outer or the inner report; these patterns recover both and
repair the outer spans the tagger gave.
"""

from __future__ import annotations

import re
from typing import Callable

from ..model import Attribution, Span
from . import dates, stance
from .source_phrases import read_source
from .speakers import SpeakerResolver

OUTER_CUE = r"(?:(?:had|has|have|was|were|is)\s+)?(?:reported|reports|said|says|wrote|writes|claimed|claims|stated|states|announced|learned|has learned|added)"
# The end of a sentence, not the dot of an initial ("U.S. officials")
SENTENCE_CLOSES = r"(?<!\b[A-Z])(?=\.(?:\s|$)|[;!?]|\n|$)"
# "reported, citing sources, that …", and the wire's closing form "…, the Courier reported on Tuesday, citing
# two people familiar with the matter." (the citing phrase ends the sentence)
CITING = re.compile(
    rf"(?P<cue>\b{OUTER_CUE})(?:\s+(?:on|late|early|earlier|last|this|in)\b[^,;:\n]{{1,30}}?)?\s*,?\s*"
    r"(?P<inner_cue>citing|quoting)\s+"
    r"(?P<inner>[^,;:\n]{2,100}?)\s*(?:,\s*|(?=\s+that\b)|(?P<closing>" + SENTENCE_CLOSES + "))")
# Closing a sentence, "citing" also gives a reason ("McConnell said, citing the release of prisoners"):
# there the cited must be someone who can report, or a name.
CITED = re.compile(
    r"\b(?:sources?|officials?|people|persons?|aides?|diplomats?|officers?|analysts?|witnesses|executives?|"
    r"insiders?|spokes(?:man|woman|person)|lawmakers?|documents?|reports?|statements?|filings?|memos?|letters?|"
    r"interviews?|e-?mails?|messages|records|minutes|recordings?|transcripts?|ministry|government|police|agency|"
    r"someone)\b|^(?:the\s+)?(?-i:(?:[A-Z][\w.&'’-]*\s*)+)$", re.I)
# "The Courier reported that the harbor master had resigned, citing two people familiar with the matter."
CITING_AFTER = re.compile(
    r"\s*,\s*(?P<inner_cue>citing|quoting)\s+(?P<inner>[^,;:\n]{2,100}?)\s*" + SENTENCE_CLOSES)
# "The Times, citing two officials, reported that …": the citing phrase before the outer cue
CITING_FIRST = re.compile(
    r",\s*(?P<inner_cue>citing|quoting)\s+(?P<inner>[^,;:\n]{2,100}?)\s*,\s*(?:(?:also|later|earlier)\s+)?"
    rf"(?P<cue>{OUTER_CUE})\b")
# "Foreign Minister Anja Brodd was quoted by state media as saying …": the inner source is the subject
QUOTED_BY = re.compile(
    r"\s(?:was|were|is|are|has\s+been|had\s+been)\s+(?P<cue>quoted)\s+by\s+"
    r"(?P<outer>[^,;:\n]{2,80}?(?:,\s*[^,;:\n]{2,60}?,)?)\s+"  # "by the station, Harbour FM, as saying"
    r"(?P<inner_cue>as\s+(?:saying|stating|telling\s+\w+))\b\s*,?\s*")
# "According to a report in the Courier, which cited two pilots, the vote was …"
ACCORDING_WHICH_CITED = re.compile(
    r"(?P<cue>\b[Aa]ccording\s+to)\s+(?P<outer>[^,;:\n]{2,100}?)\s*,\s*(?:which|who)\s+"
    r"(?P<inner_cue>cited|quoted)\s+(?P<inner>[^,;:\n]{2,100}?)\s*,\s*")
QUOTED_AS_SAYING = re.compile(
    r"(?P<cue>\bquoted)\s+(?!by\s)(?P<inner>[^,;:\n]{2,100}?)\s+(?P<inner_cue>as\s+(?:saying|stating|telling\s+\w+))\b\s*,?\s*")
# "the city government confirmed that …" at the start of an according-to content, "the mayor had told
# aides …" at the start of an indirect one
EMBEDDED_REPORT = re.compile(
    r"(?:that\s+)?(?P<inner>(?:[A-Z]|the\s)[^,;:\n“”\"]{1,80}?)\s+(?P<inner_cue>(?:has\s+|have\s+|had\s+)?"
    r"(?:confirmed|said|announced|denied|stated|reported|acknowledged|admitted|warned|claimed|insisted|"
    r"promised|told\s+(?:him|her|them|us|me|reporters|journalists|aides|parliament|lawmakers|"
    r"the\s+\w+(?:\s+(?!that\b)\w+)?|[A-Z]\w+)))"  # "told the finance minister"
    r"\b\s*")
# "rejected claims by opposition leader Ada Brill that …", "rejected as “baseless” a report in the Velmora
# Courier that …": a report named by its noun (after "in", only a name: not "a report in March that")
NOMINAL_REPORT = re.compile(
    r"(?:as\s+[“\"][^“”\"\n]{1,40}[”\"]\s+)?"
    r"(?:(?:a|an|the|these|those|her|his|their|its)\s+)?(?:\w+\s+)?(?P<inner_cue>claims?|allegations?|accusations?|"
    r"assertions?|suggestions?|reports?|charges?|statements?|remarks?)\s+"
    r"(?:by|from|in(?=\s+(?:the\s+)?[A-Z])(?!\s+" + dates.MONTH_RE + r"\s))\s+"
    r"(?!(?:over|during|in|on|at|last|earlier)\b)(?P<inner>[^,;:\n“”\"]{2,80}?)"
    r"(?:\s+(?:last|this|on|earlier)\s+(?:week|month|year|[A-Z]\w+))?\s+that\b(?!\s*\w+ed\b)\s*")
# Lower case only: "the Washington Post" and "the Daily Report" are outlets, not documents.
DOCUMENT = re.compile(
    r"\b(?:statement|release|report|letter|filing|document|memo|e-?mail|post|tweet|transcript|records?|"
    r"data|figures|minutes|notice|announcement|court papers|complaint|study|survey)s?\b")
CHAIN_WORD = re.compile(r"\b(?:citing|quoting|quoted|cited)\b")
SUBORDINATE = re.compile(r"\b(?:after|before|when|while|since|because|as|than|until|once|if|though|although|where)\s+")
CONJUNCTION = re.compile(r"(?:But|And|Yet|So|Still|Meanwhile|However),?\s+")
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)(?=[A-Z“\"])")


def subject_before(text: str, cue_start: int) -> Span | None:
    """The subject before a cue: from the sentence start (or the clause's) to the cue."""
    line_start = text.rfind("\n", 0, cue_start) + 1
    starts = [m.end() for m in SENTENCE_START.finditer(text, line_start, cue_start)]
    start = starts[-1] if starts else line_start
    clause = [m.end() for m in SUBORDINATE.finditer(text, start, cue_start)]  # "The denial came a day after the …"
    start = clause[-1] if clause else start
    opening = CONJUNCTION.match(text, start)  # "But Foreign Minister …"
    start = opening.end() if opening else start
    return Span.trimmed(text, start, cue_start) if cue_start - start <= 80 else None


def find_chain(text: str, at: Attribution) -> re.Match[str] | None:
    """A citing / quoted-as-saying phrase around the attribution's cue and the start of its content, or a
    citing phrase closing the sentence right after its content."""
    anchors = [s for s in (at.source, at.cue) if s is not None] + at.content[:1]
    if not anchors:
        return None
    lo = max(0, min(s.start for s in anchors) - 160)  # "X, citing <up to 100 characters>, reported …"
    hi = at.content[0].start + 120 if at.content else max(s.end for s in anchors)
    cue = at.cue
    if cue is not None:
        hi = max(hi, cue.end + 160)  # the citing phrase after the cue, the content before both
    if not CHAIN_WORD.search(text, lo, min(max(hi, at.content[-1].end + 150 if at.content else hi), len(text))):
        return None  # every pattern below needs one of these words: most reports have none near them
    for pattern in (QUOTED_AS_SAYING, QUOTED_BY, ACCORDING_WHICH_CITED, CITING, CITING_FIRST):
        for m in pattern.finditer(text, lo, min(hi, len(text))):
            if (cue is None or (m.start() <= cue.end and cue.start <= m.end())) and (
                    m.groupdict().get("closing") is None or CITED.search(m["inner"])):
                return m
    if at.content and cue is not None and cue.end <= at.content[-1].start:
        last = at.content[-1]  # "X reported that Y, citing Z." (the tagger may have run Y over the phrase)
        for m in CITING_AFTER.finditer(text, last.start, min(last.end + 150, len(text))):
            if last.start < m.start() <= last.end + 1 and CITED.search(m["inner"]):
                return m
    return None


def link_chains(text: str, attributions: list[Attribution], next_id: Callable[[], str]) -> list[Attribution]:
    """Adds the inner attribution of every "citing X" / "quoted X as saying", repairing the outer one."""
    def owns(at: Attribution, m: re.Match[str]) -> bool:
        """The report is the outer one of the chain, not the tagger's "citing X" as a report of its own."""
        if "cue" not in m.re.groupindex:  # citing after the content: whose content it follows
            return at.cue is not None and not overlaps(at.cue, m.span("inner_cue"))
        return at.cue is not None and overlaps(at.cue, m.span("cue"))

    found = [(at, find_chain(text, at)) for at in attributions]
    owned = [(at, m) for at, m in found if m and owns(at, m)]
    # The tagger's "citing X" or "saying" as a report of its own: folded into the outer report, which
    # takes its content when it has none past the chain phrase ("… quoted by state media as | saying that …").
    folded: dict[int, list[Span]] = {}  # owner's id() → contents of the reports folded into it
    skipped: set[int] = set()
    for at, m in found:
        owner = next((o for o, om in owned if o is not at and at.cue is not None and overlaps(at.cue, om.span("inner_cue"))
                      and not (m and owns(at, m))), None)
        if owner is not None:
            folded.setdefault(id(owner), []).extend(at.content)
            skipped.add(id(at))
    out: list[Attribution] = []
    for at, m in found:
        if id(at) in skipped:
            continue
        out.append(at)
        if m is None:
            continue
        if "outer" in m.re.groupindex:  # "Y was quoted by X as saying", "According to X, which cited Y, …"
            at.source = Span.trimmed(text, m.start("outer"), m.end("outer"))
            inner_source = (Span.trimmed(text, m.start("inner"), m.end("inner")) if "inner" in m.re.groupindex
                            else subject_before(text, m.start()))
        else:
            inner_source = Span.trimmed(text, m.start("inner"), m.end("inner"))
        if "cue" in m.re.groupindex:
            at.cue = Span.of(text, m.start("cue"), m.end("cue"))
            subject_end = min(m.start("cue"), m.start())  # "The Times, citing …, reported": the subject ends at the comma
            content_first = bool(at.content) and at.content[0].end <= subject_end  # "Y, the Times reported, citing X."
            if "outer" not in m.re.groupindex and not content_first and (
                    at.source is None or at.source.end > subject_end):
                at.source = subject_before(text, subject_end)
        # The tagger may have run the content over the chain phrase.
        content = []
        for c in at.content:
            if "outer" in m.re.groupindex and c.end <= m.start():
                continue  # the subject of "Y was quoted by X", which the tagger took for content
            if m.start() < c.end and c.start < m.end():
                c = Span.trimmed(text, m.end(), c.end) if c.end > m.end() and c.start >= m.start() else (
                    Span.trimmed(text, c.start, m.start()) if c.start < m.start() and "outer" not in m.re.groupindex
                    else None)
            if c is not None:
                content.append(c)
        at.content = content or sorted(folded.get(id(at), []), key=lambda c: c.start) or at.content
        if at.type != "according_to":
            at.type = stance.attribution_type(at.cue.text, at.content)
        inner_cue = Span.of(text, m.start("inner_cue"), m.end("inner_cue"))
        inner_type = stance.attribution_type(inner_cue.text, at.content) if at.type == "according_to" else at.type
        # the carrier reports; what the one it carries does is told by the inner cue ("as saying": asserts)
        inner_stance = stance.stance_of(inner_cue.text, at.content) if at.stance == "reports" else at.stance
        out.append(Attribution(next_id(), inner_type, inner_source, inner_cue, list(at.content),
                               stance=inner_stance, hedged=at.hedged, cited_by=at.id))
    return out


# "a memo seen by the Orvel Press", "A letter obtained by the Harlow Ledger", "messages shared with the Sentinel",
# "The memo, first published by the Arden Times", "a study published on Monday in the Journal of Northern Ecology"
# (an outlet that publishes a document did not write it)
DOCUMENT_SEEN = re.compile(
    r"(?P<inner>\b(?:(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\w’'-]+\s+){0,3}?"
    r"|(?!(?:to|by|of|in|on|at|from|with|and|according)\b)[a-z][\w’'-]*\s+)?"  # "internal messages"
    r"(?:document|memo(?:randum)?|letter|report|"
    r"e-?mail|draft|copy|recording|video|transcript|filing|presentation|contract|file|message|study|paper|survey|finding)s?)"
    r"(?:,\s+first|,)?\s+"
    r"(?P<cue>seen|obtained|reviewed|viewed|shared\s+with|provided\s+to|leaked\s+to|published"
    r"(?:\s+(?:on\s+\w+|last\s+\w+|this\s+\w+|online))?(?:\s+in(?=\s+(?:the\s+)?(?:journal\s+)?[A-Z]))?)\s+(?:by\s+)?"
    r"(?P<outer>(?:the\s+)?(?:journal\s+)?[A-Z][^,;:\n]{1,60}?)"
    r"(?=\s*[,.;:]|\s*$|\s+(?:on|last|this|earlier)\s|"  # "The memo, first published by the Arden Times on Monday,"
    r"\s+(?:has|had|have|also|shows?|showed|says|said|states?|stated|reveals?|revealed|found|finds|"
    r"suggests?|suggested|indicates?|indicated|confirms?|confirmed|lists?|listed|warns?|warned)\b)")


def documents_seen(text: str, attributions: list[Attribution], next_id: Callable[[], str]) -> list[Attribution]:
    """"A memo seen by the Orvel Press shows that X", "X, according to a memo seen by the Orvel Press": the
    memo reports X, cited by the Press, which saw it (the tagger reads "seen" as the Press's report of "A
    memo", or the Press as the memo's author)."""
    out = list(attributions)
    for m in DOCUMENT_SEEN.finditer(text):
        if m["cue"].startswith("published") and read_source(m["outer"]).kind != "outlet":
            continue  # "a report published by the Tarn Institute" is the institute's own
        told = next((at for at in out if at.content and at.cue is not None and not overlaps(at.cue, m.span("cue")) and (
            (at.source is not None and overlaps(at.source, m.span())) or
            (0 <= at.cue.start - m.end() <= 25 and (at.source is None or overlaps(at.source, m.span()))))), None)
        if told is None:
            continue
        seen = next((at for at in out if at is not told and at.cue is not None and overlaps(at.cue, m.span("cue"))), None)
        outer = seen or Attribution(next_id(), told.type, None, None, [])
        outer.source = Span.trimmed(text, m.start("outer"), m.end("outer"))
        outer.cue = Span.of(text, m.start("cue"), m.end("cue"))
        outer.content, outer.stance, outer.hedged = list(told.content), "reports", told.hedged
        outer.type = stance.attribution_type(outer.cue.text, outer.content)
        told.source, told.cited_by = Span.trimmed(text, m.start("inner"), m.end("inner")), outer.id
        if seen is None:
            out.insert(out.index(told), outer)
        elif out.index(seen) > out.index(told):
            out.remove(seen)
            out.insert(out.index(told), seen)
    return out


def overlaps(span: Span, other: tuple[int, int]) -> bool:
    return span.start < other[1] and other[0] < span.end


FINDS = {"found", "finds", "said", "says", "showed", "shows", "concluded", "concludes", "suggested", "suggests"}
NOT_SUBJECT_END = {"has", "have", "had", "never", "not", "also", "it", "he", "she", "they", "we", "i", "you",
                   # "the sale could be announced": a passive, nobody reporting
                   "be", "been", "being", "is", "are", "was", "were", "could", "would", "will", "may", "might",
                   "should", "can", "must"}


WHEN_BEFORE_THAT = re.compile(r"\s*(?:on|in|last|earlier|this|late|early)\s+(?:[\w’'-]+\s+){1,2}(?=that\b)")


def _subject(words: str) -> bool:
    """A noun phrase that can report: not "RT's management has never" nor "the impact it" (a clause),
    nor "the sale could be" (a passive)."""
    split = words.lower().split()
    return len(split) <= 8 and not (split[-1] in NOT_SUBJECT_END and len(split) > 1) and not re.search(
        r"[a-z]{2}[.!?][”\"’]?\s", words)  # no subject runs over a sentence end: "the port would close. Mr. Ross"


def split_embedded(text: str, attributions: list[Attribution], next_id: Callable[[], str]) -> list[Attribution]:
    """A report whose content is itself a report: "X confirmed that Y, according to
    Z" (the inner report gets its own source and cue, cited by Z, or standing alone
    when Z is only a document), "The Lantern reported that the mayor had told aides
    Y" (the mayor's report, cited by the Lantern, which keeps its whole content),
    "Fell rejected claims by Ada Brill that Y" (Brill's claim, cited by Fell's denial)."""
    out: list[Attribution] = []
    made: dict[tuple[int, int], Attribution] = {}  # inner reports by where their cue stands
    for at in attributions:
        m = None
        if at.type in ("according_to", "indirect", "mixed") and at.content and at.cue is not None:
            first = at.content[0]
            m = (EMBEDDED_REPORT.match(text, first.start, first.end) if at.type != "mixed" else None) or \
                NOMINAL_REPORT.match(text, first.start, first.end)
        if m is None or m.end() >= at.content[0].end or not _subject(m.group("inner")) or \
                m["inner"].split()[-1] in FINDS or \
                re.match(r"(?:of|about)\b", text[m.end():at.content[0].end]):  # "told the minister of her decision"
            out.append(at)
            continue
        cue = Span.of(text, m.start("inner_cue"), m.end("inner_cue"))
        read = next((o for o in attributions if o is not at and o.cue is not None and o.cue.start == cue.start), None)
        if read is not None:  # the tagger read the inner report itself ("According to a readout, Asker told Tolv …")
            if not (at.type == "according_to" and at.source is not None and DOCUMENT.search(at.source.text)):
                read.cited_by = at.id
                out.append(at)
            continue
        earlier = made.get((cue.start, cue.end))
        if earlier is not None:
            # "Y warned …, the Times reported, citing two executives": one inner report, carried by the
            # executives, whom the Times cites
            if earlier.cited_by == at.cited_by:
                earlier.cited_by = at.id
            out.append(at)
            continue
        when = WHEN_BEFORE_THAT.match(text, m.end(), at.content[0].end)  # "warned in 2025 that …": when is no content
        rest = Span.trimmed(text, when.end() if when else m.end(), at.content[0].end, " \t,;:")  # quote marks stay
        content = [c for c in [rest, *at.content[1:]] if c is not None]
        inner = Attribution(next_id(), stance.attribution_type(cue.text, content),
                            Span.trimmed(text, m.start("inner"), m.end("inner")), cue, content,
                            stance=stance.stance_of(cue.text, content), hedged=stance.is_hedged(cue.text, content))
        if at.type == "according_to" and at.source is not None and DOCUMENT.search(at.source.text):
            inner.id, inner.cited_by = at.id, at.cited_by
        else:
            out.append(at)
            inner.cited_by = at.id
        out.append(inner)
        made[(cue.start, cue.end)] = inner
    return out


CITED_ALONE = re.compile(r"(?:(?:had|has|have)\s+)?(?:also\s+)?(?:cited|quoted)", re.I)


def _bare(span: Span) -> Span | None:
    inner = Span.trimmed(span.text, 0, len(span.text))
    return inner and Span(span.start + inner.start, span.start + inner.end, inner.text)


def cite_told_apart(attributions: list[Attribution], resolver: SpeakerResolver, next_id: Callable[[], str]) -> None:
    """"Kluth wrote that the talks may collapse. The columnist cited unnamed European diplomats.": the
    diplomats' report, cited by Kluth's, with its content (the "cited" attribution stays, as PolNeAR marks it)."""
    for i, at in enumerate(list(attributions)):
        if not (at.cue is not None and CITED_ALONE.fullmatch(at.cue.text) and len(at.content) == 1
                and at.speaker_id and CITED.search(at.content[0].text) and len(at.content[0].text.split()) <= 8):
            continue
        # what the speaker reported, not what it later did with the report ("deleted an article that said …")
        report = next((r for r in reversed(attributions[:attributions.index(at)]) if r.speaker_id == at.speaker_id
                       and r.type != "story" and r.cue is not None and not CITED_ALONE.fullmatch(r.cue.text)
                       and r.stance not in ("retracts", "declines")), None)
        cited = _bare(at.content[0])  # 'had cited "three people close to the governor."': not the marks
        if report is None or cited is None or any(r.cited_by == report.id for r in attributions):
            continue  # no report of the speaker's before, or one that already names whom it cites
        inner = Attribution(next_id(), report.type, cited, at.cue, list(report.content), stance=report.stance,
                            hedged=report.hedged, cited_by=report.id, dates=list(report.dates))
        inner.speaker_id = resolver.resolve(cited).id
        attributions.insert(attributions.index(at) + 1, inner)


# A quotation inside a quotation: '“One of them said to me, ‘Coach, it wasn’t your fault,’ and that meant a lot.”'.
# The source is a noun phrase opening the quotation or a clause in it, never a pronoun (whom "he" means inside a
# quotation, its speaker knows, not the text). The inner quote opens with a single mark after no letter and
# closes with one before no letter, so that "wasn't" is no closing mark.
INNER_QUOTE = re.compile(
    r"(?:(?<=[“\"])|(?<=[.,;:!?]\s))"  # the source opens the quotation or a clause in it
    r"(?P<source>(?:[Oo]ne|[Ss]ome|[Mm]any|[Ss]everal|[Tt]wo)\s+of\s+(?:them|us|those)"  # "One of them"
    r"|(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]he|[Aa]n?)\s+(?!(?:who|that|which)\b)[a-z][\w’'-]*"  # "My father"
    r"(?:\s+(?!(?:who|that|which)\b)[a-z][\w’'-]*)?"
    r"|(?!(?:And|But|When|If|Then|So|Or|Because|While|As|That|This|It|There|What|Who|He|She|They|We|You|I)\b)"
    r"[A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"  # a name: "Coach Lind"
    r"\s+(?P<cue>said|says|told\s+(?:me|us|him|her|them)|said\s+to\s+(?:me|us|him|her|them)|asked(?:\s+(?:me|us))?|"
    r"wrote|replied|shouted|whispered|added)[,:]?\s+"
    r"(?P<inner>(?<![A-Za-z])[‘'](?:[^‘’'\n]|(?<=[A-Za-z])[’'](?=[A-Za-z]))+?[’'](?![A-Za-z]))")


def quotes_within(text: str, attributions: list[Attribution], next_id: Callable[[], str]) -> list[Attribution]:
    """Someone quoted inside a direct quotation ("One of them said to me, ‘Coach, it wasn’t your fault,’"):
    that one's own `direct` attribution, cited by the quotation's speaker, who reports it."""
    out = list(attributions)
    for at in attributions:
        if at.type not in ("direct", "mixed"):
            continue
        inner = []
        for piece in at.content:
            for m in INNER_QUOTE.finditer(text, piece.start, piece.end):
                source = Span.of(text, m.start("source"), m.end("source"))
                cue = Span.of(text, m.start("cue"), m.end("cue"))
                said = [Span.of(text, m.start("inner"), m.end("inner"))]
                inner.append(Attribution(next_id(), "direct", source, cue, said, stance=stance.stance_of(cue.text, said),
                                         hedged=stance.is_hedged(cue.text, said), cited_by=at.id))
        after = out.index(at) + 1
        out[after:after] = inner
    return out
