"""HTML pages → Article, through trafilatura (main text, title, byline, date, site name)."""

from __future__ import annotations

import re

import trafilatura

from ..model import Article
from .text import InputError

HTML_START = re.compile(r"\s*(?:<!doctype\s+html|<html[\s>])", re.I)


def looks_like_html(text: str) -> bool:
    """A whole web page given as text (saved with .txt, pasted, posted): it opens with its doctype or <html>."""
    return bool(HTML_START.match(text))


def article_from_html(html: str | bytes, source: str, url: str | None = None) -> Article:
    """The stored text is the headline, a blank line, then the main text, so that
    the first line is the headline as everywhere else in sayso."""
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      favor_precision=True)
    body = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not body:
        raise InputError(source, "no article text found in the HTML")
    title = (doc.title or "").strip() or None
    if title and body.split("\n", 1)[0].strip() == title:
        body = body.split("\n", 1)[1].strip() if "\n" in body else ""
    text = f"{title}\n\n{body}" if title else body
    return Article(text=text, published=doc.date, outlet=doc.sitename,
                   url=url or doc.url, path=None if url else source, byline=doc.author,
                   language=doc.language)
