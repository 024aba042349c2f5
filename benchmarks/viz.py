"""How fast graph.html opens: a 5,000-actor, 20,000-relation graph in headless Chromium.

Usage: python benchmarks/viz.py [--nodes 5000] [--edges 20000] [--seed 0] [--keep DIR]

Prints one JSON object: time to compute and write the page, its size, and the
time from navigation until ``window.network`` exists and the first frame is
drawn (``window.kgReady``). Needs /usr/bin/chromium (or $KG_CHROMIUM).
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


def measure(path: Path) -> dict[str, float]:
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
        while not page.evaluate("() => window.network !== undefined && window.kgReady === true"):
            if time.perf_counter() - start > 120:
                raise TimeoutError(f"graph.html not ready after 120 s; console errors: {errors}")
            page.wait_for_timeout(10)
        interactive = time.perf_counter() - start
        # One interaction: select the biggest hub and show its panel.
        t0 = time.perf_counter()
        page.evaluate("() => window.kgSelect(window.kgSearch('Person 0')[0])")
        select = time.perf_counter() - t0
        timings = page.evaluate("() => window.kgTimings")
        browser.close()
    return {
        "time_to_interactive_s": round(interactive, 3),
        "page_script_to_first_draw_s": round((timings["drawn"] - timings["parsed"]) / 1000, 3),
        "select_and_panel_s": round(select, 3),
        "blocked_requests": len(blocked),
        "console_errors": len(errors),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="write graph.html here instead of a temp folder")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"benchmark needs Chromium at {CHROMIUM}", file=sys.stderr)
        return 1
    G = make_graph(args.nodes, args.edges, seed=args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = (args.keep or Path(tmp)) / "graph.html"
        start = time.perf_counter()
        write_html(G, path, title="benchmark")
        write = time.perf_counter() - start
        figures = {
            "nodes": G.number_of_nodes(),
            "edges": G.number_of_edges(),
            "write_html_s": round(write, 3),
            "file_mb": round(path.stat().st_size / 1e6, 2),
            **measure(path),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        }
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
