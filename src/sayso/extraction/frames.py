"""Group tagged source, cue and content spans into attribution frames.

The tagger labels tokens; it does not say which source goes with which cue.
Each cue anchors one frame. Every content span joins the nearest cue (a quote
interrupted by its source and cue has content on both sides, so one frame
can get two pieces), and a cue left with none takes the piece right after it
from a cue that comes after that piece, or a piece from a cue with several;
each cue takes at most one source, the nearest.
Distances count tokens and add a heavy cost per sentence boundary crossed.
A paragraph with content but no cue continues the previous paragraph's last
frame (a quotation running over several paragraphs) — unless it opens a
quotation that it leaves open: then the quotation runs on into a later
paragraph, and is whoever speaks there ('Environmental groups said the plan
would destroy seagrass beds.' / '"We have studied this. …' / '"Nobody wants
that," Moen said.' is Moen's). After a quotation, its speaker carries on unless
the paragraph that closes the new one names someone else ('… we walk away.”' /
'“We have been very patient. …' / '“But there is a limit,” said Ines Vahl').
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from .source_phrases import GROUP_PRONOUNS, PERSON_PRONOUNS, WRITER_PRONOUNS
from .tagger import spans_from_tags
from .tokens import Paragraph, Token, quotation_open

SENTENCE_COST = 40


@dataclass(slots=True)
class RawSpan:
    role: str
    start: int
    end: int
    first: int  # token indices in the paragraph
    last: int
    sentence: int


@dataclass(slots=True)
class Frame:
    cue: RawSpan | None
    source: RawSpan | None = None
    content: list[RawSpan] = field(default_factory=list)


def sentence_ids(tokens: Sequence[Token]) -> list[int]:
    """Sentence number per token: a sentence ends at . ! ? (and a closing quote right after)."""
    ids, sid = [], 0
    for i, t in enumerate(tokens):
        ids.append(sid)
        if t.text in ".!?":
            # a mark right against the stop closes the sentence with it; after a space, a straight
            # quote opens the next one ('… safe. "It will …')
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is None or nxt.text not in ("”", '"', "’", "'", ")") or nxt.start > t.end:
                sid += 1
        elif t.text in ("”", '"') and i > 0 and tokens[i - 1].text in ".!?" and tokens[i - 1].end == t.start:
            sid += 1
    return ids


def raw_spans(para: Paragraph, tags: Sequence[str]) -> list[RawSpan]:
    sids = sentence_ids(para.tokens)
    starts = {t.start: i for i, t in enumerate(para.tokens)}
    ends = {t.end: i for i, t in enumerate(para.tokens)}
    out = []
    for role, s, e in spans_from_tags(para.tokens, tags):
        first, last = starts[s], ends[e]
        out.append(RawSpan(role, s, e, first, last, sids[first]))
    return out


def distance(a: RawSpan, b: RawSpan) -> int:
    gap = max(b.first - a.last, a.first - b.last, 0)
    return gap + SENTENCE_COST * abs(a.sentence - b.sentence)


OPENING_MARKS = {"“", '"'}
CLOSING_MARKS = {"”", '"'}


def _paragraph(text: str, span: RawSpan) -> str:
    """The line a content piece stands in, without its edge spaces."""
    end = text.find("\n", span.start)
    return text[text.rfind("\n", 0, span.start) + 1:end if end >= 0 else len(text)].strip()


def _left_open(text: str, span: RawSpan) -> bool:
    """The paragraph of a content piece opens a quotation and leaves one open: the quotation runs on."""
    line = _paragraph(text, span)
    return line[:1] in OPENING_MARKS and quotation_open(line)


def _runs_on(text: str, opening: RawSpan, before: Frame) -> bool:
    """Whether a paragraph with no cue that opens with `opening` is a quotation whose speaker a later paragraph
    may name: one it leaves open after a report, not after a cue still waiting for its content ("He listed the
    qualities:") nor as an excerpt after a colon ("… reported:")."""
    return _left_open(text, opening) and bool(before.content) and not text[:opening.start].rstrip().endswith(":")


def _quoted(text: str, frame: Frame) -> bool:
    return any(m in text[c.start:c.end] for c in frame.content for m in OPENING_MARKS | CLOSING_MARKS)


PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | WRITER_PRONOUNS | {"who"}


def _named_anew(text: str, sources: Sequence[RawSpan], before: Frame) -> bool:
    """Whether the paragraph that closes a quotation names a speaker other than the one quoted before it
    ('… we walk away.”' / '“We have been very patient. …' / '“But there is a limit,” said Ines Vahl')."""
    prior = text[before.source.start:before.source.end] if before.source else ""
    return any((name := text[s.start:s.end])[:1].isupper() and name.split()[0].lower() not in PRONOUNS and
               name.split()[-1] not in prior for s in sources)


def group(paragraph_spans: Sequence[Sequence[RawSpan]], text: str | None = None) -> list[Frame]:
    """Frames in reading order; `text` (the article) tells where a quotation left open runs on."""
    frames: list[Frame] = []
    pending: list[RawSpan] = []  # an open quotation's paragraphs, waiting for the paragraph that says whose
    after_quote = False  # whether the frame before the open quotation quoted someone
    for spans in paragraph_spans:
        cues = [Frame(s) for s in spans if s.role == "CUE"]
        contents = [s for s in spans if s.role == "CONTENT"]
        sources = [s for s in spans if s.role == "SOURCE"]
        if not cues:
            if not contents or sources:
                continue
            if pending or text is not None and frames and _runs_on(text, contents[0], frames[-1]):
                # after a quotation, its speaker carries on unless the paragraph that closes it names another
                # ('“…,” Simon Rosenberg told the New Yorker.' / '“He has characterized …')
                after_quote = after_quote if pending else _quoted(text, frames[-1])
                pending.extend(contents)
                if text is not None and not _left_open(text, contents[0]):  # it closed with no one named there:
                    frames[-1].content.extend(pending)  # the words of whoever spoke before
                    pending = []
            elif frames:  # a quotation from the previous paragraph, continued
                frames[-1].content.extend(contents)
            continue
        for c in contents:
            min(cues, key=lambda f: distance(f.cue, c)).content.append(c)  # type: ignore[arg-type]
        _share_contents(cues)
        if pending:
            opening = min(contents, key=lambda c: c.first, default=None)
            owner = next((f for f in cues if opening is not None and opening in f.content), None)
            # the same mark opens the paragraph that says whose ('"… two seasons.' / '"Nobody wants …," Moen
            # said.'); an excerpt in straight marks ends with its own quotation in curly ones
            if owner is not None and opening.first == 0 and text is not None and \
                    text[opening.start] == _paragraph(text, pending[0])[:1] and (
                    not after_quote or _named_anew(text, sources, frames[-1])):
                owner.content[:0] = pending
            elif frames:
                frames[-1].content.extend(pending)
            pending = []
        pairs = sorted((distance(f.cue, s), k, j) for k, f in enumerate(cues)  # type: ignore[arg-type]
                       for j, s in enumerate(sources))
        taken_s: set[int] = set()
        for _, k, j in pairs:
            if cues[k].source is None and j not in taken_s:
                cues[k].source = sources[j]
                taken_s.add(j)
        frames.extend(cues)
    if pending and frames:
        frames[-1].content.extend(pending)
    return frames


def _share_contents(cues: list[Frame]) -> None:
    """A cue left with no content takes the piece that follows it within four tokens from a cue after that
    piece ("Quill told reporters Y, a claim the order does not address": the tagger read "a claim" as a cue,
    one token nearer Y; "Residents said on Friday that Y, according to messages …"), or else the nearest
    piece of a cue that has several, when that piece is almost as near to it: in "X reported on Monday that
    Y, citing Z", Y is one token nearer "citing" (which has Z) than "reported"."""
    for f in cues:
        if f.content or f.cue is None:
            continue
        # a piece right after this cue ("told reporters | Y, | a claim …", "said on Friday | Y, | according to")
        # that a cue after it took
        after = [(g, c) for g in cues if g.content and g is not f for c in g.content
                 if c.sentence == f.cue.sentence and 0 < c.first - f.cue.last <= 4 and g.cue.first > c.last]  # type: ignore[union-attr]
        if after:
            g, c = after[0]
            g.content.remove(c)
            f.content.append(c)
            continue
        donors = [g for g in cues if len(g.content) > 1]
        if not donors:
            continue
        g, c = min(((g, c) for g in donors for c in g.content), key=lambda gc: distance(f.cue, gc[1]))  # type: ignore[arg-type]
        if distance(f.cue, c) <= distance(g.cue, c) + 5:  # type: ignore[arg-type]
            g.content.remove(c)
            f.content.append(c)
