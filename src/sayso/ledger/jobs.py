"""Long jobs over the ledger: ingest, watch (re-fetch known URLs), reprocess.

Each yields one small event per article, so the CLI can show progress and a
summary; every article is committed on its own (see store.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable, Iterator
from urllib.parse import urlsplit

from sqlalchemy import select

from ..extraction.pipeline import Pipeline
from ..ingest.html import article_from_html
from ..ingest.text import InputError
from ..ingest.url import FetchError, Fetcher
from ..model import Article
from .schema import ArticleRow, VersionRow
from .store import Store


@dataclass
class Event:
    status: str  # new | unchanged | updated | duplicate | restored | removed | failed | reprocessed
    source: str
    article_id: int | None = None
    detail: str | None = None


def ingest(store: Store, pipeline: Pipeline, items: Iterable[Article | InputError],
           batch_size: int = 32) -> Iterator[Event]:
    """Extract and store each article; texts already stored are not re-extracted."""
    it = iter(items)
    while batch := list(islice(it, batch_size)):
        for item in batch:
            if isinstance(item, InputError):
                yield Event("failed", item.source, detail=item.problem)
        todo = [a for a in batch if isinstance(a, Article)]
        fresh = [a for a in todo if not store.known_hash(a)]
        extracted = dict(zip(map(id, fresh), pipeline.pipe(fresh)))
        for article in todo:
            outcome = store.record(article, extracted.get(id(article)), pipeline.tagger.version)
            yield Event(outcome.status, article.url or article.path or "?", outcome.article_id, outcome.detail)


def looks_like_home_page(original: str, final: str) -> bool:
    """A removed story often redirects to the site's front page."""
    a, b = urlsplit(original), urlsplit(final)
    return a.path.strip("/") != "" and b.path.strip("/") in ("", "index.html", "index.php", "home")


def watch(store: Store, pipeline: Pipeline, fetcher: Fetcher,
          on_article: Callable[[], None] | None = None) -> Iterator[Event]:
    """Re-fetch every known URL: new text → new version; gone → a `removed` event."""
    with store.session() as s:
        known = s.execute(select(ArticleRow.id, ArticleRow.url).where(ArticleRow.url.is_not(None),
                                                                       ArticleRow.duplicate_of.is_(None))).all()
    for article_id, url in known:
        try:
            page = fetcher.get(url)
        except FetchError as e:
            store.touch(article_id)
            yield Event("failed", url, article_id, str(e))
            continue
        if page.status in (404, 410) or (page.redirected and looks_like_home_page(url, page.url)):
            why = f"HTTP {page.status}" if page.status in (404, 410) else f"redirected to {page.url}"
            changed = store.mark_removed(article_id, why)
            yield Event("removed" if changed else "unchanged", url, article_id, why)
            continue
        if page.status >= 400:
            store.touch(article_id)
            yield Event("failed", url, article_id, f"HTTP {page.status}")
            continue
        try:
            article = article_from_html(page.body, url, url=url)
        except InputError as e:
            yield Event("failed", url, article_id, e.problem)
            continue
        yield from ingest(store, pipeline, [article])


def reprocess(store: Store, pipeline: Pipeline, batch_size: int = 32, force: bool = False) -> Iterator[Event]:
    """Re-extract every version read by another model. Resumable: each version
    is committed with the model's version, so a second run skips what is done."""
    done: set[int] = set()
    while True:
        with store.session() as s:
            q = (select(VersionRow.id, VersionRow.text, ArticleRow.published)
                 .join(ArticleRow, ArticleRow.id == VersionRow.article_id).order_by(VersionRow.id).limit(batch_size))
            if not force:
                q = q.where((VersionRow.model_version != pipeline.tagger.version) | VersionRow.model_version.is_(None))
            if done:
                q = q.where(VersionRow.id.not_in(done))
            rows = s.execute(q).all()
        if not rows:
            return
        for (version_id, _, _), result in zip(rows, pipeline.pipe(Article(text=t, published=p) for _, t, p in rows)):
            store.replace_extraction(version_id, result, pipeline.tagger.version)
            done.add(version_id)
            yield Event("reprocessed", f"version {version_id}")
