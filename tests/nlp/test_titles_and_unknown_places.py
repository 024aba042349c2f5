"""A title the recognizer cut short, an abbreviation it read as a place, and a word nothing in
its article calls a place (rule ``kg.ner.v1``)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from kg.nlp.extract import extract_one
from kg.nlp.works import listed_titles
from tests.helpers import names_of, triples


@pytest.mark.parametrize(
    ("text", "tail", "work"),
    [
        # real sentences of BBC copy, shortened; the recognizer kept only the last word, as a place
        ("Her films include Napoleon Dynamite, The Door in the Floor and Garden State.", "Floor", None),
        ("He wrote Ring of Fire with June Carter in 1963.", "Fire", "Ring of Fire"),
        ("It made The Vicar of Dibley production company rich.", "Dibley", "Vicar of Dibley"),
    ],
)
def test_the_last_word_of_a_cut_title_is_no_actor(nlp, text: str, tail: str, work: str | None) -> None:
    names = names_of(extract_one(text, nlp))
    assert tail not in names, names
    if work is not None:
        assert names.get(work) == "Work", names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a role, a place's or an organization's noun before "of" heads no title
        ("He met the Mayor of Dibley on Monday.", "Dibley"),
        ("Smith lives in the Vale of Glamorgan.", "Vale of Glamorgan"),
        # a name that modifies a noun after "on" is no title's end
        ("Record Of The Year was voted on the ITV1 show.", "ITV1"),
    ],
)
def test_a_name_after_a_role_or_a_place_noun_stays(nlp, text: str, name: str) -> None:
    assert name in names_of(extract_one(text, nlp))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # as Reuters-21578 writes them: the recognizer reads these abbreviations as places
        ("The bank has set up SBCI, which will trade bonds in Tokyo.", "SBCI", "Organization"),
        ("Cocoa prices fell after the ICCO meeting in London.", "ICCO", "Organization"),
        # an abbreviated place the gazetteer knows stays a place
        ("Exports to the USA rose by a third.", "USA", "Place"),
        ("Troops of the USSR left Kabul.", "USSR", "Place"),
        # a town the gazetteer does not know stays where the words around it say it is a place
        ("Leslie Gray, 43, lives in Tuxford.", "Tuxford", "Place"),
        ("Leslie Gray, 43, of Tuxford, was also charged.", "Tuxford", "Place"),
        (
            "During the rescue, diver Brian Michaud of Millinocket hooked the men to harnesses.",
            "Millinocket",
            "Place",
        ),
        ("Composer Thomas is a native of Chisholm, Minn.", "Chisholm", "Place"),
        ("The blast hit the town of Staouelli on Monday.", "Staouelli", "Place"),
        # a region the recognizer reads as a person is a place
        ("Charles ceded Alsace and Strasbourg to France in 1714.", "Alsace", "Place"),
        # a word a role follows is the body the role is held in
        ("Kremlin leader Ivan Petrov arrived on Monday.", "Kremlin", "Organization"),
        ("Opec secretary general Adnan Shihab-Eldin said output would rise.", "Opec", "Organization"),
        # a post held at a firm, a company's noun beside the name, shares held in it
        (
            "Malcolm Seagrave, security expert at Energis, said most attacks hit small sites.",
            "Energis",
            "Organization",
        ),
        (
            "Shares in Solidere, the Lebanese company founded by Rafik Hariri, fell 10%.",
            "Solidere",
            "Organization",
        ),
        ("Vivendi wants to buy British Telecom's shares in Cegetel.", "Cegetel", "Organization"),
        # a town listed beside a known place, after a place's noun, or after "in" and an adjective
        (
            "Developing nations such as Lesotho, Sri Lanka, and Bangaldesh could lose jobs.",
            "Bangaldesh",
            "Place",
        ),
        ("In countries such as Korea, broadband is fast.", "Korea", "Place"),
        ("Leaders met in the Swiss resort of Davos.", "Davos", "Place"),
        ("Harrington died at his home in suburban Larchmont, the university said.", "Larchmont", "Place"),
        ("Rivers rose around the city of Invercargill and its port, Bluff.", "Bluff", "Place"),
        ("Financial holding company Nord-Est is issuing a 392.9 mln franc bond.", "Nord-Est", "Organization"),
        ("Miners came to work in the mining towns of Barentsburg and Pyramiden.", "Pyramiden", "Place"),
        ("Election day for those living inside Bosnia is September 14.", "Bosnia", "Place"),
        ("It drills at the Terra Nova oil field offshore Newfoundland.", "Newfoundland", "Place"),
        (
            "Support came from companies such as Nokia, Intel, Philips, Thomson and Telefonica.",
            "Telefonica",
            "Organization",
        ),
        # a town's name that starts a firm's name, and that its article never writes where places
        # stand, is the firm (Reuters' "Republic" of Republic National Bank of New York, a town
        # in Missouri to the gazetteer); not where the article writes it as a place
        (
            "Analyst Mark Cole of Republic National Bank of New York said the yen would rise. Republic"
            " has raised its prime rate to 7.5 pct.",
            "Republic",
            "Organization",
        ),
        (
            "Rochester Gas and Electric Corp said it would close two plants. The company employs 3,000"
            " people in Rochester.",
            "Rochester",
            "Place",
        ),
        # a lone word the recognizer reads as a person, written after "the" as no one's name is,
        # names a body (Reuters' "the Galaxy" of Galaxy Cablevision); not before its noun
        ("Terms were not disclosed and the Galaxy did not identify the buyer.", "Galaxy", "Organization"),
        ("The Reagan administration said it would veto the bill.", "Reagan", "Person"),
        ("New findings in the Whitewater scandal would damage the Clintons.", "Clintons", "Person"),
        ("The Munsterman landed two more penalties to close the gap.", "Munsterman", "Person"),
        # a legislature is no place, whatever the words around it
        (
            "A bill to impose an oil import fee was introduced in the U.S. House of Representatives by"
            " 12 Congressmen.",
            "U.S. House of Representatives",
            "Organization",
        ),
        # a company based in the town does not make the town a company
        ("The Markfield, Leicestershire-based company runs 142 quarries.", "Markfield", "Place"),
        # CoNLL04's tokens: the state's full stop stands apart
        ("Composer Thomas is a native of Chisholm , Minn .", "Chisholm", "Place"),
        # guards: a place the gazetteer knows stays one, whatever is said of it
        ("Vivendi has a stake in Paris and London.", "Paris", "Place"),
        ("Jim Smith, a trader at London, said prices fell.", "London", "Place"),
    ],
)
def test_the_kind_of_an_abbreviation_or_a_word_kg_knows_no_place_by(
    nlp, text: str, name: str, kind: str
) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(name) == kind, names


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # BBC copy: a horse, a band and a drug the recognizer reads as places, with nothing around
        # any of them that says so and no gazetteer entry
        ("The jockey rode Monster to victory at Cheltenham.", "Monster"),
        ("He played Babyshambles songs for 5,000 fans at the Brixton gig.", "Babyshambles"),
        ("The antidepressant Paxil was launched in 1993.", "Paxil"),
        # BBC copy: the base model reads a rare word as a country, which says nothing
        (
            "Cheap copies of its drugs, particularly anti-depressants Paxil and Wellbutrin, hurt sales.",
            "Paxil",
        ),
    ],
)
def test_a_word_nothing_calls_a_place_is_no_place(nlp, text: str, word: str) -> None:
    assert word not in names_of(extract_one(text, nlp))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # BBC copy: a car and a film the recognizer reads as places; no word of theirs is a
        # place's, the gazetteer knows none of them: no actor
        ("Sales of the Ford Mustang and the GMC Savana rose.", "Ford Mustang", None),
        ("She was recently seen in Bride and Prejudice.", "Bride and Prejudice", None),
        # a legal form at the end: an organization, whole
        (
            "Lenders foreclosed on the assets of Dorvale Mining and Industrial Corp last year.",
            "Dorvale Mining and Industrial Corp",
            "Organization",
        ),
        # the base model reads a newspaper as a firm: an organization
        ("The San Francisco Chronicle said the talks had failed.", "San Francisco Chronicle", "Organization"),
        # a word of a place's kind, or a place with a point of the compass: places
        ("Fans packed Goodison Park and the Rio Grande Valley on Saturday.", "Goodison Park", "Place"),
        ("Voters in Leeds North West went to the polls on Thursday.", "Leeds North West", "Place"),
        ("Voters in Saxony-Anhalt went to the polls on Sunday.", "Saxony-Anhalt", "Place"),
    ],
)
def test_a_name_of_words_no_place_has_is_no_place(nlp, text: str, name: str, kind: str | None) -> None:
    assert names_of(extract_one(text, nlp)).get(name) == kind


def test_a_firm_is_not_based_in_the_sea_its_name_starts_with(nlp) -> None:
    r = extract_one("<Gulf Canada Corp> acquired 49 pct in an out-of-court pact, it said.", nlp)
    assert not any(p == "basedIn" and o == "Gulf" for _s, p, o in triples(r)), triples(r)


def test_a_band_listed_beside_a_band_is_no_place(nlp) -> None:
    # BBC copy: "to" before the first band is no place's context for the second
    names = names_of(extract_one("Because I listen to Nirvana and Korn I am a troubled individual.", nlp))
    assert names.get("Korn") != "Place", names


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # BBC copy's lists, names changed: the recognizer read such titles as people and places
        (
            "Among the overlooked films were Marlow's Choice, Silent Harbour, The Long Field and King Mongo.",
            ["Marlow's Choice", "Silent Harbour", "Long Field", "King Mongo"],
        ),
        (
            "The band's hits include Design For Tomorrow and If You Remember This, both top ten.",
            ["Design For Tomorrow", "If You Remember This"],
        ),
        (
            "She appeared in films such as Copper Dollar Baby, Navigator and Finding Neverwood.",
            ["Copper Dollar Baby", "Navigator", "Finding Neverwood"],
        ),
        # a title both models read as a person, between titles that are none
        (
            "Among the forgotten films were Marlow's Choice, Michael Collins, The Long Field and King Mongo.",
            ["Marlow's Choice", "Michael Collins", "Long Field", "King Mongo"],
        ),
        # no word opens the list: the noun (the tagger's verb) after a media word, the last title
        # after "and"
        (
            "She presented children's television shows Number 42 and Chatterbox in the 1990s.",
            ["Number 42", "Chatterbox"],
        ),
        (
            "It matched the box office hits Silver Harbour, Garden Gate and Lasting Hope.",
            ["Silver Harbour", "Garden Gate", "Lasting Hope"],
        ),
        (
            "He starred in comedy series Late Doors and The Peter Clarke Diaries.",
            ["Late Doors", "Peter Clarke Diaries"],
        ),
        ("The band's albums Bright Morning and Paper Towers sold well.", ["Bright Morning", "Paper Towers"]),
        # a noun sport uses too after a possessive, its apostrophe straight or curly
        (
            "The band's singles Paper Towers and Cold Mountain Road sold well.",
            ["Paper Towers", "Cold Mountain Road"],
        ),
        (
            "The band’s singles Paper Towers and Cold Mountain Road sold well.",
            ["Paper Towers", "Cold Mountain Road"],
        ),
    ],
)
def test_titles_a_plural_work_noun_lists_are_works(nlp, text: str, titles: list[str]) -> None:
    names = names_of(extract_one(text, nlp))
    assert {t: names.get(t) for t in titles} == dict.fromkeys(titles, "Work"), names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the last title of a list stops before a name that modifies the noun after it
        (
            "They played their hits Paper Towers and The Girl I Knew to the Leeds Arena crowd.",
            {"Paper Towers": "Work", "Girl I Knew": "Work", "Leeds Arena": "Organization"},
        ),
    ],
)
def test_a_list_of_titles_ends_where_the_titles_do(nlp, text: str, names: dict[str, str]) -> None:
    found = names_of(extract_one(text, nlp))
    assert {n: found.get(n) for n in names} == names, found


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # the last title stops before its small words and a name that modifies the noun after it
        (
            "They played their hits Paper Towers and The Girl I Knew to the Leeds Arena crowd.",
            ["Paper Towers", "The Girl I Knew"],
        ),
        # but not before a verb
        (
            "Her films such as Paper Towers and The Prisoner of Zenda were hits.",
            ["Paper Towers", "The Prisoner of Zenda"],
        ),
    ],
)
def test_the_spans_of_listed_titles(nlp, text: str, titles: list[str]) -> None:
    doc = nlp(text)
    assert [doc[s:e].text for s, e in listed_titles(doc, [], set())] == titles


@pytest.mark.parametrize(
    ("people", "titles"),
    [
        # people both models agree on between two titles or more are titles too
        (["Dusty Larry"], ["Paper Towers", "Dusty Larry", "Cold Mountain Road", "King Mongo"]),
        # but not the last of the list, which may run on into the next sentence
        (["King Mongo"], ["Paper Towers", "Dusty Larry", "Cold Mountain Road"]),
        # nor between fewer than two titles
        (["Dusty Larry", "Cold Mountain Road", "King Mongo"], ["Paper Towers"]),
    ],
)
def test_people_both_models_agree_on_in_a_list_of_titles(nlp, people: list[str], titles: list[str]) -> None:
    doc = nlp.make_doc(
        "Among the overlooked films were Paper Towers, Dusty Larry, Cold Mountain Road and King Mongo."
    )
    for _name, proc in nlp.pipeline:
        if _name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"):
            doc = proc(doc)

    def span(name: str) -> Span:
        start = doc.text.index(name)
        found = doc.char_span(start, start + len(name))
        assert found is not None
        return found

    persons = [span(p) for p in people]
    found = listed_titles(doc, persons, {(p.start, p.end) for p in persons})
    assert [doc[s:e].text for s, e in found] == titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # BBC copy's interviews, programmes changed: the recognizer read them as firms and places
        ("Lord Barton told BBC One's Morning with Frost: the plan stands.", "Morning with Frost"),
        ("He told BBC Two's Nightwatch programme that he would go.", "Nightwatch"),
        ("She appeared on ITV's Celebrity Slim Club.", "Celebrity Slim Club"),
        ("He told BBC Radio 4's Daybreak programme he was sorry.", "Daybreak"),
        ("Speaking to BBC Radio Five Live's Sportsround, he said it was over.", "Sportsround"),
        # "told" before "the" and the channel
        ("He told the BBC's Morning Live: we will win.", "Morning Live"),
        ("In an interview with BBC One's Morning with Frost, the minister said no.", "Morning with Frost"),
    ],
)
def test_a_programme_a_channel_names_is_a_work(nlp, text: str, title: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(title) == "Work", names


def test_the_channel_of_a_programme_the_recognizer_ran_into_one_name_stays_a_name(nlp) -> None:
    names = names_of(extract_one("The coach told BBC Five Live's Sportsweekly: we are happy.", nlp))
    assert names.get("BBC Five Live") == "Organization", names
    assert names.get("Sportsweekly") == "Work", names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # no verb that airs it before the channel, no work noun after: a correspondent, a month
        ("The BBC's Jonathan Beale reports from Washington.", "Jonathan Beale", "Person"),
        # a person either model finds, or one of a word both do, or a day, where a verb airs it
        ("He told the BBC's Jonathan Beale: we will win.", "Jonathan Beale", "Person"),
        ("He told the BBC's Robinson: we will win.", "Robinson", "Person"),
        ("She spoke on Channel 4's Friday programme.", "Friday", None),
        # a place of a channel, named with no verb that airs it, or before a noun of no work
        ("The show is made at ITV's Granada Studios.", "Granada Studios", "Organization"),
        ("He told ITV's Granada Studios staff the plan.", "Granada Studios", "Organization"),
        ("It helped lift Channel 4's January audience.", "January", None),
        # no work noun after it, nothing that airs it before the channel
        ("ITV's Granada Studios are to close.", "Granada Studios", "Organization"),
    ],
)
def test_a_channel_s_possessive_alone_names_no_programme(nlp, text: str, name: str, kind: str | None) -> None:
    assert names_of(extract_one(text, nlp)).get(name) == kind


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a verb, not a work noun: no media word or possessive before it
        ("The poll shows Tony Blair and Michael Howard level.", ["Tony Blair", "Michael Howard"]),
        # tennis's singles, not records
        ("In the singles Tim Henman and Andy Murray play on Friday.", ["Tim Henman", "Andy Murray"]),
        # people both models agree on, and no other title in the list
        ("The films' stars were Tom Hanks and Meg Ryan.", ["Tom Hanks", "Meg Ryan"]),
    ],
)
def test_people_a_plural_noun_lists_stay_people(nlp, text: str, people: list[str]) -> None:
    names = names_of(extract_one(text, nlp))
    assert {p: names.get(p) for p in people} == dict.fromkeys(people, "Person"), names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # lone surnames after a noun sport uses, with no media word or possessive before it
        ("In the singles Henman and Murray won on Friday.", "Henman", "Person"),
        # the tagger's verb of a work noun, with no media word before it
        ("The crew films Arsenal and Chelsea every week.", "Arsenal", "Organization"),
        # no word opens the list and no "and" ends it
        ("Her hits Vertigo, Lopez said, were written in a day.", "Lopez", "Person"),
        # a singular noun announces one title, its "and" inside it, not a list
        ("She presented the TV show Salt and Vinegar for years.", "Vinegar", None),
    ],
)
def test_names_no_plural_work_noun_lists_are_no_titles(nlp, text: str, name: str, kind: str | None) -> None:
    assert names_of(extract_one(text, nlp)).get(name) == kind


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # BBC copy's box-office reports, titles changed: the recognizer read them as firms or people
        ("The Harbour Express, starring Tom Hanks, took $9.4m in its first week.", "Harbour Express"),
        ("Other films tipped include Nearer, starring Jude Law and Julia Roberts.", "Nearer"),
        ("The top ten ended with In Bad Company - starring Dennis Quaid - last week.", "In Bad Company"),
        ("House of Silver Knives, directed by Yimou Zhang, won best foreign film.", "House of Silver Knives"),
    ],
)
def test_a_name_its_cast_or_director_follows_is_a_work(nlp, text: str, title: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(title) == "Work", names


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # BBC copy's award reports, titles changed: the recognizer read them as firms and people
        ("Helen Marsh was best actress for Quietly Last Autumn last night.", ["Quietly Last Autumn"]),
        ("The director won the Bafta on Sunday for Silver Orchard.", ["Silver Orchard"]),
        # "in" and a town say where: "Dark Water in Cannes" is no title
        ("She picked up the prize for The Glass House in Cannes.", ["Glass House"]),
        ("She won the award for Lost in Translation on Sunday.", ["Lost in Translation"]),
        # two titles, the first with its own "and"
        (
            "Lee had received two Oscar nominations for Truths and Fables and Topsy Turvy.",
            ["Truths and Fables", "Topsy Turvy"],
        ),
        # "at" names the stage, not a word of the title; Medea is also a town in Algeria
        ("Carla Higgs won the award for Medea at the Almeida Theatre in London.", ["Medea"]),
    ],
)
def test_a_title_an_award_honours_is_a_work(nlp, text: str, titles: list[str]) -> None:
    names = names_of(extract_one(text, nlp))
    assert {t: names.get(t) for t in titles} == dict.fromkeys(titles, "Work"), names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # "for" names the winner as often as the work
        ("The critics named best actor for Don Cheadle on Monday.", "Don Cheadle", "Person"),
        ("The team won the award for Britain last year.", "Britain", "Place"),
        ("The award for United's keeper was a surprise.", "United", "Organization"),
        ("The manager of the month award for October went to Ian Smith.", "October", None),
        ("She got two nominations for Golden Globe awards.", "Golden Globe", None),
        ("He won the Peter Sellers Award For Comedy on Monday.", "Comedy", None),
        # the title stops before the next winner
        (
            "Helen Marsh was best actress for Quietly Last Autumn and Crane's Robert Dale was named best "
            "director.",
            "Robert Dale",
            "Person",
        ),
    ],
)
def test_what_an_award_does_not_honour(nlp, text: str, name: str, kind: str | None) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(name) == kind and "Work" not in {names.get(n) for n in names if name in n}, names


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # BBC copy's film reports, titles changed: the recognizer read them as firms, places, people
        ("She was nominated for her performance in Hotel Lisbon about the 1994 war.", ["Hotel Lisbon"]),
        ("Portman, who won for her role in Nearer, was not at the ceremony.", ["Nearer"]),
        ("He has an uncredited cameo in Pirates of the Baltic, the studio said.", ["Pirates of the Baltic"]),
        # a title that is a person's name: a part is rarely in a person
        ("Jamie Foxx won for his performance in Ray on Sunday.", ["Ray"]),
        # "in" and a town say where it was shown, "for" and a stage who staged it
        ("Her role in Monsoon in Venice won praise.", ["Monsoon"]),
        ("Her stage performances in Ebbtide for the National Theatre were praised.", ["Ebbtide"]),
        # after a plural noun "and" joins two titles; after a singular one it is the title's
        ("Her roles in Nearer and Cold Mountain won praise.", ["Nearer", "Cold Mountain"]),
        ("His role in Pride and Prejudice won praise.", ["Pride and Prejudice"]),
    ],
)
def test_a_title_an_actors_part_is_in_is_a_work(nlp, text: str, titles: list[str]) -> None:
    names = names_of(extract_one(text, nlp))
    assert {t: names.get(t) for t in titles} == dict.fromkeys(titles, "Work"), names


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # BBC copy's film and games reports, titles changed: the recognizer read them as places,
        # firms and people
        ("The actor was in Leicester Square for the UK premiere of Polar Train.", "Polar Train"),
        ("The studio is making a sequel to Meet the Neighbours with the same cast.", "Meet the Neighbours"),
        ("Howard will direct the film adaptation of The Medici Cipher next year.", "Medici Cipher"),
        ("Fans queued for the screening of Underpass at the festival.", "Underpass"),
        ("The sequel to Grand Heist Motor City sold a million copies.", "Grand Heist Motor City"),
        # after a plural noun, the first title ends before "and"
        ("Fans await the sequels to Nimbus and Cold Quarry from the studio.", "Nimbus"),
        # a month or a people's word opens a title as well
        ("Crowds gathered for the premiere of January Man on Friday.", "January Man"),
        ("The festival opened with a screening of French Kiss.", "French Kiss"),
        # "in" and a town say where it was shown
        ("They attended the premiere of Winter Harbour in London on Thursday.", "Winter Harbour"),
        # a run that is a place as a whole only: "Arctic" alone is a region
        ("The actor was in Leicester Square for the premiere of Arctic Express.", "Arctic Express"),
    ],
)
def test_a_title_a_work_made_from_it_or_shown_names_is_a_work(nlp, text: str, title: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(title) == "Work", names


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # BBC games and film copy, titles changed: a hyphen glued to capitals on both sides is
        # inside the title's word (the title had ended at "Half", and the rest was a firm's)
        ("The film Half-Term 2 has won six awards at the ceremony.", ["Half-Term 2"]),
        ("The video game Night-Fall 2 has sold five million copies.", ["Night-Fall 2"]),
        # a sequel's title without its number, named again, is a work too
        ("The film Stormcloud 2 opens on Friday. Stormcloud was a hit.", ["Stormcloud 2", "Stormcloud"]),
        ("The film Half-Term 2 won six awards. Half-Term fans queued.", ["Half-Term 2", "Half-Term"]),
        ("The film Mean Harbour 3 opens on Friday. Mean Harbour was a hit.", ["Mean Harbour"]),
        # the same title again, whole: its word before the number is no title of its own there
        (
            "'Ultimate game' award for Gloom 4\n\nSci-fi shooter Gloom 4 has blasted away the competition. "
            "The original Gloom was released in 1993.",
            ["Gloom 4", "Gloom"],
        ),
    ],
)
def test_a_hyphened_title_and_its_sequels_word_are_works(nlp, text: str, titles: list[str]) -> None:
    names = names_of(extract_one(text, nlp))
    assert all(names.get(title) == "Work" for title in titles), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a number that is no sequel's
        ("The charity single Choir Aid 20 topped the charts. Choir Aid raised millions.", "Choir Aid"),
        ("The film Apollo 13 opens on Friday. Apollo was a space programme run by Nasa.", "Apollo"),
    ],
)
def test_what_is_no_sequels_word(nlp, text: str, name: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(name) != "Work", names


@pytest.mark.parametrize(
    "text",
    [
        # an author's possessive, a town, a firm's noun and a person both models read make no title
        "It is an adaptation of Philip Mullman's novel for the stage.",
        "It is an adaptation of Philip Mullman's His Dark Things for the stage.",
        "The studio announced a remake of Hollywood classics.",
        "She sold the remake to Castle Rock Pictures last year.",
        "They watched the premiere of John Smith's documentary.",
        "Fans booed at the screening of Michael Jackson on Tuesday.",
    ],
)
def test_what_a_work_made_from_another_does_not_name(nlp, text: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert "Work" not in names.values(), names


@pytest.mark.parametrize(
    "text",
    [
        # a match's or a tour's town, a body's possessive, a month and a person are no titles
        "She was praised for her performance in Sheffield last week.",
        "She had mixed reviews for performances in Minneapolis and Chicago.",
        "He defended his role in Labour's election campaign.",
        "His performance in February was his best.",
        "Her role in John Kerry's campaign was small.",
        # a rank styled "of the" a place is a person's style; a headline's capitals are no title
        "The Queen of the Netherlands visited the Prince of Wales in London.",
        "Out in May on PS2. KNIGHTS OF THE OLD REPUBLIC II Looks like a hit for the studio.",
    ],
)
def test_what_is_no_title(nlp, text: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert "Work" not in names.values(), names


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the recognizer read the last word as a firm, and the director led it
        ("Lord of the Rings director Peter Jackson has said that it will be years.", "Lord of the Rings"),
        ("It was the third film in the Lord of the Rings trilogy.", "Lord of the Rings"),
        # and the last two words as a place
        ("Star Wars: Knights of the Old Republic was the best game.", "Knights of the Old Republic"),
        # "and" ends the title: a list of two games
        (
            "Titles include Call of Duty, Lord of the Rings and Pocket Kingdom, the firm said.",
            "Lord of the Rings",
        ),
    ],
)
def test_a_title_styled_with_a_rank_is_a_work(nlp, text: str, title: str) -> None:
    r = extract_one(text, nlp)
    names = names_of(r)
    assert names.get(title) == "Work" and not [n for n in names if n != title and n in title], names
    assert not [t for t in triples(r) if t[2] != title and t[2] in title], triples(r)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He often worked with director Spike Lee, starring in seven Lee films.", "Spike Lee"),
        ("The cast is led by Jude Law, starring alongside Kate Winslet.", "Jude Law"),
    ],
)
def test_a_cast_member_before_starring_stays_a_person(nlp, text: str, name: str) -> None:
    assert names_of(extract_one(text, nlp)).get(name) == "Person"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The stars of the films were Tom Hanks and Meg Ryan.", "Meg Ryan", "Person"),  # both models: people
        ("Rovers' remaining games include Leeds, Hull and Stoke.", "Hull", None),  # sport's games list teams
    ],
)
def test_what_a_work_noun_does_not_list(nlp, text: str, name: str, kind: str | None) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(name) != "Work", names
    if kind is not None:
        assert names.get(name) == kind, names


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Leicester beat Northampton 21-15 at Welford Road on Saturday.", ["Leicester", "Northampton"]),
        ("Rotherham lost to Colchester on Tuesday night.", ["Rotherham", "Colchester"]),
        ("Portsmouth drew 1-1 with Luton in the FA Cup.", ["Portsmouth", "Luton"]),
        ("Sheffield won 3-1 at home on Saturday.", ["Sheffield"]),
    ],
)
def test_a_town_that_beats_another_side_is_its_club(nlp, text: str, sides: list[str]) -> None:
    names = names_of(extract_one(text, nlp))
    assert {s: names.get(s) for s in sides} == dict.fromkeys(sides, "Organization"), names


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Leicester lost 500 jobs when the factory closed.", "Leicester"),  # a town loses jobs
        ("England beat Wales 11-9 in Cardiff.", "England"),  # a nation's side stands for the nation
    ],
)
def test_a_town_or_a_nation_stays_a_place(nlp, text: str, place: str) -> None:
    assert names_of(extract_one(text, nlp)).get(place) == "Place"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Her latest single, Paper Kites, featuring Missy Elliott, reached number four.", "Paper Kites"),
        ("His second novel, Glass Harbour, was shortlisted for the prize.", "Glass Harbour"),
        # once read as a place, then as no actor at all
        (
            "The band launched into their last single, Killamangiro, which reached number eight.",
            "Killamangiro",
        ),
    ],
)
def test_a_title_set_off_by_commas_after_a_work_noun_is_a_work(nlp, text: str, title: str) -> None:
    assert names_of(extract_one(text, nlp)).get(title) == "Work"


def test_a_name_after_a_work_noun_and_a_comma_that_goes_on_is_no_title(nlp) -> None:
    found = names_of(extract_one("In the film, Tom Hanks plays a pilot who is stranded on an island.", nlp))
    assert found.get("Tom Hanks") == "Person", found


@pytest.mark.parametrize(
    ("text", "titles", "not_actors"),
    [
        # American copy quotes its titles; the recognizer cut this one into a firm and a place
        (
            'The film "Harbour Lights and the Keeper of Dunmore" opened in London last week.',
            ["Harbour Lights and the Keeper of Dunmore"],
            ["Harbour Lights", "Dunmore"],
        ),
        # a plural work noun's list, a year in brackets after each title, opened a few words on
        (
            'Critics loved films shot in that decade, such as "Blue Orchard" (1994) and "I\'m with Tessa"'
            " (2001), both made in Leeds.",
            ["Blue Orchard", "I'm with Tessa"],
            ["Tessa"],
        ),
        ('Her new comedy "Meet the Pattersons" opens on Friday.', ["Meet the Pattersons"], ["Pattersons"]),
    ],
)
def test_a_quoted_title_after_a_work_noun_is_one_work(
    nlp, text: str, titles: list[str], not_actors: list[str]
) -> None:
    names = names_of(extract_one(text, nlp))
    assert all(names.get(t) == "Work" for t in titles), names
    assert not any(n in names for n in not_actors), names


def test_a_quoted_sentence_after_a_work_noun_is_no_title(nlp) -> None:
    names = names_of(extract_one('She said of the film, "Tom Hanks is brilliant."', nlp))
    assert names.get("Tom Hanks") == "Person", names


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Ruth Mallory, the creator of Billy Crane, signed a new deal with ITV.", "Billy Crane"),
        ("Paul Abbott, writer of Heartless, won the award.", "Heartless"),
    ],
)
def test_the_title_after_a_makers_noun_is_a_work(nlp, text: str, title: str) -> None:
    # the recognizer read both as people
    assert names_of(extract_one(text, nlp)).get(title) == "Work"


def test_a_reports_author_names_no_title(nlp) -> None:
    names = names_of(extract_one("Tom Bentley, the author of the report, works for Demos.", nlp))
    assert names.get("Tom Bentley") == "Person", names


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # BBC copy's lists of films and games, titles changed: the recognizer read the heads as
        # people or firms ("Bridget Jones") and dropped the subtitles
        (
            "It was a good year, when Tessa Grey: The Winter Years, Seaport and Thunderclap were all "
            "filmed here.",
            ["Tessa Grey: The Winter Years"],
        ),
        (
            "Her films include Heathers, Robin Lake: Prince of Rivers and more recently Marlow: The "
            "Hollywood Years.",
            ["Robin Lake: Prince of Rivers", "Marlow: The Hollywood Years"],
        ),
        # two titles with "and" between them are two
        (
            "Last week's new releases, Goldfinch: Rogue Pilot and Killfield, both missed the chart.",
            ["Goldfinch: Rogue Pilot"],
        ),
    ],
)
def test_a_title_and_its_subtitle_after_a_colon_are_one_work(nlp, text: str, titles: list[str]) -> None:
    names = names_of(extract_one(text, nlp))
    assert {t: names.get(t) for t in titles} == dict.fromkeys(titles, "Work"), names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # an interview's answer, a headline's name and a sentence after the colon
        ("What went wrong? Anna Price: First of all, the plan was late.", "Anna Price"),
        (
            "Arthur Halden: King of the bestsellers\nNovelist Arthur Halden, who has died, wrote Hotel.",
            "Arthur Halden",
        ),
        ("The prize went to Mark Ellery: On the form and errors of the human body.", "Mark Ellery"),
    ],
)
def test_a_name_and_a_colon_before_a_sentence_are_no_title(nlp, text: str, person: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert names.get(person) == "Person", names
    assert not [n for n, kind in names.items() if kind == "Work" and ":" in n], names


@pytest.mark.parametrize(
    "text",
    [
        # a results list after a venue or a day, and the CoNLL sets' text split into tokens
        "County matches on Saturday. At Portsmouth: Middlesex beat Hampshire by 188 runs.",
        "Results of games played on Saturday: Deportivo Coruna 1 Real Madrid 2.",
        "Results of the matches . At Portsmouth : Middlesex beat Hampshire by 188 runs .",
    ],
)
def test_a_results_list_after_a_colon_is_no_title(nlp, text: str) -> None:
    names = names_of(extract_one(text, nlp))
    assert not [n for n, kind in names.items() if kind == "Work"], names


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Norwich have signed midfielder Tom Hale until the end of the season.", "Norwich"),
        ("Edinburgh were not in action during the first two weeks of the tournament.", "Edinburgh"),
        ("Snow Patrol were the big winners at the music awards on Thursday.", "Snow Patrol"),
        ('The manager said: "Burnley are playing with real confidence now."', "Burnley"),
        ("Arsenal host Fulham, while Preston face a long trip to Plymouth on Saturday.", "Preston"),
        ("He said he admired the way Barcelona play and would like to join them one day.", "Barcelona"),
    ],
)
def test_a_name_that_takes_a_plural_verb_is_a_team_or_a_band(nlp, text: str, team: str) -> None:
    assert names_of(extract_one(text, nlp)).get(team) == "Organization"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("London and Paris are the most visited cities in Europe.", "London", "Place"),
        (
            "Chief executive Frank Raines and finance chief Tim Howard have left the firm.",
            "Tim Howard",
            "Person",
        ),
        ("England are favourites to win the tournament in Portugal.", "England", "Place"),
        (
            "The bank's heads Peter Lenz und Arjun Mehta are promoting a new strategy.",
            "Arjun Mehta",
            "Person",
        ),
        ("Leicester is bracing for more rain this week.", "Leicester", "Place"),
        ("Wales and Ireland meet in Cardiff while France face Scotland in Paris.", "France", "Place"),
        ("Alan Bennett play takes top theatre prizes at London awards", "Alan Bennett", "Person"),
        ("Officials insisted that Brussels open the talks with Ankara at once.", "Brussels", "Place"),
        ("The film saw his co-star Kathleen Turner win a Golden Globe award.", "Kathleen Turner", "Person"),
        ("Talk was dominated by a Bob Deans try that was ruled out by the referee.", "Bob Deans", "Person"),
    ],
)
def test_a_plural_verb_after_joined_subjects_a_country_or_a_singular_one_makes_no_team(
    nlp, text: str, name: str, kind: str
) -> None:
    assert names_of(extract_one(text, nlp)).get(name) == kind


def test_towns_in_a_list_of_places_are_places(nlp) -> None:
    """The recognizer reads some towns of a tour as clubs; the list they stand in makes them places."""
    text = (
        "The party leader visits Manchester, Liverpool, Leicester, Somerset, Basingstoke, Shrewsbury, "
        "Dorset and Torbay this week."
    )
    names = names_of(extract_one(text, nlp))
    towns = text.split("visits ")[1].split(" this")[0].replace(" and", ",").split(", ")
    assert len(towns) == 8 and {names.get(t) for t in towns} == {"Place"}, names


def test_a_list_of_clubs_stays_one_of_clubs(nlp) -> None:
    """The recognizer reads the towns of a list of clubs as clubs, so fewer than two are places and
    none is retyped (the guards against a firm's noun and a following noun are tested in
    ``test_place_lists.py``)."""
    names = names_of(extract_one("Chelsea, Arsenal, Everton and Liverpool are all chasing the striker.", nlp))
    assert names.get("Everton") == names.get("Liverpool") == "Organization", names


def test_a_title_named_again_with_a_small_word_in_other_case_is_the_same_work(nlp) -> None:
    text = (
        "His film Night of The Long Knives opens on Friday. Simon Pegg, who stars in and co-wrote "
        "Night of the Long Knives, won the award."
    )
    (work,) = [e for e in extract_one(text, nlp).entities if e.type == "Work"]
    assert [m.text for m in work.mentions] == ["Night of The Long Knives", "Night of the Long Knives"]
