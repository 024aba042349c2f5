"""A team sheet's players, a firm's accounts and shares, a firm's noun before a name, and an
honorific the model's own type does not outvote (rules ``kg.squad.v1``, ``kg.name-kind.v1``,
``kg.honorific.v2``)."""

from __future__ import annotations

import pytest

from kg.nlp.extract import extract_one
from kg.nlp.squads import sheets
from tests.helpers import names_of, triples

SHEET = (
    "Munster beat Leinster at Thomond Park on Saturday, and Anthony Foley led the pack.\n\n"
    "Munster: A Foley; K Maggs, B O'Driscoll (capt), T Hazell, D Titterrell.\n\n"
    "Replacements: M Horan, A Goode, G Easterby.\n"
)


def test_a_team_sheets_players_are_people_with_their_initials(nlp) -> None:
    names = names_of(extract_one(SHEET, nlp))
    for player in ("K Maggs", "B O'Driscoll", "T Hazell", "D Titterrell", "M Horan", "A Goode", "G Easterby"):
        assert names.get(player) == "Person", (player, names)
    # the initial "A" is no article, and "A Foley" is the Anthony Foley the report names in full
    assert "Foley" not in names and "Hazell" not in names, names
    assert names.get("Anthony Foley") == "Person", names


#: A football report's two line-ups: surnames, full names and substitutes with their minutes.
LINEUPS = (
    "Rovers won 2-1 at the Dell on Saturday, Pellow scoring twice.\n\n"
    "Kenward, Griffin, Okafor, Van Tuyl, Stone (Mbeki 76), Harrow, Pellow, Dacosta (Fuller 65), "
    "Marco Ruiz, Tennant, Aslan.\n\n"
    "Subs Not Used: Berridge, Ashcombe.\n\n"
    "Lorne, Quist, Eddery, Halloran, Brisco (Atkins 58), Dunleavy, Ferro, Kilbride, Moyse, Dench, Ortiz.\n"
)


def test_two_line_ups_name_their_players(nlp) -> None:
    names = names_of(extract_one(LINEUPS, nlp))
    # surnames that are towns' too, and substitutes the recognizer reads as firms
    for player in ("Griffin", "Stone", "Fuller", "Mbeki", "Marco Ruiz", "Brisco", "Ortiz"):
        assert names.get(player) == "Person", (player, names)


@pytest.mark.parametrize(
    "text",
    [
        # one list of firms or towns alone on its line is no line-up
        "Apple, Microsoft, IBM, Dell, Sony, Nokia, Intel, Oracle.\nThe firms said sales rose.",
        "Leeds, Derby, Hull, Stoke, Reading, Bristol, Exeter, Luton.\n"
        "London, Paris, Berlin, Madrid, Rome, Athens, Lisbon, Vienna.",
        "Mr Blair met G Brown, J Prescott and the Queen on Monday.",
        "Shares in A Hotels, B Brands and C Holdings rose sharply.",
        "The results: Leeds 2, Derby 1, Hull 0.",
        "He said: We will win, we will fight, we will never give up.",
    ],
)
def test_a_line_that_is_no_team_sheet_names_no_players(text: str) -> None:
    assert sheets(text) == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # what only a firm reports, and its shares' moves
        ("Analysts said Oracle's profits would grow. Oracle said it was pleased.", "Oracle"),
        (
            "Oracle is cutting 5,000 jobs. Staff would rather be sacked than work for Oracle, said "
            "one. On the news, Oracle shares rose 15 cents on Nasdaq.",
            "Oracle",
        ),
        # a firm's noun right before the name
        ("Internet portal Lycos has made a screensaver that floods spam sites.", "Lycos"),
        ("A report by the UK think-tank Demos said broadband changes lives.", "Demos"),
        # a band is an organization: "band" before the name, which the recognizer reads as a person
        (
            "The award went to the Malian desert blues band Tinariwen, who toured Europe last year.",
            "Tinariwen",
        ),
        ("Winner of the award was Malian desert blues band Tamasket, formed in the Sahara.", "Tamasket"),
        # examples after a firm's noun in the plural: once a person, and a place the gazetteer lacks
        (
            "With a spiky sound once associated with bands like Velvet Harbour, they found a style.",
            "Velvet Harbour",
        ),
        ("High street lenders such as Northern Crest and Abbey raised their rates.", "Northern Crest"),
    ],
)
def test_a_firms_cue_types_the_name(nlp, text: str, firm: str) -> None:
    assert names_of(extract_one(text, nlp)).get(firm) == "Organization"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # people make takeovers and own stakes; "shares" may be a verb
        ("Malcolm Glazer's takeover of the club angered fans. Glazer said nothing.", "Malcolm Glazer"),
        ("Roman Abramovich's stake in the club grew. Abramovich was pleased.", "Roman Abramovich"),
        ("Tony Blair shares the view of his chancellor, Blair said.", "Tony Blair"),
        # a politician's spokesman is no firm's post
        ("Tony Blair's spokesman Tom Kelly said the prime minister was calm.", "Tony Blair"),
    ],
)
def test_a_persons_possessions_keep_the_person(nlp, text: str, person: str) -> None:
    assert names_of(extract_one(text, nlp)).get(person) == "Person"


def test_an_honorific_outweighs_the_models_own_type(nlp) -> None:
    text = (
        "Finance Minister Sue Essex said the deal was fair. Councils visited Ms Essex to lobby "
        "for more money.\n\nMs Essex said she had listened to their views."
    )
    names = names_of(extract_one(text, nlp))
    assert names.get("Sue Essex") == "Person" and "Essex" not in names, names


def test_a_team_sheets_initials_join_the_full_name_of_the_report(nlp) -> None:
    """ "H Brannock" of the team sheet is the "Hal Brannock" of the report, and so is its lone
    "Brannock", which two people would have left alone."""
    text = (
        "Hal Brannock scored twice for Wales in Rome. Brannock later limped off with a hamstring injury.\n\n"
        "Wales: G Tate (capt); H Brannock, T Munro, G Dunn, S Wills.\n"
    )
    r = extract_one(text, nlp)
    people = [e for e in r.entities if e.type == "Person" and e.name.endswith("Brannock")]
    assert [e.name for e in people] == ["Hal Brannock"], people
    assert {"H Brannock", "Brannock"} <= {m.text for m in people[0].mentions}


def test_a_full_name_labels_the_actor_over_its_initials() -> None:
    from kg.records import DocResult, Document, Entity, Mention
    from kg.resolve import resolve

    def doc(doc_id: str, *names: tuple[str, int]) -> DocResult:
        ents = tuple(
            Entity(id=f"e{i}", name=name, type="Person", mentions=(Mention(0, len(name), name),) * times)
            for i, (name, times) in enumerate(names)
        )
        return DocResult(doc=Document(id=doc_id, text="x"), entities=ents)

    # two team sheets name "D Bell" more often than the one report that names him in full
    results = [
        doc("a", ("D Bell", 2), ("Gordon Bulloch", 1)),
        doc("b", ("D Bell", 2), ("Gordon Bulloch", 1)),
        doc("c", ("Duncan Bell", 1), ("Gordon Bulloch", 1)),
    ]
    actors, index = resolve(results)
    assert actors[index[("a", "e0")]] is actors[index[("c", "e0")]]
    assert actors[index[("a", "e0")]].label == "Duncan Bell"


def test_a_results_line_gives_each_athlete_the_club_in_her_own_brackets(nlp) -> None:
    text = (
        "The trials were held in Sheffield on Sunday.\n\n"
        "60m: D Orme (Kelham Harriers), P Vance (Notts AC), L Quist (Bream Valley AC).\n\n"
        "J Tamsin (Exeter Harriers).\n\nK Wold (Basildon AC), T Bree (Notts AC).\n"
    )
    found = {t for t in triples(extract_one(text, nlp)) if t[1] == "worksFor"}
    assert found == {
        ("D Orme", "worksFor", "Kelham Harriers"),
        ("P Vance", "worksFor", "Notts AC"),
        ("L Quist", "worksFor", "Bream Valley AC"),
        ("J Tamsin", "worksFor", "Exeter Harriers"),
        ("K Wold", "worksFor", "Basildon AC"),
        ("T Bree", "worksFor", "Notts AC"),
    }, found
    # alone at a football report's end, a name and its bracket is the referee and his county
    text = "Chelsea beat Everton 2-0 at Stamford Bridge.\n\n41,965\n\nM Rilby (W Yorkshire).\n"
    r = extract_one(text, nlp)
    assert not {t for t in triples(r) if t[1] == "worksFor"}, triples(r)
    assert names_of(r).get("M Rilby") == "Person"


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # partners' firms the recognizer cut at "and": the word before it no entity at all, a
        # firm of two names, a list with a comma, a "person" of three names
        ("Cable and Wireless Plc said its profits rose.", "Cable and Wireless Plc"),
        ("Bolt Beranek and Newman Inc said it won a defence contract.", "Bolt Beranek and Newman Inc"),
        ("The offering was managed by Piper, Jaffray and Hopwood Inc.", "Piper, Jaffray and Hopwood Inc."),
        ("Lovett Mitchell Webb and Garrison Inc. underwrote it.", "Lovett Mitchell Webb and Garrison Inc."),
        # a founder's name and "and Co" the recognizer left out at a sentence's end
        (
            "The bank's accounts drew a qualified opinion from its auditors, Arthur Andersen and Co. "
            "The auditors gave no reason.",
            "Arthur Andersen and Co.",
        ),
    ],
)
def test_a_partners_firm_is_one_name(nlp, text: str, firm: str) -> None:
    assert names_of(extract_one(text, nlp)).get(firm) == "Organization"


def test_a_partners_firm_named_again_without_its_legal_form_is_the_same_actor(nlp) -> None:
    text = (
        "BELL AND HOWELL <BHW> SEES GAIN\n\nBell and Howell Co said it would sell a unit.\n"
        "    Bell and Howell expects a gain."
    )
    r = extract_one(text, nlp)
    assert len(r.entities) == 1, r.entities
    # the headline's capitals start the firm's name: "BELL" is the firm, though a town is called Bell
    assert {m.text for m in r.entities[0].mentions} == {"BELL", "Bell and Howell Co", "Bell and Howell"}
    # the article names the partners again, but only as the same pair
    r = extract_one(
        "Horn and Hardart Co said it sold 33 restaurants.\n    Horn and Hardart expects a gain.", nlp
    )
    assert [(e.type, {m.text for m in e.mentions}) for e in r.entities] == [
        ("Organization", {"Horn and Hardart Co", "Horn and Hardart"})
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the recognizer reads the first partner as a person of one name
        (
            "Thomas and Betts Corp said it would buy a plant.\n    Thomas and Betts said the price was "
            "not set.",
            {"Thomas and Betts Corp", "Thomas and Betts"},
        ),
        # and the second, named again without the legal form, as a town or a firm of its own
        (
            "Pope and Talbot Inc said it sold a mill.\n    Pope and Talbot, a forest products firm, said "
            "the price was not set.",
            {"Pope and Talbot Inc", "Pope and Talbot"},
        ),
    ],
)
def test_partners_named_again_are_one_firm(nlp, text: str, names: set[str]) -> None:
    r = extract_one(text, nlp)
    assert [(e.type, {m.text for m in e.mentions if m.rule != "pronoun"}) for e in r.entities] == [
        ("Organization", names)
    ], r.entities


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        ("IBM and Digital Equipment Corp said they would cooperate.", ("IBM", "Digital Equipment Corp")),
        ("Lee Iacocca and Chrysler Corp were sued by the dealers.", ("Lee Iacocca", "Chrysler Corp")),
        ("Texaco and Chevron Corp shares fell. Texaco said nothing.", ("Texaco", "Chevron Corp")),
        # a surname alone and a firm, written once: a person and a firm, not partners
        ("Gorbachev and Pepsico Inc signed a trade deal on Monday.", ("Gorbachev", "Pepsico Inc")),
        ("Shultz and Boeing Co officials met in Seattle.", ("Shultz", "Boeing Co")),
        ("The suit names Thatcher and Lonrho Plc as defendants.", ("Thatcher", "Lonrho Plc")),
    ],
)
def test_two_names_joined_by_and_stay_apart(nlp, text: str, apart: tuple[str, str]) -> None:
    names = names_of(extract_one(text, nlp))
    assert set(apart) <= set(names), names


def test_a_firms_short_name_is_the_parent_not_its_unit(nlp) -> None:
    text = (
        "Sumitomo Metal Industries Ltd said its unit Sumitomo Metal International Finance Plc would "
        "issue bonds in London. Sumitomo Metal said the money would fund its steel mills."
    )
    r = extract_one(text, nlp)
    parent = next(e for e in r.entities if "Sumitomo Metal Industries Ltd" in {m.text for m in e.mentions})
    assert "Sumitomo Metal" in {m.text for m in parent.mentions}, parent
    assert "Sumitomo Metal International Finance Plc" in names_of(r)


def test_a_banks_legal_form_and_a_firms_possessive_split_no_firm() -> None:
    from kg.records import DocResult, Document, Entity, Mention
    from kg.resolve import resolve

    def doc(doc_id: str, name: str) -> DocResult:
        ents = (Entity(id="e0", name=name, type="Organization", mentions=(Mention(0, len(name), name),)),)
        return DocResult(doc=Document(id=doc_id, text="x"), entities=ents)

    names = ["Citibank N.A.", "Citibank", "Standard and Poor's Corp", "Standard and Poor", "Standard Oil Co"]
    actors, index = resolve([doc(str(i), name) for i, name in enumerate(names)])
    assert actors[index[("0", "e0")]] is actors[index[("1", "e0")]]
    assert actors[index[("2", "e0")]] is actors[index[("3", "e0")]]
    assert actors[index[("4", "e0")]] is not actors[index[("2", "e0")]]


def test_a_player_leads_his_countrys_team_not_his_country(nlp) -> None:
    found = triples(extract_one("Carlos Moya led Spain to victory in the Davis Cup final.", nlp))
    assert ("Carlos Moya", "leaderOf", "Spain") not in found, found
    # a leader leads the party he takes to victory, and a country he leads with no victory
    assert ("Blair", "leaderOf", "Labour") in triples(
        extract_one("Blair led Labour to a third election victory.", nlp)
    )
    assert ("Castro", "leaderOf", "Cuba") in triples(extract_one("Castro has led Cuba since 1959.", nlp))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a show's, a song's and an album's titles speak; the models read them as firms
        ("Paul Merton hosts Have I Got Gossip for You on BBC One.", "Have I Got Gossip for You"),
        ("Their debut album Please Please Me was recorded in a day.", "Please Please Me"),
    ],
)
def test_a_name_with_a_personal_pronoun_is_a_title(nlp, text: str, title: str) -> None:
    assert names_of(extract_one(text, nlp)).get(title) == "Work"


def test_a_body_named_with_our_stays_a_body(nlp) -> None:
    names = names_of(extract_one("Larry Bevington, chairman of Save Our Community, spoke to reporters.", nlp))
    assert names.get("Save Our Community") == "Organization", names


@pytest.mark.parametrize(
    ("text", "firm", "short"),
    [
        # "British" a people and "Commonwealth" a body of its own, over a wrapped line
        (
            "KLM said it would sell a stake in its courier unit to British and Commonwealth Shipping Plc.\n"
            "    KLM, which is also negotiating with British and\nCommonwealth for a stake in its regional "
            "airline, said cargo grew fast.",
            "British and Commonwealth Shipping Plc",
            "British and Commonwealth",
        ),
        # "Alexis" a person and "Nihon" a firm of its own
        (
            "The board of Alexis Nihon Investments Inc named Donald Michelin acting chief executive.\n"
            "    Michelin is an Alexis Nihon officer and director.",
            "Alexis Nihon Investments Inc",
            "Alexis Nihon",
        ),
        # "Julius" a person
        (
            "The unit of Orange Julius International Inc sold 40 stores.\n"
            "    Orange Julius said the price was 12 mln dlrs.",
            "Orange Julius International Inc",
            "Orange Julius",
        ),
    ],
)
def test_a_firms_first_words_written_again_are_the_firm(nlp, text: str, firm: str, short: str) -> None:
    r = extract_one(text, nlp)
    whole = next(e for e in r.entities if firm in {m.text for m in e.mentions})
    assert short in {m.text for m in whole.mentions}, r.entities
    assert not [e for e in r.entities if e is not whole and e.name in short], r.entities


def test_what_no_firms_short_form_is(nlp) -> None:
    # the firm's words in small letters
    r = extract_one(
        "Texas Oil and Gas Corp said it cut its budget.\n    Texas oil output fell by a fifth.", nlp
    )
    assert names_of(r).get("Texas") == "Place", names_of(r)
    # the firm's first words starting another firm's name
    text = (
        "First Boston Corp said it would lead the offering.\n"
        "    First Boston Capital Markets will sell the notes in Europe."
    )
    assert {"First Boston Corp", "First Boston Capital Markets"} <= set(names_of(extract_one(text, nlp)))
    # a person's whole name the recognizer found, of the firm named after him
    text = (
        "Teck Hock and Co (Pte) Ltd said it would buy the shares.\n"
        "    Teck Hock, its chairman, said the price was fair."
    )
    assert names_of(extract_one(text, nlp)).get("Teck Hock") == "Person"
