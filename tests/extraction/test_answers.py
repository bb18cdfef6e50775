from itertools import count

import pytest

from sayso.extraction.answers import answered_reports, apposed_answers
from sayso.model import Attribution, Span


def at(text, id_, source, cue, content):
    def span(phrase):
        start = text.index(phrase)
        return Span.of(text, start, start + len(phrase))
    return Attribution(id_, "indirect", span(source) if source else None, span(cue), [span(c) for c in content])


@pytest.mark.parametrize("apposition, source, cue, stance", [
    ("a claim the company denied at the time", "the company", "denied", "denies"),
    ("a claim that the operator has strongly disputed", "the operator", "has strongly disputed", "denies"),
    ("an allegation Tessaline Terminals rejected on Monday", "Tessaline Terminals", "rejected", "denies"),
    ("a figure the ministry later confirmed", "the ministry", "later confirmed", "confirms"),
    ("a claim Northwind could not independently verify", "Northwind", "could not independently verify", "unverified"),
    ("an account the port has not confirmed", "the port", "has not confirmed", "unverified"),
])
def test_an_apposed_answer_answers_the_report_before_it(apposition, source, cue, stance):
    text = f"Local media reported that the operator would hire new crews, {apposition}."
    report = at(text, "a1", "Local media", "reported", [text[text.index("that"):-1]])  # the tagger ran on
    ids = count(2)
    first, answer = apposed_answers(text, [report], lambda: f"a{next(ids)}")
    assert first.content[0].text == "that the operator would hire new crews"
    assert (answer.source.text, answer.cue.text, answer.stance) == (source, cue, stance)
    assert [c.text for c in answer.content] == ["that the operator would hire new crews"]


def test_an_apposed_answer_after_a_closing_source():
    text = ("A fire that shut the refinery was started deliberately, a union official alleged on Monday, "
            "a claim the refinery's owner rejected as “reckless.”")
    report = at(text, "a1", "a union official", "alleged", ["A fire that shut the refinery was started deliberately",
                                                            "a claim the refinery's owner rejected as “reckless.”"])
    report.type = "mixed"
    ids = count(2)
    first, answer = apposed_answers(text, [report], lambda: f"a{next(ids)}")
    assert [c.text for c in first.content] == ["A fire that shut the refinery was started deliberately"]
    assert first.type == "indirect"  # the quoted label was the owner's
    assert (answer.source.text, answer.cue.text, answer.stance) == ("the refinery's owner", "rejected", "denies")
    assert answer.content == first.content


def test_an_apposed_answer_after_a_quote_that_closes_with_the_comma():
    text = 'Voss repeated her claim that crime had "doubled in two years," a figure police data does not support.'
    report = at(text, "a1", "Voss", "repeated", [text[text.index("her claim"):-1]])
    ids = count(2)
    first, answer = apposed_answers(text, [report], lambda: f"a{next(ids)}")
    assert first.content[0].text == 'her claim that crime had "doubled in two years,"'  # the quote keeps its mark
    assert (answer.source.text, answer.cue.text, answer.stance) == ("police data", "does not support", "denies")


def test_the_taggers_reading_of_the_apposition_gives_way():
    text = "A laboratory said its samples showed chlorine, a claim the authority disputed."
    said = at(text, "a1", "A laboratory", "said", ["its samples showed chlorine"])
    disputed = at(text, "a2", "the authority", "disputed", ["a claim"])
    out = apposed_answers(text, [said, disputed], lambda: "a3")
    assert [(a.id, a.cue.text, a.content[0].text) for a in out] == [
        ("a1", "said", "its samples showed chlorine"), ("a2", "disputed", "its samples showed chlorine")]


def test_a_claim_that_is_said_is_no_answer():
    for sentence in ("Quill said the port would close, a claim that the union denied it had made any deal.",
                     "Quill said the port would close, a claim the mayor repeated on Monday.",
                     "Quill said the port would close, a claim to fame for the city."):
        said = at(sentence, "a1", "Quill", "said", ["the port would close"])
        assert apposed_answers(sentence, [said], lambda: "a2") == [said]


def test_a_label_that_calls_a_report_false_is_a_denial():
    from sayso.extraction.answers import labelled_denials
    text = ('The Courier said the governor would resign, hours after the bank called the story "false and '
            'irresponsible."')
    said = at(text, "a1", "The Courier", "said", [text[text.index("the governor"):-1]])
    ids = count(2)
    first, denial = labelled_denials(text, 0, [said], lambda: f"a{next(ids)}")
    assert first.content[0].text == "the governor would resign"
    assert (denial.source.text, denial.cue.text, denial.stance) == ("the bank", "called", "denies")
    assert denial.content[0].text == 'the story "false and irresponsible."'
    text = 'The minister called the report "a useful start."'
    assert labelled_denials(text, 0, [], lambda: "a1") == []  # a label that is no denial


@pytest.mark.parametrize("verb, stance", [("played down", "denies"), ("dismissed", "denies"),
                                          ("has confirmed", "confirms"), ("brushed aside", "denies")])
def test_a_nominal_report_read_as_a_cue_is_answered_by_the_subject_before_it(verb, stance):
    text = f"Leak feared\n\nThe water board on Monday {verb} reports of a leak at the Ossary reservoir."
    tagged = [at(text, "a1", None, "reports of", ["a leak at the Ossary reservoir"])]
    answered_reports(text, tagged)
    [answer] = tagged
    assert (answer.source.text, answer.cue.text, answer.stance) == ("The water board", verb, stance)
    assert [c.text for c in answer.content] == ["reports of a leak at the Ossary reservoir"]


def test_a_nominal_report_with_no_answering_verb_is_left_alone():
    text = "There were reports of a leak at the reservoir."
    tagged = [at(text, "a1", None, "reports of", ["a leak at the reservoir"])]
    answered_reports(text, tagged)
    assert (tagged[0].source, tagged[0].cue.text) == (None, "reports of")
