"""Writing to the ledger: one transaction per article version.

Each call to `Store.record` either commits a whole version with all its
attributions or nothing, so killing sayso at any moment leaves no
half-written article; re-running skips what is already stored (content hash).
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from datasketch import MinHash, MinHashLSH
from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ..extraction.source_phrases import POSSESSIVE
from ..model import Article, Extraction, content_text
from .schema import ArticleRow, AttributionRow, EventRow, Outlet, SpeakerRow, VersionRow

DEFAULT_DB = "sayso.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
NUM_PERM = 64
NEAR_DUPLICATE = 0.8  # estimated Jaccard of word 5-shingles


def database_url(db: str | None) -> str:
    """`--db` / SAYSO_DB: a SQLAlchemy URL, or a path to a SQLite file."""
    db = db or os.environ.get("SAYSO_DB") or DEFAULT_DB
    if "://" not in db:
        return f"sqlite:///{db}"
    # A plain libpq URL means the psycopg (3) driver sayso installs, not psycopg2.
    return re.sub(r"^postgres(?:ql)?://", "postgresql+psycopg://", db)


def now() -> datetime:
    return datetime.now(timezone.utc)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def minhash(text: str) -> MinHash:
    words = re.findall(r"\w+", text.lower())
    m = MinHash(num_perm=NUM_PERM)
    m.update_batch([" ".join(words[i:i + 5]).encode("utf-8") for i in range(max(1, len(words) - 4))])
    return m


def article_key(article: Article, digest: str) -> str:
    """URL when there is one; plain files are known by their content."""
    return article.url or f"sha256:{digest}"


def speaker_key(kind: str, name: str) -> str:
    # "Kestrel's foreign ministry" and "Kestrel Foreign Ministry" are one speaker
    plain = POSSESSIVE.sub("", name.lower())
    words = [w for w in re.findall(r"[\w'’-]+", plain) if w not in ("the", "a", "an", "mr", "mrs", "ms", "dr")]
    return f"{kind}:{' '.join(words)}"[:300]


@dataclass
class Outcome:
    status: str  # new | unchanged | updated | duplicate | restored
    article_id: int
    detail: str | None = None


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # noqa: ANN001
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        cur.close()


def migrate(engine: Engine) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Store:
    def __init__(self, db: str | None = None):
        self.url = database_url(db)
        self.engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            _sqlite_pragmas(self.engine)
        migrate(self.engine)
        self._lsh: MinHashLSH | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # -- near duplicates -------------------------------------------------------
    def _index(self) -> MinHashLSH:
        if self._lsh is None:
            self._lsh = MinHashLSH(threshold=NEAR_DUPLICATE, num_perm=NUM_PERM)
            with self.session() as s:
                for article_id, blob in s.execute(
                        select(VersionRow.article_id, VersionRow.minhash).where(VersionRow.minhash.is_not(None))):
                    key = str(article_id)
                    if key not in self._lsh.keys:
                        self._lsh.insert(key, MinHash(num_perm=NUM_PERM, hashvalues=_unpack(blob)))
        return self._lsh

    def _near_duplicate(self, m: MinHash, exclude: int | None) -> int | None:
        hits = [int(k) for k in self._index().query(m) if int(k) != exclude]
        return min(hits) if hits else None

    # -- writing ---------------------------------------------------------------
    def known_hash(self, article: Article) -> bool:
        """True when this exact text is already stored under this article's key (no extraction needed)."""
        digest = content_hash(article.text)
        key = article_key(article, digest)
        with self.session() as s:
            row = s.scalar(select(ArticleRow).where(ArticleRow.key == key))
            if row is None:
                return s.scalar(select(VersionRow.id).where(VersionRow.content_hash == digest).limit(1)) is not None
            last = row.versions[-1] if row.versions else None
            return last is not None and last.content_hash == digest and row.status == "active"

    def record(self, article: Article, extraction: Extraction | None, model_version: str) -> Outcome:
        """Store one article version and its attributions in one transaction."""
        outcome, m = self._record(article, extraction, model_version)
        if m is not None and str(outcome.article_id) not in self._index().keys:
            self._index().insert(str(outcome.article_id), m)  # only once committed
        return outcome

    def _record(self, article: Article, extraction: Extraction | None, model_version: str) -> tuple[Outcome, MinHash | None]:
        digest = content_hash(article.text)
        key = article_key(article, digest)
        at = now()
        with self.session() as s, s.begin():
            row = s.scalar(select(ArticleRow).where(ArticleRow.key == key))
            if row is None:
                same = s.scalar(select(VersionRow).where(VersionRow.content_hash == digest).limit(1))
                row = ArticleRow(key=key, url=article.url, outlet=self._outlet(s, article), title=_title(article),
                                 byline=article.byline, published=article.published, language=article.language,
                                 status="active", first_seen=at, last_checked=at)
                s.add(row)
                s.flush()
                if same is not None:
                    # The very same text under another key: stored once, linked.
                    row.duplicate_of = same.article_id
                    s.add(EventRow(article_id=row.id, kind="duplicate", at=at, detail=f"same text as article {same.article_id}"))
                    return Outcome("duplicate", row.id, f"same text as article {same.article_id}"), None
                m = minhash(article.text)
                near = self._near_duplicate(m, None)
                self._add_version(s, row, article, extraction, model_version, digest, m, at, previous=None)
                if near is not None:
                    row.duplicate_of = near
                    s.add(EventRow(article_id=row.id, kind="duplicate", at=at, detail=f"near-duplicate of article {near}"))
                    outcome = Outcome("duplicate", row.id, f"near-duplicate of article {near}")
                else:
                    s.add(EventRow(article_id=row.id, kind="created", at=at))
                    outcome = Outcome("new", row.id)
                s.flush()
                return outcome, m
            row.last_checked = at
            last = row.versions[-1] if row.versions else None
            restored = row.status == "removed"
            if restored:
                row.status, row.removed_at = "active", None
                s.add(EventRow(article_id=row.id, kind="restored", at=at))
            if last is not None and last.content_hash == digest:
                return Outcome("restored" if restored else "unchanged", row.id), None
            self._add_version(s, row, article, extraction, model_version, digest, minhash(article.text), at, previous=last)
            s.add(EventRow(article_id=row.id, kind="updated", at=at, detail=f"version {len(row.versions)}"))
            return Outcome("updated", row.id), None

    def _outlet(self, s: Session, article: Article) -> Outlet | None:
        name = article.outlet
        if not name and article.url:
            name = re.sub(r"^www\.", "", article.url.split("/")[2]) if "//" in article.url else None
        if not name:
            return None
        outlet = s.scalar(select(Outlet).where(Outlet.name == name))
        if outlet is None:
            domain = article.url.split("/")[2] if article.url and "//" in article.url else None
            outlet = Outlet(name=name, domain=domain)
            s.add(outlet)
            s.flush()
        return outlet

    def _add_version(self, s: Session, row: ArticleRow, article: Article, extraction: Extraction | None,
                     model_version: str, digest: str, m: MinHash, at: datetime, previous: VersionRow | None) -> VersionRow:
        number = (previous.number + 1) if previous else 1
        diff = None
        if previous is not None:
            diff = "".join(difflib.unified_diff(previous.text.splitlines(keepends=True), article.text.splitlines(keepends=True),
                                                f"version {previous.number}", f"version {number}"))
        version = VersionRow(article_id=row.id, number=number, content_hash=digest, text=article.text,
                             title=_title(article), fetched_at=at, diff=diff, minhash=_pack(m),
                             model_version=model_version if extraction else None)
        s.add(version)
        s.flush()
        if extraction is not None:
            self._write_extraction(s, row, version, extraction)
        if previous is not None:
            now_present = {_fingerprint(a) for a in version.attributions}
            for a in previous.attributions:
                if a.gone_in_version is None and _fingerprint(a) not in now_present:
                    a.gone_in_version = number
        return version

    def _write_extraction(self, s: Session, row: ArticleRow, version: VersionRow, extraction: Extraction) -> None:
        doc = extraction.to_dict()
        version.dateline = doc["dateline"]
        version.flags = doc["flags"]
        names = {sp.id: sp.name for sp in extraction.speakers}
        keys = {a["id"]: speaker_key(a["speaker"]["kind"], names[a["speaker"]["id"]])
                for a in doc["attributions"] if a["speaker"] is not None}
        # the speakers the ledger already knows, in one query (not one per attribution, each flushing the last)
        known = {r.key: r for r in s.scalars(select(SpeakerRow).where(SpeakerRow.key.in_(set(keys.values()))))}
        with s.no_autoflush:
            for a in doc["attributions"]:
                sp = a["speaker"]
                speaker_row = None
                if sp is not None:
                    speaker_row = known.get(keys[a["id"]])
                    if speaker_row is None:
                        speaker_row = known[keys[a["id"]]] = SpeakerRow(key=keys[a["id"]], name=sp["name"], kind=sp["kind"])
                        s.add(speaker_row)
                content = a["content"] if isinstance(a["content"], list) else ([a["content"]] if a["content"] else [])
                version.attributions.append(AttributionRow(
                    article_id=row.id, local_id=a["id"], type=a["type"], source=a["source"], cue=a["cue"],
                    content=content, content_text=content_text(content) if a["type"] != "story" else "",
                    speaker=speaker_row, role=sp["role"] if sp else None, affiliation=sp["affiliation"] if sp else None,
                    stance=a["stance"], hedged=a["hedged"], cited_by=a["cited_by"], dates=a["dates"]))
        s.flush()

    def replace_extraction(self, version_id: int, extraction: Extraction, model_version: str) -> None:
        """`sayso reprocess`: swap one version's attributions for a new model's, in one transaction."""
        with self.session() as s, s.begin():
            version = s.get(VersionRow, version_id)
            version.attributions.clear()
            s.flush()
            self._write_extraction(s, version.article, version, extraction)
            version.model_version = model_version

    def mark_removed(self, article_id: int, detail: str) -> bool:
        """Returns False when it was already marked removed."""
        with self.session() as s, s.begin():
            row = s.get(ArticleRow, article_id)
            row.last_checked = now()
            if row.status == "removed":
                return False
            row.status, row.removed_at = "removed", now()
            s.add(EventRow(article_id=row.id, kind="removed", at=row.removed_at, detail=detail))
            return True

    def touch(self, article_id: int) -> None:
        with self.session() as s, s.begin():
            s.get(ArticleRow, article_id).last_checked = now()


def _title(article: Article) -> str | None:
    if article.title:
        return article.title
    first = article.text.lstrip().split("\n", 1)[0].strip()
    return first[:500] if "\n" in article.text.strip() else None


def _fingerprint(a: AttributionRow) -> tuple:
    """Attributions are the same across versions when they say the same thing with the same cue."""
    return (a.type, (a.cue or {}).get("text"), (a.source or {}).get("text"), a.content_text)


def _pack(m: MinHash) -> bytes:
    return m.hashvalues.astype("<u8").tobytes()


def _unpack(blob: bytes):
    import numpy as np

    return np.frombuffer(blob, dtype="<u8").astype(np.uint64)
