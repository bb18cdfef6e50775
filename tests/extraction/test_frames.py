from sayso.extraction.frames import group, sentence_ids
from sayso.extraction.tokens import tokenize

from .tagging import tagged_spans


def ids_of(text: str) -> dict[str, int]:
    tokens = tokenize(text)
    return {f"{t.text}@{t.start}": s for t, s in zip(tokens, sentence_ids(tokens))}


def test_a_quote_against_the_stop_closes_the_sentence():
    ids = ids_of('"It is safe." She left.')
    assert ids['"@12'] == 0 and ids["She@14"] == 1


def test_a_quote_after_a_space_opens_the_next_sentence():
    ids = ids_of('The mayor said it is safe. "It will open," he said.')
    assert ids[".@25"] == 0 and ids['"@27'] == 1 and ids["It@28"] == 1


def test_a_cue_with_no_content_takes_one_from_a_cue_with_two():
    text = "The Courier reported on Monday that the mayor had quit, citing two aides."
    spans = tagged_spans(text, {"The Courier": "SOURCE", "reported": "CUE", "that the mayor had quit": "CONTENT",
                                "citing": "CUE", "two aides": "CONTENT"})
    reported, citing = group(spans)
    pieces = [[text[c.start:c.end] for c in f.content] for f in (reported, citing)]
    assert pieces == [["that the mayor had quit"], ["two aides"]]


def test_an_interrupted_quote_keeps_both_pieces():
    text = '"The port is safe," Quill said, "and it will stay open." Vell agreed.'
    spans = tagged_spans(text, {'"The port is safe,"': "CONTENT", "Quill": "SOURCE", "said": "CUE",
                                '"and it will stay open."': "CONTENT", "Vell": "SOURCE", "agreed": "CUE"})
    said, agreed = group(spans)
    assert len(said.content) == 2 and agreed.content == []


def test_a_piece_right_after_a_cue_is_that_cue_s_before_one_after_it():
    # the tagger may read "a claim" after the content as a cue of its own, nearer the content than "told"
    text = 'Mayor Ivo Quill told reporters he had "never met the bidders," a claim the order does not address.'
    spans = tagged_spans(text, {"Mayor Ivo Quill": "SOURCE", "told": "CUE",
                                'he had "never met the bidders,"': "CONTENT", "a claim": "CUE",
                                "the order": "SOURCE", "does not address": "CUE"})
    told, claim, address = group(spans)
    assert [text[c.start:c.end] for c in told.content] == ['he had "never met the bidders,"']
    assert claim.content == [] and address.content == []
    text = "Residents said on Friday that the order came late, according to messages seen by the Sentinel."
    said, according = group(tagged_spans(text, {"Residents": "SOURCE", "said": "CUE",
                                                "that the order came late": "CONTENT", "according to": "CUE",
                                                "messages seen by the Sentinel": "SOURCE"}))
    assert [text[c.start:c.end] for c in said.content] == ["that the order came late"] and according.content == []
    # a closing "X said" keeps what comes before it when no cue opens the sentence
    text = '"The port is safe," Quill said.'
    [said] = group(tagged_spans(text, {'"The port is safe,"': "CONTENT", "Quill": "SOURCE", "said": "CUE"}))
    assert len(said.content) == 1
