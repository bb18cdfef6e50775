from sayso.extraction.frames import group, raw_spans, sentence_ids
from sayso.extraction.tokens import paragraphs, tokenize


def ids_of(text: str) -> dict[str, int]:
    tokens = tokenize(text)
    return {f"{t.text}@{t.start}": s for t, s in zip(tokens, sentence_ids(tokens))}


def test_a_quote_against_the_stop_closes_the_sentence():
    ids = ids_of('"It is safe." She left.')
    assert ids['"@12'] == 0 and ids["She@14"] == 1


def test_a_quote_after_a_space_opens_the_next_sentence():
    ids = ids_of('The mayor said it is safe. "It will open," he said.')
    assert ids[".@25"] == 0 and ids['"@27'] == 1 and ids["It@28"] == 1


def tagged(text: str, roles: dict[str, str]) -> list:
    """Tags for one paragraph: each phrase in `roles` gets its role, B- on its first token."""
    [para] = paragraphs(text)
    tags = ["O"] * len(para.tokens)
    for phrase, role in roles.items():
        start = text.index(phrase)
        inside = [i for i, t in enumerate(para.tokens) if start <= t.start and t.end <= start + len(phrase)]
        tags[inside[0]] = f"B-{role}"
        for i in inside[1:]:
            tags[i] = f"I-{role}"
    return raw_spans(para, tags)


def test_a_cue_with_no_content_takes_one_from_a_cue_with_two():
    text = "The Courier reported on Monday that the mayor had quit, citing two aides."
    spans = tagged(text, {"The Courier": "SOURCE", "reported": "CUE", "that the mayor had quit": "CONTENT",
                          "citing": "CUE", "two aides": "CONTENT"})
    reported, citing = group([spans])
    pieces = [[text[c.start:c.end] for c in f.content] for f in (reported, citing)]
    assert pieces == [["that the mayor had quit"], ["two aides"]]


def test_an_interrupted_quote_keeps_both_pieces():
    text = '"The port is safe," Quill said, "and it will stay open." Vell agreed.'
    spans = tagged(text, {'"The port is safe,"': "CONTENT", "Quill": "SOURCE", "said": "CUE",
                          '"and it will stay open."': "CONTENT", "Vell": "SOURCE", "agreed": "CUE"})
    said, agreed = group([spans])
    assert len(said.content) == 2 and agreed.content == []
