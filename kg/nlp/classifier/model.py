"""The statistical relation classifier (rule ``kg.classifier.v1``).

One logistic model per predicate scores every candidate pair of actors of a
document (:mod:`kg.nlp.classifier.features`); pairs above the model's threshold become facts.
The weights ship as ``kg/data/relclf.json.gz`` (written by ``kg train``) and are
read lazily, with no third-party code: when the file is absent the classifier
is silent and the rules work alone.
"""

from __future__ import annotations

import gzip
import json
import logging
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.lexicon import demonyms, lexicon, place, title_of, word_set
from kg.names import canonical_place
from kg.nlp.classifier.features import PAIR_TYPES, Candidate, PairFeaturizer
from kg.nlp.roles import NO_ROLE, ROLE_PREDICATES, membership_body, role_predicate
from kg.nlp.rules.known_places import countries_of, country_of, gazetteer_places
from kg.nlp.rules.locatives import may_lie_in
from kg.nlp.spans import hyphened
from kg.nlp.state import Fact
from kg.records import CLASSIFIER_RULE

if TYPE_CHECKING:
    from kg.nlp.mentions import DocMentions, TokenMention

log = logging.getLogger(__name__)

RULE = CLASSIFIER_RULE
MODEL_FILE = "relclf.json.gz"
#: Edges a more precise one implies (a leader works for what it leads): keep the precise one only.
#: A leader's nationality is a fact of its own ("Ukrainian President Zelensky": leaderOf and
#: citizenOf Ukraine), so ``citizenOf`` is kept beside ``leaderOf``.
IMPLIED_BY = {
    "worksFor": ("leaderOf", "memberOf"),
    "livesIn": ("leaderOf", "citizenOf", "bornIn"),  # "Jones, born in Cardiff": no word of home now
}
#: ... except toward a country: a head of government also serves the state as its official (the
#: label mapping's DWIE ``agent_of``). The vocabulary's range (``worksFor`` an Organization) marks
#: such an edge unstated, so it stays in ``kg extract`` output and out of the graph.
KEPT_BESIDE = frozenset({("worksFor", "Place")})

#: What knowledge rules out whatever the text suggests: a town of another country, a country
#: inside another country, an international organization (kg/data/orgs.tsv) "based" where it acts.
VETOES: dict[str, tuple[tuple[str, ...], ...]] = {
    "locatedIn": (("Pla>Pla|gaz-notin",), ("Pla>Pla|hcountry", "Pla>Pla|tcountry")),
    "basedIn": (("Org>Pla|hknown",),),
}


@dataclass(frozen=True, slots=True)
class Linear:
    """One predicate's logistic model: bias, sparse weights and decision threshold."""

    bias: float
    weights: dict[str, float]
    threshold: float

    def score(self, features: frozenset[str]) -> float:
        """Probability that the pair holds the predicate.

        Examples:
            >>> round(Linear(0.0, {"a": 2.0}, 0.5).score(frozenset({"a", "b"})), 3)
            0.881
        """
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True, slots=True)
class RelationModel:
    """Every predicate's :class:`Linear` model plus how it was made."""

    models: dict[str, Linear]
    meta: dict[str, Any]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RelationModel:
        models = {p: Linear(m["bias"], m["weights"], m["threshold"]) for p, m in data["models"].items()}
        return cls(models, data.get("meta", {}))

    def to_json(self) -> dict[str, Any]:
        return {
            "name": RULE,
            "meta": self.meta,
            "models": {
                p: {"bias": m.bias, "threshold": m.threshold, "weights": m.weights}
                for p, m in self.models.items()
            },
        }

    def write(self, path: str | Path) -> None:
        """Write the model as gzipped JSON (deterministic bytes for a given model)."""
        raw = json.dumps(self.to_json(), sort_keys=True, separators=(",", ":")).encode("utf-8")
        with Path(path).open("wb") as f, gzip.GzipFile(filename="", fileobj=f, mode="wb", mtime=0) as gz:
            gz.write(raw)


def read_model(path: str | Path) -> RelationModel:
    """Read a model written by :meth:`RelationModel.write`."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return RelationModel.from_json(json.load(f))


@cache
def default_model() -> RelationModel | None:
    """The model shipped in ``kg/data``, or ``None`` when it is absent."""
    res = resources.files("kg").joinpath("data", MODEL_FILE)
    if not res.is_file():
        log.info("no %s in kg/data: relation classifier disabled", MODEL_FILE)
        return None
    with res.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as f:
        return RelationModel.from_json(json.load(f))


#: The classifier's guesses: (subject, object) -> predicate -> (probability, candidate).
Found = dict[tuple[int, int], dict[str, tuple[float, Candidate]]]


def classify(dm: DocMentions, facts: list[Fact], model: RelationModel | None = None) -> list[Fact]:
    """Facts the classifier finds between the document's actors (rule facts are features)."""
    model = model or default_model()
    if model is None:
        return []
    found: Found = {}
    featurizer = PairFeaturizer(dm, facts)
    for cand in featurizer.candidates():
        if cand.types == ("Person", "Place") and (
            _adjective_only(featurizer, cand) or _arm_only(featurizer, cand)
        ):
            continue
        if cand.types == ("Organization", "Place") and _gathering_only(featurizer, cand):
            continue
        for predicate in PAIR_TYPES[cand.types]:
            linear = model.models.get(predicate)
            if linear is None or any(
                all(f in cand.features for f in veto) for veto in VETOES.get(predicate, ())
            ):
                continue
            if predicate == "locatedIn" and not may_lie_in(dm, cand.subject, cand.object):
                continue  # "Europe" in no "Lithuania": the gazetteer ranks places
            p = linear.score(cand.features)
            if p >= linear.threshold:
                found.setdefault((cand.subject, cand.object), {})[predicate] = (p, cand)
    stated = {(f.subject, f.object, f.predicate) for f in facts if not f.negated}
    countries = {t: countries_of(dm, t) for _h, t in found}  # each object's, looked up once
    _agency_seat(dm, found, countries)
    _named_seat(dm, found, countries)
    _one_seat(dm, found, facts)
    _stated_nationality(dm, found, facts, countries)
    out = []
    for (h, t), preds in found.items():
        preds = _by_role(dm, h, t, preds, stated)
        if "memberOf" in preds and not membership_body(dm, t):
            # "ABN Amro's Paul Mackel", "BBC pundit Jonathan Edwards": staff, unless of a party,
            # a team, a union
            member = preds.pop("memberOf")
            preds.setdefault("worksFor", member)
        for predicate, (p, cand) in preds.items():
            if (predicate, dm.clusters[t].type) not in KEPT_BESIDE and any(
                x in preds or (h, t, x) in stated for x in IMPLIED_BY.get(predicate, ())
            ):
                continue
            out.append(Fact(h, predicate, t, cand.sentence, round(p, 3), RULE))
    return out


def _agency_seat(dm: DocMentions, found: Found, countries: dict[int, set[str]]) -> None:
    """A news agency is based where it is, whatever country it reports from ("told DW", "a
    Pakistani official told dpa"): of the classifier's guesses of where an agency
    (``news_agency_seats`` in the lexicon) is based, its home country stands, and so does the
    bureau of a dateline, "BANGKOK, Thailand (AP)", where the agency files from (CoNLL04
    annotates it so). ``countries`` holds each object's countries. Changes ``found`` in place."""
    seats = lexicon()["news_agency_seats"]
    for (h, t), preds in found.items():
        if "basedIn" not in preds:
            continue
        agency = [m for m in dm.clusters[h].mentions if m.key in seats]
        if not agency:
            continue
        if countries[t] & {canonical_place(seats[m.key]) for m in agency}:
            continue
        if not any(_bureau(dm, m, t) for m in agency):
            del preds["basedIn"]


def _bureau(dm: DocMentions, agency: TokenMention, target: int) -> bool:
    """``agency`` is in brackets right after a dateline that names the place ``target`` (its
    cluster): "BANGKOK, Thailand (AP)", "Saint-Gall, Switzerland, Feb 2 (AFP)"."""
    doc = dm.doc
    i = agency.start
    if not (0 < i and agency.end < len(doc) and doc[i - 1].text == "(" and doc[agency.end].text == ")"):
        return False
    return any(
        m.start >= 0 and m.start < i - 1 and i - 1 - m.end <= 6 and doc[m.start].sent == doc[i].sent
        for m in dm.clusters[target].mentions
    )


#: First words of the names of bodies above nations ("the European Commission", "the World
#: Bank", "the International Air Transport Association"), based in no country of an article.
ABOVE_NATIONS = frozenset({"european", "international", "world", "global", "eu", "un"})


def _named_seat(dm: DocMentions, found: Found, countries: dict[int, set[str]]) -> None:
    """What an organization's name says of its seat: a body named for a nation ("the German
    Institute for International and Security Affairs", "the British Parliament") is based in
    that nation's country, not in another the article is about; a body named above nations
    ("the European Commission", "the World Bank") in none of the article's countries, nor in a
    town no sentence names beside it ("the European Court of Human Rights in Strasbourg" is).
    The classifier's guesses against the name are dropped; the rules' stated seats are no
    guesses. ``countries`` holds each object's countries. Changes ``found`` in place."""
    for (h, t), preds in found.items():
        if "basedIn" not in preds or dm.clusters[h].type != "Organization":
            continue
        names = [m.key for m in dm.clusters[h].mentions if m.rule not in ("pronoun", "title") and m.key]
        first = {key.split()[0] for key in names if " " in key}
        if first & ABOVE_NATIONS or any(key.startswith("united nations") for key in names):
            countrywide = any(hit.kind in ("country", "continent") for hit in gazetteer_places(dm, t))
            if countrywide or not preds["basedIn"][1].shared:
                del preds["basedIn"]  # but "the European Court of Human Rights in Strasbourg"
            continue
        nations = {c for w in first if w in demonyms() and (c := _country_named(demonyms()[w]))}
        if nations and countries[t] and not nations & countries[t]:
            del preds["basedIn"]


def _country_named(name: str) -> str | None:
    """The country key of a place the gazetteer knows by ``name``, if it is in one."""
    hit = place(name)
    return country_of(hit) if hit is not None else None


def _one_seat(dm: DocMentions, found: Found, facts: list[Fact]) -> None:
    """An organization has its seat in one country: of the countries the classifier guesses it is
    based in (a town counts for its country), keep the one a rule states, else the likeliest
    guess ("the European Commission" is based in no country of the article where it acts).
    Places the gazetteer does not know are kept. Changes ``found`` in place."""
    placed = [f for f in facts if f.predicate in ("basedIn", "locatedIn") and not f.negated]
    country = {
        cid: next((c for hit in gazetteer_places(dm, cid) if (c := country_of(hit))), None)
        for cid in {t for (_h, t), preds in found.items() if "basedIn" in preds} | {f.object for f in placed}
    }
    stated: dict[int, set[str]] = defaultdict(set)
    for f in placed:
        if (c := country[f.object]) is not None:
            stated[f.subject].add(c)
    seats: dict[int, dict[str, float]] = defaultdict(dict)  # organization -> country -> best score
    for (h, t), preds in found.items():
        if "basedIn" in preds and (c := country[t]) is not None:
            seats[h][c] = max(seats[h].get(c, 0.0), preds["basedIn"][0])
    kept = {
        h: stated[h] or {max(scores, key=lambda c: (scores[c], c))}
        for h, scores in seats.items()
        if len(scores) > 1 or stated[h]
    }
    for (h, t), preds in found.items():
        if h in kept and "basedIn" in preds and country[t] not in kept[h] | {None}:
            del preds["basedIn"]


def _stated_nationality(
    dm: DocMentions,
    found: Found,
    facts: list[Fact],
    countries: dict[int, set[str]],
) -> None:
    """A person whose nationality a sentence states ("US Secretary of State John Kerry",
    "Azerbaijani President Ilham Aliyev": a rule's ``citizenOf``, or ``leaderOf`` a country) is
    no citizen of another country of the article that no sentence names beside them; the
    classifier's guess from the whole article is dropped. ``countries`` holds each object's
    countries. Changes ``found`` in place."""
    nationality: dict[int, set[str]] = defaultdict(set)
    for f in facts:
        place_led = f.predicate == "leaderOf" and dm.clusters[f.object].type == "Place"
        if not f.negated and (f.predicate == "citizenOf" or place_led):
            nationality[f.subject] |= countries_of(dm, f.object)
    for (h, t), preds in found.items():
        if "citizenOf" not in preds or preds["citizenOf"][1].shared or not nationality[h]:
            continue
        if countries[t] and not countries[t] & nationality[h]:
            del preds["citizenOf"]


def _named_beside(featurizer: PairFeaturizer, named: int, beside: int) -> list[TokenMention]:
    """Cluster ``named``'s named mentions in the sentences that name cluster ``beside``."""
    dm = featurizer.dm
    sents = {featurizer.sentence_of(m.start) for m in dm.clusters[beside].mentions if m.start >= 0}
    return [
        m
        for m in dm.clusters[named].mentions
        if m.start >= 0 and m.rule != "pronoun" and featurizer.sentence_of(m.start) in sents
    ]


def _gathering_only(featurizer: PairFeaturizer, cand: Candidate) -> bool:
    """Every sentence that names both names the organization only before a gathering's noun
    ("the BRICS summit in Durban", "Nato's meeting in Vilnius", "the Arsenal game at Wembley"):
    the place is the gathering's, not the organization's seat."""
    if not cand.shared:
        return False
    doc = featurizer.dm.doc
    gatherings = word_set("gathering_nouns")
    named = _named_beside(featurizer, cand.subject, cand.object)

    def before(m: TokenMention) -> bool:
        token = doc[m.end - 1]  # "Nato's meeting": the name is the meeting's possessor
        return (
            token.dep_ in ("compound", "nmod", "poss")
            and token.head.i > token.i
            and token.head.lemma_.lower() in gatherings
        )

    return bool(named) and all(before(m) for m in named)


def _arm_only(featurizer: PairFeaturizer, cand: Candidate) -> bool:
    """Every sentence that names the person names the place only as the arm of an owner's post
    ("its UK chief executive William Morrow", "Vodafone's Japanese boss"): the country is the
    firm's business there, no nationality, home or post of the person's."""
    if not cand.shared:
        return False
    doc = featurizer.dm.doc
    named = _named_beside(featurizer, cand.object, cand.subject)

    def arm(m: TokenMention) -> bool:
        token = doc[m.end - 1]
        post = token.head
        return (
            token.dep_ in ("nmod", "compound", "amod")
            and post.i > token.i
            and title_of([post.lower_]) is not None
            and any(c.dep_ == "poss" and c.i < m.start for c in post.children)
        )

    return bool(named) and all(arm(m) for m in named)


def _adjective_only(featurizer: PairFeaturizer, cand: Candidate) -> bool:
    """Every sentence that names the person names the place only in an adjective hyphened to
    it ("Paul Myers, chief executive of Wippit, a UK-based service", "New Zealand-born Martin
    Campbell"): it says where something else is, or a birthplace (``kg.residence.v1``)."""
    if not cand.shared:
        return False
    named = _named_beside(featurizer, cand.object, cand.subject)
    return bool(named) and all(hyphened(featurizer.dm.doc[m.end - 1]) for m in named)


def _by_role(
    dm: DocMentions,
    h: int,
    t: int,
    preds: dict[str, tuple[float, Candidate]],
    stated: set[tuple[int, int, str]],
) -> dict[str, tuple[float, Candidate]]:
    """A person's link to an organization takes the predicate of the title between them
    (:mod:`kg.nlp.roles`): "an analyst at X" works for X whatever the model's favourite."""
    linked = [p for p in preds if p in ROLE_PREDICATES]
    if not linked or dm.clusters[h].type != "Person" or dm.clusters[t].type != "Organization":
        return preds
    if any((h, t, p) in stated for p in ROLE_PREDICATES) or any(
        role[1] == NO_ROLE and role[2] == t for role in dm.clusters[h].roles
    ):
        # a title rule has read the role already ("BBC political editor Andrew Marr"), or found
        # none ("Afghanistan's envoy to the UN", "the Manchester Central MP")
        return {p: v for p, v in preds.items() if p not in ROLE_PREDICATES}
    best = max(linked, key=lambda p: preds[p][0])
    role = role_predicate(dm, h, t, preds[best][1].sentence)
    if role is None or (role == best and len(linked) == 1):
        return preds
    kept = {p: v for p, v in preds.items() if p not in ROLE_PREDICATES}
    if role != NO_ROLE:  # "the billionaire Bhs owner Philip Green": no post in the firm
        kept[role] = preds[best]
    return kept
