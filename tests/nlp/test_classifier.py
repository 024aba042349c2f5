"""The relation classifier (``kg.classifier.v1``): its features, its training and the shipped model.

Sentences are composed for the tests in the style of wire news; none is copied
from a dataset.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.nlp import parse
from kg.nlp.classifier.features import PairFeaturizer
from kg.nlp.classifier.model import Linear, RelationModel, default_model, read_model
from tests.helpers import triples


def features(nlp: Any, text: str, subject: str, obj: str) -> frozenset[str]:
    """The features of the candidate pair (subject, object) named in ``text``."""
    parsed = next(parse(nlp, text, rules=True))
    dm, facts = parsed.mentions, parsed.facts
    names = {c.name: n for n, c in enumerate(dm.clusters)}
    for cand in PairFeaturizer(dm, facts).candidates():
        if (cand.subject, cand.object) == (names[subject], names[obj]):
            return cand.features
    raise AssertionError(f"no candidate pair {subject} -> {obj}; clusters: {sorted(names)}")


def classified(
    nlp: Any, text: str, model: RelationModel, *, with_rules: bool = False
) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) names of what ``model`` finds in ``text`` (with the rules' own
    facts when ``with_rules``)."""
    from kg.nlp.classifier.model import classify

    parsed = next(parse(nlp, text, rules=True))
    dm, facts, names = parsed.mentions, parsed.facts, parsed.names()
    found = classify(dm, facts, model) + (facts if with_rules else [])
    return {(names[f.subject], f.predicate, names[f.object]) for f in found}


def test_preposition_and_entity_label_features(nlp: Any) -> None:
    # "a native of X": the word the preposition hangs from, and spaCy's label of the place
    feats = features(
        nlp, "The painter Maria Lindqvist is a native of Uppsala, Sweden.", "Maria Lindqvist", "Uppsala"
    )
    assert "Per>Pla|tpp=of_native" in feats
    assert "Per>Pla|tent=GPE" in feats
    assert "Per>Pla|hent=PERSON" in feats


def test_actors_between_the_pair(nlp: Any) -> None:
    text = "Daniel Okafor of Lagos met executives of Shell in London on Tuesday."
    assert "Per>Pla|ht|nbetween=0" in features(nlp, text, "Daniel Okafor", "Lagos")
    # Lagos and Shell stand between Okafor and London
    assert "Per>Pla|ht|nbetween=2" in features(nlp, text, "Daniel Okafor", "London")


def test_direct_dependency_and_main_verb(nlp: Any) -> None:
    feats = features(nlp, "Gunmen killed Mayor Tomas Ruiz in Oaxaca on Sunday.", "Tomas Ruiz", "Oaxaca")
    assert "Per>Pla|rootverb=kill" in feats


def test_a_pair_no_sentence_names_together_reads_the_whole_document(nlp: Any) -> None:
    # Japan is named in other sentences only, but its demonym stands beside Sato, and it is the
    # article's most named place
    text = (
        "Kenji Sato heads the Japanese cabinet office on abductions. "
        "Talks with North Korea resume in Japan next week. Japan wants answers."
    )
    feats = features(nlp, text, "Kenji Sato", "Japan")
    assert {"Per>Pla|d|tdem", "Per>Pla|d|tdem-hsent", "Per>Pla|d|trank=0", "Per>Pla|d|ttop-country"} <= feats
    other = features(nlp, text, "Kenji Sato", "North Korea")
    assert "Per>Pla|d|trank=1" in other
    assert not {f for f in other if "|d|tdem" in f or "|d|ttop" in f}
    # a spokeswoman for a firm that a rule bases in Paris: the rules bridge her to Paris
    text = (
        "Maria Costa, a spokeswoman for Renault, declined to comment. "
        "Renault, based in Paris, sold fewer cars."
    )
    assert "Per>Pla|d|bridge=worksFor>basedIn" in features(nlp, text, "Maria Costa", "Paris")
    # where a sentence names both, the sentence decides: no document features
    same = features(nlp, "Kenji Sato of the Japanese cabinet office flew to Japan.", "Kenji Sato", "Japan")
    assert not {f for f in same if "|d|" in f}


def test_threshold_follows_beta() -> None:
    """A precision-minded F-beta (beta < 1) never picks a lower threshold than recall-minded F2."""
    pytest.importorskip("sklearn")
    from kg.gold.train import _fit

    xs, ys, docs = [], [], []
    for i in range(200):
        strong, weak = i % 4 == 0, i % 3 == 0
        xs.append(frozenset({"bias"} | ({"strong"} if strong else set()) | ({"weak"} if weak else set())))
        ys.append(int(strong or (weak and i % 2 == 0)))
        docs.append(f"d{i % 20}")
    precise, _ = _fit(xs, ys, docs, grid=(1.0,), beta=0.5)
    liberal, _ = _fit(xs, ys, docs, grid=(1.0,), beta=2.0)
    assert precise.threshold > liberal.threshold


def test_model_round_trips(tmp_path: Any) -> None:
    model = RelationModel({"kills": Linear(-1.0, {"Per>Per|pw=kill": 3.0}, 0.5)}, {"seed": 13})
    model.write(tmp_path / "m.json.gz")
    again = read_model(tmp_path / "m.json.gz")
    assert again == model
    assert again.models["kills"].score(frozenset({"Per>Per|pw=kill"})) > 0.8


def test_shipped_model_finds_a_killing(nlp: Any) -> None:
    from kg.nlp.extract import extract_one

    model = default_model()
    assert model is not None and {"kills", "worksFor", "locatedIn", "basedIn"} <= set(model.models)
    r = extract_one("Police said Victor Haldane shot and killed Ellen Marsh outside her home.", nlp)
    found = triples(r, negated=None)
    assert ("Victor Haldane", "kills", "Ellen Marsh") in found
    assert ("Ellen Marsh", "kills", "Victor Haldane") not in found


def test_a_leader_keeps_its_nationality_but_not_lives_in(nlp: Any) -> None:
    sure = Linear(10.0, {}, 0.5)  # every allowed predicate holds for every pair
    model = RelationModel(dict.fromkeys(("leaderOf", "citizenOf", "livesIn", "worksFor"), sure), {})
    found = classified(nlp, "Polish President Jan Nowak spoke in Warsaw about Poland.", model)
    assert ("Jan Nowak", "leaderOf", "Poland") in found
    assert ("Jan Nowak", "citizenOf", "Poland") in found
    assert ("Jan Nowak", "livesIn", "Poland") not in found
    # serving the state is kept beside leading it (DWIE's agent_of), and judged unstated by range
    assert ("Jan Nowak", "worksFor", "Poland") in found


def test_serving_a_country_stays_out_of_the_graph(nlp: Any) -> None:
    from kg.nlp.state import Fact
    from kg.nlp.stated import UNSTATED, stated
    from kg.settings import Settings

    parsed = next(parse(nlp, "Polish President Jan Nowak spoke in Warsaw about Poland."))
    ids = {name: n for n, name in parsed.names().items()}
    sent = next(iter(parsed.doc.sents))
    fact = Fact(ids["Jan Nowak"], "worksFor", ids["Poland"], 0, 0.9, "kg.classifier.v1")
    assert not stated(parsed.mentions, fact, sent)
    assert 0.9 * UNSTATED < Settings().graph_min_confidence


@pytest.mark.parametrize(
    ("text", "subject", "predicate", "place", "said"),
    [
        # one is a citizen of a country, a state or a home nation; not of a building or a town
        ("Kremlin leader Ivan Petrov arrived on Monday.", "Ivan Petrov", "citizenOf", "Kremlin", False),
        ("Ivan Petrov, a Moscow lawyer, arrived on Monday.", "Ivan Petrov", "citizenOf", "Moscow", False),
        ("Ivan Petrov, a citizen of Russia, arrived on Monday.", "Ivan Petrov", "citizenOf", "Russia", True),
        ("Dai Jones, a citizen of Wales, arrived on Monday.", "Dai Jones", "citizenOf", "Wales", True),
        # a nation lies in no other country than its union
        (
            "England's World Cup triumph in Australia was their first.",
            "England",
            "locatedIn",
            "Australia",
            False,
        ),
        (
            "Wales, part of the United Kingdom, has its own assembly.",
            "Wales",
            "locatedIn",
            "United Kingdom",
            True,
        ),
        ("Wales beat Italy in Cardiff on Saturday.", "Wales", "locatedIn", "Cardiff", False),
        # a state the gazetteer knows is the classifier's to judge
        ("Hong Kong, China, is a trading hub.", "Hong Kong", "locatedIn", "China", True),
    ],
)
def test_what_a_nation_is(nlp: Any, text: str, subject: str, predicate: str, place: str, said: bool) -> None:
    from kg.nlp.state import Fact
    from kg.nlp.stated import stated

    parsed = next(parse(nlp, text))
    ids = {name: n for n, name in parsed.names().items()}
    fact = Fact(ids[subject], predicate, ids[place], 0, 0.9, "kg.classifier.v1")
    assert stated(parsed.mentions, fact, next(iter(parsed.doc.sents))) is said


@pytest.mark.parametrize(
    ("text", "person", "place", "said"),
    [
        ("Scotland manager Dieter Hansen named his squad for Oslo.", "Dieter Hansen", "Scotland", False),
        ("Paul Dupont, the France coach, said his side had played poorly.", "Paul Dupont", "France", False),
        ("Ireland boss Kevin Walsh was delighted with the draw.", "Kevin Walsh", "Ireland", False),
        # the rule reads the team's staff only: a citizen is still one
        ("Dieter Hansen, a citizen of Scotland, named his squad.", "Dieter Hansen", "Scotland", True),
    ],
)
def test_a_country_before_a_coach_names_the_team(
    nlp: Any, text: str, person: str, place: str, said: bool
) -> None:
    # "Scotland manager Berti Vogts" manages the national side; it says nothing of where he is from
    from kg.nlp.state import Fact
    from kg.nlp.stated import stated

    parsed = next(parse(nlp, text))
    ids = {name: n for n, name in parsed.names().items()}
    sent = next(iter(parsed.doc.sents))
    for predicate in ("citizenOf", "livesIn"):
        fact = Fact(ids[person], predicate, ids[place], 0, 0.9, "kg.classifier.v1")
        assert stated(parsed.mentions, fact, sent) is said, predicate


@pytest.mark.parametrize(
    ("text", "person", "org", "predicate"),
    [
        (
            "Markets are nervous, said Michael Luckey, an analyst at Shearson Lehman Brothers.",
            "Michael Luckey",
            "Shearson Lehman Brothers",
            "worksFor",
        ),
        ("Trading was heavy, said Thomas Donovan, CBT president.", "Thomas Donovan", "CBT", "leaderOf"),
        # no title rule reads this one: the title on the path does
        (
            "Thomas Donovan, who was elected president of the CBT last year, said trading was heavy.",
            "Thomas Donovan",
            "CBT",
            "leaderOf",
        ),
        (
            "James Howard, executive vice-president of Cargill, said exports would rise.",
            "James Howard",
            "Cargill",
            "worksFor",
        ),
        # no title: a person from an institute works there, a person of a party belongs to it
        (
            "Tom Alder, from the Institute for Fiscal Studies, said the figures added up.",
            "Tom Alder",
            "Institute for Fiscal Studies",
            "worksFor",
        ),
        ("Jim Smith, of the Labour Party, said the vote was close.", "Jim Smith", "Labour Party", "memberOf"),
    ],
)
def test_the_role_between_decides_the_predicate(
    nlp: Any, text: str, person: str, org: str, predicate: str
) -> None:
    """kg.role.v1: whatever the model prefers among leaderOf, worksFor and memberOf, the title
    on the path from the person to the organization (or "of"/"from" with none) says which."""
    model = RelationModel({"memberOf": Linear(10.0, {}, 0.5)}, {})  # the model only ever says memberOf
    # what the title rules stated, and what the classifier adds beside it
    found = classified(nlp, text, model, with_rules=True)
    assert (person, predicate, org) in found
    assert {p for s, p, o in found if (s, o) == (person, org)} <= {predicate, "citizenOf"}


@pytest.mark.parametrize(
    ("text", "person", "org", "predicate"),
    [
        ('"Buyers are scarce," said Dorvale Bank\'s Ian Mercer.', "Ian Mercer", "Dorvale Bank", "worksFor"),
        ("BBC pundit Jon Hale believes Idowu can take gold.", "Jon Hale", "BBC", "worksFor"),
        ("Labour's Ann Gould said the pair had been criticised by MPs.", "Ann Gould", "Labour", "memberOf"),
    ],
)
def test_staff_work_for_a_firm_and_members_belong_to_a_party(
    nlp: Any, text: str, person: str, org: str, predicate: str
) -> None:
    """When the model finds memberOf (with worksFor or alone), a person works for the
    organization, unless it is a party, a team, a union or an alliance."""
    sure = Linear(10.0, {}, 0.5)
    for model in (
        RelationModel({"memberOf": sure, "worksFor": sure}, {}),
        RelationModel({"memberOf": sure}, {}),
    ):
        found = classified(nlp, text, model)
        assert {p for s, p, o in found if (s, o) == (person, org)} == {predicate}, model.models


def test_an_organization_is_based_in_one_country(nlp: Any) -> None:
    """The classifier's seats of one organization are cut to one country: the one a rule
    states, else one of its guesses; a place the gazetteer does not know is kept."""
    anywhere = RelationModel({"basedIn": Linear(10.0, {}, 0.5)}, {})  # every pair is a seat
    found = classified(nlp, "The Paris-based Halden Group said sales in Germany and Spain rose.", anywhere)
    assert ("Halden Group", "basedIn", "Germany") not in found
    assert ("Halden Group", "basedIn", "Spain") not in found
    text = "Halden Group said sales in Germany and Spain rose. It has a plant in Zubrovka."
    seats = {o for s, p, o in classified(nlp, text, anywhere) if (s, p) == ("Halden Group", "basedIn")}
    assert len(seats & {"Germany", "Spain"}) == 1, seats
    assert "Zubrovka" in seats


def test_a_news_agency_is_based_at_home_wherever_it_reports_from(nlp: Any) -> None:
    """ "told DW", "told the news agency dpa": the classifier's guess that an agency is based in
    the country of the story is dropped; at home it stands."""
    text = (
        "Pakistan frees Taliban prisoners\n\nPakistan has released a group of Afghan Taliban prisoners "
        'to help peace talks in Afghanistan. "They are free," a Pakistani foreign ministry official told '
        "DW on Sunday. Analyst Imtiaz Gul told the news agency dpa that Pakistan wanted a role in the talks."
    )
    from kg.nlp.extract import extract_one

    found = triples(extract_one(text, nlp))
    assert not {("DW", "basedIn", "Pakistan"), ("dpa", "basedIn", "Pakistan")} & found, found
    anywhere = RelationModel({"basedIn": Linear(10.0, {}, 0.5)}, {})  # every pair is a seat
    seats = classified(nlp, "A spokesman in Berlin told dpa that Germany and Spain agreed.", anywhere)
    assert ("dpa", "basedIn", "Germany") in seats and ("dpa", "basedIn", "Spain") not in seats, seats
    # a dateline's bureau: the agency files from there
    seats = classified(nlp, "BANGKOK, Thailand (AP) -- Floods killed 12 people in Laos on Monday.", anywhere)
    assert ("AP", "basedIn", "Thailand") in seats and ("AP", "basedIn", "Laos") not in seats, seats


def test_a_name_says_where_a_body_is_not_based(nlp: Any) -> None:
    """A body named for a nation is based in its country, not in another of the article; a body
    named above nations in none of the article's countries; a plain name keeps its guess."""
    anywhere = RelationModel({"basedIn": Linear(10.0, {}, 0.5)}, {})  # every pair is a seat
    text = (
        "Rwanda ranks well on corruption, said Anna Kohl of the German Institute for Security Affairs. "
        "The European Commission and the World Bank praised Rwanda. Halden Group opened a plant in Rwanda."
    )
    found = classified(nlp, text, anywhere)
    assert ("German Institute for Security Affairs", "basedIn", "Rwanda") not in found, found
    assert ("European Commission", "basedIn", "Rwanda") not in found, found
    assert ("World Bank", "basedIn", "Rwanda") not in found, found
    assert ("Halden Group", "basedIn", "Rwanda") in found, found
    text = "The case went to the European Court of Human Rights in Strasbourg, and the UK lost."
    assert ("European Court of Human Rights", "basedIn", "Strasbourg") in classified(nlp, text, anywhere)
    text = "The British Parliament met in London on Monday, and the Halden Group in Syria."
    found = classified(nlp, text, anywhere)
    assert ("British Parliament", "basedIn", "Syria") not in found, found
    assert ("British Parliament", "basedIn", "London") in found, found


def test_a_gathering_holds_the_place_not_the_body(nlp: Any) -> None:
    """ "the Halden Group summit in Durban": the town is the summit's; a body the sentence names
    on its own keeps the guess."""
    anywhere = RelationModel({"basedIn": Linear(10.0, {}, 0.5)}, {})  # every pair is a seat
    for text in (
        "Leaders met at the Halden Group summit in Durban on Tuesday.",
        "The Halden Group's annual meeting in Durban ended on Tuesday.",
        "Fans watched the Halden United game at Durban on Saturday.",
    ):
        found = {(s, o) for s, p, o in classified(nlp, text, anywhere) if p == "basedIn"}
        assert not {o for s, o in found if s.startswith("Halden")}, (text, found)
    found = classified(nlp, "Halden Group, which held a summit in Durban, said sales rose.", anywhere)
    assert ("Halden Group", "basedIn", "Durban") in found, found


def test_a_place_lies_only_in_a_bigger_one(nlp: Any) -> None:
    """The classifier's guesses of where a place lies follow the gazetteer's ranks, as the
    locative rules do: a continent in no country, a country in no town."""
    anywhere = RelationModel({"locatedIn": Linear(10.0, {}, 0.5)}, {})  # every pair is inside
    found = classified(nlp, "Europe's ministers met in Vilnius, and Lithuania pledged money.", anywhere)
    assert ("Vilnius", "locatedIn", "Lithuania") in found, found
    assert not {("Europe", "locatedIn", "Lithuania"), ("Lithuania", "locatedIn", "Vilnius")} & found, found


def test_a_stated_nationality_is_not_guessed_another(nlp: Any) -> None:
    """A person a title calls a US citizen is no citizen of the country the article is about,
    which no sentence names beside them; a person of no stated nationality keeps the guess."""
    anywhere = RelationModel({"citizenOf": Linear(10.0, {}, 0.5)}, {})  # every pair is a nationality
    text = (
        "Israel and Hamas agreed to a truce on Monday. Israeli forces left the Gaza Strip. "
        "US Secretary of State John Kerry praised the deal. Analyst Dana Roth said it was fragile."
    )
    found = classified(nlp, text, anywhere)
    assert ("John Kerry", "citizenOf", "Israel") not in found, found
    assert ("Dana Roth", "citizenOf", "Israel") in found, found
