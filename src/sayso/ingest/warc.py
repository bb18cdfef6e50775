"""WARC files (warcio), in the shape of Common Crawl News: HTML response records."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..model import Article
from .html import article_from_html
from .text import InputError


def read_warc(path: Path) -> Iterator[Article | InputError]:
    read = 0
    try:
        with path.open("rb") as f:
            for record in ArchiveIterator(f):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                status = record.http_headers.get_statuscode()
                ctype = record.http_headers.get_header("Content-Type") or ""
                body = record.content_stream().read()
                read += 1
                if status != "200" or "html" not in ctype:
                    continue
                try:
                    article = article_from_html(body, f"{path} {url}", url=url)
                except InputError as e:
                    yield e
                    continue
                date = record.rec_headers.get_header("WARC-Date")
                article.published = article.published or (date[:10] if date else None)
                yield article
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as e:
        yield InputError(str(path), f"broken or truncated WARC after {read} record(s) ({type(e).__name__}: {e})"
                         .replace("\n", " "))
