"""`sayso eval polnear`: score the pipeline against PolNeAR gold."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..extraction.pipeline import Pipeline
from ..extraction.tagger import RowTagger
from ..extraction.tokens import Paragraph
from ..model import Article, Extraction
from .polnear import GoldArticle, labelled_paragraphs, read_split
from .scorer import Frame, Score


def frame_of(at) -> Frame:
    def pieces(spans):
        return tuple((s.start, s.end) for s in spans)

    return Frame(pieces([at.source] if at.source else []), pieces([at.cue] if at.cue else []), pieces(at.content))


def predicted_frames(result: Extraction) -> list[Frame]:
    """PolNeAR is univocal, so the chain attributions sayso adds on top (the
    dateline's story, inner "citing X" reports) are left out of scoring."""
    inner = {a.id for a in result.attributions if a.cited_by and a.cited_by != "a0"}
    return [frame_of(a) for a in result.attributions if a.type != "story" and a.id not in inner]


class GoldTags(RowTagger):
    """A "tagger" that answers with PolNeAR's gold tags: scoring the pipeline with it
    measures what the steps after the tagger (grouping, chains, clipping) lose."""

    meta: dict = {}
    version = "gold"

    def __init__(self, articles: list[GoldArticle]):
        self.gold = {self.key(p): tags for a in articles for p, tags in labelled_paragraphs(a)}

    @staticmethod
    def key(p: Paragraph) -> tuple:
        return p.start, tuple(t.text for t in p.tokens)  # offsets alone repeat across articles

    def paths(self, paras: Sequence[Paragraph]) -> list[list[int]]:
        return [self.gold[self.key(p)] for p in paras]


def evaluate_polnear(directory: str | Path, pipeline: Pipeline | None = None, limit: int | None = None,
                     gold_tags: bool = False) -> Score:
    gold = read_split(directory)[:limit]
    pipeline = Pipeline(GoldTags(gold)) if gold_tags else pipeline or Pipeline()
    score = Score()
    for g, result in zip(gold, pipeline.pipe(Article(text=g.text) for g in gold)):
        score.add(g.text, predicted_frames(result),
                  [Frame(a.source, a.cue, a.content) for a in g.attributions])
    return score
