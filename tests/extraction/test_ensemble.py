"""Averaging taggers: probabilities are weighted and decoded under the BIO rules."""

import torch

from sayso.extraction.ensemble import EnsembleTagger
from sayso.extraction.tagger import TAG_INDEX, TAGS
from sayso.extraction.tokens import paragraphs


class FixedTagger:
    """Stands in for a model: the same per-token probabilities for every paragraph."""

    def __init__(self, probs, version):
        self.probs, self.version, self.meta = probs, version, {}

    def marginals(self, paras):
        return [torch.log(torch.tensor(self.probs)) for _ in paras]


def probs(*rows):
    out = []
    for row in rows:
        p = [0.01] * len(TAGS)
        for tag, v in row.items():
            p[TAG_INDEX[tag]] = v
        out.append([x / sum(p) for x in p])
    return out


PARA = paragraphs("Pier closed , clerk said")  # five tokens


def test_weighted_average_decides_each_token():
    a = FixedTagger(probs(*[{"B-CONTENT": 0.9, "O": 0.1}] + [{"I-CONTENT": 0.9, "O": 0.1}] * 4), "a")
    b = FixedTagger(probs(*[{"O": 0.9, "B-CONTENT": 0.1}] * 5), "b")
    assert EnsembleTagger([a, b], weights=[0.7, 0.3]).tag(PARA)[0] == ["B-CONTENT"] + ["I-CONTENT"] * 4
    assert EnsembleTagger([a, b], weights=[0.3, 0.7]).tag(PARA)[0] == ["O"] * 5
    assert EnsembleTagger([a, b]).version == "a+b"


def test_never_starts_a_span_inside():
    # I-CUE is the likeliest first tag, but a span cannot begin with I-.
    lone = FixedTagger(probs(*[{"I-CUE": 0.6, "B-CUE": 0.3, "O": 0.1}] + [{"O": 0.9}] * 4), "c")
    tags = EnsembleTagger([lone]).tag(PARA)[0]
    assert tags[0] == "B-CUE" and all(t == "O" for t in tags[1:])
