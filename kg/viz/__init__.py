"""The page: a networkx graph in, one self-contained offline HTML page out.

:mod:`kg.viz.page` renders ``graph.html`` (and shows it inline in Jupyter),
:mod:`kg.viz.data` turns the graph into the data the page carries,
:mod:`kg.viz.layout` computes positions, sizes and communities with networkx,
:mod:`kg.viz.subgraphs` cuts ego networks and query results out of the graph;
``assets/`` holds the page's template, style and script.
"""

from kg.viz.page import iframe, render_html, show, write_html
from kg.viz.subgraphs import (
    between,
    edge_span,
    ego,
    find_actor,
    query_subgraph,
    subgraph,
    subgraph_from_triples,
)

__all__ = [
    "between",
    "edge_span",
    "ego",
    "find_actor",
    "iframe",
    "query_subgraph",
    "render_html",
    "show",
    "subgraph",
    "subgraph_from_triples",
    "write_html",
]
