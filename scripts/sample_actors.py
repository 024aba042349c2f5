"""Print N random actors of a built graph with the sentences that name them, for judging by hand.

usage: python scripts/sample_actors.py OUT_DIR ARTICLES.jsonl [N] [SEED] [--not-in OTHER_OUT_DIR] > actors.md

With ``--not-in``, only actors whose label and type the other build has no node with are drawn:
what a change of the recognizer or of a rule added, judged against what it removed (run it
again with the two builds swapped).

Each actor comes with its type, aliases, how many articles name it, its relations, and up
to two sentences of articles that name it (found by its aliases), so a judge can say
whether it is a real actor of the right type and whether another node of the graph is the
same actor (the graph's nodes that share a word of its label are listed beside it).
"""

from __future__ import annotations

import argparse
import json
import random
import re

from kg.graph.graph import read

#: Words too common in names to suggest two nodes are one actor.
COMMON = frozenset("and the for corp inc ltd plc company group bank new national international".split())


def _sentences(text: str, alias: str, limit: int = 2) -> list[str]:
    out = []
    # a wire line may break a name ("True Temper\nRailway Appliances Inc")
    for m in re.finditer(r"\s+".join(re.escape(w) for w in alias.split()), text):
        start = max(text.rfind(". ", 0, m.start()) + 2, text.rfind("\n", 0, m.start()) + 1, m.start() - 200)
        end = min(len(text), m.end() + 200)
        stop = text.find(". ", m.end())
        if stop != -1:
            end = min(end, stop + 1)
        out.append(" ".join(text[start:end].split()))
        if len(out) >= limit:
            break
    return out


def main(out: str, articles: str, n: int = 40, seed: int = 0, not_in: str | None = None) -> None:
    G = read(out)
    texts = {}
    with open(articles, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            texts[str(row["id"])] = row["text"]
    nodes = sorted(G.nodes)
    if not_in is not None:
        other = read(not_in)
        known = {(d["label"], d["type"]) for _, d in other.nodes(data=True)}
        nodes = [v for v in nodes if (G.nodes[v]["label"], G.nodes[v]["type"]) not in known]
    random.Random(seed).shuffle(nodes)
    words: dict[str, set[str]] = {}
    for v, label in G.nodes(data="label"):
        for w in set(re.findall(r"[A-Za-z]{3,}", label.lower())) - COMMON:
            words.setdefault(w, set()).add(v)
    for i, v in enumerate(nodes[:n], start=1):
        d = G.nodes[v]
        rels = [f"{d2['predicate']} {G.nodes[b]['label']}" for _, b, d2 in G.out_edges(v, data=True)]
        rels += [f"{G.nodes[a]['label']} {d2['predicate']} (this)" for a, _, d2 in G.in_edges(v, data=True)]
        own = set(re.findall(r"[A-Za-z]{3,}", d["label"].lower())) - COMMON
        kin = {u for w in own for u in words.get(w, ()) if u != v}
        print(
            f"{i}. **{d['label']}** ({d['type']}); aliases {sorted(d.get('aliases') or [])}; "
            f"{len(d.get('docs') or [])} article(s)"
        )
        if rels:
            print(f"   relations: {'; '.join(rels[:5])}")
        if kin:
            others = sorted(f"{G.nodes[u]['label']} ({G.nodes[u]['type']})" for u in kin)[:8]
            print(f"   other nodes sharing a word: {others}")
        shown = 0
        for doc in sorted(d.get("docs") or [])[:2]:
            for alias in sorted(d.get("aliases") or [d["label"]], key=len, reverse=True):
                found = _sentences(texts.get(doc, ""), alias, 1)
                if found:
                    print(f"   > ({doc}) {found[0][:400]}")
                    shown += 1
                    break
        if not shown:
            cited = ", ".join(sorted(d.get("docs") or [])[:2])
            print(f"   > ({cited}) (no sentence found by its aliases)")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="a kg build output folder")
    ap.add_argument("articles", help="the articles it was built from (JSONL)")
    ap.add_argument("n", nargs="?", type=int, default=40, help="actors to draw")
    ap.add_argument("seed", nargs="?", type=int, default=0, help="random seed")
    ap.add_argument("--not-in", dest="not_in", metavar="OTHER_OUT_DIR", help="draw only actors it lacks")
    a = ap.parse_args()
    main(a.out, a.articles, a.n, a.seed, not_in=a.not_in)
