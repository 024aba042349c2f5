"""Print N random edges of a built graph with their evidence, for checking precision by hand.

usage: python scripts/sample_edges.py OUT_DIR [N] [SEED] [MIN_CONFIDENCE] > sample.md

MIN_CONFIDENCE samples only edges at or above it, as a build with that
``Settings.graph_min_confidence`` keeps them.
"""

from __future__ import annotations

import random
import sys

from kg.graph.graph import read


def main(out: str, n: int = 30, seed: int = 0, min_confidence: float = 0.0) -> None:
    G = read(out)
    edges = sorted(
        (e for e in G.edges(keys=True, data=True) if e[3]["confidence"] >= min_confidence),
        key=lambda e: (e[0], e[1], e[2]),
    )
    random.Random(seed).shuffle(edges)
    for i, (u, v, _key, d) in enumerate(edges[:n], start=1):
        neg = "NOT " if d["negated"] else ""
        label = f" [{d['label']}]" if d.get("label") else ""
        print(
            f"{i}. {G.nodes[u]['label']} ({G.nodes[u]['type']}) {neg}{d['predicate']}{label} "
            f"{G.nodes[v]['label']} ({G.nodes[v]['type']})  conf={d['confidence']} "
            f"[{', '.join(d.get('rules') or [])}]"
        )
        ev = d["evidence"][0]
        print(f"   > {ev['text'][:400]}")
        print(f"   ({ev['doc']} {ev['start']}-{ev['end']})")


if __name__ == "__main__":
    args = sys.argv[1:]
    main(
        args[0],
        int(args[1]) if len(args) > 1 else 30,
        int(args[2]) if len(args) > 2 else 0,
        float(args[3]) if len(args) > 3 else 0.0,
    )
