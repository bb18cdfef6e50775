"""Answers to a report that the tagger does not read as reports of their own.

In an apposition: "Local media reported that the operator would hire
replacement workers, a claim the company denied." A fact-checker reads two
reports there: the media's, and the company's denial of the same claim. The
tagger reads the apposition as part of the first content or as a report whose
content is only "a claim", so a rule gives the answer its own attribution: the
answering subject as source, the verb as cue, and the content of the report it
answers (which ends at the comma).

As a label, inside a clause: "…, hours after the bank called the story “false
and irresponsible.”" The bank's denial gets its own attribution, and the
report whose content had run on over it ends before that clause.
"""

from __future__ import annotations

import re
from typing import Callable

from ..model import Attribution, Span, insert_in_reading_order
from . import stance
from .chains import subject_before
from .source_phrases import TRAILING

CLAIM_NOUN = r"(?:claim|allegation|charge|accusation|assertion|report|account|version|figure|finding|suggestion)s?"
APPOSED = re.compile(
    r",[”\"’]?\s+(?:a|an)\s+(?:\w+\s+)?" + CLAIM_NOUN + r"\s+(?:that\s+|which\s+)?"
    r"(?P<source>(?:the\s+|its\s+)?[^\s,.;:!?“”\"]+(?:\s+[^\s,.;:!?“”\"]+){0,4}?)\s+"
    r"(?P<cue>(?:(?:has|have|had)\s+)?(?:(?:strongly|flatly|firmly|vehemently|repeatedly|quickly|swiftly|later|also)\s+)?"
    r"(?:den(?:ied|ies|y)|disput(?:ed|es)|reject(?:ed|s)|dismiss(?:ed|es)|contest(?:ed|s)|refut(?:ed|es)|"
    r"confirm(?:ed|s)|(?:has|have|had|did)\s+not\s+(?:yet\s+)?confirm(?:ed)?|contradict(?:ed|s)?|"
    r"(?:does|do|did)\s+not\s+(?:support|bear\s+out)|"
    r"could\s+not\s+(?:independently\s+)?(?:verify|confirm)))\b"
    # only when and how after the verb: "a claim that the union denied it had made" is a claim of its own
    r"(?P<tail>(?:\s+(?:at\s+the\s+time|earlier|later|then|again|publicly|outright|immediately|"
    r"(?:on|last|this|in|through)\s+(?:a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?[\w’'-]+"
    r"|as\s+(?:[“\"][^”\"\n]{1,60}[”\"]|[\w’'-]+(?:\s+(?:and\s+)?[\w’'-]+){0,2}))){0,2})"  # "rejected as “reckless”"
    r"\s*(?=[.;!?]|$)", re.M)
CLOSING_TAIL = re.compile(r"(?:\s+(?:on|last|this|late|early|in|at)\s+[\w’'-]+|\s+(?:yesterday|today|earlier|later))?\s*")
APPOSED_WORD = re.compile(r",[”\"’]?\s+(?:a|an)\s+(?:\w+\s+)?" + CLAIM_NOUN + r"\b")  # also after a quote's comma


def apposed_answers(text: str, attributions: list[Attribution], next_id: Callable[[], str]) -> list[Attribution]:
    """The attributions with each apposed answer given its own, after the report it answers."""
    if not APPOSED_WORD.search(text):
        return attributions  # the full pattern is tried at every comma: look for its noun first
    out = list(attributions)
    for m in APPOSED.finditer(text):
        comma = m.start()
        report = next((a for a in out if a.cue is not None and a.cue.end <= comma
                       and any(c.start < comma <= c.end + 1 for c in a.content)), None) or next(
            # or a closing source and cue right before the comma: "Z, a union official alleged on Monday, a claim …"
            (a for a in reversed(out) if a.cue is not None and a.content and a.content[0].end <= a.cue.start
             and a.cue.end <= comma and CLOSING_TAIL.fullmatch(text, max(a.cue.end, a.source.end if a.source else 0), comma)),
            None)
        if report is None:
            continue
        # the apposition is the answer's, not the report's: the content ends at the comma (after the quote it
        # closes: 'had "doubled in two years," a figure …')
        end, edge = (comma + 2, " \t") if text[comma + 1] in "”\"’" else (comma, " \t,")
        before = [c for c in (c if c.end <= end else Span.trimmed(text, c.start, end, edge)
                              for c in report.content if c.start < comma) if c]
        report.content = before + [c for c in report.content if c.start >= m.end()]
        report.type = stance.attribution_type(report.cue.text, report.content)  # the quoted label was the answer's
        cue = Span.of(text, m.start("cue"), m.end("cue"))
        answer = Attribution(next_id(), "indirect", Span.trimmed(text, m.start("source"), m.end("source")), cue,
                             list(before), stance=stance.stance_of(cue.text),
                             hedged=stance.is_hedged(cue.text, []))
        # the tagger's own reading of the apposition ("disputed" | "a claim") gives way to the answer
        tagged = next((i for i, a in enumerate(out) if a is not report and a.cue is not None
                       and m.start() <= a.cue.start < m.end()), None)
        if tagged is not None:
            answer.id = out[tagged].id
            out[tagged] = answer
        else:
            out.insert(out.index(report) + 1, answer)
    return out


REPORT_NOUN = r"(?:story|stories|report|reports|article|claims?|allegations?|accusations?|account|piece|post)"
LABELLED = re.compile(
    r"(?P<source>\b(?:the|its)\s+[a-z]+(?:\s+[a-z]+)?|\b[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})\s+"
    r"(?P<cue>called|described|branded|labell?ed|termed|dismissed)\s+"
    r"(?P<content>(?:the|its|that|this|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?" + REPORT_NOUN +
    r"(?:\s+(?:as|a|an))*\s*[“\"][^“”\"\n]{1,80}[”\"])")
LABEL_WORD = re.compile(r"\b(?:called|described|branded|labell?ed|termed|dismissed)\s+(?:the|its|that|this|their|his|her)\b")


def labelled_denials(text: str, start: int, attributions: list[Attribution],
                     next_id: Callable[[], str]) -> list[Attribution]:
    """The attributions with each denial told as a label ("the bank called the story “false”") added."""
    if not LABEL_WORD.search(text, start):
        return attributions  # the full pattern tries every capital letter: look for its verb first
    out = list(attributions)
    for m in LABELLED.finditer(text, start):
        cue = Span.of(text, m.start("cue"), m.end("cue"))
        content = [Span.trimmed(text, m.start("content"), m.end("content"), " \t,.")]
        if stance.stance_of(cue.text, content) != "denies" or any(
                a.cue is not None and a.cue.start < cue.end and cue.start < a.cue.end for a in out):
            continue
        for a in out:  # a report that ran on over the clause ends before it: "…, hours after the bank called …"
            for k, c in enumerate(a.content):
                clause = text.rfind(", ", c.start, m.start()) if c.start < m.start() < c.end else -1
                if clause > c.start:
                    a.content[k] = Span.trimmed(text, c.start, clause, " \t,")
        denial = Attribution(next_id(), stance.attribution_type(cue.text, content),
                             Span.trimmed(text, m.start("source"), m.end("source")), cue, content, stance="denies")
        insert_in_reading_order(out, [denial], cue.start)
    return out


# "The water board on Monday played down reports of a leak": the tagger reads "reports of" as a cue with no
# source; the report is the board's answer to them, and what the reports said is what it answers
NOMINAL_CUE = re.compile(r"(?:reports?|claims?|allegations?|accusations?|rumou?rs?|suggestions?|speculation)"
                         r"(?:\s+(?:of|that|about))?", re.I)
ANSWERED_BEFORE = re.compile(
    r"(?P<cue>\b(?:played\s+down|downplayed|dismissed|rejected|denied|brushed\s+(?:aside|off)|shrugged\s+off|"
    r"scoffed\s+at|disputed|refuted|confirmed|welcomed)|\b(?:has|have|had)\s+(?:dismissed|denied|rejected|"
    r"played\s+down|downplayed|confirmed))\s+(?:(?:the|recent|media|press|news|earlier|those|these|such)\s+)*$")


def answered_reports(text: str, attributions: list[Attribution]) -> None:
    """A nominal report read as a cue with no source becomes the answer of the subject before it."""
    for at in attributions:
        if at.source is not None or at.cue is None or not at.content or not NOMINAL_CUE.fullmatch(at.cue.text):
            continue
        line_start = text.rfind("\n", 0, at.cue.start) + 1
        m = ANSWERED_BEFORE.search(text, max(line_start, at.cue.start - 60), at.cue.start)
        subject = subject_before(text, m.start("cue")) if m else None
        if subject is None or not subject.text:
            continue
        trailing = TRAILING.search(subject.text)  # "The water board on Monday"
        at.source = Span.trimmed(text, subject.start, subject.start + trailing.start()) if trailing else subject
        at.cue = Span.of(text, m.start("cue"), m.end("cue"))
        if at.content[-1].end > at.cue.end:  # what the reports said, from the noun on
            at.content = [Span.trimmed(text, at.cue.end, at.content[-1].end)]
        at.type = stance.attribution_type(at.cue.text, at.content)
        at.stance, at.hedged = stance.stance_of(at.cue.text, at.content), stance.is_hedged(at.cue.text, at.content)
