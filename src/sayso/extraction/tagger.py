"""The trained attribution tagger: a BiLSTM-CRF over paragraph tokens.

Each token gets one of O, B/I-SOURCE, B/I-CUE, B/I-CONTENT (PolNeAR is
univocal: one role per token at most). Inputs per token: a word embedding, a
character CNN (for names never seen in training), a shape class and the
quotation state (inside a quote or not), which carries direct-quote
boundaries the word alone cannot.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import torch
from torch import nn

from .tokens import CLOSE_QUOTES, OPEN_QUOTES, Paragraph, Token

ROLES = ("SOURCE", "CUE", "CONTENT")
TAGS = ("O",) + tuple(f"{p}-{r}" for r in ROLES for p in ("B", "I"))
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}
SHAPES = ("pad", "lower", "title", "upper", "digit", "mixed", "open_quote", "close_quote",
          "straight_quote", "comma", "period", "colon", "dash", "paren", "other_punct")
QUOTE_STATES = ("pad", "outside", "inside", "quote_mark")
MAX_CHARS = 16
DEFAULT_MODEL_DIR = Path(__file__).resolve().parents[3] / "models" / "tagger"


def shape(tok: str) -> int:
    if tok in OPEN_QUOTES and tok != "’":
        s = "open_quote"
    elif tok in CLOSE_QUOTES:
        s = "close_quote"
    elif tok in "\"'`":
        s = "straight_quote"
    elif tok == ",":
        s = "comma"
    elif tok in ".!?":
        s = "period"
    elif tok in ":;":
        s = "colon"
    elif tok in "-—–":
        s = "dash"
    elif tok in "()[]":
        s = "paren"
    elif not tok[0].isalnum():
        s = "other_punct"
    elif tok.isdigit():
        s = "digit"
    elif tok.islower():
        s = "lower"
    elif tok.isupper() and len(tok) > 1:
        s = "upper"
    elif tok[0].isupper():
        s = "title"
    else:
        s = "mixed"
    return SHAPES.index(s)


def quote_states(tokens: Sequence[Token]) -> list[int]:
    """Inside/outside a quotation, tracked across the paragraph.

    Typographic marks open and close; straight double quotes toggle. A closing
    ’ preceded by a letter is an apostrophe, not a quote mark.
    """
    inside = False
    out = []
    for i, t in enumerate(tokens):
        x = t.text
        if x == "“" or x == "«" or x == "„":
            inside = True
            out.append(3)
        elif x == "”" or x == "»":
            inside = False
            out.append(3)
        elif x == '"':
            nxt_word = i + 1 < len(tokens) and tokens[i + 1].start == t.end and tokens[i + 1].text[0].isalnum()
            inside = nxt_word if not inside else False
            out.append(3)
        else:
            out.append(2 if inside else 1)
    return out


def normalise_word(w: str) -> str:
    return re.sub(r"\d", "0", w.lower())


@dataclass
class Vocab:
    words: dict[str, int]
    chars: dict[str, int]

    @classmethod
    def build(cls, token_texts: Iterable[str], min_count: int = 2) -> "Vocab":
        counts: dict[str, int] = {}
        chars: dict[str, int] = {}
        for w in token_texts:
            n = normalise_word(w)
            counts[n] = counts.get(n, 0) + 1
            for c in w[:MAX_CHARS]:
                chars[c] = chars.get(c, 0) + 1
        words = {"<pad>": 0, "<unk>": 1}
        for w, c in sorted(counts.items()):
            if c >= min_count:
                words[w] = len(words)
        cvocab = {"<pad>": 0, "<unk>": 1}
        for c, n in sorted(chars.items()):
            if n >= 3:
                cvocab[c] = len(cvocab)
        return cls(words, cvocab)


class CRF(nn.Module):
    """Linear-chain CRF: learned transition scores on top of per-token emissions."""

    def __init__(self, n_tags: int):
        super().__init__()
        self.transitions = nn.Parameter(torch.zeros(n_tags, n_tags))
        self.start = nn.Parameter(torch.zeros(n_tags))
        self.end = nn.Parameter(torch.zeros(n_tags))
        # I-X may only follow B-X or I-X: hard constraints, so decoding never
        # produces a span that starts inside.
        mask = torch.zeros(n_tags, n_tags)
        for j, tag in enumerate(TAGS):
            if tag.startswith("I-"):
                role = tag[2:]
                for i, prev in enumerate(TAGS):
                    if prev not in (f"B-{role}", f"I-{role}"):
                        mask[i, j] = -1e4
        start_mask = torch.tensor([-1e4 if t.startswith("I-") else 0.0 for t in TAGS])
        self.register_buffer("mask", mask)
        self.register_buffer("start_mask", start_mask)

    def _trans(self) -> torch.Tensor:
        return self.transitions + self.mask

    def nll(self, emissions: torch.Tensor, tags: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        b, t, n = emissions.shape
        steps = torch.arange(t, device=emissions.device)
        mask = steps[None, :] < lengths[:, None]
        trans = self._trans()
        start = self.start + self.start_mask
        # Score of the gold path.
        gold = start[tags[:, 0]] + emissions[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for i in range(1, t):
            step = trans[tags[:, i - 1], tags[:, i]] + emissions[:, i].gather(1, tags[:, i:i + 1]).squeeze(1)
            gold = gold + step * mask[:, i]
        last = tags.gather(1, (lengths - 1)[:, None]).squeeze(1)
        gold = gold + self.end[last]
        # Partition function by the forward algorithm.
        alpha = start[None, :] + emissions[:, 0]
        for i in range(1, t):
            nxt = torch.logsumexp(alpha[:, :, None] + trans[None] + emissions[:, i, None, :], dim=1)
            alpha = torch.where(mask[:, i, None], nxt, alpha)
        log_z = torch.logsumexp(alpha + self.end[None], dim=1)
        return (log_z - gold).sum()

    def decode(self, emissions: torch.Tensor, lengths: torch.Tensor) -> list[list[int]]:
        b, t, n = emissions.shape
        trans = self._trans()
        score = (self.start + self.start_mask)[None, :] + emissions[:, 0]
        back = []
        steps = torch.arange(t)
        mask = steps[None, :] < lengths[:, None]
        for i in range(1, t):
            total = score[:, :, None] + trans[None]
            best, idx = total.max(dim=1)
            nxt = best + emissions[:, i]
            score = torch.where(mask[:, i, None], nxt, score)
            back.append(idx)
        score = score + self.end[None]
        pointers = torch.stack(back, dim=1).tolist() if back else [[] for _ in range(b)]  # one copy, not one per token
        paths = []
        for k, tag in enumerate((score.argmax(dim=1)).tolist()):
            path = [tag]
            for i in range(int(lengths[k]) - 2, -1, -1):
                tag = pointers[k][i][tag]
                path.append(tag)
            paths.append(path[::-1])
        return paths


class TaggerNet(nn.Module):
    def __init__(self, n_words: int, n_chars: int, word_dim: int = 100, char_dim: int = 24,
                 char_filters: int = 48, hidden: int = 192, layers: int = 2, dropout: float = 0.33):
        super().__init__()
        self.config = dict(n_words=n_words, n_chars=n_chars, word_dim=word_dim, char_dim=char_dim,
                           char_filters=char_filters, hidden=hidden, layers=layers, dropout=dropout)
        self.words = nn.Embedding(n_words, word_dim, padding_idx=0)
        self.chars = nn.Embedding(n_chars, char_dim, padding_idx=0)
        self.char_cnn = nn.Conv1d(char_dim, char_filters, kernel_size=3, padding=1)
        self.shapes = nn.Embedding(len(SHAPES), 12, padding_idx=0)
        self.quotes = nn.Embedding(len(QUOTE_STATES), 8, padding_idx=0)
        self.dropout = nn.Dropout(dropout)
        self.lstm = nn.LSTM(word_dim + char_filters + 12 + 8, hidden, num_layers=layers,
                            bidirectional=True, batch_first=True, dropout=dropout)
        self.out = nn.Linear(2 * hidden, len(TAGS))
        self.crf = CRF(len(TAGS))

    def emissions(self, words, chars, shapes, quotes, lengths):
        b, t, c = chars.shape
        ch = self.chars(chars.view(b * t, c)).transpose(1, 2)
        ch = torch.relu(self.char_cnn(ch)).max(dim=2).values.view(b, t, -1)
        x = torch.cat([self.words(words), ch, self.shapes(shapes), self.quotes(quotes)], dim=-1)
        x = self.dropout(x)
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=t)
        return self.out(self.dropout(h))


class RowTagger:
    """`tag` for a tagger whose `paths(paras)` gives the CRF's best tag-index
    path for each paragraph. A network tagger gives `emissions(paras)`, its tag
    scores per token of each paragraph, and `crf`, which decodes them."""

    meta: dict
    version: str  # content hash of the weights: the ledger records which model read what
    crf: CRF

    def emissions(self, paras: Sequence[Paragraph]) -> list[torch.Tensor]:
        raise NotImplementedError

    def paths(self, paras: Sequence[Paragraph]) -> list[list[int]]:
        return decode_rows(self.crf, self.emissions(paras))

    @torch.inference_mode()
    def tag(self, paras: Sequence[Paragraph]) -> list[list[str]]:
        return [[TAGS[x] for x in path] for path in self.paths(paras)]


def by_length(lengths: Sequence[int], batch_size: int) -> Iterator[list[int]]:
    """Row indices in batches of similar length: padding to the longest row of a
    batch then costs little."""
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    for k in range(0, len(order), batch_size):
        yield order[k:k + batch_size]


def decode_rows(crf: CRF, emissions: Sequence[torch.Tensor], batch_size: int = 64) -> list[list[int]]:
    """The CRF's best path for each row of tag scores, decoded in batches of
    similar length, returned in row order."""
    result: list = [None] * len(emissions)
    for idx in by_length([len(e) for e in emissions], batch_size):
        lengths = torch.tensor([len(emissions[i]) for i in idx], dtype=torch.long)
        padded = torch.zeros(len(idx), int(lengths.max()), len(TAGS))
        for row, i in enumerate(idx):
            padded[row, :len(emissions[i])] = emissions[i]
        for i, path in zip(idx, crf.decode(padded, lengths)):
            result[i] = path
    return result


class Tagger(RowTagger):
    """The fast BiLSTM-CRF tagger: loads the shipped model and tags batches of paragraphs."""

    def __init__(self, net: TaggerNet, vocab: Vocab, meta: dict | None = None, version: str = "untrained"):
        self.net = net.eval()
        self.crf = net.crf
        self.vocab = vocab
        self.meta = meta or {}
        self.version = version  # content hash of the weights: the ledger records which model read what
        self._features: dict[str, tuple[int, int, list[int]]] = {}

    # -- features ----------------------------------------------------------
    def _token_features(self, text: str) -> tuple[int, int, list[int]]:
        """Word id, shape and character ids of a token text, computed once: words repeat ("the", "said", ",")."""
        found = self._features.get(text)
        if found is None:
            if len(self._features) > 200_000:  # bounded: a stream of millions of articles brings new names
                self._features.clear()
            ids = [self.vocab.chars.get(c, 1) for c in text[:MAX_CHARS]]
            found = self._features[text] = (self.vocab.words.get(normalise_word(text), 1), shape(text),
                                            ids + [0] * (MAX_CHARS - len(ids)))
        return found

    def featurize(self, paras: Sequence[Paragraph]):
        """Index tensors for a batch, built from padded lists in one call each
        (a tensor per token costs more than the network)."""
        t = max((len(p.tokens) for p in paras), default=0)
        words, chars, shapes, quotes = [], [], [], []
        for p in paras:
            toks, pad = p.tokens, t - len(p.tokens)
            known = [self._token_features(x.text) for x in toks]
            words.append([f[0] for f in known] + [0] * pad)
            shapes.append([f[1] for f in known] + [0] * pad)
            quotes.append(quote_states(toks) + [0] * pad)
            chars.append([f[2] for f in known] + [[0] * MAX_CHARS] * pad)
        lengths = torch.tensor([len(p.tokens) for p in paras], dtype=torch.long)
        return (torch.tensor(words, dtype=torch.long).view(len(paras), t),
                torch.tensor(chars, dtype=torch.long).view(len(paras), t, MAX_CHARS),
                torch.tensor(shapes, dtype=torch.long).view(len(paras), t),
                torch.tensor(quotes, dtype=torch.long).view(len(paras), t), lengths)

    def emissions(self, paras: Sequence[Paragraph], batch_size: int = 64) -> list[torch.Tensor]:
        """Tag scores per paragraph, computed in batches of similar length."""
        result: list = [None] * len(paras)
        for idx in by_length([len(p.tokens) for p in paras], batch_size):
            feats = self.featurize([paras[i] for i in idx])
            scores = self.net.emissions(*feats)
            for row, i in enumerate(idx):
                result[i] = scores[row, :len(paras[i].tokens)]
        return result

    # -- persistence -------------------------------------------------------
    def save(self, directory: Path, meta: dict) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        state = {k: v.half() if v.is_floating_point() else v for k, v in self.net.state_dict().items()}
        torch.save({"config": self.net.config, "state": state}, directory / "model.pt")
        (directory / "vocab.json").write_text(json.dumps({"words": self.vocab.words, "chars": self.vocab.chars}))
        (directory / "meta.json").write_text(json.dumps(meta, indent=2))

    @classmethod
    def load(cls, directory: Path | None = None) -> "Tagger":
        directory = Path(directory or DEFAULT_MODEL_DIR)
        weights = (directory / "model.pt").read_bytes()
        blob = torch.load(io.BytesIO(weights), map_location="cpu", weights_only=True)
        net = TaggerNet(**blob["config"])
        net.load_state_dict({k: v.float() if v.is_floating_point() else v for k, v in blob["state"].items()})
        v = json.loads((directory / "vocab.json").read_text())
        meta_path = directory / "meta.json"
        meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}
        net, kind = int8(net)
        return cls(net, Vocab(v["words"], v["chars"]), meta, version=hashlib.sha256(weights).hexdigest()[:12] + kind)


def int8(net: TaggerNet) -> tuple[nn.Module, str]:
    """The network for reading, with its LSTM and linear layers in int8 (weights
    quantized once, activations per batch) and a version suffix saying so.

    The LSTM is most of the fast pipeline's time; in int8 it reads about 2.5
    times faster and the PolNeAR dev figures stay within a few matches (README).
    A torch without eager dynamic quantization (deprecated in 2.13), or a CPU
    with no quantized engine, reads in float.
    """
    quantize = getattr(getattr(torch, "ao", None), "quantization", None)
    engines = set(torch.backends.quantized.supported_engines) - {"none"}
    if quantize is None or not hasattr(quantize, "quantize_dynamic") or not engines:
        return net, ""
    with warnings.catch_warnings():  # its deprecation notices are for us, not for the user
        warnings.simplefilter("ignore")
        return quantize.quantize_dynamic(net, {nn.LSTM, nn.Linear}, dtype=torch.qint8, inplace=True), "-int8"


def spans_from_tags(tokens: Sequence[Token], tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(role, start char, end char) for each B/I run."""
    out: list[tuple[str, int, int]] = []
    cur: list | None = None
    for tok, tag in zip(tokens, tags):
        if tag.startswith("B-") or (tag.startswith("I-") and (cur is None or cur[0] != tag[2:])):
            if cur:
                out.append(tuple(cur))  # type: ignore[arg-type]
            cur = [tag[2:], tok.start, tok.end]
        elif tag.startswith("I-"):
            cur[2] = tok.end  # type: ignore[index]
        else:
            if cur:
                out.append(tuple(cur))  # type: ignore[arg-type]
            cur = None
    if cur:
        out.append(tuple(cur))  # type: ignore[arg-type]
    return out
