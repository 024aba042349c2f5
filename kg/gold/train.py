"""``kg train``: fit the relation classifier (``kg/data/relclf.json.gz``) from gold JSONL.

Training data: CoNLL04 train and the *training part* of DWIE dev. DWIE dev is split
by a hash of the document id (:func:`dwie_part`); the ``heldout`` half is never
read here, so it stays a fair test. The datasets reach kg only through the label
mapping below, and each dataset only teaches the predicates it annotates (CoNLL04
has no leader/member distinction, DWIE no "lives in"); a pair is a candidate
exactly as at run time, from kg's own mentions, so the model learns kg's errors too.

Needs scikit-learn at training time only (``pip install kg[train]``); the written
model is plain JSON weights.
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import ConfigError, InputError
from kg.nlp.classifier.features import PAIR_TYPES, PairFeaturizer
from kg.nlp.classifier.model import Linear, RelationModel
from kg.settings import Settings

log = logging.getLogger(__name__)

SEED = 13
#: Each threshold is the mean over the folds of the one that maximises F-beta there: F1 by
#: default (the benchmarks' measure).
BETA = 1.0
#: Predicates whose threshold favours precision (F0.5): where a person lives is what news
#: text suggests most often and states least (a leader "in" every country they talk
#: about), and a wrong killing is the costliest edge a reader can meet.
BETAS = {"livesIn": 0.5, "kills": 0.5}
#: Inverse L2 strengths each predicate's model chooses from by the same folds: a predicate
#: with few, varied positives (citizenship) wants a stronger prior than one whose words say
#: it (a firm's seat). Picked by the out-of-fold log-loss, which is smooth, rather than by the
#: best F-beta cell of a strength by threshold table, which a few training pairs moved
#: (nested grouped cross-validation on the training pairs, ``benchmarks/relclf_selection.py``).
C_GRID = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0)
#: dataset label -> kg predicates it states.
LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "conll04": {
        "Work_For": ("worksFor",),
        "Live_In": ("livesIn",),
        "Located_In": ("locatedIn",),
        "OrgBased_In": ("basedIn",),
        "Kill": ("kills",),
    },
    "dwie": {
        "head_of": ("leaderOf", "worksFor"),
        "head_of_state": ("leaderOf",),
        "head_of_gov": ("leaderOf",),
        "member_of": ("memberOf", "worksFor"),
        "player_of": ("memberOf", "worksFor"),
        "agent_of": ("worksFor",),
        "minister_of": ("worksFor",),
        "citizen_of": ("citizenOf", "livesIn"),
        "based_in0": ("basedIn",),
        "based_in1": ("basedIn",),
        "based_in2": ("basedIn",),
        "in0": ("locatedIn",),
        "in1": ("locatedIn",),
        "in2": ("locatedIn",),
    },
}
#: The predicates each dataset annotates (others are neither positive nor negative there).
TEACHES: dict[str, frozenset[str]] = {
    "conll04": frozenset({"worksFor", "livesIn", "locatedIn", "basedIn", "kills"}),
    "dwie": frozenset({"leaderOf", "memberOf", "worksFor", "citizenOf", "livesIn", "basedIn", "locatedIn"}),
}


def dwie_part(doc_id: str) -> str:
    """``"heldout"`` or ``"train"``: the fixed split of DWIE dev (first hex digit of md5(id) < 8).

    Examples:
        >>> dwie_part("DW_1095032") in ("heldout", "train")
        True
    """
    return "heldout" if int(hashlib.md5(doc_id.encode("utf-8")).hexdigest()[0], 16) < 8 else "train"


@dataclass(frozen=True, slots=True)
class Example:
    """One candidate pair: its features, the predicates it holds and those its dataset judges."""

    doc: str
    features: frozenset[str]
    predicates: tuple[str, ...]  # what the pair's types allow
    gold: frozenset[str]
    judged: frozenset[str]


def _char_span(dm: Any, m: Any) -> tuple[int, int]:
    doc = dm.doc
    last = doc[m.end - 1]
    return doc[m.start - m.lead].idx, last.idx + len(last)


def _trimmed(start: int, end: int, text: str) -> tuple[int, int]:
    while end > start and text[end - 1] in ".,":
        end -= 1
    return start, end


def _align(dm: Any, gold: dict[str, Any], dataset: str) -> dict[int, set[int]]:
    """Our cluster -> gold entities it names (exact span, else the largest overlap)."""
    spans: list[tuple[int, int, int]] = []
    for gi, e in enumerate(gold["entities"]):
        for m in e.get("mentions", [e]):
            spans.append((m["start"], m["end"], gi))
    text = gold["text"]
    out: dict[int, set[int]] = defaultdict(set)
    ours = [
        (m, _trimmed(*_char_span(dm, m), text))
        for m in dm.mentions
        if m.cluster >= 0 and m.start >= 0 and m.rule != "pronoun"
    ]
    exact = {_trimmed(a, b, text): gi for a, b, gi in spans}
    claimed = {span for _m, span in ours if span in exact}
    for m, (s, e) in ours:
        if (s, e) in exact:
            out[m.cluster].add(exact[(s, e)])
            continue
        best = max(
            (
                (min(b, e) - max(a, s), gi)
                for a, b, gi in spans
                if a < e and s < b and _trimmed(a, b, text) not in claimed
            ),
            default=None,
        )
        if best is not None:
            out[m.cluster].add(best[1])
    if dataset == "dwie":  # one gold cluster per actor: the majority
        for c, gis in out.items():
            if len(gis) > 1:
                votes = [gi for m in dm.clusters[c].mentions if m.start >= 0 for gi in gis]
                out[c] = {max(sorted(gis), key=votes.count)}
    return out


def examples(nlp: Any, rows: Iterable[dict[str, Any]], dataset: str) -> list[Example]:
    """Candidate pairs of every gold document, labelled through :data:`LABELS`."""
    from kg.nlp import parse

    rows = list(rows)
    out: list[Example] = []
    for parsed, gold in zip(parse(nlp, (r["text"] for r in rows), rules=True), rows, strict=True):
        dm, facts = parsed.mentions, parsed.facts
        align = _align(dm, gold, dataset)
        rels: dict[tuple[int, int], set[str]] = defaultdict(set)
        for r in gold["relations"]:
            rels[(r["head"], r["tail"])].update(LABELS[dataset].get(r["type"], ()))
        for cand in PairFeaturizer(dm, facts).candidates():
            preds = PAIR_TYPES[cand.types]
            held = set()
            for gh in align.get(cand.subject, ()):
                for gt in align.get(cand.object, ()):
                    held |= rels.get((gh, gt), set())
            judged = TEACHES[dataset] & set(preds)
            if dataset == "conll04" and cand.types != ("Person", "Organization"):
                judged -= {"worksFor"}
            out.append(
                Example(gold["id"], cand.features, preds, frozenset(held & set(preds)), frozenset(judged))
            )
    return out


@dataclass(frozen=True, slots=True)
class Selection:
    """What the folds chose for one predicate: the L2 strength, the threshold, and the
    out-of-fold log-loss and F-beta at them."""

    strength: float
    threshold: float
    log_loss: float
    cv_f: float


def folds(X: Any, y: Any, docs: Any) -> list[tuple[Any, Any]]:
    """Five document-grouped folds (train, test indices), those whose training part holds both
    labels."""
    from sklearn.model_selection import GroupKFold

    return [(tr, te) for tr, te in GroupKFold(n_splits=5).split(X, y, groups=docs) if len(set(y[tr])) > 1]


def out_of_fold(X: Any, y: Any, split: list[tuple[Any, Any]], strength: float) -> Any:
    """Each pair's probability from a model at ``strength`` fit on the folds that hold it out."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    oof = np.zeros(len(y))
    for train, test in split:
        clf = LogisticRegression(C=strength, max_iter=2000, random_state=SEED).fit(X[train], y[train])
        oof[test] = clf.predict_proba(X[test])[:, 1]
    return oof


def select(X: Any, y: Any, docs: Any, *, grid: tuple[float, ...], beta: float = BETA) -> Selection:
    """The L2 strength (of ``grid``) whose out-of-fold probabilities have the lowest log-loss
    over five document-grouped folds (the first strength wins a tie), and the mean of the
    thresholds that maximise F-beta on each fold at that strength.

    Both choices read smooth or averaged measures, not the single best cell of a strength by
    threshold table: that cell moved with a handful of training pairs (see :data:`C_GRID`).
    """
    import numpy as np
    from sklearn.metrics import log_loss

    split = folds(X, y, docs)
    best: tuple[float, float, Any] = (float("inf"), grid[0], None)
    for strength in grid:
        oof = out_of_fold(X, y, split, strength)
        loss = float(log_loss(y, oof, labels=[0, 1]))
        if loss < best[0] - 1e-9:
            best = (loss, strength, oof)
    loss, strength, oof = best
    per_fold = [_best_threshold(oof[test], y[test], beta)[1] for _train, test in split]
    threshold = round(round(float(np.mean(per_fold)) / 0.05) * 0.05, 2)
    return Selection(strength, threshold, loss, _f_at(oof, y, beta, threshold))


def _fit(
    xs: list[frozenset[str]],
    ys: list[int],
    docs: list[str],
    *,
    grid: tuple[float, ...],
    beta: float = BETA,
) -> tuple[Linear, dict[str, float]]:
    """A logistic model at the strength and threshold :func:`select` chooses, fit on all pairs."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform([dict.fromkeys(sorted(x), 1) for x in xs])
    y = np.array(ys)
    chosen = select(X, y, np.array(docs), grid=grid, beta=beta)
    clf = LogisticRegression(C=chosen.strength, max_iter=2000, random_state=SEED).fit(X, y)
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 4) for n, w in zip(names, clf.coef_[0], strict=True) if abs(w) >= 1e-3}
    return Linear(round(float(clf.intercept_[0]), 4), weights, chosen.threshold), {
        "cv_f": round(chosen.cv_f, 4),
        "log_loss": round(chosen.log_loss, 4),
        "threshold": chosen.threshold,
        "C": chosen.strength,
    }


def _f_at(scores: Any, y: Any, beta: float, threshold: float) -> float:
    """F-beta of ``scores >= threshold`` against ``y``."""
    ngold = float(y.sum())
    tp = float(((scores >= threshold) & (y == 1)).sum())
    npred = float((scores >= threshold).sum())
    prec, rec = (tp / npred if npred else 0.0), (tp / ngold if ngold else 0.0)
    b2 = beta * beta
    return (1 + b2) * prec * rec / (b2 * prec + rec) if prec + rec else 0.0


def _best_threshold(scores: Any, y: Any, beta: float) -> tuple[float, float]:
    """The best F-beta over thresholds 0.05 ... 0.90 and its threshold (the higher one of a tie)."""
    best = (0.0, 0.5)
    for th in [x / 100 for x in range(5, 91, 5)]:
        best = max(best, (_f_at(scores, y, beta, th), th))
    return best


def train(
    sources: dict[str, Path], *, grid: tuple[float, ...] = C_GRID, settings: Settings | None = None
) -> RelationModel:
    """Fit one model per predicate from ``{"conll04": train.jsonl, "dwie": dev.jsonl}``.

    ``settings`` choose the pipeline whose mentions the pairs come from (its ``ner``
    above all): the classifier learns kg's own errors, so it is trained on the mentions
    it will see.
    """
    try:
        import sklearn  # noqa: F401
    except ImportError as err:
        raise ConfigError("kg train needs scikit-learn: pip install 'kg[train]'") from err
    from kg.gold.evaluate import read_jsonl
    from kg.nlp import model as kg_nlp

    nlp = kg_nlp.load(settings)
    data: list[Example] = []
    meta: dict[str, Any] = {"seed": SEED, "C": list(grid), "sources": {}, "cv": {}}
    for dataset, path in sorted(sources.items()):
        if dataset not in LABELS:
            raise InputError(f"Unknown dataset {dataset!r}; expected one of {', '.join(LABELS)}")
        rows = read_jsonl(path)
        if dataset == "dwie":
            rows = [r for r in rows if dwie_part(r["id"]) == "train"]
        meta["sources"][dataset] = {"file": Path(path).name, "documents": len(rows)}
        data += examples(nlp, rows, dataset)
        log.info("%s: %d documents, %d candidate pairs", dataset, len(rows), len(data))
    models = {}
    for predicate in sorted({p for preds in PAIR_TYPES.values() for p in preds}):
        judged = [e for e in data if predicate in e.judged]
        ys = [int(predicate in e.gold) for e in judged]
        if sum(ys) < 5:
            log.warning("%s: only %d positive pairs, not trained", predicate, sum(ys))
            continue
        models[predicate], meta["cv"][predicate] = _fit(
            [e.features for e in judged],
            ys,
            [e.doc for e in judged],
            grid=grid,
            beta=BETAS.get(predicate, BETA),
        )
        meta["cv"][predicate] |= {"pairs": len(ys), "positives": sum(ys)}
    return RelationModel(models, meta)
