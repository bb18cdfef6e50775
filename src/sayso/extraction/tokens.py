"""Tokens and paragraphs with character offsets: the unit the tagger reads."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words (keeping inner hyphens, dots and apostrophes: "U.S.", "don't", "O'Brien"),
# clitics split off their word, or single punctuation marks. PolNeAR draws
# span boundaries at clitics: "He" is the source and "’s claiming" the cue of
# "He’s claiming", "Obama" the source and "’s announcement" the cue.
CLITIC = r"[’'](?:s|re|ve|ll|d|m)\b"
TOKEN_RE = re.compile(rf"\w+(?:(?!{CLITIC})[’'\-.]\w+)*|{CLITIC}|[^\w\s]", re.IGNORECASE)
PARAGRAPH_RE = re.compile(r"[^\n]+")
# Where a sentence opens, for the rules that read a whole sentence by pattern: the text's or a line's start,
# or after a stop and a space (a closing quote may stand between).
SENTENCE_OPENS = r"(?:^|(?<=[.!?]\s)|(?<=[.!?][”\"’]\s)|(?<=\n))"
OPEN_QUOTES = frozenset("“‘«„")
CLOSE_QUOTES = frozenset("”’»")
QUOTES = OPEN_QUOTES | CLOSE_QUOTES | frozenset("\"'`")


def quotation_open(piece: str) -> bool:
    """Whether a quotation opened in `piece` (double marks, curly or straight) is still open at its end."""
    return piece.count("“") > piece.count("”") or piece.count('"') % 2 == 1


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
