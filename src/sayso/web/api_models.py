"""Typed API models: the same shapes as the CLI's JSON (`sayso extract`, `sayso export`)."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class SpanModel(BaseModel):
    start: int
    end: int
    text: str


class SpeakerRef(BaseModel):
    id: str | int
    name: str
    role: str | None = None
    affiliation: str | None = None
    kind: str


class DateModel(BaseModel):
    start: int
    end: int
    text: str
    date: str


class AttributionModel(BaseModel):
    id: str
    type: str
    source: SpanModel | None
    cue: SpanModel | None
    content: SpanModel | list[SpanModel] | None
    speaker: SpeakerRef | None
    stance: str
    hedged: bool
    cited_by: str | None
    dates: list[DateModel] = []


class LedgerAttribution(AttributionModel):
    """An attribution as stored: with its article beside it."""

    article_id: int
    url: str | None
    outlet: str | None
    published: str | None
    title: str | None
    version: int
    gone_in_version: int | None


class DatelineModel(BaseModel):
    place: str | None
    date: str | None
    agency: str | None
    span: SpanModel


class FlagModel(BaseModel):
    kind: str
    message: str
    speaker_id: str | None
    spans: list[SpanModel]


class SpeakerModel(BaseModel):
    id: str
    name: str
    role: str | None
    affiliation: str | None
    kind: str
    mentions: list[SpanModel]
    members: list[str] = []


class ExtractionModel(BaseModel):
    """The result of `POST /api/analyse`: exactly `sayso extract --format json`."""

    title: str | None
    headline: SpanModel | None
    published: str | None
    outlet: str | None
    url: str | None
    dateline: DatelineModel | None
    attributions: list[AttributionModel]
    speakers: list[SpeakerModel]
    flags: list[FlagModel]
    warnings: list[str]
    text: str = Field(description="The text the offsets index into")


class AnalyseRequest(BaseModel):
    text: str | None = Field(None, description="Article text, first line the headline")
    url: str | None = Field(None, description="Or a public http(s) URL to fetch")
    title: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD")
    outlet: str | None = None


class ArticleSummary(BaseModel):
    id: int
    title: str | None
    url: str | None
    outlet: str | None
    published: str | None
    status: str
    removed_at: str | None
    duplicate_of: int | None
    versions: int
    attributions: int


class VersionModel(BaseModel):
    number: int
    fetched_at: str | None
    title: str | None
    text: str
    diff: str | None
    dateline: dict | None
    flags: list[dict]
    model_version: str | None
    attributions: list[LedgerAttribution]


class EventModel(BaseModel):
    kind: str
    at: str | None
    detail: str | None


class ArticleDetail(BaseModel):
    id: int
    title: str | None
    url: str | None
    outlet: str | None
    byline: str | None
    published: str | None
    language: str | None
    status: str
    removed_at: str | None
    duplicate_of: int | None
    first_seen: str | None
    versions: list[VersionModel]
    events: list[EventModel]


class RoleGiven(BaseModel):
    role: str | None
    affiliation: str | None
    outlet: str | None


class SpeakerSummary(BaseModel):
    id: int
    name: str
    kind: str
    attributions: int
    outlets: int
    roles: list[RoleGiven]


class SpeakerDetail(SpeakerSummary):
    quotes: list[LedgerAttribution]


class Page(BaseModel, Generic[T]):
    items: list[T]
    limit: int
    offset: int
    next_offset: int | None


class SearchPage(Page[LedgerAttribution]):
    facets: dict[str, list[tuple[str, int]]]


class IngestArticle(BaseModel):
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None


class IngestRequest(BaseModel):
    articles: list[IngestArticle] = []
    urls: list[str] = []


class IngestResult(BaseModel):
    counts: dict[str, int]
    failures: list[str]
