"""Paragraphs whose layout says who speaks, read without the model.

Two layouts are common in news and regular enough to read by rule:

- transcript turns, ``PENCE: Well, look, …`` (a name in capitals, a colon, what
  was said), as in a published interview or debate transcript. At least two
  such turns must appear in the article, so that a lone ``NEW DELHI: …``
  dateline is not taken for a speaker;
- quote bylines, ``“We can build a wall around him.” ― Steve Quinlan`` (a
  quotation, a dash, the name), as in collected reader reactions.

The model reads these poorly (a turn often opens with a stray quote mark), and
a paragraph in either layout is one attribution, so its tags are replaced.

A question-and-answer interview (``Q: Will the barrier be ready?`` then ``A: It
will.``) is read on top of the model: each answer is the interviewee's words,
added as an attribution of its own, while the reports the model found inside it
("I think …", whose "I" is the interviewee) and in the questions (which may tell
what others said) stay.
"""

from __future__ import annotations

import re

from typing import Callable, Sequence

from ..model import Attribution, Span, insert_in_reading_order
from .tokens import OPEN_QUOTES, QUOTES, Paragraph, Token

# Capitalised words that head a paragraph or a headline with a colon without naming a speaker.
NOT_SPEAKERS = {
    "NOTE", "UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "EDITOR", "EDITORS", "RELATED", "WATCH",
    "READ", "MORE", "PHOTO", "PHOTOS", "VIDEO", "BREAKING", "ADVERTISEMENT", "SOURCE", "SOURCES",
    "WARNING", "EXCLUSIVE", "ANALYSIS", "OPINION", "COMMENTARY", "TRANSCRIPT", "LIVE", "FACT", "CHECK",
    "VERDICT", "RATING", "CLAIM", "SEE", "ALSO", "PS", "TOPICS", "TAGS", "REVIEW", "EDITORIAL", "EXPLAINER",
    "FACTBOX", "TIMELINE", "INTERVIEW", "COMMENT", "LETTERS", "OBITUARY", "PODCAST", "QUIZ", "RECAP", "PREVIEW",
    "REPORT", "PROFILE", "Q&A", "FAQ",
}


# "Report: Walker to speak at the convention": a report's claim where the tagger read one (PolNeAR marks it so)
DOCUMENT_LABELS = {"REPORT", "SOURCE", "SOURCES"}


def is_heading(label: str, tagged: bool = False) -> bool:
    """A label no one speaks: "Fact check", "UPDATE", "Editor's note" (`tagged`: the tagger read it as a source,
    which a document's label may be)."""
    words = re.sub(r"['’]S\b", "", label.upper()).replace("-", " ").split()
    return bool(words) and all(w in NOT_SPEAKERS - (DOCUMENT_LABELS if tagged else set()) for w in words)


LEADING_MARKS = OPEN_QUOTES | {'"', "'"}  # a turn often opens with a stray quote mark
DASHES = {"―", "—", "–"}


def _end(tokens: Sequence[Token]) -> int:
    """The paragraph's end without its closing full stop (a question keeps its mark)."""
    n = len(tokens)
    while n > 1 and tokens[n - 1].text in ".;:,":
        n -= 1
    return n


def _tags(n: int, source: range, cue: range, content: range) -> list[str]:
    tags = ["O"] * n
    for role, part in (("SOURCE", source), ("CUE", cue), ("CONTENT", content)):
        for k, i in enumerate(part):
            tags[i] = ("B-" if k == 0 else "I-") + role
    return tags


def transcript_turn(tokens: Sequence[Token]) -> list[str] | None:
    """Tags for ``NAME: what was said``, or None."""
    i = 0
    while i < len(tokens) and tokens[i].text in LEADING_MARKS:
        i += 1
    start = i
    while i < len(tokens) and (tokens[i].text.isupper() and tokens[i].text.isalpha() or
                               (i > start and tokens[i].text in (".", "'", "’"))):
        i += 1
    name = [t.text for t in tokens[start:i] if t.text.isalpha()]
    if (not name or len(name) > 4 or len(name[0]) < 2 or NOT_SPEAKERS & set(name)
            or i >= len(tokens) - 1 or tokens[i].text != ":"):
        return None
    return _tags(len(tokens), range(start, i), range(i, i + 1), range(i + 1, _end(tokens)))


def quote_byline(tokens: Sequence[Token]) -> list[str] | None:
    """Tags for ``“quotation” ― Name``, or None."""
    if len(tokens) < 4 or tokens[0].text not in QUOTES:  # any mark: ” often opens by mistake
        return None
    dash = next((i for i in range(len(tokens) - 1, 0, -1) if tokens[i].text in DASHES), None)
    if dash is None or dash < 2:
        return None
    closing = tokens[dash - 1].text
    if closing not in QUOTES:
        return None
    end = _end(tokens)
    name = [t.text for t in tokens[dash + 1:end]]
    words = [w for w in name if w.isalpha() or w.replace(".", "").isalpha()]
    if not words or len(words) > 5 or not all(w[0].isupper() for w in words) or len(name) > 8:
        return None
    return _tags(len(tokens), range(dash + 1, end), range(dash, dash + 1), range(0, dash))


def read_turns(paras: Sequence[Paragraph], tags: list[list[str]]) -> list[list[str]]:
    """The model's tags, with those of transcript turns and quote bylines replaced."""
    turns = [transcript_turn(p.tokens) for p in paras]
    if sum(t is not None for t in turns) < 2:
        turns = [None] * len(paras)
    out = []
    for p, model_tags, turn in zip(paras, tags, turns):
        out.append(turn or quote_byline(p.tokens) or model_tags)
    return out


def is_turn(source: Span | None, cue: Span | None) -> bool:
    """A transcript turn: verbatim speech (`direct`) by a person, however the name is capitalised."""
    return source is not None and cue is not None and cue.text == ":" and source.text.isupper()


QUESTION_LINE = re.compile(r"^[\"“]?(?:Q|Question|QUESTION):\s", re.M)
ANSWER_LINE = re.compile(r"^[\"“]?(?P<label>A|Answer|ANSWER)(?P<colon>:)\s+(?P<answer>.*?)[\s.,;:]*$", re.M)


def _answers(text: str) -> list[tuple[re.Match[str], int]]:
    """Each ``A:`` line of an interview (only where ``Q:`` asks) and where its answer ends: at the next
    question, or the text's end (an answer may run over several paragraphs)."""
    questions = [m.start() for m in QUESTION_LINE.finditer(text)]
    if not questions:
        return []
    return [(m, next((q for q in questions if q > m.start()), len(text))) for m in ANSWER_LINE.finditer(text)]


def answer_spans(text: str) -> list[tuple[int, int]]:
    """Where an interview's answers stand: their "I" is the interviewee."""
    return [(m.start(), end) for m, end in _answers(text)]


def interview_answers(text: str, attributions: list[Attribution], next_id: Callable[[], str]) -> list[Attribution]:
    """Each answer of a question-and-answer interview, ``A: It will.`` and the paragraphs that follow it up to
    the next question: the interviewee's words, `direct` (source "A", cue ":"), besides any report the model
    found inside it."""
    out = list(attributions)
    for m, end in _answers(text):
        if any(at.cue is not None and at.cue.start == m.start("colon") for at in out):
            continue
        pieces = [m.span("answer")] + [p.span() for p in re.finditer(r"[^\n]+", text[:end]) if p.start() > m.end()]
        content = [c for c in (Span.trimmed(text, s, e, " \t\r.,;:") for s, e in pieces) if c is not None]
        if content:
            insert_in_reading_order(out, [Attribution(next_id(), "direct", Span.of(text, *m.span("label")),
                                                      Span.of(text, *m.span("colon")), content)], m.start("colon") - 1)
    return out


def is_answer(source: Span | None, cue: Span | None) -> bool:
    """An interview's answer, ``A: …``: the interviewee speaks, whom the label does not name."""
    return source is not None and cue is not None and cue.text == ":" and source.text in ("A", "Answer", "ANSWER")


def is_question(source: Span | None, cue: Span | None) -> bool:
    """An interview's question, ``Q: …``, where the tagger read one: the interviewer asks."""
    return source is not None and cue is not None and cue.text == ":" and source.text in ("Q", "Question", "QUESTION")
