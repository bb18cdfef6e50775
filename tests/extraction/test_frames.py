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


def whose(text: str, marked: dict[str, str], piece: str) -> str | None:
    """The source of the frame that got the content piece starting with `piece`."""
    frames = group(tagged_spans(text, marked), text)
    owner = next(f for f in frames if any(text[c.start:c.end].startswith(piece) for c in f.content))
    return text[owner.source.start:owner.source.end] if owner.source else None


def test_a_quotation_left_open_after_indirect_speech_is_whoever_speaks_where_it_closes():
    text = ('Environmental groups said the plan would destroy seagrass beds.\n\n'
            '"We have studied this for three years.\n\n'
            '"Nobody wants a harbour ships cannot enter," Moen said.')
    marked = {"Environmental groups": "SOURCE", "said": "CUE", "the plan would destroy seagrass beds": "CONTENT",
              '"We have studied this for three years.': "CONTENT",
              '"Nobody wants a harbour ships cannot enter,"': "CONTENT", "Moen": "SOURCE", "said.": "CUE"}
    assert whose(text, marked, '"We have') == "Moen"
    assert whose(text.replace("said the plan", "said:"), {**marked, "said:": "CUE"}, '"We have') is not None


def test_an_excerpt_and_a_quotation_after_a_quotation_carry_on_the_speaker_before():
    # an excerpt in straight marks that ends with its own quotation in curly ones
    text = ('CNN reported that the hearing was closed.\n\n'
            '"The congressman thought the testimony differed.\n\n'
            '“It is not my recollection,” King told reporters.')
    marked = {"CNN": "SOURCE", "reported": "CUE", "that the hearing was closed": "CONTENT",
              '"The congressman thought the testimony differed.': "CONTENT", "“It is not my recollection,”": "CONTENT",
              "King": "SOURCE", "told": "CUE"}
    assert whose(text, marked, '"The congressman') == "CNN"
    # a quotation, then two more paragraphs of it that close it with no one named
    text = ('“It is deep,” Simon Rosen told the New Yorker.\n\n“He has characterized her as the system.\n\n'
            '“He speaks to a generation.”\n\n“When people respond, that is mainstream,” Sanders said.')
    marked = {"“It is deep,”": "CONTENT", "Simon Rosen": "SOURCE", "told": "CUE",
              "“He has characterized her as the system.": "CONTENT", "“He speaks to a generation.”": "CONTENT",
              "“When people respond, that is mainstream,”": "CONTENT", "Sanders": "SOURCE", "said.": "CUE"}
    assert whose(text, marked, "“He has") == whose(text, marked, "“He speaks") == "Simon Rosen"


def test_a_new_quotation_after_a_quotation_is_whoever_the_paragraph_that_closes_it_names():
    text = ('He added: “If the price is wrong, we walk away.”\n\n“We have been very patient.\n\n'
            '“But there is a limit,” said Ines Vahl.\n\n“It is deep,” Rosen said.\n\n“He has characterized her.\n\n'
            '“It is mainstream,” he said.')
    marked = {"He": "SOURCE", "added:": "CUE", "“If the price is wrong, we walk away.”": "CONTENT",
              "“We have been very patient.": "CONTENT", "“But there is a limit,”": "CONTENT", "said Ines": "CUE",
              "Ines Vahl": "SOURCE", "“It is deep,”": "CONTENT", "Rosen": "SOURCE", "said.": "CUE",
              "“He has characterized her.": "CONTENT", "“It is mainstream,”": "CONTENT", "he said": "SOURCE"}
    assert whose(text, marked, "“We have") == "Ines Vahl"
    assert whose(text, marked, "“He has") == "Rosen"  # a pronoun names no one new
