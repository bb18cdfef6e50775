"""sayso: who said what, citing whom, and how each claim fared.

    >>> import sayso
    >>> result = sayso.extract("Headline\\n\\nThe minister said the plan would go ahead.")
    >>> result.to_dict()["attributions"]
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .model import Article, Attribution, Extraction, Flag, Span, Speaker

if TYPE_CHECKING:
    from .extraction.pipeline import Pipeline

__all__ = ["extract", "pipeline", "Article", "Attribution", "Extraction", "Flag", "Span", "Speaker"]
__version__ = "0.1.0"


@lru_cache(maxsize=1)
def pipeline() -> "Pipeline":
    """The shared pipeline, loading the shipped model once."""
    from .extraction.pipeline import Pipeline

    return Pipeline()


def extract(text: str, *, title: str | None = None, published: str | None = None,
            outlet: str | None = None) -> Extraction:
    """Every attribution in one article.

    `text` is the article; its first line is the headline unless `title` is
    given, in which case all of `text` is body. `published` (ISO date) anchors
    relative dates when the text has no dateline.
    """
    return pipeline()(Article(text=text, title=title, published=published, outlet=outlet))
