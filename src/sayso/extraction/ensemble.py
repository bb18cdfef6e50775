"""The `accurate` tagger: MiniLM-CRF and the BiLSTM-CRF read together.

Both networks score every token of a paragraph; their tag scores and their
CRF transition scores are mixed by one weight and the mixed CRF decodes the
best path, so the result is one consistent tag sequence, not a vote between
two. The two models err in different places (one reads word pieces through a
pretrained encoder, the other whole words and characters), and the mixture
scores higher on PolNeAR dev than either alone, reading about 12 % slower than
MiniLM alone (models/tagger-minilm/MODEL_CARD.md).
"""

from __future__ import annotations

import hashlib
from typing import Sequence

import torch

from .tagger import CRF, TAGS, RowTagger
from .tokens import Paragraph

# MiniLM's share of the mixture; the BiLSTM's is the rest. Chosen on PolNeAR dev
# among 0.5-0.9 (model card): 0.7-0.8 score alike, 0.75 is the middle.
MINILM_WEIGHT = 0.75


def mixed_crf(crfs: Sequence[CRF], weights: Sequence[float]) -> CRF:
    """A CRF whose transition, start and end scores are the weighted sum of the
    given CRFs' (their hard B/I constraints are the same, so they stay)."""
    mixed = CRF(len(TAGS))
    with torch.no_grad():
        for name in ("transitions", "start", "end"):
            getattr(mixed, name).copy_(sum(w * getattr(c, name) for c, w in zip(crfs, weights)))
    return mixed.eval()


class MixedTagger(RowTagger):
    def __init__(self, members: Sequence[RowTagger], weights: Sequence[float]):
        self.members, self.weights = list(members), list(weights)
        self.crf = mixed_crf([m.crf for m in self.members], self.weights)
        self.meta = {"members": [m.meta for m in self.members], "weights": self.weights}
        key = "+".join(f"{m.version}*{w}" for m, w in zip(self.members, self.weights))
        self.version = "mixed-" + hashlib.sha256(key.encode()).hexdigest()[:12]

    def emissions(self, paras: Sequence[Paragraph]) -> list[torch.Tensor]:
        scores = [m.emissions(paras) for m in self.members]
        return [sum(w * s[i] for s, w in zip(scores, self.weights)) for i in range(len(paras))]


def load_accurate() -> MixedTagger:
    """The shipped MiniLM and BiLSTM taggers, mixed."""
    from .minilm import MiniLMTagger
    from .tagger import Tagger

    return MixedTagger([MiniLMTagger.load(), Tagger.load()],
                       [MINILM_WEIGHT, 1 - MINILM_WEIGHT])
