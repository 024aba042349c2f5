"""Time expressions on TimeBank + AQUAINT, as ONE JSON object: the whole set and its two halves.

Usage: python benchmarks/times.py [--shared ../shared] [--pred PRED.jsonl]

Runs ``kg extract`` over ``timeml/tbaq.jsonl`` (or scores ``--pred``, a ``kg extract``
output of it) and scores it with ``../shared/tools/score_time.py`` three times: the whole
file, the articles at even positions (0, 2, 4, ...: the half the rules were developed on)
and those at odd positions (never looked at, sentence by sentence, during development).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--pred", type=Path, help="a kg extract output of tbaq.jsonl to score instead")
    args = ap.parse_args()
    gold = args.shared / "data" / "timeml" / "tbaq.jsonl"
    scorer = args.shared / "tools" / "score_time.py"
    if not gold.exists() or not scorer.exists():
        sys.exit(f"needs {gold} and {scorer}")
    lines = gold.read_text(encoding="utf-8").splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pred = args.pred
        if pred is None:
            pred = folder / "pred.jsonl"
            run = [sys.executable, "-m", "kg", "extract", str(gold), "-o", str(pred)]
            subprocess.run(run, check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
        out = {}
        for name, positions in (("whole", (0, 1)), ("even", (0,)), ("odd", (1,))):
            part = folder / f"gold_{name}.jsonl"
            kept = [line for i, line in enumerate(lines) if i % 2 in positions]
            part.write_text("".join(f"{line}\n" for line in kept), encoding="utf-8")
            run = [sys.executable, str(scorer), str(part), str(pred)]
            out[name] = json.loads(subprocess.run(run, check=True, capture_output=True, text=True).stdout)
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
