from itertools import count

import pytest

from sayso.extraction.refusals import find_refusals
from sayso.model import Attribution, Span


@pytest.mark.parametrize("sentence, source, cue, content", [
    ("The authority did not respond to a request for comment on Friday.", "The authority", "did not respond to",
     "a request for comment on Friday"),
    ("A Harbor Board spokeswoman did not immediately respond Wednesday to a reporter's request for comment.",
     "A Harbor Board spokeswoman", "did not immediately respond Wednesday to", "a reporter's request for comment"),
    ("Quill's campaign didn’t return a phone message.", "Quill's campaign", "didn’t return", "a phone message"),
    ("Mara Vell could not be reached for comment.", "Mara Vell", "could not be reached for", "comment"),
    ("The Foreign Ministry has not commented on the report.", "The Foreign Ministry", "has not commented on",
     "the report"),
    ("The board has yet to respond to questions from the Lantern.", "The board", "has yet to respond to",
     "questions from the Lantern"),
])
def test_no_answer_is_a_declines_attribution(sentence, source, cue, content):
    text = "The levy will go, the mayor said. " + sentence
    [refusal] = find_refusals(text, 0, [], lambda: "a1")
    assert (refusal.source.text, refusal.cue.text, refusal.content[0].text, refusal.stance) == (
        source, cue, content, "declines")


def test_what_is_no_refusal_or_already_read_is_left_alone():
    text = "Quill did not respond in kind. The board did not reply to the letter."
    assert find_refusals(text, 0, [], lambda: "a1") == []
    text = "The board did not respond to a request for comment."
    tagged = Attribution("a1", "indirect", Span.of(text, 0, 9), Span.of(text, 10, 28), [Span.of(text, 29, 50)],
                         stance="declines")
    assert find_refusals(text, 0, [tagged], lambda: "a2") == [tagged]


def test_refusals_take_their_place_in_reading_order():
    text = "Vell said the levy would go. The board did not respond to messages. Quill said it would stay."
    said = Attribution("a1", "indirect", Span.of(text, 0, 4), Span.of(text, 5, 9), [Span.of(text, 10, 27)])
    later = Attribution("a2", "indirect", Span.of(text, 68, 73), Span.of(text, 74, 78), [Span.of(text, 79, 92)])
    ids = count(3)
    out = find_refusals(text, 0, [said, later], lambda: f"a{next(ids)}")
    assert [a.id for a in out] == ["a1", "a3", "a2"]


@pytest.mark.parametrize("tail, cue, content", [
    ("and declined to say whether the service would revise its account", "declined",
     "to say whether the service would revise its account"),
    ("but would not say when the report would be published", "would not say", "when the report would be published"),
])
def test_a_refusal_joined_to_a_report(tail, cue, content):
    from sayso.extraction.refusals import split_joined_refusals
    text = f"Aal said the investigation was continuing {tail}."
    said = Attribution("a1", "indirect", Span.of(text, 0, 3), Span.of(text, 4, 8), [Span.of(text, 9, len(text) - 1)])
    first, refusal = split_joined_refusals(text, [said], lambda: "a2")
    assert first.content[0].text == "the investigation was continuing"
    assert (refusal.source, refusal.cue.text, refusal.content[0].text, refusal.stance) == (
        said.source, cue, content, "declines")
