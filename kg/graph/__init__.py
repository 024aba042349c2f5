"""The networkx graph: resolved actors and relations in, a ``MultiDiGraph`` out.

:mod:`kg.graph.graph` builds, writes and reads the graph (``graph.json``, node-link
JSON); :mod:`kg.graph.tables` turns it into pandas tables for notebooks.
"""

from kg.graph.graph import from_results, read, write

__all__ = ["from_results", "read", "write"]
