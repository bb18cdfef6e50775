from sayso.eval.scorer import Frame, Score, TokenIndex, greedy_match, jaccard

TEXT = 'The mayor said that "the bridge will reopen" next year, aides added.'


def span(word: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(word, start + 1)
    return (start, start + len(word))


def test_tokens_ignore_punctuation_and_quotes():
    idx = TokenIndex(TEXT)
    a = idx.tokens([span('"the bridge will reopen"')])
    b = idx.tokens([span("the bridge will reopen")])
    assert a == b and len(a) == 4


def test_discontiguous_span_is_union_of_pieces():
    idx = TokenIndex(TEXT)
    both = idx.tokens([span("The mayor"), span("said")])
    assert both == idx.tokens([span("The mayor said")])


def test_greedy_match_is_one_to_one_best_first():
    a, b, c = frozenset({1, 2}), frozenset({1, 2, 3}), frozenset({1})
    # both predictions overlap the same gold; only the better one gets it
    assert greedy_match([a, c], [b]) == [jaccard(a, b)]


def test_exact_and_overlap_counts():
    score = Score()
    gold = [Frame((span("The mayor"),), (span("said"),), (span("that \"the bridge will reopen\" next year"),))]
    pred = [Frame((span("mayor"),), (span("said"),), (span("the bridge will reopen"),))]
    score.add(TEXT, pred, gold)
    src, cue, content = (score.roles[r] for r in ("source", "cue", "content"))
    assert (src.exact, src.overlap) == (0, 1)        # 1/2 tokens: overlap only
    assert (cue.exact, cue.overlap) == (1, 1)
    assert (content.exact, content.overlap) == (0, 1)  # 4 of 7 tokens
    assert score.attributions.overlap == 1


def test_missing_source_matches_missing_source_only():
    gold = [Frame((), (span("added"),), (span("the bridge will reopen"),))]
    score = Score()
    score.add(TEXT, [Frame((), (span("added"),), (span("the bridge will reopen"),))], gold)
    assert score.attributions.overlap == 1
    score = Score()
    score.add(TEXT, [Frame((span("aides"),), (span("added"),), (span("the bridge will reopen"),))], gold)
    assert score.attributions.overlap == 0


def test_prf_table_has_every_role():
    score = Score()
    score.add(TEXT, [], [Frame((span("aides"),), (span("added"),), (span("next year"),))])
    rows = {(r[0], r[1]): r[2:] for r in score.table()}
    assert rows[("content", "exact")] == (0.0, 0.0, 0.0)
    assert ("attribution", "overlap") in rows
