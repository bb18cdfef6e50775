"""`sayso export`: JSONL keeps the nested JSON shape of `sayso extract`; CSV and
Parquet get flat columns (span texts and offsets side by side, lists as JSON)."""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path
from typing import Iterator

from ..model import content_text
from . import queries
from .store import Store


def rows(store: Store, what: str, include_duplicates: bool) -> Iterator[dict]:
    if what == "attributions":
        yield from queries.quotes(store, queries.QuoteFilter(include_duplicates=include_duplicates, limit=None))
    elif what == "articles":
        offset = 0
        while page := queries.articles(store, limit=500, offset=offset):
            yield from (r for r in page if include_duplicates or r["duplicate_of"] is None)
            offset += 500
    else:
        offset = 0
        while page := queries.speakers(store, limit=500, offset=offset):
            yield from page
            offset += 500


def flat(row: dict) -> dict:
    out: dict = {}
    for key, value in row.items():
        if key in ("source", "cue") :
            out[f"{key}_text"] = value["text"] if value else None
            out[f"{key}_start"] = value["start"] if value else None
            out[f"{key}_end"] = value["end"] if value else None
        elif key == "content":
            pieces = value if isinstance(value, list) else ([value] if value else [])
            out["content_text"] = content_text(value)
            out["content_spans"] = json.dumps([[p["start"], p["end"]] for p in pieces])
        elif key == "speaker":
            for k in ("id", "name", "role", "affiliation", "kind"):
                out[f"speaker_{k}"] = value[k] if value else None
        elif isinstance(value, (list, dict)):
            out[key] = json.dumps(value, ensure_ascii=False)
        else:
            out[key] = value
    return out


def export(store: Store, what: str, fmt: str, output: Path | None, include_duplicates: bool) -> int:
    """Write to a temporary file beside the output and rename, so a failed export leaves nothing half-written."""
    tmp = output.with_name(output.name + ".part") if output else None
    n = 0
    try:
        if fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pylist([flat(r) for r in rows(store, what, include_duplicates)])
            n = table.num_rows
            pq.write_table(table, tmp)
        else:
            f = tmp.open("w", encoding="utf-8", newline="") if tmp else sys.stdout
            try:
                writer = None
                for r in rows(store, what, include_duplicates):
                    n += 1
                    if fmt == "jsonl":
                        f.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
                    else:
                        r = flat(r)
                        if writer is None:
                            writer = csv.DictWriter(f, fieldnames=list(r))
                            writer.writeheader()
                        writer.writerow(r)
            finally:
                if tmp:
                    f.close()
        if tmp:
            os.replace(tmp, output)
    finally:
        if tmp and tmp.exists():
            tmp.unlink()
    return n
