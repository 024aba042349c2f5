"""Extraction quality on every dev set present, as ONE JSON object.

Usage: python benchmarks/quality.py [--shared ../shared] [--no-classifier]

Runs ``kg extract`` (in process, one model load) over CoNLL04 dev, the two fixed
parts of DWIE dev (``heldout``: never trained or tuned on; ``train``: what
``kg train`` learns from, see kg.gold.train.dwie_part), builds the seeds folder, and
scores each with the release scorers ``../shared/tools/score.py`` and
``score_seeds.py`` (subprocess), or kg.evaluate when those are absent. Sets that
are missing are reported as skipped. Words/s count the extraction of each set
on one process.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _extract(nlp: Any, rows: list[dict[str, Any]], out: Path) -> float:
    """Write kg extract JSONL for ``rows`` to ``out``; returns words per second."""
    from kg.nlp.extract import extract
    from kg.records import Document
    from kg.settings import Settings

    start = time.perf_counter()
    docs = (Document(id=r["id"], text=r["text"]) for r in rows)
    with out.open("w", encoding="utf-8") as f:
        for r in extract(docs, nlp, settings=Settings(n_process=1)):
            f.write(json.dumps(r.to_json()) + "\n")
    seconds = time.perf_counter() - start
    return round(sum(len(r["text"].split()) for r in rows) / seconds, 1)


def _score(kind: str, gold: Path, pred: Path, tools: Path) -> dict[str, Any]:
    script = tools / ("score_ner.py" if kind == "conll2003" else "score.py")
    if kind == "conll2003" or script.is_file():
        done = subprocess.run(
            [sys.executable, str(script), *([] if kind == "conll2003" else [kind]), str(gold), str(pred)],
            capture_output=True,
            text=True,
            check=True,
        )
        result: dict[str, Any] = json.loads(done.stdout)
        return result
    from kg.gold.evaluate import evaluate

    return evaluate(gold, fmt=kind, predictions=pred)


def _summary(kind: str, s: dict[str, Any]) -> dict[str, Any]:
    if kind == "conll2003":
        return {"entity_f1": s["typed"]["f1"], "p": s["typed"]["p"], "r": s["typed"]["r"], **s}
    if kind == "conll04":
        rel = s["relations_strict"]
        return {
            "relation_f1": rel["f1"],
            "p": rel["p"],
            "r": rel["r"],
            "entity_f1": s["entities"]["f1"],
            "per_type_f1": {k: v["f1"] for k, v in s["per_type"].items()},
        }
    rel = s["relations"]
    coref = s.get("coref_b3_found_mentions") or s.get("coref_b3", {})
    return {
        "relation_f1": rel["f1"],
        "p": rel["p"],
        "r": rel["r"],
        "coref_b3_f1": coref.get("f1"),
        "per_family_f1": {k: v["f1"] for k, v in s.get("per_family", {}).items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--no-classifier", action="store_true", help="Rules only (disable kg.classifier.v1).")
    parser.add_argument("--ner", default="kg", help="kg (the shipped recognizer), base, or a folder.")
    parser.add_argument("--only", default="", help="Comma-separated set names to run (default: all).")
    args = parser.parse_args()
    from kg.gold.evaluate import read_jsonl
    from kg.gold.train import dwie_part
    from kg.nlp import model as kg_nlp
    from kg.settings import Settings

    settings = Settings(disabled_rules=("kg.classifier.v1",) if args.no_classifier else (), ner=args.ner)
    nlp = kg_nlp.load(settings)
    data, tools = args.shared / "data", args.shared / "tools"
    out: dict[str, Any] = {"classifier": not args.no_classifier, "ner": args.ner, "sets": {}}
    only = {x for x in args.only.split(",") if x}
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        sets: list[tuple[str, str, Path, Any]] = [
            ("conll2003_dev", "conll2003", data / "conll2003" / "dev_docs.jsonl", None),
            ("conll04_dev", "conll04", data / "conll04" / "dev.jsonl", None),
            ("dwie_dev_heldout", "dwie", data / "dwie" / "dev.jsonl", "heldout"),
            ("dwie_dev_trained_on", "dwie", data / "dwie" / "dev.jsonl", "train"),
        ]
        for name, kind, path, part in sets:
            if only and name not in only:
                continue
            if not path.is_file():
                out["sets"][name] = {"skipped": f"{path} absent"}
                continue
            rows = read_jsonl(path)
            if part:
                rows = [r for r in rows if dwie_part(r["id"]) == part]
            gold, pred = tmp / f"{name}.gold.jsonl", tmp / f"{name}.pred.jsonl"
            gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
            wps = _extract(nlp, rows, pred)
            out["sets"][name] = {
                "docs": len(rows),
                "words_per_s": wps,
                **_summary(kind, _score(kind, gold, pred, tools)),
            }
        if not only or "seeds" in only:
            out["sets"]["seeds"] = _seeds(args.shared, tmp, settings)
    print(json.dumps(out))


def _seeds(shared: Path, tmp: Path, settings: Any) -> dict[str, Any]:
    gold, script, seeds = shared / "gold" / "seeds.json", shared / "tools" / "score_seeds.py", ROOT / "seeds"
    if not (gold.is_file() and script.is_file() and seeds.is_dir()):
        return {"skipped": "seeds gold or scorer absent"}
    from kg.build.pipeline import build

    build([seeds], tmp / "seeds", settings=settings.evolve(n_process=1), html=False, store=False)
    done = subprocess.run(
        [sys.executable, str(script), str(gold), str(tmp / "seeds" / "graph.json")],
        capture_output=True,
        text=True,
        check=True,
    )
    s = json.loads(done.stdout)
    keep = (
        "entities_ok",
        "entities",
        "recall",
        "precision_proxy",
        "optional_found",
        "optional",
        "forbidden",
        "missed",
        "unexpected",
    )
    return {k: s[k] for k in keep}


if __name__ == "__main__":
    main()
