"""Span and attribution scoring, as PolNeAR evaluation is defined for sayso.

A span is the set of word tokens (regex ``\\w+``) it covers, so edge
punctuation and quote marks do not count; a discontiguous span is the union
of its pieces. Predicted and gold spans of the same role are matched one to
one, greedily by best Jaccard: *exact* means identical token sets, *overlap*
means Jaccard >= 0.5. An attribution matches when its content and its source
both overlap-match the same gold attribution (a missing source matches a
missing source).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Sequence

WORD = re.compile(r"\w+")
Pieces = Sequence[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Frame:
    """An attribution reduced to what scoring needs: character pieces per role."""

    source: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    content: tuple[tuple[int, int], ...]


class TokenIndex:
    def __init__(self, text: str):
        self.starts, self.ends = [], []
        for m in WORD.finditer(text):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def tokens(self, pieces: Pieces) -> frozenset[int]:
        out: set[int] = set()
        for s, e in pieces:
            # first token ending after s, up to last token starting before e
            i = bisect.bisect_right(self.ends, s)
            j = bisect.bisect_left(self.starts, e)
            out.update(range(i, j))
        return frozenset(out)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b) if (a or b) else 0.0


def greedy_match(pred: list[frozenset[int]], gold: list[frozenset[int]]) -> list[float]:
    """Jaccard of each one-to-one pair, best pairs first."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if p & g:
                pairs.append((jaccard(p, g), i, j))
    pairs.sort(reverse=True)
    used_p, used_g, out = set(), set(), []
    for score, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append(score)
    return out


@dataclass
class Counts:
    pred: int = 0
    gold: int = 0
    exact: int = 0
    overlap: int = 0

    def prf(self, hits: int) -> tuple[float, float, float]:
        p = hits / self.pred if self.pred else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Score:
    roles: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in ("source", "cue", "content")})
    attributions: Counts = field(default_factory=Counts)

    def add(self, text: str, pred: Sequence[Frame], gold: Sequence[Frame]) -> None:
        index = TokenIndex(text)
        for role, counts in self.roles.items():
            p = [t for t in (index.tokens(getattr(f, role)) for f in pred) if t]
            g = [t for t in (index.tokens(getattr(f, role)) for f in gold) if t]
            matched = greedy_match(p, g)
            counts.pred += len(p)
            counts.gold += len(g)
            counts.exact += sum(1 for s in matched if s == 1.0)
            counts.overlap += sum(1 for s in matched if s >= 0.5)
        self._add_attributions(index, pred, gold)

    def _add_attributions(self, index: TokenIndex, pred: Sequence[Frame], gold: Sequence[Frame]) -> None:
        def sets(frames):
            return [(index.tokens(f.content), index.tokens(f.source)) for f in frames]

        p, g = sets(pred), sets(gold)
        pairs = []
        for i, (pc, ps) in enumerate(p):
            for j, (gc, gs) in enumerate(g):
                jc = jaccard(pc, gc) if (pc and gc) else 0.0
                js = jaccard(ps, gs)  # both empty → 1.0
                if jc >= 0.5 and js >= 0.5:
                    pairs.append((jc + js, i, j))
        pairs.sort(reverse=True)
        used_p, used_g = set(), set()
        for _, i, j in pairs:
            if i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
        self.attributions.pred += len(p)
        self.attributions.gold += len(g)
        self.attributions.overlap += len(used_p)

    def table(self) -> list[tuple[str, str, float, float, float]]:
        rows = []
        for role, c in self.roles.items():
            rows.append((role, "exact", *c.prf(c.exact)))
            rows.append((role, "overlap", *c.prf(c.overlap)))
        rows.append(("attribution", "overlap", *self.attributions.prf(self.attributions.overlap)))
        return rows
