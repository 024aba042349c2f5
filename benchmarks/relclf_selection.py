"""How the relation classifier picks each predicate's L2 strength and threshold, judged on
its training pairs only, as ONE JSON object.

Usage: python benchmarks/relclf_selection.py [--shared ../shared] [--repeats 5] [--perturb 10]

Two procedures, side by side, per predicate:

- ``best_cell`` (kg until session 28): the strength and threshold of the single best F-beta
  cell of a strength by threshold table over the out-of-fold probabilities;
- ``kg`` (:func:`kg.gold.train.select`): the strength with the lowest out-of-fold log-loss,
  and the mean of the folds' own best thresholds.

Figures:

- ``outer_f``: nested grouped cross-validation. Documents go to five outer folds (``repeats``
  shuffles); each procedure chooses on the other four, the model fits there and is scored on
  the fifth; F-beta pooled over the five, averaged over the shuffles.
- ``choices`` and ``flips``: stability. ``perturb`` times, about 3% of the documents are left
  out and the procedure chooses again; ``choices`` counts the distinct (strength, threshold)
  it chose (the full data's included), ``flips`` the mean number of training pairs whose
  predicted label differs from the full data's model.

The pairs are built as ``kg train relations --ner base`` builds them (CoNLL04 train and the
training half of DWIE dev); the DWIE held-out half is never read.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _pairs(shared: Path) -> list[Any]:
    from kg.gold import train as T
    from kg.gold.evaluate import read_jsonl
    from kg.nlp import model as kg_nlp
    from kg.settings import Settings

    nlp = kg_nlp.load(Settings.from_env(ner="base"))
    data: list[Any] = []
    for dataset, path in (("conll04", "conll04/train.jsonl"), ("dwie", "dwie/dev.jsonl")):
        rows = read_jsonl(shared / "data" / path)
        if dataset == "dwie":
            rows = [r for r in rows if T.dwie_part(r["id"]) == "train"]
        data += T.examples(nlp, rows, dataset)
    return data


def best_cell(X: Any, y: Any, docs: Any, *, grid: tuple[float, ...], beta: float) -> tuple[float, float]:
    """The earlier procedure: the best F-beta cell over strengths and thresholds."""
    from kg.gold.train import _best_threshold, folds, out_of_fold

    split = folds(X, y, docs)
    best = (0.0, 0.5, grid[0])
    for strength in grid:
        f, threshold = _best_threshold(out_of_fold(X, y, split, strength), y, beta)
        if f > best[0]:
            best = (f, threshold, strength)
    return best[2], best[1]


def _kg(X: Any, y: Any, docs: Any, *, grid: tuple[float, ...], beta: float) -> tuple[float, float]:
    from kg.gold.train import select

    chosen = select(X, y, docs, grid=grid, beta=beta)
    return chosen.strength, chosen.threshold


PROCEDURES = {"best_cell": best_cell, "kg": _kg}


def _predict(X: Any, y: Any, train: Any, strength: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    from kg.gold.train import SEED

    return LogisticRegression(C=strength, max_iter=2000, random_state=SEED).fit(X[train], y[train])


def _one(
    predicate: str, X: Any, y: Any, docs: Any, beta: float, repeats: int, perturb: int
) -> tuple[str, dict[str, Any]]:
    import numpy as np

    from kg.gold.train import C_GRID, _f_at

    names = sorted(set(docs))
    out: dict[str, Any] = {"pairs": len(y), "positives": int(y.sum())}
    for name, proc in PROCEDURES.items():
        fs = []
        for r in range(repeats):
            fold_of = dict(
                zip(names, np.random.RandomState(100 + r).permutation(len(names)) % 5, strict=True)
            )
            fold = np.array([fold_of[d] for d in docs])
            scores, thresholds = np.zeros(len(y)), np.zeros(len(y))
            for k in range(5):
                train, test = np.where(fold != k)[0], np.where(fold == k)[0]
                strength, threshold = proc(X[train], y[train], docs[train], grid=C_GRID, beta=beta)
                scores[test] = _predict(X, y, train, strength).predict_proba(X[test])[:, 1]
                thresholds[test] = threshold
            fs.append(_f_at(scores - thresholds, y, beta, 0.0))
        everything = np.arange(len(y))
        strength, threshold = proc(X, y, docs, grid=C_GRID, beta=beta)
        full = _predict(X, y, everything, strength).predict_proba(X)[:, 1] >= threshold
        choices, flips = {(strength, threshold)}, []
        for s in range(perturb):
            rng = np.random.RandomState(200 + s)
            drop = set(rng.choice(names, max(1, len(names) * 3 // 100), replace=False))
            keep = np.array([d not in drop for d in docs])
            strength, threshold = proc(X[keep], y[keep], docs[keep], grid=C_GRID, beta=beta)
            choices.add((strength, threshold))
            pred = _predict(X, y, np.where(keep)[0], strength).predict_proba(X)[:, 1] >= threshold
            flips.append(int((pred != full).sum()))
        out[name] = {
            "outer_f": round(float(np.mean(fs)), 4),
            "choices": len(choices),
            "flips": round(float(np.mean(flips)), 1),
        }
    return predicate, out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--perturb", type=int, default=10)
    args = parser.parse_args()

    import numpy as np
    from joblib import Parallel, delayed
    from sklearn.feature_extraction import DictVectorizer

    from kg.gold.train import BETA, BETAS
    from kg.nlp.classifier.features import PAIR_TYPES

    data = _pairs(args.shared)
    jobs = []
    for predicate in sorted({p for preds in PAIR_TYPES.values() for p in preds}):
        judged = [e for e in data if predicate in e.judged]
        y = np.array([int(predicate in e.gold) for e in judged])
        if y.sum() < 5:
            continue
        X = DictVectorizer().fit_transform([dict.fromkeys(sorted(e.features), 1) for e in judged]).tocsr()
        docs = np.array([e.doc for e in judged])
        jobs.append((predicate, X, y, docs, BETAS.get(predicate, BETA), args.repeats, args.perturb))
    results = dict(Parallel(n_jobs=2)(delayed(_one)(*job) for job in jobs))
    summary = {
        name: {
            "mean_outer_f": round(float(np.mean([r[name]["outer_f"] for r in results.values()])), 4),
            "total_flips": round(sum(r[name]["flips"] for r in results.values()), 1),
        }
        for name in PROCEDURES
    }
    print(json.dumps({"repeats": args.repeats, "perturb": args.perturb, "summary": summary, **results}))


if __name__ == "__main__":
    main()
