"""Turn what the user names (files, folders, URLs) into a stream of articles.

Each item is an Article or an InputError: one bad source is reported and the
batch goes on.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from ..model import Article
from .feed import read_feed
from .html import article_from_html, looks_like_html
from .jsonl import read_jsonl
from .text import DEFAULT_MAX_BYTES, STDIN, InputError, read_bytes, read_text_file
from .url import FetchError, Fetcher
from .warc import read_warc

FEED_SUFFIXES = {".rss", ".atom", ".xml"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def read_url(url: str, fetcher: Fetcher) -> Iterator[Article | InputError]:
    try:
        page = fetcher.get(url)
    except FetchError as e:
        yield InputError(url, str(e))
        return
    if page.status >= 400:
        yield InputError(url, f"HTTP {page.status}")
        return
    ctype = page.content_type.lower()
    if any(t in ctype for t in ("rss", "atom", "application/xml", "text/xml")):
        try:
            yield from read_feed(page.body, url, fetcher)
        except InputError as e:
            yield e
        return
    try:
        yield article_from_html(page.body, url, url=page.url)
    except InputError as e:
        yield e


def _suffix(path: Path) -> str:
    return "".join(path.suffixes[-2:]).lower() if path.name.endswith(".gz") else path.suffix.lower()


def read_one_article(path: Path, encoding: str = "utf-8",
                     max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[Article, list[str], bool]:
    """One article from one file, for `sayso extract`: plain text, or a web page (by its suffix or its
    first tag) whose main text trafilatura finds. Also whether it was a web page, whose offsets then
    index the text found, not the file. Files that hold many articles are for `sayso ingest`."""
    suffix = _suffix(path)
    if suffix in FEED_SUFFIXES | {".warc", ".warc.gz", ".jsonl"}:
        raise InputError(str(path), f"a {suffix} file holds many articles: read it with `sayso ingest`")
    if suffix in HTML_SUFFIXES:
        return article_from_html(_checked(path, max_bytes), str(path)), [], True
    article, warnings = read_text_file(path, encoding=encoding, max_bytes=max_bytes)
    if looks_like_html(article.text):
        name = article.path or str(path)
        return article_from_html(article.text, name), warnings + [f"{name}: an HTML page, read for its main text"], True
    return article, warnings, False


def read_file(path: Path, fetcher: Fetcher, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    suffix = _suffix(path)
    try:
        if suffix in (".warc", ".warc.gz"):
            yield from read_warc(path)
        elif suffix == ".jsonl":
            yield from read_jsonl(path)
        elif suffix in FEED_SUFFIXES:
            yield from read_feed(_checked(path, max_bytes), str(path), fetcher)
        else:  # one article: text, or a web page by its suffix or its first tag
            yield read_one_article(path, max_bytes=max_bytes)[0]
    except InputError as e:
        yield e


def _checked(path: Path, max_bytes: int) -> bytes:
    data = read_bytes(path, max_bytes)
    if not data.strip():
        raise InputError(str(path), "empty file")
    return data


def read_sources(sources: list[str], fetcher: Fetcher, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    for source in sources:
        if is_url(source):
            yield from read_url(source, fetcher)
            continue
        path = Path(source)
        if source == STDIN:
            yield from read_file(path, fetcher, max_bytes)
        elif path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                yield from read_file(child, fetcher, max_bytes)
        elif not path.exists():
            yield InputError(source, "no such file, folder or URL")
        else:
            yield from read_file(path, fetcher, max_bytes)
