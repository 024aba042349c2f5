"""Where an organization is, read off its own name (rule ``kg.orgname.v1``).

"the Libya Herald", "the University of Passau", "the German Chamber of Commerce",
"Bayern Munich": a name that carries a country, state or city (or its demonym) says
where the organization is based. The fact is kept only when the document also names
that place as an actor of its own, so the edge joins two nodes the text shows.

Left alone, because the place is not where the organization sits:

* a place after "for", "on", "against", "to" or "about" inside the name ("Committee
  for Syria"), after "and" or "&" ("Pew Internet & American Life Project"), or after a
  plural and "of" ("Friends of Syria");
* continents ("European Union"), regions ("South American Service", "Northern Ireland
  Championships"), landscapes ("Tennessee Valley") and the international organizations of
  ``kg/data/orgs.tsv``;
* a route ("Transpacific/Hawaii/Guam Service");
* a word of three or more hyphened ("Chevrolet-Pontiac-GM"): a brand's, not a town's;
* the town or nationality in a firm's name with its legal form ("Rustenburg Platinum
  Holdings Ltd", "American Transport Inc"): firms are named after mines, founders' towns
  and markets;
* a seat the document states otherwise ("Mountain View Investment Corp, Phoenix, Ariz."):
  :func:`unless_stated`;
* a two-word name whose other word is no organization head (``org_name_heads`` or
  ``generic_org_nouns`` in the lexicon): "Libya Herald" and "Berlin Senate", not
  "U.S. Share" (a common noun the model took for a name);
* a headline line, where every longer word is capitalised.

A known miss: an exile's name ("Syrian Observatory for Human Rights", based in
England) reads as based in Syria.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.lexicon import demonyms, known_orgs, lexicon, place
from kg.names import CORPORATE, canonical_place, normalise
from kg.nlp.state import Fact
from kg.nlp.tokens import text

if TYPE_CHECKING:
    from kg.nlp.mentions import DocMentions

RULE = "kg.orgname.v1"
CONFIDENCE = 0.6
#: Words inside a name after which a place is not the seat: "Committee for Syria"; "Pew Internet &
#: American Life Project", whose second part's nationality says nothing of where the centre is.
NOT_SEAT = frozenset({"for", "on", "against", "to", "about", "with", "without", "from", "and", "&"})
#: Words that make a place word part of a larger region's: "South American", "Northern Ireland".
REGION_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "latin",
        "inter",
        "pan",
        "trans",
        "new",
    }
)
KINDS = frozenset({"country", "state", "region", "city"})
#: Words after a place word that make it a landscape's name: "Tennessee Valley", "Hudson River".
LANDSCAPES = frozenset(
    {"valley", "river", "basin", "bay", "lake", "lakes", "mountain", "mountains", "coast", "delta", "plains"}
)


def org_places(dm: DocMentions) -> list[Fact]:
    """``basedIn`` facts from organization names that carry a place the document names.

    One fact per (organization, place), anchored on the first sentence that names the
    organization in full.
    """
    doc = dm.doc
    places = _named_places(dm)
    lex = lexicon()
    heads = {*lex["org_name_heads"], *lex["generic_org_nouns"]}
    facts: dict[tuple[int, int], Fact] = {}
    for m in dm.mentions:
        if m.type != "Organization" or m.start < 0 or m.cluster < 0 or m.end - m.start < 2:
            continue
        if m.rule in ("pronoun", "title", "generic", "demonym", "alias") or m.key in known_orgs():
            continue
        if _headline(text(doc), doc[m.start].idx):
            continue  # a headline: "Italy Rejects Easing Assisted Suicide" is no organization
        tokens = list(doc[m.start : m.end])
        words = [t.text for t in tokens]
        if "/" in doc[m.start : m.end].text:
            continue  # "Transpacific/Hawaii/Guam Service": a route, not a seat
        if any(c.isdigit() for c in words[0]) or (
            len(words) == 2 and not any(w.lower() in heads for w in words)
        ):
            continue  # "the U.S. Share of the contracts": a common noun capitalised, no name
        for i, t in enumerate(tokens[1:-1], 1):
            if t.lower_ == "of" and tokens[i - 1].tag_ in ("NNS", "NNPS"):
                words = words[:i]  # "Friends of Syria": a plural before "of" backs the place
                break
        firm = words[-1].lower().rstrip(".") in CORPORATE  # a legal form ends the name
        for target in _places_in(words, places, firm=firm):
            if target != m.cluster and (m.cluster, target) not in facts:
                sent = doc[m.start].sent.start
                facts[(m.cluster, target)] = Fact(m.cluster, "basedIn", target, sent, CONFIDENCE, RULE)
    return list(facts.values())


#: Rules that guess a seat rather than read it off a phrase that states it.
GUESSES = frozenset({RULE, "kg.classifier.v1"})


def unless_stated(facts: list[Fact]) -> list[Fact]:
    """``facts`` without the seats guessed (read off a name, or by the classifier) for
    organizations whose seat a rule finds stated: "Denver Investment Corp of Phoenix" sits in
    Phoenix, and "Hooker Corp Ltd of Australia" in Australia, whatever else the sentence names."""
    stated: dict[int, set[int]] = {}
    for f in facts:
        if f.predicate == "basedIn" and f.rule not in GUESSES and not f.negated:
            stated.setdefault(f.subject, set()).add(f.object)
    return [
        f
        for f in facts
        if not (
            f.predicate == "basedIn"
            and f.rule in GUESSES
            and f.subject in stated
            and f.object not in stated[f.subject]
        )
    ]


def _headline(text: str, at: int) -> bool:
    r"""The line around character ``at`` has every longer word capitalised, as a headline has.

    Examples:
        >>> _headline("Russia and Japan Expand Energy Ties\nRussia and Japan agreed.", 0)
        True
        >>> _headline("Russia and Japan Expand Energy Ties\nRussia and Japan agreed.", 40)
        False
    """
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w.isalpha() and len(w) > 3]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _named_places(dm: DocMentions) -> dict[str, int]:
    """Canonical place key -> cluster, for Place clusters the text names (not only implies)."""
    out: dict[str, int] = {}
    for m in dm.mentions:
        if m.type == "Place" and m.start >= 0 and m.cluster >= 0 and m.rule not in ("pronoun", "title"):
            out.setdefault(canonical_place(m.key), m.cluster)
    return out


def _places_in(words: list[str], places: dict[str, int], *, firm: bool = False) -> set[int]:
    """Clusters of the places (or demonyms) that ``words`` carries, short of the whole name.

    A firm with its legal form is read for the country or state it names only, never for a
    town or a demonym: "Rustenburg Platinum Holdings Ltd" is named after a mine's town and
    "American Transport Inc" after a nationality, not after their seats.

    Examples:
        >>> sorted(_places_in(["Libya", "Herald"], {"libya": 3}))
        [3]
        >>> sorted(_places_in(["German", "Chamber", "of", "Commerce"], {"germany": 1}))
        [1]
        >>> sorted(_places_in(["Committee", "for", "Syria"], {"syria": 2}))
        []
        >>> sorted(_places_in(["Pew", "Internet", "&", "American", "Life", "Project"], {"united states": 5}))
        []
        >>> sorted(_places_in(["Trinidad", "and", "Tobago", "Oil", "Company"], {"trinidad and tobago": 9}))
        [9]
        >>> sorted(_places_in(["European", "Union"], {"europe": 4}))
        []
        >>> sorted(_places_in(["South", "American", "Service"], {"united states": 5}))
        []
        >>> sorted(_places_in(["Inter", "-", "American", "Development", "Bank"], {"united states": 5}))
        []
        >>> sorted(_places_in(["Gulf", "Canada", "Corp"], {"canada": 6}, firm=True))
        [6]
        >>> sorted(_places_in(["Tulsa", "Oil", "Corp"], {"tulsa": 7}, firm=True))
        []
        >>> sorted(_places_in(["Tennessee", "Valley", "Industrial", "Committee"], {"tennessee": 8}))
        []
        >>> sorted(_places_in(["Chevrolet", "-", "Pontiac", "-", "GM"], {"pontiac": 10}))
        []
        >>> sorted(_places_in(["Petro", "-", "Canada"], {"canada": 6}))
        [6]
    """
    found: set[int] = set()
    n = len(words)
    for i in range(n):
        if any(w.lower() in NOT_SEAT for w in words[:i]):
            break
        before = words[i - 2] if i > 1 and words[i - 1] == "-" else words[i - 1] if i else ""
        if before.lower().rstrip("-") in REGION_WORDS:
            continue  # "South American Service", "Northern Ireland Championships", "Inter-American"
        if _chained(words, i):
            continue  # "Chevrolet-Pontiac-GM": a brand's name in a chain, not a town's
        for j in range(i + 1, min(n, i + 3) + 1):
            if j - i == n:
                continue
            if j < n and words[j].lower() in LANDSCAPES:
                continue  # "Tennessee Valley Industrial Committee" is named after a valley
            text = " ".join(words[i:j])
            hit = place(text)
            if hit is None and not firm:
                country = demonyms().get(text.lower())
                hit = place(country) if country else None
            if hit is None or hit.kind not in KINDS or (firm and hit.kind == "city"):
                continue
            cluster = places.get(canonical_place(normalise(hit.name))) or places.get(
                canonical_place(normalise(text))
            )
            if cluster is not None:
                found.add(cluster)
    return found


def _chained(words: list[str], i: int) -> bool:
    """``words[i]`` is one of three words or more joined by hyphens ("Chevrolet-Pontiac-GM")."""
    start = i
    while start > 1 and words[start - 1] == "-":
        start -= 2
    end = i
    while end + 2 < len(words) and words[end + 1] == "-":
        end += 2
    return end - start >= 4
