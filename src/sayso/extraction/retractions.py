"""Retractions told as actions: "Paper P said Z, then removed the article".

PolNeAR annotates reports, not what an outlet later did with them, so the
tagger reads "then removed the article from its website" as part of what P
said. This step splits it off: P's report keeps Z, and a second attribution
by the same source, stance `retracts`, points at the same content.
"""

from __future__ import annotations

import re
from typing import Callable

from ..model import Attribution, Span

# The source's own later action: the subject is left out and a connector comes
# first ("…, then removed", "… and later deleted"), so "the council removed the
# article 12 clause" inside what was said is not mistaken for one.
RETRACTION = re.compile(
    r"(?:\s*[,;]\s*(?:and\s+|but\s+)?(?:(?:then|later|subsequently|quickly)\s+)*"
    r"|\s+(?:and\s+|but\s+)?(?:then|later|subsequently)\s+(?:quickly\s+)?)"
    r"(?P<cue>(?:removed|deleted|took\s+down|pulled|retracted|withdrew|unpublished|scrubbed)\s+"
    r"(?:the|its|that|this)\s+(?:article|story|report|post|piece|tweet|item)s?"
    r"(?:\s+from\s+(?:its|the)\s+(?:website|site|page|feed|account))?)(?!\s*\d)", re.I)


def split_retractions(text: str, attributions: list[Attribution], next_id: Callable[[], str]) -> list[Attribution]:
    out: list[Attribution] = []
    for at in attributions:
        out.append(at)
        if not at.content or at.type == "story":
            continue
        last = at.content[-1]
        m = RETRACTION.search(text, last.start, last.end)
        if m is None or m.start() <= last.start:
            # right after the content: 'wrote that the sale was "a done deal," then deleted the post'
            m = RETRACTION.match(text, last.end)
        if m is None or m.start() <= last.start:
            continue
        kept_end = m.start()
        while kept_end > last.start and not text[kept_end - 1].isalnum() and text[kept_end - 1] not in "”\"’":
            kept_end -= 1
        at.content = at.content[:-1] + [Span.of(text, last.start, kept_end)]
        cue = Span.of(text, m.start("cue"), m.end("cue"))
        out.append(Attribution(next_id(), at.type, at.source, cue, list(at.content), stance="retracts",
                               hedged=at.hedged, cited_by=at.cited_by))
    return out
