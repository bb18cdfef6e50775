"""JSONL: one article per line; `text` required, `title`, `url`, `outlet`, `published`, `language` optional."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

from ..model import Article
from .text import InputError

FIELDS = ("title", "url", "outlet", "published", "language")


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """Articles, or an InputError for each bad line (the rest of the file still reads)."""
    with path.open("rb") as f:
        for n, raw in enumerate(f, start=1):
            where = f"{path}:{n}"
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield InputError(where, "not valid utf-8")
                continue
            except json.JSONDecodeError as e:
                yield InputError(where, f"not JSON ({e.msg} at column {e.colno})")
                continue
            if not isinstance(obj, dict) or not isinstance(obj.get("text"), str) or not obj["text"].strip():
                yield InputError(where, "no \"text\" field with article text")
                continue
            extra = {k: str(obj[k]) for k in FIELDS if obj.get(k) is not None}
            title = extra.pop("title", None)
            text = obj["text"]
            if title and not text.lstrip().startswith(title):
                text = f"{title}\n\n{text}"  # the headline is the first line, as everywhere in sayso
            yield Article(text=text, path=where, **extra)
