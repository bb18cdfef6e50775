"""Reading the ledger: articles, speakers, quotes, full-text search, export rows.

Every attribution row comes out in the same shape as `sayso extract`'s JSON,
with its article's id, url, outlet and published date beside it.
Near-duplicate articles (republished wire copy) are left out unless asked
for, so a claim is not counted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session, aliased

from .schema import ArticleRow, AttributionRow, EventRow, Outlet, SpeakerRow, VersionRow
from .store import Store


@dataclass
class QuoteFilter:
    speaker: str | None = None
    speaker_id: int | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    stance: str | None = None
    kind: str | None = None
    query: str | None = None  # full-text search over content
    include_duplicates: bool = False
    include_gone: bool = True
    limit: int | None = 100
    offset: int = 0


def latest_version_ids() -> Select:
    return select(func.max(VersionRow.id)).group_by(VersionRow.article_id)


def attribution_dict(a: AttributionRow, article: ArticleRow) -> dict:
    content = a.content or []
    sp = a.speaker
    return {
        "article_id": article.id,
        "url": article.url,
        "outlet": article.outlet.name if article.outlet else None,
        "published": article.published,
        "title": article.title,
        "version": a.version.number,
        "id": a.local_id,
        "type": a.type,
        "source": a.source,
        "cue": a.cue,
        "content": None if not content else (content[0] if len(content) == 1 else content),
        "speaker": None if sp is None else {"id": sp.id, "name": sp.name, "role": a.role,
                                            "affiliation": a.affiliation, "kind": sp.kind},
        "stance": a.stance,
        "hedged": a.hedged,
        "cited_by": a.cited_by,
        "dates": a.dates,
        "gone_in_version": a.gone_in_version,
    }


def _fts_ids(s: Session, store: Store, query: str) -> Select | list[int]:
    if store.dialect == "sqlite":
        # Quote each term so FTS5 syntax in user input cannot break the query.
        terms = " ".join('"' + t.replace('"', '""') + '"' for t in query.split())
        return [r[0] for r in s.execute(text("SELECT rowid FROM attributions_fts WHERE attributions_fts MATCH :q"),
                                        {"q": terms})]
    return select(AttributionRow.id).where(
        func.to_tsvector("english", AttributionRow.content_text).op("@@")(func.plainto_tsquery("english", query)))


def _filtered(s: Session, store: Store, f: QuoteFilter) -> Select:
    """Attribution and article rows that pass the filter, unordered and unpaged."""
    q = (select(AttributionRow, ArticleRow).join(ArticleRow, AttributionRow.article_id == ArticleRow.id)
         .outerjoin(SpeakerRow, AttributionRow.speaker_id == SpeakerRow.id)
         .outerjoin(Outlet, ArticleRow.outlet_id == Outlet.id)
         .where(AttributionRow.type != "story"))
    if not f.include_gone:
        q = q.where(AttributionRow.version_id.in_(latest_version_ids()))
    else:
        # each attribution once: from the version where it first appeared
        q = q.where(AttributionRow.gone_in_version.is_not(None) | AttributionRow.version_id.in_(latest_version_ids()))
    if not f.include_duplicates:
        q = q.where(ArticleRow.duplicate_of.is_(None))
    if f.speaker:
        q = q.where(func.lower(SpeakerRow.name).contains(f.speaker.lower()))
    if f.speaker_id is not None:
        q = q.where(AttributionRow.speaker_id == f.speaker_id)
    if f.outlet:
        q = q.where(func.lower(Outlet.name).contains(f.outlet.lower()))
    if f.since:
        q = q.where(ArticleRow.published >= f.since)
    if f.until:
        q = q.where(ArticleRow.published <= f.until + "\uffff")
    if f.stance:
        q = q.where(AttributionRow.stance == f.stance)
    if f.kind:
        q = q.where(SpeakerRow.kind == f.kind)
    if f.query:
        q = q.where(AttributionRow.id.in_(_fts_ids(s, store, f.query)))
    return q


def quotes(store: Store, f: QuoteFilter) -> Iterator[dict]:
    with store.session() as s:
        q = _filtered(s, store, f).order_by(
            ArticleRow.published.desc().nulls_last() if store.dialect == "postgresql" else ArticleRow.published.desc(),
            ArticleRow.id, AttributionRow.id).offset(f.offset)
        if f.limit is not None:
            q = q.limit(f.limit)
        for a, article in s.execute(q).unique():
            yield attribution_dict(a, article)


def facets(store: Store, f: QuoteFilter, top: int = 20) -> dict[str, list[tuple[str, int]]]:
    """The `top` values by count for speaker, outlet, stance and month under the
    same filter, counted in the database (one GROUP BY per facet)."""
    columns = {"speaker": SpeakerRow.name, "outlet": Outlet.name, "stance": AttributionRow.stance,
               "month": func.substr(ArticleRow.published, 1, 7)}
    out = {}
    with store.session() as s:
        for facet, column in columns.items():
            value = column.label("value")
            q = (_filtered(s, store, f).with_only_columns(value, func.count().label("n"))
                 .where(column.is_not(None), column != "").group_by(value)
                 .order_by(func.count().desc(), value).limit(top))
            out[facet] = [(v, n) for v, n in s.execute(q)]
    return out


def articles(store: Store, limit: int = 50, offset: int = 0, outlet: str | None = None) -> list[dict]:
    with store.session() as s:
        n_attr = (select(AttributionRow.article_id, func.count().label("n"))
                  .where(AttributionRow.version_id.in_(latest_version_ids()), AttributionRow.type != "story")
                  .group_by(AttributionRow.article_id).subquery())
        n_ver = select(VersionRow.article_id, func.count().label("n")).group_by(VersionRow.article_id).subquery()
        q = (select(ArticleRow, func.coalesce(n_attr.c.n, 0), func.coalesce(n_ver.c.n, 0))
             .outerjoin(n_attr, n_attr.c.article_id == ArticleRow.id)
             .outerjoin(n_ver, n_ver.c.article_id == ArticleRow.id)
             .outerjoin(Outlet, ArticleRow.outlet_id == Outlet.id))
        if outlet:
            q = q.where(func.lower(Outlet.name).contains(outlet.lower()))
        q = q.order_by(ArticleRow.id).offset(offset).limit(limit)
        return [{"id": a.id, "title": a.title, "url": a.url, "outlet": a.outlet.name if a.outlet else None,
                 "published": a.published, "status": a.status, "removed_at": _iso(a.removed_at),
                 "duplicate_of": a.duplicate_of, "versions": nv, "attributions": na}
                for a, na, nv in s.execute(q)]


def article(store: Store, article_id: int) -> dict | None:
    with store.session() as s:
        a = s.get(ArticleRow, article_id)
        if a is None:
            return None
        versions = []
        for v in a.versions:
            versions.append({
                "number": v.number, "fetched_at": _iso(v.fetched_at), "title": v.title, "text": v.text,
                "diff": v.diff, "dateline": v.dateline, "flags": v.flags or [], "model_version": v.model_version,
                "attributions": [attribution_dict(x, a) for x in v.attributions],
            })
        events = s.scalars(select(EventRow).where(EventRow.article_id == a.id).order_by(EventRow.id))
        return {"id": a.id, "title": a.title, "url": a.url, "outlet": a.outlet.name if a.outlet else None,
                "byline": a.byline, "published": a.published, "language": a.language, "status": a.status,
                "removed_at": _iso(a.removed_at), "duplicate_of": a.duplicate_of,
                "first_seen": _iso(a.first_seen), "versions": versions,
                "events": [{"kind": e.kind, "at": _iso(e.at), "detail": e.detail} for e in events]}


def speakers(store: Store, name: str | None = None, limit: int = 50, offset: int = 0,
             speaker_id: int | None = None) -> list[dict]:
    with store.session() as s:
        art = aliased(ArticleRow)
        q = (select(SpeakerRow, func.count(AttributionRow.id), func.count(func.distinct(art.outlet_id)))
             .join(AttributionRow, AttributionRow.speaker_id == SpeakerRow.id)
             .join(art, art.id == AttributionRow.article_id)
             .where(AttributionRow.version_id.in_(latest_version_ids()), art.duplicate_of.is_(None),
                    AttributionRow.type != "story")
             .group_by(SpeakerRow.id).order_by(func.count(AttributionRow.id).desc(), SpeakerRow.name))
        if name:
            q = q.where(func.lower(SpeakerRow.name).contains(name.lower()))
        if speaker_id is not None:
            q = q.where(SpeakerRow.id == speaker_id)
        rows = s.execute(q.offset(offset).limit(limit)).all()
        out = []
        for sp, n, n_outlets in rows:
            roles = s.execute(select(AttributionRow.role, AttributionRow.affiliation, Outlet.name)
                              .join(ArticleRow, ArticleRow.id == AttributionRow.article_id)
                              .outerjoin(Outlet, Outlet.id == ArticleRow.outlet_id)
                              .where(AttributionRow.speaker_id == sp.id, AttributionRow.role.is_not(None))
                              .distinct()).all()
            out.append({"id": sp.id, "name": sp.name, "kind": sp.kind, "attributions": n, "outlets": n_outlets,
                        "roles": [{"role": r, "affiliation": af, "outlet": o} for r, af, o in roles]})
        return out


def speaker(store: Store, speaker_id: int) -> dict | None:
    with store.session() as s:
        sp = s.get(SpeakerRow, speaker_id)
        if sp is None:
            return None
    # a speaker whose every attribution is gone or in a duplicate still has a page
    return next(iter(speakers(store, speaker_id=speaker_id, limit=1)),
                {"id": sp.id, "name": sp.name, "kind": sp.kind, "attributions": 0, "outlets": 0, "roles": []})


def _iso(dt) -> str | None:
    return dt.isoformat() if dt is not None else None


def citations(store: Store, limit: int = 60) -> list[tuple[str, str, str, int]]:
    """Who cites whom: (outlet, speaker, speaker kind, attributions), most frequent first."""
    with store.session() as s:
        q = (select(Outlet.name, SpeakerRow.name, SpeakerRow.kind, func.count(AttributionRow.id))
             .join(ArticleRow, ArticleRow.outlet_id == Outlet.id)
             .join(AttributionRow, AttributionRow.article_id == ArticleRow.id)
             .join(SpeakerRow, SpeakerRow.id == AttributionRow.speaker_id)
             .where(AttributionRow.version_id.in_(latest_version_ids()), ArticleRow.duplicate_of.is_(None),
                    AttributionRow.type != "story")
             .group_by(Outlet.name, SpeakerRow.name, SpeakerRow.kind)
             .order_by(func.count(AttributionRow.id).desc(), Outlet.name, SpeakerRow.name).limit(limit))
        return [tuple(r) for r in s.execute(q)]
