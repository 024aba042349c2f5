"""``graph.html``: one self-contained, offline page to explore the graph by its evidence.

The page is kg's own template (``kg/assets/graph.html``, ``viz.css``, ``viz.js``)
around the vis-network build that pyvis ships, all inlined: no CDN, no
``node_modules``, nothing fetched, so it works from ``file://``, a web server or a
notebook iframe alike. Positions, sizes and communities are computed here with
networkx; the browser only draws. Article text and names are untrusted: they
travel as escaped JSON in a ``<script type="application/json">`` and the page
puts them on screen only through ``textContent``, with a strict
Content-Security-Policy (script hashes, no remote source) as a second fence.

Examples:
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("a", label="<b>Ann</b>", type="Person")
    >>> page = render_html(G, title="demo")
    >>> "<b>Ann</b>" in page, "\\\\u003cb\\\\u003eAnn" in page
    (False, True)
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import KGError
from kg.io import atomic_write_text
from kg.settings import VERSION
from kg.viz.data import payload
from kg.viz.subgraphs import (
    ego,
    find_actor,
    query_subgraph,
    subgraph,
    subgraph_from_triples,
)

__all__ = [
    "ego",
    "find_actor",
    "iframe",
    "payload",
    "query_subgraph",
    "render_html",
    "show",
    "subgraph",
    "subgraph_from_triples",
    "write_html",
]

COLOR_BY = ("type", "community")


# ---------------------------------------------------------------- the page


#: Debian's Chromium, and the flags it needs headless on a machine with no outside network
#: (screenshots, benchmarks and the browser tests share them). ``KG_CHROMIUM`` overrides the path.
CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
)


def write_html(G: nx.MultiDiGraph, path: str | Path, *, title: str = "kg", **options: Any) -> None:
    """Write ``G`` as one self-contained interactive HTML page, atomically.

    ``G`` is never changed. ``options`` are those of :func:`render_html`.
    """
    atomic_write_text(path, render_html(G, title=title, **options))


def render_html(
    G: nx.MultiDiGraph,
    *,
    title: str = "kg",
    color_by: str = "type",
    min_confidence: float = 0.5,
    hide_weak: bool = False,
    seed: int = 0,
    new_edges: Iterable[tuple[Any, Any, Any]] = (),
) -> str:
    """The HTML page of ``G`` as a string.

    Args:
        G: a graph in the schema of :mod:`kg.graph.graph` (other graphs work too:
            missing attributes get defaults).
        title: shown in the page header and the browser tab.
        color_by: ``"type"`` or ``"community"`` (Louvain); the reader can switch.
        min_confidence: where the confidence slider starts when ``hide_weak`` is set (else 0).
        hide_weak: start with negated relations and those below ``min_confidence`` hidden.
        seed: seed of the layout and of the community detection.
        new_edges: ``(subject, object, key)`` of the relations new since the last build
            (``changes.json``): drawn in their own colour, with a switch to show only them.
    """
    if color_by not in COLOR_BY:
        raise KGError(f"Unknown color_by {color_by!r}. Available: {', '.join(COLOR_BY)}")
    data = payload(
        G,
        title=title,
        color_by=color_by,
        min_confidence=min_confidence,
        hide_weak=hide_weak,
        seed=seed,
        new_edges=new_edges,
    )
    vis_js, vis_version = _vis()
    app = _asset("viz.js")
    for code in (vis_js, app):
        if re.search(r"</script|<!--", code, re.IGNORECASE):  # would end the inline script early
            raise KGError("An inlined script contains '</script' or '<!--'; it cannot be inlined safely.")
    csp = "; ".join(
        [
            "default-src 'none'",
            f"script-src {_sha256(vis_js)} {_sha256(app)}",
            "style-src 'unsafe-inline'",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    parts = {
        "csp": csp,
        "version": VERSION,
        "vis_version": vis_version,
        "title": html.escape(title),
        "css": _asset("viz.css"),
        "data": script_json(data),
        "vis": vis_js,
        "app": app,
    }
    # One pass, so nothing substituted is ever read as a placeholder again.
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m[1]], _asset("graph.html"))


def script_json(data: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``.

    ``<``, ``>`` and ``&`` are escaped so no text can close the element or open a
    comment; ``ensure_ascii`` escapes U+2028/U+2029 and lone surrogates.

    Examples:
        >>> script_json({"t": "</script><!--\\u2028"})
        '{"t":"\\\\u003c/script\\\\u003e\\\\u003c!--\\\\u2028"}'
    """
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@cache
def _asset(name: str) -> str:
    return resources.files("kg.viz").joinpath("assets", name).read_text(encoding="utf-8")


@cache
def _vis() -> tuple[str, str]:
    """vis-network's standalone build as shipped inside pyvis, and its version."""
    try:
        lib = resources.files("pyvis").joinpath("templates", "lib")
    except ModuleNotFoundError as err:
        raise KGError(
            "graph.html needs pyvis (it ships vis-network): pip install 'pyvis>=0.3.2,<0.4'"
        ) from err
    folders = sorted(
        (p for p in lib.iterdir() if p.name.startswith("vis-")), key=lambda p: _version(p.name[4:])
    )
    if not folders:
        raise KGError(f"No vis-network build found in {lib}; expected a folder like vis-9.1.2.")
    return folders[-1].joinpath("vis-network.min.js").read_text(encoding="utf-8"), folders[-1].name[4:]


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", text))


def _sha256(code: str) -> str:
    digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


# ---------------------------------------------------------------- notebooks


def show(G: nx.MultiDiGraph, *, height: int = 600, **options: Any) -> Any:
    """Display ``G`` in a notebook (JupyterLab, classic, VS Code): an ``IPython.display.HTML``.

    The page sits in a sandboxed ``<iframe srcdoc>``, so its script and styles
    cannot touch the notebook.
    """
    try:
        from IPython.display import HTML
    except ImportError as err:
        raise KGError("kg.viz.show needs IPython (run it inside Jupyter); use write_html otherwise") from err
    return HTML(iframe(G, height=height, **options))


def iframe(G: nx.MultiDiGraph, *, height: int = 600, **options: Any) -> str:
    """The ``<iframe srcdoc=...>`` element :func:`show` displays.

    Examples:
        >>> tag = iframe(nx.MultiDiGraph(), height=300)
        >>> tag.startswith('<div class="kg-viz"><iframe sandbox="allow-scripts"'), "<script" in tag
        (True, False)
    """
    page = render_html(G, **options)
    # Wrapped in a div: IPython warns about bare iframes, suggesting IFrame (which has no srcdoc).
    return (
        f'<div class="kg-viz"><iframe sandbox="allow-scripts" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #ddd" '
        f'srcdoc="{html.escape(page, quote=True)}"></iframe></div>'
    )
