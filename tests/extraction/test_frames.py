from sayso.extraction.frames import sentence_ids
from sayso.extraction.tokens import tokenize


def ids_of(text: str) -> dict[str, int]:
    tokens = tokenize(text)
    return {f"{t.text}@{t.start}": s for t, s in zip(tokens, sentence_ids(tokens))}


def test_a_quote_against_the_stop_closes_the_sentence():
    ids = ids_of('"It is safe." She left.')
    assert ids['"@12'] == 0 and ids["She@14"] == 1


def test_a_quote_after_a_space_opens_the_next_sentence():
    ids = ids_of('The mayor said it is safe. "It will open," he said.')
    assert ids[".@25"] == 0 and ids['"@27'] == 1 and ids["It@28"] == 1
