"""Hand-check rates of judged rounds with 95% Wilson intervals, as ONE JSON object.

Usage: python benchmarks/hand_check_rates.py [ROUND ...] [--pool FIRST LAST]

Reads the verdicts in ``benchmarks/hand_check/round{R}_{actors,edges}_{corpus}.md`` (one
``N: verdict`` line per item; an actor is ``ok``, ``junk`` or ``wrong-type``, with ``split``
after it when it should have been merged; an edge ``right`` or ``wrong``) and prints, per
corpus, each round's counts and the rounds pooled: junk or wrongly typed actors, actors to
merge, right edges, each with its share and 95% Wilson interval (``scipy.stats.binomtest``).
Rounds are named by their letters (``Z``, ``AA``); ``--pool O Z`` pools every round from O
to Z in order. Pooled rounds come from builds that changed between them, so the pooled
interval is an approximation.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

VERDICTS = Path(__file__).resolve().parent / "hand_check"
CORPORA = ("reuters", "bbc")


def _rounds() -> list[str]:
    """Every judged round, in order (A ... Z, AA, ...)."""
    names = {
        m.group(1) for p in VERDICTS.glob("round*_actors_*.md") if (m := re.match(r"round(\w+?)_", p.name))
    }
    return sorted(names, key=lambda r: (len(r), r))


def _verdicts(round_: str, kind: str, corpus: str) -> list[str]:
    path = VERDICTS / f"round{round_}_{kind}_{corpus}.md"
    return [
        line.split(":", 1)[1].strip() for line in path.read_text(encoding="utf-8").splitlines() if ":" in line
    ]


def _share(k: int, n: int) -> dict[str, float | int]:
    """``k`` of ``n`` with its share and 95% Wilson interval."""
    from scipy.stats import binomtest

    ci = binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    return {"count": k, "of": n, "share": round(k / n, 3), "low": round(ci.low, 3), "high": round(ci.high, 3)}


def rates(rounds: list[str], corpus: str) -> dict[str, dict[str, float | int]]:
    """Junk or wrong types, merges and right edges of ``rounds`` (pooled) in ``corpus``."""
    actors = [v for r in rounds for v in _verdicts(r, "actors", corpus)]
    edges = [v for r in rounds for v in _verdicts(r, "edges", corpus)]
    return {
        "junk_or_wrong_type": _share(sum(not v.startswith("ok") for v in actors), len(actors)),
        "to_merge": _share(sum("split" in v for v in actors), len(actors)),
        "edges_right": _share(sum(v.startswith("right") for v in edges), len(edges)),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rounds", nargs="*", help="rounds to report one by one (default: the last)")
    ap.add_argument("--pool", nargs=2, metavar=("FIRST", "LAST"), help="pool the rounds FIRST to LAST")
    args = ap.parse_args()
    known = _rounds()
    wanted = args.rounds or known[-1:]
    unknown = [r for r in wanted + list(args.pool or []) if r not in known]
    if unknown:
        ap.error(f"no verdicts for round(s) {', '.join(unknown)}; known: {', '.join(known)}")
    out: dict[str, object] = {c: {r: rates([r], c) for r in wanted} for c in CORPORA}
    if args.pool:
        first, last = known.index(args.pool[0]), known.index(args.pool[1])
        pooled = known[first : last + 1]
        out["pooled"] = {"rounds": pooled, **{c: rates(pooled, c) for c in CORPORA}}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
