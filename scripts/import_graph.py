"""kg's import graph: arrows, cycles, imports that point back up a stage, longest chain.

Usage: python scripts/import_graph.py [--dot FILE] [--package kg]

Reads every module of the package with ``ast`` (nothing is imported or run) and
prints one JSON object. An arrow is any import of another kg module, at module level
or inside a function; imports under ``if TYPE_CHECKING:`` are counted apart, as they
never run. Stages are ranked in pipeline order (``STAGES``): a module may import its
own stage, the shared modules and earlier stages, never a later one; only the CLI
and ``kg/__init__`` know every stage. ``tests/test_layout.py`` runs this check.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
#: Pipeline order; the shared modules (settings, errors, records, io, names, ...) come first.
STAGES = ("shared", "ingest", "nlp", "resolve", "graph", "rdf", "sparql", "viz", "build", "gold", "top")
TOP = frozenset({"kg", "kg.__main__", "kg.cli"})


def stage(module: str) -> str:
    """The stage a dotted module name belongs to.

    >>> stage("kg.nlp.rules.frames"), stage("kg.settings"), stage("kg.cli")
    ('nlp', 'shared', 'top')
    """
    if module in TOP:
        return "top"
    part = module.split(".")[1]
    return part if part in STAGES else "shared"


def modules(package: Path) -> dict[str, Path]:
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(name: str, path: Path, known: set[str]) -> tuple[set[str], set[str]]:
    """The kg modules ``name`` imports: (run-time, type-checking only)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _type_checking(node):
            typing_only |= {id(n) for child in node.body for n in ast.walk(child)}
    run, typed = set(), set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base] if base else up)
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        for t in targets:
            while t and t not in known:
                t = t.rpartition(".")[0]
            if t and t != name:
                (typed if id(node) in typing_only else run).add(t)
    return run, typed - run


def graph(package: Path) -> tuple[nx.DiGraph, nx.DiGraph]:
    found = modules(package)
    G, T = nx.DiGraph(), nx.DiGraph()
    G.add_nodes_from(found)
    for name, path in found.items():
        run, typed = imports(name, path, set(found))
        G.add_edges_from((name, t) for t in run)
        T.add_edges_from((name, t) for t in typed)
    return G, T


def _implicit_parent(a: str, b: str) -> bool:
    """A package's ``__init__`` re-exporting its own modules is no arrow back up."""
    return b.startswith(a + ".")


def report(G: nx.DiGraph, T: nx.DiGraph, package: Path) -> dict[str, object]:
    rank = {s: i for i, s in enumerate(STAGES)}
    upward = sorted(
        f"{a} -> {b}" for a, b in G.edges if rank[stage(b)] > rank[stage(a)] or (b == "kg" and a not in TOP)
    )
    cycles = sorted(
        " -> ".join(c)
        for c in nx.simple_cycles(G)
        if not all(
            _implicit_parent(x, y) or _implicit_parent(y, x) for x, y in zip(c, c[1:] + c[:1], strict=True)
        )
    )
    C = nx.condensation(G)  # a cycle counts as one link of the chain
    chain = [sorted(C.nodes[c]["members"])[0] for c in nx.dag_longest_path(C)]
    top_level = sorted(p.name for p in package.glob("*.py"))
    return {
        "modules": G.number_of_nodes(),
        "arrows": G.number_of_edges(),
        "type_checking_arrows": T.number_of_edges(),
        "top_level_modules": len(top_level),
        "top_level_files": top_level,
        "stage_folders": sorted(
            {n.split(".")[1] for n in G if n.count(".") >= 1 and stage(n) not in ("shared", "top")}
        ),
        "cycles": cycles,
        "upward": upward,
        "longest_chain": len(chain),
        "longest_chain_modules": chain,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--package", type=Path, default=ROOT / "kg")
    parser.add_argument("--dot", type=Path, help="also write the graph in Graphviz DOT form")
    args = parser.parse_args()
    G, T = graph(args.package)
    if args.dot:
        lines = ["digraph kg {", "  rankdir=LR;"]
        lines += [f'  "{a}" -> "{b}";' for a, b in sorted(G.edges)]
        args.dot.write_text("\n".join([*lines, "}"]) + "\n", encoding="utf-8")
    print(json.dumps(report(G, T, args.package), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
