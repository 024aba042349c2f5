"""RDF: the networkx graph in, Turtle, N-Triples or JSON-LD out.

:mod:`kg.rdf.vocab` is kg's closed vocabulary (``ontology.ttl`` beside it defines
the terms), :mod:`kg.iri` mints every IRI, :mod:`kg.rdf.serialize` turns the
graph into triples (PROV-O for provenance) and writes or reads them.
"""
