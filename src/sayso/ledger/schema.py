"""The ledger's tables (SQLAlchemy 2). Alembic migrations under migrations/ create them.

outlets ─< articles ─< article_versions ─< attributions >─ speakers
                    └─< events (created, updated, removed, restored)

An article is a URL (or, for files, a path or content hash); each distinct
text it has had is a version. Attributions belong to a version; when a later
version no longer has one, its `gone_in_version` says since when.
Speakers are shared across articles (same name and kind → same speaker); the
role and affiliation an outlet gives them live on each attribution.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Outlet(Base):
    __tablename__ = "outlets"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    domain: Mapped[str | None] = mapped_column(String(253))


class ArticleRow(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(2048), unique=True)  # URL, or "file:<path>", or "sha256:<hash>"
    url: Mapped[str | None] = mapped_column(String(2048))
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"))
    title: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(32))
    language: Mapped[str | None] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | removed
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_checked: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    outlet: Mapped[Outlet | None] = relationship()
    versions: Mapped[list["VersionRow"]] = relationship(back_populates="article", order_by="VersionRow.number")


class VersionRow(Base):
    __tablename__ = "article_versions"
    __table_args__ = (UniqueConstraint("article_id", "number"), Index("ix_versions_hash", "content_hash"))
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    number: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    diff: Mapped[str | None] = mapped_column(Text)  # unified diff from the previous version
    minhash: Mapped[bytes | None] = mapped_column()  # for near-duplicate search
    model_version: Mapped[str | None] = mapped_column(String(64))  # which model extracted it
    dateline: Mapped[dict | None] = mapped_column(JSON)
    flags: Mapped[list | None] = mapped_column(JSON)
    article: Mapped[ArticleRow] = relationship(back_populates="versions")
    attributions: Mapped[list["AttributionRow"]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="AttributionRow.id")


class SpeakerRow(Base):
    __tablename__ = "speakers"
    __table_args__ = (UniqueConstraint("key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300))  # kind + normalised name
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(16))


class AttributionRow(Base):
    __tablename__ = "attributions"
    __table_args__ = (Index("ix_attr_speaker", "speaker_id"), Index("ix_attr_article", "article_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("article_versions.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    local_id: Mapped[str] = mapped_column(String(16))  # "a3": the id inside the article's JSON
    type: Mapped[str] = mapped_column(String(16))
    source: Mapped[dict | None] = mapped_column(JSON)
    cue: Mapped[dict | None] = mapped_column(JSON)
    content: Mapped[list] = mapped_column(JSON)
    content_text: Mapped[str] = mapped_column(Text)
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("speakers.id"))
    role: Mapped[str | None] = mapped_column(String(200))
    affiliation: Mapped[str | None] = mapped_column(String(200))
    stance: Mapped[str] = mapped_column(String(16))
    hedged: Mapped[bool] = mapped_column(Boolean)
    cited_by: Mapped[str | None] = mapped_column(String(16))
    dates: Mapped[list] = mapped_column(JSON)
    gone_in_version: Mapped[int | None] = mapped_column(Integer)  # first later version without it
    version: Mapped[VersionRow] = relationship(back_populates="attributions")
    speaker: Mapped[SpeakerRow | None] = relationship()


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"))
    kind: Mapped[str] = mapped_column(String(16))  # created | updated | removed | restored | duplicate
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    detail: Mapped[str | None] = mapped_column(Text)
