"""No comment told as an action: "The authority did not respond to a request for comment.", and a refusal
joined to a report ("Aal said the inquiry was continuing and declined to say whether …").

A fact-checker wants to see who was asked and gave no answer, next to what
others said. The tagger finds such sentences only sometimes (PolNeAR's
annotators marked about half of them), so a plain subject, a "did not
respond to" / "did not return" / "could not be reached for" / "has not
commented on" and a request (or the report asked about) in what follows make a `declines` attribution, in PolNeAR's spans: the subject
as source, the verb phrase as cue, the rest of the sentence as content.
"""

from __future__ import annotations

import re
from typing import Callable

from ..model import Attribution, Span, insert_in_reading_order
from .repairs import run_on
from .tokens import SENTENCE_OPENS

NO_RESPONSE = re.compile(
    SENTENCE_OPENS +
    r"(?P<source>[A-Z][^.!?\n,;:“”\"]{1,80}?)\s+"
    r"(?P<cue>(?:also\s+)?(?:(?:did\s+not|didn[’']t|has\s+not|have\s+not|had\s+not|could\s+not|couldn[’']t)\s+"
    r"(?:immediately\s+|yet\s+|publicly\s+)?|(?:has|have)\s+yet\s+to\s+)"
    r"(?:respond(?:ed)?(?:\s+\w+day)?\s+to|reply\s+to|return(?:ed)?|be\s+reached\s+for|comment(?:ed)?\s+on))\s+"
    r"(?P<content>[^.!?\n]*?\b(?:comment|request|message|call|e-?mail|question|inquir|report|claim|article|story|"
    r"allegation|statement|remark)[^.!?\n]*)(?=[.!?])")


NEGATED_ANSWER = re.compile(r"(?:n(?:o|[’'])t|yet\s+to)\s+(?:immediately\s+|yet\s+|publicly\s+)?"
                            r"(?:respond|reply|return|be\s+reached|comment)")


def find_refusals(text: str, start: int, attributions: list[Attribution],
                  next_id: Callable[[], str]) -> list[Attribution]:
    """The attributions with the refusals the tagger missed added, in reading order."""
    taken = [(s.start, s.end) for at in attributions for s in [*at.content, *(x for x in (at.cue, at.source) if x)]]
    out = list(attributions)
    if not NEGATED_ANSWER.search(text, start):
        return out  # the full pattern tries every capital letter: look for its verb first
    for m in NO_RESPONSE.finditer(text, start):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue  # the tagger read this sentence
        found = Attribution(next_id(), "indirect", Span.of(text, m.start("source"), m.end("source")),
                            Span.of(text, m.start("cue"), m.end("cue")),
                            [Span.of(text, m.start("content"), m.end("content"))], stance="declines")
        insert_in_reading_order(out, [found], found.cue.start)
    return out


# "… and declined to say whether the service would revise its account": the same source, refusing
JOINED_REFUSAL = re.compile(
    r"[,;]?\s+(?:and|but)\s+(?:(?:later|then|also)\s+)?"
    r"(?:(?P<cue>declined|refused)\s+(?P<content>to\s+" + r"(?:say|comment|confirm|elaborate|discuss|specify|give|provide|"
    r"name|identify|answer|disclose|speculate|explain)\b[^.!?\n]*)"
    r"|(?P<cue2>(?:would|did|could)\s+not\s+(?:say|comment\s+on|confirm|elaborate\s+on|specify|disclose|explain))"
    r"\s+(?P<content2>\w[^.!?\n]*))")


def split_joined_refusals(text: str, attributions: list[Attribution], next_id: Callable[[], str]) -> list[Attribution]:
    """Each report whose content runs on into "and declined to say …" ends there, and the refusal is an
    attribution of the same source, stance `declines`."""
    out: list[Attribution] = []
    for at in attributions:
        out.append(at)
        m = run_on(text, at, JOINED_REFUSAL) if at.stance != "declines" else None
        if m is None:
            continue
        last = at.content[-1]
        cue_group, content_group = ("cue", "content") if m["cue"] else ("cue2", "content2")
        content = Span.trimmed(text, m.start(content_group), min(m.end(content_group), last.end), " \t,;.”\"")
        kept = Span.trimmed(text, last.start, m.start(), " \t,;")
        if content is None or kept is None:
            continue
        at.content[-1] = kept
        out.append(Attribution(next_id(), "indirect", at.source, Span.of(text, m.start(cue_group), m.end(cue_group)),
                               [content], stance="declines", cited_by=at.cited_by))
    return out
