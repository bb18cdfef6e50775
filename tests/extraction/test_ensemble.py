"""The mixed tagger: tag scores and CRFs mixed by weight, decoded as one path."""

import torch

from sayso.extraction.ensemble import MixedTagger, mixed_crf
from sayso.extraction.pipeline import load_tagger
from sayso.extraction.tagger import CRF, TAGS, RowTagger, decode_rows
from sayso.extraction.tokens import paragraphs

PARA = paragraphs("The clerk said it was closed .")[0]
O, B_SOURCE, I_SOURCE = TAGS.index("O"), TAGS.index("B-SOURCE"), TAGS.index("I-SOURCE")


class Fixed(RowTagger):
    """A member whose tag scores are given: one tag favoured at every token."""

    def __init__(self, favoured: list[int], margin: float):
        self.favoured, self.margin = favoured, margin
        self.crf = CRF(len(TAGS)).eval()
        self.meta, self.version = {}, f"fixed-{favoured}-{margin}"

    def emissions(self, paras):
        out = []
        for p in paras:
            e = torch.zeros(len(p.tokens), len(TAGS))
            for i, tag in enumerate(self.favoured[:len(p.tokens)]):
                e[i, tag] = self.margin
            out.append(e)
        return out


def test_the_heavier_member_wins_where_the_two_disagree():
    n = len(PARA.tokens)
    source_first = Fixed([B_SOURCE, I_SOURCE] + [O] * (n - 2), margin=2.0)
    all_o = Fixed([O] * n, margin=3.0)
    # 0.75 * 2 > 0.25 * 3: the source wins; 0.25 * 2 < 0.75 * 3: plain O
    assert MixedTagger([source_first, all_o], [0.75, 0.25]).tag([PARA])[0][:3] == ["B-SOURCE", "I-SOURCE", "O"]
    assert MixedTagger([source_first, all_o], [0.25, 0.75]).tag([PARA])[0][:3] == ["O", "O", "O"]


def test_mixed_crf_sums_scores_and_keeps_the_constraints():
    a, b = CRF(len(TAGS)), CRF(len(TAGS))
    with torch.no_grad():
        a.transitions.fill_(1.0)
        b.transitions.fill_(-2.0)
        b.end[O] = 4.0
    m = mixed_crf([a, b], [0.75, 0.25])
    assert torch.allclose(m.transitions, torch.full_like(m.transitions, 0.25))
    assert m.end[O].item() == 1.0
    # an I- tag still cannot follow O: the path gives up O's score to open the span
    scores = torch.zeros(1, 2, len(TAGS))
    scores[0, 0, O], scores[0, 1, I_SOURCE] = 5.0, 50.0
    assert m.decode(scores, torch.tensor([2]))[0] == [B_SOURCE, I_SOURCE]


def test_decode_rows_answers_in_row_order():
    crf = CRF(len(TAGS)).eval()
    rows = []
    for n, tag in [(5, B_SOURCE), (2, O), (9, TAGS.index("B-CUE"))]:
        e = torch.zeros(n, len(TAGS))
        e[0, tag] = 5.0
        rows.append(e)
    paths = decode_rows(crf, rows, batch_size=2)
    assert [len(p) for p in paths] == [5, 2, 9]
    assert [p[0] for p in paths] == [B_SOURCE, O, TAGS.index("B-CUE")]


def test_accurate_is_the_two_shipped_models_mixed():
    accurate = load_tagger("accurate")
    fast = load_tagger("fast")
    assert isinstance(accurate, MixedTagger) and accurate.members[1].version == fast.version
    assert accurate.version not in {m.version for m in accurate.members}
    # the mixture's scores are the weighted sum of its members'
    mixed = accurate.emissions([PARA])[0]
    parts = [m.emissions([PARA])[0] for m in accurate.members]
    assert torch.allclose(mixed, sum(w * p for w, p in zip(accurate.weights, parts)))
