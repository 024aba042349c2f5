"""Draw N random edges whose evidence a speaker says, for judging the speakers by hand.

usage: python scripts/sample_attributed.py OUT_DIR ARTICLES.jsonl [N SEED] SAMPLE_DIR  (default 50 13)

Writes ``SAMPLE_DIR/sample.md`` (each edge: subject, predicate, object, the evidence
sentence a speaker says, its document and offsets, and the speaker kg gave: the actor's
label and the words, or the words alone for an unnamed source) and ``SAMPLE_DIR/articles.jsonl``
(the input lines of the articles the edges come from). An edge is drawn when one of its
evidence sentences is ``voice: "reported"``; the first such sentence (strongest first) is
shown. Keep SAMPLE_DIR outside the repository.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from kg.graph.graph import read


def main(out: str, articles: str, n: int, seed: int, sample_dir: str) -> None:
    G = read(out)
    edges = sorted(
        (
            (u, v, k, next(ev for ev in d["evidence"] if ev.get("voice") == "reported"), d)
            for u, v, k, d in G.edges(keys=True, data=True)
            if any(ev.get("voice") == "reported" for ev in d["evidence"])
        ),
        key=lambda e: (e[0], e[1], e[2]),
    )
    drawn = random.Random(seed).sample(edges, min(n, len(edges)))
    lines = [
        f"# {len(drawn)} of {len(edges)} edges whose evidence a speaker says (seed {seed})",
        "",
        f"Graph: `{out}` ({G.number_of_edges()} edges). Articles: `articles.jsonl` beside this file.",
        "",
    ]
    for i, (u, v, _key, ev, d) in enumerate(drawn, start=1):
        neg = "NOT " if d["negated"] else ""
        label = f" [{d['label']}]" if d.get("label") else ""
        subject, obj = G.nodes[u], G.nodes[v]
        if ev.get("speaker") in G:
            who = G.nodes[ev["speaker"]]
            words = ev.get("speaker_text")
            speaker = f'**{who["label"]}** ({who["type"]}; the sentence\'s words: "{words}")'
        else:
            speaker = f'"{ev.get("speaker_text")}" (words only: no actor of the graph)'
        lines += [
            f"## {i}. {subject['label']} ({subject['type']}) {neg}{d['predicate']}{label} "
            f"{obj['label']} ({obj['type']})",
            "",
            f"- document: `{ev['doc']}`, characters {ev['start']}-{ev['end']}",
            f"- sentence: > {' '.join(ev['text'].split())}",
            f"- speaker kg gave: {speaker}",
            "",
        ]
    folder = Path(sample_dir)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sample.md").write_text("\n".join(lines), encoding="utf-8")
    wanted = {ev["doc"] for *_, ev, _d in drawn}
    with open(articles, encoding="utf-8") as f, (folder / "articles.jsonl").open("w", encoding="utf-8") as w:
        for line in f:
            if line.strip() and json.loads(line).get("id") in wanted:
                w.write(line)


if __name__ == "__main__":
    a = sys.argv[1:]
    if len(a) not in (3, 5):
        sys.exit(__doc__)
    main(a[0], a[1], int(a[2]) if len(a) == 5 else 50, int(a[3]) if len(a) == 5 else 13, a[-1])
