"""Print N random edges of a built graph with their evidence, for checking precision by hand.

usage: python scripts/sample_edges.py OUT_DIR [N] [SEED] > sample.md
"""

from __future__ import annotations

import random
import sys

from kg.graph import read


def main(out: str, n: int = 30, seed: int = 0) -> None:
    G = read(out)
    edges = sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    random.Random(seed).shuffle(edges)
    for i, (u, v, _key, d) in enumerate(edges[:n], start=1):
        neg = "NOT " if d["negated"] else ""
        label = f" [{d['label']}]" if d.get("label") else ""
        print(
            f"{i}. {G.nodes[u]['label']} ({G.nodes[u]['type']}) {neg}{d['predicate']}{label} "
            f"{G.nodes[v]['label']} ({G.nodes[v]['type']})  conf={d['confidence']}"
        )
        print(f"   > {d['evidence'][0]['text'][:400]}")


if __name__ == "__main__":
    main(sys.argv[1], *(int(x) for x in sys.argv[2:4]))
