from sayso.extraction.tokens import paragraphs, tokenize


def texts(s: str) -> list[str]:
    return [t.text for t in tokenize(s)]


def test_clitics_are_split_where_polnear_draws_span_boundaries():
    assert texts("He’s claiming") == ["He", "’s", "claiming"]
    assert texts("Obama's announcement") == ["Obama", "'s", "announcement"]
    assert texts("you're, I'd, we've, they'll, I'm, HE'S") == [
        "you", "'re", ",", "I", "'d", ",", "we", "'ve", ",", "they", "'ll", ",", "I", "'m", ",", "HE", "'S"]


def test_names_and_negations_keep_their_apostrophe():
    assert texts("O'Brien didn't meet D'Angelo, ma'am") == ["O'Brien", "didn't", "meet", "D'Angelo", ",", "ma'am"]


def test_offsets_point_into_the_text():
    text = "Mr. O’Neill’s aide said it’s done."
    for t in tokenize(text):
        assert text[t.start:t.end] == t.text
    assert texts(text)[:5] == ["Mr", ".", "O’Neill", "’s", "aide"]


def test_giant_line_is_cut_into_windows():
    text = "word " * 1000
    paras = paragraphs(text, max_tokens=400)
    assert [len(p.tokens) for p in paras] == [400, 400, 200]
