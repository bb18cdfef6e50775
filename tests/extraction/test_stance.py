import pytest

from sayso.extraction.stance import attribution_type, is_hedged, stance_of
from sayso.model import Span


@pytest.mark.parametrize("cue,stance", [
    ("did not name", "declines"), ("would not disclose", "declines"), ("did not publish", "declines"),  # "The newspaper did not name its sources"
    ("played down", "denies"), ("downplayed", "denies"), ("shrugged off", "denies"),  # answers that belittle
    ("said", "asserts"), ("told reporters", "asserts"), ("confirmed", "confirms"),
    ("denied", "denies"), ("rejected", "denies"), ("retracted", "retracts"),
    ("removed the article", "retracts"), ("predicted", "predicts"), ("is expected", "predicts"),
    ("wrote in a column", "opines"), ("believes", "opines"), ("reported", "reports"),
    ("according to", "reports"), ("quoted", "reports"), ("asked", "questions"), ("has learned", "learns"),
    ("denied reports", "denies"), ("pulls story on", "retracts"), ("declined", "declines"), ("refused to confirm", "declines"),
    ("did not respond", "declines"), ("wouldn't say", "declines"), ("has not commented on", "declines"),
    ("has yet to respond to", "declines"), ("did not immediately return", "declines"),
    ("could not independently verify", "unverified"), ("was unable to confirm", "unverified"),
    ("could not be independently verified", "unverified"), ("confirmed", "confirms"),
    ("corrected its report to say", "corrects"), ("was later corrected to say", "corrects"),
    ("issued a correction", "corrects"), ("correctly predicted", "predicts"), ("clarified", "corrects"), ("updated its story to say", "corrects"),
    # a denial not made is no denial, a confirmation withheld no confirmation
    ("has not disputed", "declines"), ("did not deny", "declines"), ("never denied", "declines"),
    ("would not confirm", "declines"), ("did not confirm", "unverified"), ("have yet to explain", "declines"),
])
def test_stance_of_cue(cue, stance):
    assert stance_of(cue) == stance


def s(text):
    return Span(0, len(text), text)


def test_hedging_in_content_or_cue():
    assert is_hedged("said", [s("the bridge may soon reopen")])
    assert is_hedged("reportedly said", [s("the bridge will reopen")])
    assert is_hedged("said", [s("he allegedly took the money")])
    assert not is_hedged("said", [s("the bridge will reopen")])
    assert not is_hedged("said", [s("the governor could hardly have been clearer")])  # a firm statement
    assert not is_hedged("said", [s("the pilots would strike from May 15")])
    assert is_hedged("appears", [s("to show a strike on the depot")])
    assert not is_hedged("said", [s("the state could not afford a blank cheque")])
    assert is_hedged("alleges", [s("that the board met privately")])
    assert is_hedged("said", [s("the bridge may not reopen")]) and is_hedged("said", [s("it could reopen")])
    assert is_hedged("speculated", [s("that the bank would intervene")])  # a guess, told as one


def test_types():
    assert attribution_type("said", [s("“Nothing was hidden,”")]) == "direct"
    assert attribution_type("said", [s('"Nothing was hidden,"'), s('"Every page is public."')]) == "direct"
    assert attribution_type("said", [s("that nothing was hidden")]) == "indirect"
    # a quote over two paragraphs: the first stays open, the second reopens it
    assert attribution_type("said", [s("“There is no deal yet,”"), s("“But we’re closer than we were."),
                                     s("“The next meeting is on Friday.”")]) == "direct"
    # …and when the next paragraph that reopens it is another attribution's ('"And …," she added')
    assert attribution_type("said", [s("“We will rebuild every school,”"), s("“Some will take longer.")]) == "direct"
    assert attribution_type("said", [s("“deeply flawed” and unworkable"), s("“a tax on families”")]) == "mixed"
    assert attribution_type("called", [s("the report “pure invention”")]) == "mixed"
    assert attribution_type("according to", [s("the plan failed")]) == "according_to"
    assert attribution_type("said", [s("Clinton’s team left")]) == "indirect"  # an apostrophe is no quote
    assert attribution_type("says", [s("port deal 'not dead' as rivals trade barbs")]) == "mixed"
    assert attribution_type("said", [s("the '90s were calm and we don't know why")]) == "indirect"


def test_standing_by_ones_own_story_confirms_it():
    assert stance_of("said", [s("it stood by its story")]) == "confirms"
    assert stance_of("said", [s("that he stands by his remarks")]) == "confirms"
    assert stance_of("said", [s("the mayor stood by the harbor")]) == "asserts"
    assert stance_of("said", [s("that it had published the interview in full and stood by its account")]) == "confirms"
    assert stance_of("said", [s("the airline \"stands by its figures\" and would publish the data")]) == "confirms"


def test_labelling_a_report_false_denies_it():
    assert stance_of("calls", [s("Courier report on troop pullback “baseless”")]) == "denies"
    assert stance_of("described", [s("the story as “a fabrication from start to finish”")]) == "denies"
    assert stance_of("called", [s("the Courier’s story “plausible but thin.”")]) == "asserts"
    assert stance_of("called", [s("for an inquiry into false accounts of the vote")]) == "asserts"
    assert stance_of("called", [s("the claim that the vote was rigged false")]) == "denies"
    assert stance_of("said", [s("the claim was “absurd.”")]) == "denies"
    assert stance_of("said", [s("that these reports are completely false")]) == "denies"
    assert stance_of("said", [s("the report was published on Monday")]) == "asserts"
    assert stance_of("called", [s("the reports “pure speculation.”")]) == "denies"
    assert stance_of("dismissed", [s("the story as rumours")]) == "denies"
    assert stance_of("said", [s("there was no truth to the report")]) == "denies"
    assert stance_of("said", [s("the claims were without foundation")]) == "denies"
    assert stance_of("said", [s("the report was not true")]) == "denies"
    assert stance_of("said", [s("the allegations were speculative")]) == "denies"
    assert stance_of("called", [s("for an end to speculation about the port")]) == "asserts"


def test_saying_a_report_is_accurate_confirms_it():
    assert stance_of("said", [s("the report was accurate")]) == "confirms"
    assert stance_of("told reporters", [s("the Courier's account was largely correct")]) == "confirms"
    assert stance_of("said", [s("the right decision was made")]) == "asserts"


def test_nothing_to_add_is_no_statement():
    assert stance_of("told", [s("it had nothing to add")]) == "declines"
    assert stance_of("said", [s("that he had no further comment")]) == "declines"
    assert stance_of("said", [s("it had nothing but praise for the crews")]) == "asserts"


def test_an_apology_for_a_report_takes_it_back():
    assert stance_of("apologised on Wednesday for", [s("a report that quoted the minister as saying …")]) == "retracts"
    assert stance_of("apologises for", [s("misreporting minister's remarks")]) == "retracts"
    assert stance_of("apologised for", [s("his remarks about the judge")]) == "retracts"  # as walking them back
    assert stance_of("apologised for", [s("the delays on the line")]) == "asserts"
    assert stance_of("didn’t apologize for", [s("his past statements")]) != "retracts"


@pytest.mark.parametrize("cue, content, stance", [
    ("refuses", "to pay the dredging bill", "asserts"),  # a stand taken
    ("refused", "to fight in the war", "asserts"),
    ("declined", "to comment", "declines"),
    ("refused", "to say whether the talks had failed", "declines"),
    ("refuses", "to make public his tax returns", "declines"),  # withholding what was asked for
])
def test_a_refusal_is_a_refusal_to_comment_only_when_it_withholds_words(cue, content, stance):
    assert stance_of(cue, [Span(0, len(content), content)]) == stance


@pytest.mark.parametrize("cue, content, stance", [
    ("has asked", "the city's auditor to review the contract", "asserts"),  # a request
    ("asked", "whether the auditor would review the contract", "questions"),
    ("asked", "questions about the contract to all three councillors", "questions"),
    ("asked", "“Do we really have to review it?”", "questions"),
])
def test_asking_someone_to_do_something_is_no_question(cue, content, stance):
    assert stance_of(cue, [Span(0, len(content), content)]) == stance


@pytest.mark.parametrize("content, stance", [
    ('"That is simply not true,"', "denies"), ("“This is false.”", "denies"), ('"It\'s just not true."', "denies"),
    ("It is wrong to make families wait", "asserts"),  # an opinion with more to say, not a dismissal
])
def test_a_quotation_that_only_dismisses_denies(content, stance):
    assert stance_of("told", [Span(0, len(content), content)]) == stance


def test_a_report_that_does_not_correspond_to_reality_is_denied():
    content = 'that the report "does not correspond to reality"'
    assert stance_of("told", [Span(0, len(content), content)]) == "denies"
