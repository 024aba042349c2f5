"""How fast graph.html opens and answers, in headless Chromium, on a real build or a synthetic graph.

Usage: python benchmarks/viz.py [--graph BUILD_DIR] [--nodes 5000] [--edges 20000] [--seed 0]
       [--keep DIR] [--screenshot PNG] [--save NAME]

Prints one JSON object: time to write the page and its size; time from navigation
to the first frame with readable labels (``window.kgReady``, set after the label
pass has been drawn) and how many labels it carries; the time of each frame while
panning and zooming, after each filter alone and combined (three runs), and with
every group opened (vis-network drawing everything); how long a search for random
actors (any actor, drawn or not) takes, alone and with selecting it and drawing its
neighbourhood. ``--save NAME`` also stores the figures in benchmarks/results/viz.json.
Needs /usr/bin/chromium (or $KG_CHROMIUM).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx

from kg import iri
from kg.records import ENTITY_TYPES, PREDICATES
from kg.viz.page import CHROMIUM, CHROMIUM_ARGS, write_html


def make_graph(n_nodes: int = 5000, n_edges: int = 20000, *, seed: int = 0) -> nx.MultiDiGraph:
    """A synthetic graph in kg's schema: skewed degrees, local stories, some negated edges."""
    rng = random.Random(seed)
    n_docs = max(1, n_nodes // 10)
    docs = {
        f"doc-{i}": {
            "id": f"doc-{i}",
            "title": f"Story {i}",
            "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
            "url": None,
            "source": "bench",
        }
        for i in range(n_docs)
    }
    G = nx.MultiDiGraph(documents=docs, base_iri=iri.BASE_IRI)
    nodes = []
    for i in range(n_nodes):
        kind = ENTITY_TYPES[i % len(ENTITY_TYPES)]
        label = f"{kind} {i}"
        node = iri.mint(kind, label)
        G.add_node(
            node, label=label, type=kind, aliases=sorted({label, f"{kind[0]}{i}"}), mentions=1 + i % 7,
            docs=[f"doc-{i * n_docs // n_nodes}"], merges=[],
        )  # fmt: skip
        nodes.append(node)
    order = list(range(n_nodes))
    rng.shuffle(order)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(n_nodes)]
    for e, s in enumerate(rng.choices(order, weights, k=n_edges)):
        t = (s + rng.randint(1, 60)) % n_nodes if rng.random() < 0.8 else rng.randrange(n_nodes)
        p = PREDICATES[e % len(PREDICATES)]
        doc = f"doc-{s * n_docs // n_nodes}"
        text = f"{G.nodes[nodes[s]]['label']} {p} {G.nodes[nodes[t]]['label']} on a busy news day."
        evidence = [{"doc": doc, "start": 0, "end": len(text), "text": text}]
        G.add_edge(
            nodes[s], nodes[t], key=f"{p}:{e}", predicate=p, negated=e % 17 == 0,
            confidence=round(rng.uniform(0.3, 1.0), 3), evidence=evidence, dates=[docs[doc]["date"]],
            rules=["bench.v1"],
        )  # fmt: skip
    return G


PAN_ZOOM = """async ([steps, drawAll]) => {
  // Pan and zoom the way a reader does (drags, wheel steps), timing each frame from the
  // interaction to the next animation frame (vis draws in the animation frame it asked for first).
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const n = window.network, out = [];
  if (drawAll) {
    window.kg.data.groups.forEach((_, k) => window.kg.state.expanded.add(k));
    window.kg.apply({ fit: true });
    await frame();
  }
  window.kg.frames.length = 0;
  const start = n.getViewPosition(), scale = n.getScale();
  for (let i = 0; i < steps; i++) {
    const t0 = performance.now();
    if (i % 3 === 2) n.moveTo({ scale: n.getScale() * (i % 2 ? 1.25 : 0.8) });
    else n.moveTo({ position: { x: start.x + 40 * i / scale, y: start.y + 25 * i / scale } });
    await frame();
    out.push(performance.now() - t0);
  }
  return { frames: out, draws: window.kg.frames.slice(), drawn: n.body.data.nodes.length,
           drawnEdges: n.body.data.edges.length };
}"""

FILTERS = """async () => {
  // Each filter alone, then all at once; each timed from the change to the next drawn frame.
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const $ = (id) => document.getElementById(id);
  const fire = (box, type) => box.dispatchEvent(new Event(type, { bubbles: true }));
  const stats = () => $("kg-stats").textContent;
  const D = window.kg.data, out = {};
  async function step(name, act) {
    const t0 = performance.now();
    act();
    await frame();
    out[name] = [performance.now() - t0, stats()];
  }
  const reset = () => $("kg-reset").click();
  await step("confidence", () => { $("kg-minconf").value = "0.8"; fire($("kg-minconf"), "input"); });
  await step("reset", reset);
  const untick = (sel) => { const b = document.querySelector(sel); b.checked = false; fire(b, "change"); };
  await step("actor_type", () => untick("#kg-types input"));
  await step("reset2", reset);
  await step("relation_type", () => untick("#kg-preds input"));
  await step("reset3", reset);
  await step("isolated_on", () => { $("kg-isolated").checked = true; fire($("kg-isolated"), "change"); });
  await step("isolated_off", () => { $("kg-isolated").checked = false; fire($("kg-isolated"), "change"); });
  await step("document", () => {
    const s = $("kg-doc");
    s.value = String(D.edges.length ? D.edges[0].ev[0][0] : 0);
    fire(s, "change");
  });
  await step("reset4", reset);
  const mid = D.dateRange ? D.edges.map((e) => (e.span ? e.span[0] : "")).filter(Boolean).sort() : [];
  await step("dates", () => {
    $("kg-from").value = mid[mid.length >> 1] || "";
    fire($("kg-from"), "change");
    $("kg-undated").checked = false;
    fire($("kg-undated"), "change");
  });
  await step("combined", () => {
    $("kg-minconf").value = "0.6"; fire($("kg-minconf"), "input");
    untick("#kg-types input:checked");
    $("kg-hideweak").checked = true; fire($("kg-hideweak"), "change");
  });
  await step("reset5", reset);
  return out;
}"""

SEARCH = """async (labels) => {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const out = [];
  for (const label of labels) {
    const t0 = performance.now();
    const found = window.kgSearch(label);
    const t1 = performance.now();
    const i = found.find((j) => window.kg.data.nodes[j].label === label);
    window.kgSelect(i);
    await frame();
    const ok = i !== undefined && window.network.getSelectedNodes()[0] === i;
    out.push([t1 - t0, performance.now() - t0, ok]);
  }
  return out;
}"""


def _summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return {"p50_ms": round(pick(0.5), 1), "p95_ms": round(pick(0.95), 1), "max_ms": round(ordered[-1], 1)}


def measure(path: Path, labels: list[str], *, screenshot: Path | None = None) -> dict[str, Any]:
    """Open the page in headless Chromium and time what a reader does first."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        blocked: list[str] = []
        page.route(
            "**/*",
            lambda r: (
                r.continue_()
                if r.request.url.startswith("file:")
                else (blocked.append(r.request.url), r.abort())
            ),
        )
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        start = time.perf_counter()
        page.goto(path.resolve().as_uri(), wait_until="commit")
        # Polled from Python: wait_for_function evaluates strings, which the page's CSP forbids.
        while not page.evaluate("() => window.kgReady === true"):
            if time.perf_counter() - start > 120:
                raise TimeoutError(f"graph.html not ready after 120 s; console errors: {errors}")
            page.wait_for_timeout(10)
        interactive = time.perf_counter() - start
        first = page.evaluate(
            "() => ({ labelled: window.kgLabelled, drawn: window.network.body.data.nodes.length,"
            " stats: document.getElementById('kg-stats').textContent, t: window.kgTimings })"
        )
        if screenshot:
            page.screenshot(path=str(screenshot))
        pan = page.evaluate(PAN_ZOOM, [60, False])
        runs = [page.evaluate(FILTERS) for _ in range(3)]  # the first run includes the JIT's warm-up
        search = page.evaluate(SEARCH, labels)
        full = page.evaluate(PAN_ZOOM, [30, True])
        browser.close()
    return {
        "time_to_interactive_s": round(interactive, 3),
        "page_script_to_first_labelled_frame_s": round(
            (first["t"]["drawn"] - first["t"]["parsed"]) / 1000, 3
        ),
        "first_view": {
            "labels_readable": first["labelled"],
            "items_drawn": first["drawn"],
            "header": first["stats"],
        },
        "pan_zoom_frame": {**_summary(pan["frames"]), "items_drawn": pan["drawn"]},
        "pan_zoom_draw": _summary(pan["draws"]),
        "filter_frame_worst_of_3_runs": {k: round(max(run[k][0] for run in runs), 1) for k in runs[0]},
        "filter_frame": _summary([v[0] for run in runs for v in run.values()]),
        "filter_headers": {k: v[1] for k, v in runs[0].items() if not k.startswith("reset")},
        "search": {
            "actors": len(search),
            "found": sum(1 for *_, ok in search if ok),
            "lookup": _summary([s[0] for s in search]),
            "lookup_select_and_frame": _summary([s[1] for s in search]),
        },
        "every_group_open_pan_zoom_frame": {
            **_summary(full["frames"]),
            "draw": _summary(full["draws"]),
            "items_drawn": full["drawn"],
            "edges_drawn": full["drawnEdges"],
        },
        "blocked_requests": len(blocked),
        "console_errors": len(errors),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--graph", type=Path, help="a build folder (or its graph.json) instead of a synthetic graph"
    )
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--searches", type=int, default=40, help="actors searched for, drawn at random")
    parser.add_argument("--keep", type=Path, help="write graph.html here instead of a temp folder")
    parser.add_argument("--screenshot", type=Path, help="save the first view as a PNG here")
    parser.add_argument(
        "--save", metavar="NAME", help="also store the figures under NAME in benchmarks/results/viz.json"
    )
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"benchmark needs Chromium at {CHROMIUM}", file=sys.stderr)
        return 1
    if args.graph:
        from kg.graph import graph as kg_graph

        source = args.graph / "graph.json" if args.graph.is_dir() else args.graph
        G = kg_graph.read(source)
        what = str(source)
    else:
        G = make_graph(args.nodes, args.edges, seed=args.seed)
        what = f"synthetic (benchmarks/viz.py --nodes {args.nodes} --edges {args.edges} --seed {args.seed})"
    rng = random.Random(args.seed)
    labels = [str(G.nodes[v].get("label", v)) for v in rng.sample(list(G), min(args.searches, len(G)))]
    with tempfile.TemporaryDirectory() as tmp:
        path = (args.keep or Path(tmp)) / "graph.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        write_html(G, path, title=f"kg: {G.number_of_nodes():,} actors")
        write = time.perf_counter() - start
        figures = {
            "graph": what,
            "nodes": G.number_of_nodes(),
            "edges": G.number_of_edges(),
            "write_html_s": round(write, 3),
            "file_mb": round(path.stat().st_size / 1e6, 2),
            **measure(path, labels, screenshot=args.screenshot),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        }
    print(json.dumps(figures, indent=1))
    if args.save:
        out = Path(__file__).parent / "results" / "viz.json"
        saved = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
        saved[args.save] = figures
        out.write_text(json.dumps(saved, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
