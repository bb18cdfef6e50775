"""Two taggers read together: their per-token tag probabilities are averaged
and decoded under the same BIO rules the CRFs keep (I-X only after B-X/I-X).
Errors of a BiLSTM and a fine-tuned transformer differ enough that the
average beats either (see models/tagger-minilm/MODEL_CARD.md)."""

from __future__ import annotations

from typing import Sequence

import torch

from .tagger import CRF, TAGS
from .tokens import Paragraph


class EnsembleTagger:
    def __init__(self, taggers: Sequence, weights: Sequence[float] | None = None):
        self.taggers = list(taggers)
        self.weights = list(weights or [1.0] * len(self.taggers))
        self.version = "+".join(t.version for t in self.taggers)
        self.meta = {"architecture": "ensemble", "members": [t.meta for t in self.taggers], "weights": self.weights}
        self.rules = CRF(len(TAGS))  # all scores zero: only the hard constraints remain

    @torch.inference_mode()
    def tag(self, paras: Sequence[Paragraph], batch_size: int = 64) -> list[list[str]]:
        total = sum(self.weights)
        per_tagger = [t.marginals(paras) for t in self.taggers]
        log_probs = [torch.log(sum(w * m.exp() for w, m in zip(self.weights, ms)) / total)
                     for ms in zip(*per_tagger)]
        out: list[list[str]] = []
        for k in range(0, len(log_probs), batch_size):
            chunk = log_probs[k:k + batch_size]
            lengths = torch.tensor([len(x) for x in chunk])
            padded = torch.nn.utils.rnn.pad_sequence(chunk, batch_first=True)
            out.extend([TAGS[i] for i in path] for path in self.rules.decode(padded, lengths))
        return out
