"""Tokens and paragraphs with character offsets: the unit the tagger reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words (keeping inner apostrophes and hyphens), numbers, or single punctuation marks.
TOKEN_RE = re.compile(r"\w+(?:[’'\-.]\w+)*|[^\w\s]")
PARAGRAPH_RE = re.compile(r"[^\n]+")
OPEN_QUOTES = frozenset("“‘«„")
CLOSE_QUOTES = frozenset("”’»")
QUOTES = OPEN_QUOTES | CLOSE_QUOTES | frozenset("\"'`")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    tokens: tuple[Token, ...]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]


def paragraphs(text: str, max_tokens: int = 400) -> list[Paragraph]:
    """Split on newlines; very long lines are cut into windows so one giant
    line cannot blow up memory or sequence length."""
    out: list[Paragraph] = []
    for m in PARAGRAPH_RE.finditer(text):
        toks = tokenize(text, m.start(), m.end())
        for i in range(0, len(toks), max_tokens):
            chunk = tuple(toks[i:i + max_tokens])
            if chunk:
                out.append(Paragraph(chunk[0].start, chunk[-1].end, chunk))
    return out
