"""WARC files (warcio), in the shape of Common Crawl News: HTML response records."""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..model import Article
from .html import article_from_html
from .text import InputError


def _gzip_intact(path: Path) -> str | None:
    """warcio reads a cut gzip member quietly as a shorter record: check the whole file first."""
    try:
        with gzip.open(path, "rb") as f:
            while f.read(1 << 20):
                pass
    except (EOFError, OSError, zlib.error) as e:
        return str(e)
    return None


def read_warc(path: Path) -> Iterator[Article | InputError]:
    if path.name.endswith(".gz") and (problem := _gzip_intact(path)):
        # Still read what precedes the damage; then report the file.
        yield from _records(path)
        yield InputError(str(path), f"broken or truncated WARC ({problem})")
        return
    yield from _records(path)


def _records(path: Path) -> Iterator[Article | InputError]:
    read = 0
    end = 0
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            records = ArchiveIterator(f)
            for record in records:
                if record.rec_type != "response" or record.http_headers is None:
                    records.read_to_end()
                    end = records.get_record_offset() + records.get_record_length()
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                status = record.http_headers.get_statuscode()
                ctype = record.http_headers.get_header("Content-Type") or ""
                body = record.content_stream().read()
                records.read_to_end()
                end = records.get_record_offset() + records.get_record_length()
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
        if end < size:
            # warcio stops quietly at a cut record: bytes left over mean the file was truncated
            yield InputError(str(path), f"broken or truncated WARC after {read} record(s) "
                                        f"({size - end} bytes after the last complete record)")
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as e:
        yield InputError(str(path), f"broken or truncated WARC after {read} record(s) ({type(e).__name__}: {e})"
                         .replace("\n", " "))
