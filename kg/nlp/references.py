"""References to actors found once the relations are known: works and demonyms.

Runs last in ``kg_relations``: a work ("the victory plan") is an actor only once a
relation rule has found it, and a demonym names a country only when the document
never names the country itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.names import canonical_place, normalise

if TYPE_CHECKING:
    from kg.nlp.mentions import DocMentions


def scan_works(dm: DocMentions) -> None:
    """Other occurrences of a work's name in the text ("the “victory plan” will be on the agenda")."""
    doc = dm.doc
    for cid, cluster in enumerate(dm.clusters):
        if cluster.type != "Work":
            continue
        for form in {m.text.lower() for m in cluster.mentions if m.rule == "work"}:
            n = len(form.split())
            if n < 2:
                continue
            for i in range(len(doc) - n + 1):
                if i not in dm.by_token and doc[i : i + n].text.lower() == form:
                    dm.add_reference(i, i + n, cid, "alias")


def add_demonyms(dm: DocMentions) -> None:
    """Demonyms are mentions of their country when the document never names it (``kg.demonym_mention.v1``).

    "the German city of Wiesbaden" is then how Germany appears. A country the text names
    keeps its names only: "Italian" in "the Italian minister" describes the minister and
    is no name of Italy (DWIE annotates it as an entity of its own, with no relations).
    """
    named = {
        m.cluster
        for m in dm.mentions
        if m.cluster >= 0 and m.start >= 0 and m.rule not in ("pronoun", "title")
    }
    index = {
        canonical_place(m.key): cid
        for cid, c in enumerate(dm.clusters)
        if c.type == "Place" and cid not in named
        for m in c.mentions
    }
    runs: list[list[int]] = []
    for i, name in sorted(dm.demonym_at.items()):
        if runs and runs[-1][1] == i and dm.demonym_at[runs[-1][0]] == name:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    for start, end in runs:
        cid = index.get(canonical_place(normalise(dm.demonym_at[start])))
        if cid is not None:
            dm.add_reference(start, end, cid, "demonym")
