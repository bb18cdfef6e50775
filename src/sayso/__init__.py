"""sayso: who said what, citing whom, and how each claim fared.

    >>> import sayso
    >>> result = sayso.extract("Headline\\n\\nThe minister said the plan would go ahead.")
    >>> result.to_dict()["attributions"]
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from .model import Article, Attribution, Extraction, Flag, Span, Speaker

if TYPE_CHECKING:
    from .extraction.pipeline import Pipeline

__all__ = ["extract", "pipeline", "Article", "Attribution", "Extraction", "Flag", "Span", "Speaker"]
__version__ = "0.1.0"


def pipeline(model: str | None = None) -> "Pipeline":
    """The shared pipeline for `model`: "fast" (the default), "accurate", or a
    model folder; without one, $SAYSO_MODEL decides. Each model loads once."""
    return _pipeline(model or os.environ.get("SAYSO_MODEL") or "fast")


@lru_cache(maxsize=4)
def _pipeline(model: str) -> "Pipeline":
    from .extraction.pipeline import Pipeline, load_tagger

    return Pipeline(load_tagger(model))


def extract(text: str, *, title: str | None = None, published: str | None = None,
            outlet: str | None = None, model: str | None = None) -> Extraction:
    """Every attribution in one article.

    `text` is the article; its first line is the headline unless `title` is
    given, in which case all of `text` is body. `published` (ISO date) anchors
    relative dates when the text has no dateline. `model` picks the tagger
    (see `pipeline`).
    """
    return pipeline(model)(Article(text=text, title=title, published=published, outlet=outlet))
