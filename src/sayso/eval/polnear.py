"""Read PolNeAR (brat standoff) into gold attributions.

Layout: DIR/text/<article>.txt and DIR/attributions/<article>_<annotator>.ann.
Where an article has several annotators, the file whose annotator id sorts
first is the gold (as the corpus README says). `labelled_paragraphs` turns an
article's gold into the tag sequences the taggers learn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..extraction.tagger import TAG_INDEX
from ..extraction.tokens import Paragraph, paragraphs

ANN_NAME = re.compile(r"^(?P<article>.+)_(?P<annotator>[0-9a-z]{4})\.ann$")
ROLES = ("Source", "Cue", "Content")


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    source: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    content: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldArticle:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def _pieces(offsets: str) -> tuple[tuple[int, int], ...]:
    return tuple(tuple(map(int, p.split())) for p in offsets.split(";"))  # type: ignore[misc]


def parse_ann(ann: str) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, _pieces(offsets))
        elif parts[0].startswith("E"):
            args = dict(a.split(":", 1) for a in parts[1].split() if ":" in a)
            events.append(args)
    out = []
    for args in events:
        roles = {r: spans[args[r]][1] if args.get(r) in spans else () for r in ROLES}
        if not roles["Cue"] and not roles["Content"]:
            continue
        out.append(GoldAttribution(roles["Source"], roles["Cue"], roles["Content"]))
    return out


def read_split(directory: str | Path) -> list[GoldArticle]:
    directory = Path(directory)
    text_dir, ann_dir = directory / "text", directory / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"{directory}: expected text/ and attributions/ folders (PolNeAR layout)")
    first: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        m = ANN_NAME.match(ann.name)
        if m and m["article"] not in first:
            first[m["article"]] = ann
    articles = []
    for name, ann in sorted(first.items()):
        txt = text_dir / f"{name}.txt"
        if txt.exists():
            articles.append(GoldArticle(name, txt.read_text(encoding="utf-8"),
                                        tuple(parse_ann(ann.read_text(encoding="utf-8")))))
    return articles


def labelled_paragraphs(article: GoldArticle) -> list[tuple[Paragraph, list[int]]]:
    """Each paragraph of the article with its gold tag index per token (what the taggers learn)."""
    char_tag: dict[int, tuple[str, int]] = {}  # char offset → (role, piece id)
    piece = 0
    for at in article.attributions:
        for role in ("source", "cue", "content"):
            for s, e in getattr(at, role):
                piece += 1
                for c in range(s, e):
                    char_tag[c] = (role.upper(), piece)  # the tag's role name: SOURCE, CUE, CONTENT
    out = []
    for p in paragraphs(article.text):
        tags, prev = [], None
        for tok in p.tokens:
            hit = next((char_tag[c] for c in range(tok.start, tok.end) if c in char_tag), None)
            if hit is None:
                tags.append(TAG_INDEX["O"])
            else:
                tags.append(TAG_INDEX[("I-" if prev == hit else "B-") + hit[0]])
            prev = hit
        out.append((p, tags))
    return out
