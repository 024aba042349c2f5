"""kg: news articles in, a knowledge graph of who does what to whom out.

``import kg`` stays cheap: spaCy, rdflib, pyvis and pandas load inside the
functions that need them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.errors import KGError
from kg.settings import VERSION as __version__

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["KGError", "__version__", "build", "query", "read_graph"]


def query(graph_dir: Any, name_or_text: str, **bindings: Any) -> pd.DataFrame:
    """Run a named or literal SPARQL query over a built graph; see :func:`kg.sparql.query.query`."""
    from kg.sparql.query import query as run

    return run(graph_dir, name_or_text, **bindings)


def build(inputs: Any, out: Any, **options: Any) -> dict[str, Any]:
    """Build a graph from files or folders into ``out``; see :func:`kg.build.pipeline.build`."""
    from kg.build.pipeline import build as run

    if isinstance(inputs, (str, bytes)) or hasattr(inputs, "__fspath__"):
        inputs = [inputs]
    return run(inputs, out, **options)


def read_graph(graph_dir: Any) -> Any:
    """The networkx MultiDiGraph of a built graph folder (or ``graph.json`` file)."""
    from kg.graph.graph import read

    return read(graph_dir)
