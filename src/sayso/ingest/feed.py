"""RSS/Atom feeds (feedparser): each entry becomes an article.

An entry that carries its full text (content:encoded, Atom content) is read
from the feed; otherwise its link is fetched (through the same safe Fetcher
as any URL)."""

from __future__ import annotations

from typing import Iterator

import feedparser

from ..model import Article
from .html import article_from_html
from .text import InputError
from .url import FetchError, Fetcher

FULL_TEXT_MIN_CHARS = 400  # shorter entry bodies are teasers: follow the link


def _published(entry) -> str | None:
    t = entry.get("published_parsed") or entry.get("updated_parsed")
    return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}" if t else None


def read_feed(data: bytes, source: str, fetcher: Fetcher | None) -> Iterator[Article | InputError]:
    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        raise InputError(source, f"not an RSS or Atom feed, or a feed with no entries{why}".replace("\n", " "))
    outlet = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{source} entry {n}"
        link = entry.get("link")
        html = next((c.get("value") for c in entry.get("content", []) if c.get("value")), None)
        try:
            if html and len(html) >= FULL_TEXT_MIN_CHARS:
                page = f"<html><head><title>{_escape(entry.get('title', ''))}</title></head><body><article>{html}</article></body></html>"
                article = article_from_html(page, where, url=link)
            elif link and fetcher is not None:
                got = fetcher.get(link)
                if got.status >= 400:
                    raise InputError(link, f"HTTP {got.status}")
                article = article_from_html(got.body, link, url=got.url)
            else:
                raise InputError(where, "entry has no full text and no link to follow")
        except FetchError as e:
            yield InputError(link or where, str(e))
            continue
        except InputError as e:
            yield e
            continue
        article.published = article.published or _published(entry)
        article.outlet = outlet or article.outlet  # the feed names its outlet better than a domain
        article.byline = article.byline or entry.get("author")
        yield article


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
