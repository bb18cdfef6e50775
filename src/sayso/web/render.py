"""What the pages show, computed in Python: highlighted segments and the outlet graph.

Nothing here produces HTML: the templates (autoescaped) do, so article text
can never be rendered unescaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

ROLE_ORDER = {"source": 0, "cue": 1, "content": 2}


@dataclass(frozen=True)
class Segment:
    text: str
    start: int
    end: int
    role: str | None = None  # source | cue | content
    attribution: str | None = None


def _pieces(value) -> list[dict]:
    if not value:
        return []
    return value if isinstance(value, list) else [value]


def segments(text: str, attributions: list[dict]) -> list[Segment]:
    """Split the text into plain and highlighted runs. Where spans overlap (an
    inner "citing X" report shares its content with the outer one) the first
    attribution keeps the characters; sources and cues win over content."""
    marks: list[tuple[int, int, int, str, str]] = []
    for a in attributions:
        if a.get("type") == "story":
            continue
        for role in ("source", "cue", "content"):
            for p in _pieces(a.get(role)):
                if 0 <= p["start"] < p["end"] <= len(text):
                    marks.append((ROLE_ORDER[role], p["start"], p["end"], role, a["id"]))
    owner: list[tuple[str, str] | None] = [None] * len(text)
    for _, start, end, role, aid in sorted(marks, key=lambda m: m[0]):
        for i in range(start, end):
            if owner[i] is None:
                owner[i] = (role, aid)
    out: list[Segment] = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and owner[j] == owner[i]:
            j += 1
        role, aid = owner[i] if owner[i] else (None, None)
        out.append(Segment(text[i:j], i, j, role, aid))
        i = j
    return out


def safe_link(url: str | None) -> str | None:
    """Only http(s) URLs become links: never javascript:, data: or others."""
    if not url:
        return None
    return url if urlsplit(url).scheme in ("http", "https") else None


@dataclass(frozen=True)
class GraphNode:
    label: str
    x: float
    y: float
    kind: str


@dataclass(frozen=True)
class GraphEdge:
    x1: float
    y1: float
    x2: float
    y2: float
    weight: int
    title: str


def citation_graph(edges: list[tuple[str, str, str, int]], width: int = 900, row: int = 28) -> dict:
    """A two-column drawing: outlets on the left, whom they cite on the right.

    `edges` are (outlet, speaker, speaker kind, count)."""
    outlets = sorted({e[0] for e in edges})
    cited = sorted({(e[1], e[2]) for e in edges})
    ol = {name: i for i, name in enumerate(outlets)}
    cl = {name: i for i, (name, _) in enumerate(cited)}
    height = max(len(outlets), len(cited), 1) * row + row
    left, right = 200, width - 260
    nodes = [GraphNode(o, left, row + i * row, "outlet") for i, o in enumerate(outlets)]
    nodes += [GraphNode(name, right, row + i * row, kind) for i, (name, kind) in enumerate(cited)]
    lines = [GraphEdge(left, row + ol[o] * row, right, row + cl[s] * row, n, f"{o} → {s}: {n}")
             for o, s, _, n in edges]
    return {"width": width, "height": height, "nodes": nodes, "edges": lines}
