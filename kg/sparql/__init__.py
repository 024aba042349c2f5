"""SPARQL over a built graph: the embedded store, named queries, their output, the endpoint.

:mod:`kg.sparql.store` builds and opens the Oxigraph store, :mod:`kg.sparql.query`
runs named (``queries/*.rq``) or literal queries with safely bound values,
:mod:`kg.sparql.formats` writes results (JSON, CSV, TSV, XML), :mod:`kg.sparql.server`
and :mod:`kg.sparql.page` serve a read-only SPARQL 1.1 Protocol endpoint on loopback,
:mod:`kg.sparql.push` loads the graph into a remote store.
"""
