"""The small typed objects that flow through sayso: ingest → extract → ledger.

Offsets are Python string indices into the article text exactly as read.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal, get_args

AttributionType = Literal["direct", "indirect", "mixed", "according_to", "story"]
SpeakerKind = Literal["person", "organization", "outlet", "government", "anonymous"]
Stance = Literal[
    "asserts", "confirms", "denies", "retracts", "corrects", "predicts", "opines", "reports",
    "questions", "learns", "declines", "unverified",
]
STANCES: tuple[str, ...] = get_args(Stance)


def content_text(content) -> str:
    """The text of a JSON `content` field (one span, a list of spans, or null), pieces joined by " … "."""
    if not content:
        return ""
    pieces = content if isinstance(content, list) else [content]
    return " … ".join(p["text"] for p in pieces)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    @classmethod
    def trimmed(cls, text: str, start: int, end: int, strip: str | None = None) -> "Span | None":
        """The span without the characters of `strip` at its edges (without any
        character but letters and digits when `strip` is None); None if nothing is left."""
        def edge(c: str) -> bool:
            return c in strip if strip is not None else not c.isalnum()

        while start < end and edge(text[start]):
            start += 1
        while end > start and edge(text[end - 1]):
            end -= 1
        return cls.of(text, start, end) if end > start else None


@dataclass(slots=True)
class Speaker:
    id: str
    name: str
    kind: SpeakerKind
    role: str | None = None
    affiliation: str | None = None
    mentions: list[Span] = field(default_factory=list)
    members: list[str] = field(default_factory=list)  # ids of the people a list names ("Quill and Vell")


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date: str  # ISO date, or ISO year / year-month / week when only that is known; a season is a month interval


@dataclass(slots=True)
class Attribution:
    id: str
    type: AttributionType
    source: Span | None
    cue: Span | None
    content: list[Span]
    speaker_id: str | None = None
    stance: Stance = "asserts"
    hedged: bool = False
    cited_by: str | None = None
    dates: list[DateMention] = field(default_factory=list)


def insert_in_reading_order(attributions: list[Attribution], new: list[Attribution], pos: int) -> None:
    """Put `new` before the first attribution whose cue starts after `pos` (a rule's report, where it is read)."""
    at = next((i for i, a in enumerate(attributions) if a.cue is not None and a.cue.start > pos), len(attributions))
    attributions[at:at] = new


@dataclass(slots=True)
class Dateline:
    place: str | None
    date: str | None
    agency: str | None
    span: Span


@dataclass(slots=True)
class Flag:
    kind: Literal["role_conflict", "headline_actor_mismatch", "correction_notice"]
    message: str
    spans: list[Span]
    speaker_id: str | None = None


@dataclass(slots=True)
class Article:
    """An article as read: the text, and what is known about it from outside the text."""

    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None
    path: str | None = None
    byline: str | None = None
    language: str | None = None


@dataclass(slots=True)
class Extraction:
    """Everything sayso reads out of one article."""

    article: Article
    attributions: list[Attribution]
    speakers: list[Speaker]
    dateline: Dateline | None
    flags: list[Flag]
    headline: Span | None = None  # the first line, when the text carries its headline
    warnings: list[str] = field(default_factory=list)

    def speaker(self, speaker_id: str | None) -> Speaker | None:
        return next((s for s in self.speakers if s.id == speaker_id), None)

    def to_dict(self) -> dict:
        """The JSON document `sayso extract` writes (schema in the README)."""
        speakers = {s.id: s for s in self.speakers}

        def speaker_ref(sid: str | None) -> dict | None:
            if sid is None:
                return None
            s = speakers[sid]
            return {"id": s.id, "name": s.name, "role": s.role,
                    "affiliation": s.affiliation, "kind": s.kind}

        def one_or_many(spans: list[Span]):
            if not spans:
                return None
            return asdict(spans[0]) if len(spans) == 1 else [asdict(s) for s in spans]

        a = self.article
        return {
            "title": a.title if a.title is not None else (self.headline.text if self.headline else None),
            "headline": None if self.headline is None else asdict(self.headline),
            "published": a.published,
            "outlet": a.outlet,
            "url": a.url,
            "dateline": None if self.dateline is None else {
                "place": self.dateline.place, "date": self.dateline.date,
                "agency": self.dateline.agency, "span": asdict(self.dateline.span)},
            "attributions": [
                {
                    "id": at.id,
                    "type": at.type,
                    "source": None if at.source is None else asdict(at.source),
                    "cue": None if at.cue is None else asdict(at.cue),
                    "content": one_or_many(at.content),
                    "speaker": speaker_ref(at.speaker_id),
                    "stance": at.stance,
                    "hedged": at.hedged,
                    "cited_by": at.cited_by,
                    "dates": [asdict(d) for d in at.dates],
                }
                for at in self.attributions
            ],
            "speakers": [
                {"id": s.id, "name": s.name, "role": s.role, "affiliation": s.affiliation,
                 "kind": s.kind, "mentions": [asdict(m) for m in s.mentions], "members": list(s.members)}
                for s in self.speakers
            ],
            "flags": [
                {"kind": f.kind, "message": f.message, "speaker_id": f.speaker_id,
                 "spans": [asdict(s) for s in f.spans]}
                for f in self.flags
            ],
            "warnings": list(self.warnings),
        }
