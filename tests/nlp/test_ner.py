"""kg's news recognizer beside the base model: names from one, everything else from the other."""

from __future__ import annotations

import pytest

from kg.errors import ConfigError
from kg.nlp.extract import extract_one
from kg.nlp.ner import BASE, SHIPPED, SPANS_KEY, recognizer_path
from tests.helpers import names_of

# (sentence, actors with their types the graph must have, names that must not be actors)
NAMES = [
    (
        "Merrill Lynch and Co Inc is selling 60 mln dlrs of New Zealand bonds, with Merrill Lynch "
        "Capital Markets as lead manager.",
        {"Merrill Lynch and Co Inc": "Organization", "New Zealand": "Place"},
        set(),
    ),
    (
        "Euroclear said on Tuesday it would settle the bonds through its Brussels office.",
        {"Euroclear": "Organization", "Brussels": "Place"},
        set(),
    ),
    (
        "Rotterdam port officials said the strike by tug crews had ended on Monday.",
        {"Rotterdam": "Place"},
        set(),
    ),
    (
        "Nantes striker Japhet N'Doram scored twice as his side beat Bastia on Saturday.",
        {"Nantes": "Organization", "Japhet N'Doram": "Person", "Bastia": "Organization"},
        set(),
    ),
    # firms named after founders, which the recognizer splits at "and" or "of"
    (
        "Standard and Poor's Corp said it lowered the A-minus rating on Vexon Corp's 40 mln dlrs "
        "of senior notes. Standard and Poor's said the outlook was negative.",
        {"Standard and Poor's Corp": "Organization", "Vexon Corp": "Organization"},
        {"Standard", "Poor's Corp"},
    ),
    (
        "Smith Barney, Harris Upham and Co said it had advised Alex Brown and Sons Inc on the sale.",
        {"Alex Brown and Sons Inc": "Organization", "Smith Barney, Harris Upham and Co": "Organization"},
        {"Alex Brown", "Sons Inc", "Harris Upham and Co"},
    ),
    (
        "John Ellis, president of Monarch of Texas Inc, a Houston furniture maker, said he sold the shares.",
        {"Monarch of Texas Inc": "Organization", "Houston": "Place"},
        {"Monarch", "Texas Inc"},
    ),
    # a team after its town, an airline, a paper: organizations whatever the model says
    (
        "Leicester City beat Exeter City 2-1 in Leicester on Saturday, the Sydney Morning Herald said.",
        {"Leicester City": "Organization", "Exeter City": "Organization", "Leicester": "Place"},
        set(),
    ),
    # a saint's name, its possessive and the site or school called after the saint: one name
    (
        "Fans queued outside St Enda's Shopping Centre in Galway, and pupils of St Brigid's High "
        "School joined them. A crowd gathered near St Louis's city hall.",
        {
            "St Enda's Shopping Centre": "Place",
            "St Brigid's High School": "Organization",
            "Galway": "Place",
            "St Louis": "Place",
        },
        {"St Enda", "St Brigid", "Shopping Centre", "High School"},
    ),
    # two sets of tennis after a name are a player's; a team's score is one
    (
        "Davenport rallied to beat Serbia's Ivana Stankova 1-6 6-1 7-6 (7-5), and Slovakia beat "
        "Argentina 2-1.",
        {"Ivana Stankova": "Person", "Serbia": "Place", "Slovakia": "Place", "Argentina": "Place"},
        set(),
    ),
    # a chapel or a dock is a site too, its noun in capitals or not
    (
        "The blessing will be given in St Aidan's Chapel on Saturday, and the yachts moor at St "
        "Olave's dock in Hull.",
        {"St Aidan's Chapel": "Place", "St Olave's dock": "Place", "Hull": "Place"},
        {"St Aidan", "St Olave"},
    ),
    # a person's noun in apposition: no firm or place is anyone's "richest man" or husband
    (
        "The steel mill was bought by Rinat Akhmetov, the country's richest man, and Carter Cash, "
        "her husband. Kvant Holdings, the parent of the mill, said it would appeal.",
        {"Rinat Akhmetov": "Person", "Carter Cash": "Person", "Kvant Holdings": "Organization"},
        set(),
    ),
    # a person's noun right before a name the recognizer read as a firm; not before a team
    (
        "Local resident Francesca Detakats bought a photograph. Australian Open champion Marat Safin "
        "said he would skip Wimbledon, and defending champion Manchester United lost.",
        {"Francesca Detakats": "Person", "Marat Safin": "Person", "Manchester United": "Organization"},
        set(),
    ),
    (
        "The agency is issuing a 12-year bond at 99.30 pct, lead manager Societe Generale said.",
        {"Societe Generale": "Organization"},
        set(),
    ),
    # an honorific only people carry: the firm's noun before it is the person's office
    (
        "Parliamentary watchdog Sir Philip Mawer will report to the Commons Standards and Privileges "
        "Committee, and education watchdog Ofsted will inspect the school.",
        {"Philip Mawer": "Person", "Ofsted": "Organization"},
        set(),
    ),
    # a continental team's first word: "Deportivo" and "Olympique" start no person's name
    (
        "Deportivo La Coruna beat Olympique Marseille 2-0 in a friendly on Wednesday.",
        {"Deportivo La Coruna": "Organization", "Olympique Marseille": "Organization"},
        set(),
    ),
    (
        "Kingfisher Airlines will fly to London from May, the company said.",
        {"Kingfisher Airlines": "Organization"},
        set(),
    ),
    # a trade's word ends no person's name (wire and BBC copy, names changed; the recognizer read
    # people)
    (
        "Among the accused were Altria Group, Lorrimer Tobacco and Liggett Group.",
        {"Lorrimer Tobacco": "Organization"},
        set(),
    ),
    (
        "Kaudenberg Cellars said it would cut 200 jobs.",
        {"Kaudenberg Cellars": "Organization"},
        set(),
    ),
    # a firm named for a titled person keeps the title and is no person
    (
        "Speciality food retailer Mrs Fenwick Inc said it would open more stores.",
        {"Mrs Fenwick Inc": "Organization"},
        {"Fenwick Inc"},
    ),
    (
        "Fuller was formerly president of Mr. Brisket Inc, the restaurant chain.",
        {"Mr. Brisket Inc": "Organization", "Fuller": "Person"},
        {"Brisket Inc"},
    ),
    # a title's letters glued to a hyphen are no honorific: "MS-DOS" names no Ms "-DOS"
    (
        "OS-2, which IBM is developing with Microsoft Corp, the author of MS-DOS, is not ready.",
        {"Microsoft Corp": "Organization"},
        {"-DOS", "DOS"},
    ),
    # a one-word name that ends the text, with no full stop after it (a headline)
    ("Shares slip as investors sell Vodafone", {"Vodafone": "Organization"}, set()),
    # an event's last word in the plural: "Marathons" and "Cups" are events as "Marathon" is
    (
        "She ran in the 2002 and 2003 London Marathons before the Sevens World Cups began.",
        {"London Marathons": "Event"},
        set(),
    ),
    # a film company: "Films" and "Productions" end no person's name
    (
        "The documentary was backed by Roadside Attractions, Samuel Goldwyn Films and Showtime "
        "Independent Films, and made by Hal Ashby Productions.",
        {"Samuel Goldwyn Films": "Organization", "Hal Ashby Productions": "Organization"},
        set(),
    ),
    (
        "Israeli troops entered the West Bank town of Hebron on Friday.",
        {"West Bank": "Place", "Hebron": "Place"},
        set(),
    ),
    # a people's word is no one's name
    (
        "He said ventures with Finnish, Japanese, West German and American firms were under way.",
        {},
        {"West German"},
    ),
    # a firm's name ends at its legal form: "and" after it joins two firms
    (
        "The venture of American Telephone and Telegraph Co and Philips Telecommunications BV said it "
        "won the order.",
        {
            "American Telephone and Telegraph Co": "Organization",
            "Philips Telecommunications BV": "Organization",
        },
        {"American Telephone and Telegraph Co and Philips Telecommunications BV"},
    ),
    # a century's ordinal opens a firm's name: the recognizer reads the century as a date and
    # "Fox" alone as a person; the ordinal in words, and hyphened
    (
        "Tom Reyes, head of distribution at 20th Century Fox, said the film did well.",
        {"20th Century Fox": "Organization", "Tom Reyes": "Person"},
        {"Fox"},
    ),
    (
        "Twentieth Century Fox has yet to say which format it will back.",
        {"Twentieth Century Fox": "Organization"},
        {"Fox"},
    ),
    (
        "He owns a stake in Twenty-first Century Insurance Group.",
        {"Twenty-first Century Insurance Group": "Organization"},
        set(),
    ),
    # a century in small letters opens no name
    ("It was the 20th century Fox wrote about.", {}, {"20th century Fox"}),
    # a London borough, which the recognizer calls a person, is a town after "access to"
    (
        "Tudor Lobbying Ltd charged clients for access to Westminster through Mr Sayeed.",
        {"Westminster": "Place"},
        set(),
    ),
]


@pytest.mark.parametrize(("sentence", "wanted", "unwanted"), NAMES, ids=[s[:30] for s, *_ in NAMES])
def test_names_and_their_types(nlp, sentence: str, wanted: dict[str, str], unwanted: set[str]) -> None:
    found = names_of(extract_one(sentence, nlp))
    assert {k: found.get(k) for k in wanted} == wanted, found
    assert not unwanted & set(found)


def test_the_base_model_keeps_dates_and_amounts_around_the_names(nlp) -> None:
    doc = nlp("Merrill Lynch said on Friday it would sell 75 mln dlrs of notes in New Zealand.")
    labels = {e.text: e.label_ for e in doc.ents}
    assert labels.get("Merrill Lynch") == "ORG" and labels.get("New Zealand") == "GPE"
    assert labels.get("Friday") == "DATE"
    assert SPANS_KEY in doc.spans


def test_a_place_and_its_country_are_two_places(nlp) -> None:
    doc = nlp("A glide bomb struck an apartment block in Kharkiv, Ukraine, injuring 12 people.")
    assert {("Kharkiv", "GPE"), ("Ukraine", "GPE")} <= {(e.text, e.label_) for e in doc.ents}


def test_which_recognizer() -> None:
    assert recognizer_path(BASE) is None
    assert recognizer_path(SHIPPED) is not None and (recognizer_path(SHIPPED) / "ner").is_dir()  # type: ignore[operator]
    with pytest.raises(ConfigError, match="No spaCy pipeline with a 'ner' component at '/nowhere'"):
        recognizer_path("/nowhere")


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Singer Alex Kapranos", "Alex"),
        ("Cinematographer John Mathieson", "John"),
        ("Dr Peter Jackson", "Peter"),
        ("Peter Jackson", "Peter"),  # a given name that ends like an occupation
        ("Christian Louboutin", "Christian"),
        ("Baker Street Irregulars", "Baker"),  # no given name after it
    ],
)
def test_an_occupation_written_as_a_title_is_no_part_of_the_name(nlp, name: str, first: str) -> None:
    from kg.nlp.spans import strip_titles

    doc = nlp.make_doc(name)
    assert doc[strip_titles(doc, 0, len(doc))].text == first


def test_a_saints_site_is_one_name_to_the_end_of_a_text() -> None:
    # mended on the recognizer's names alone: the site's name may be the text's last words
    import spacy
    from spacy.tokens import Span

    from kg.nlp.mend import _saints_sites

    doc = spacy.blank("en")("Pupils of St Brigid's School")
    names = _saints_sites(doc, [Span(doc, 2, 4, label="ORG"), Span(doc, 5, 6, label="ORG")])
    assert [(s.text, s.label_) for s in names] == [("St Brigid's School", "ORG")]
    doc = spacy.blank("en")("Visit St Louis's Anheuser-Busch brewery")
    assert _saints_sites(doc, [Span(doc, 1, 3, label="GPE")])[0].text == "St Louis"


@pytest.mark.parametrize(
    ("words", "spans", "wanted"),
    [
        # a middle initial without its full stop, which the recognizer leaves between two names
        (
            "a boon to President George W Bush 's administration",
            [(4, 5, "PERSON"), (6, 7, "PERSON")],
            [("George W Bush", "PERSON")],
        ),
        (
            "said Charles A Blixt , its counsel",
            [(1, 2, "PERSON"), (3, 4, "ORG")],
            [("Charles A Blixt", "PERSON")],
        ),
        (
            "met Mary J. Blige and friends",
            [(1, 2, "PERSON"), (3, 4, "PERSON")],
            [("Mary J. Blige", "PERSON")],
        ),
        # "I" is no initial, nor is a letter between a name no census name starts and another
        (
            "Tell George I Smith said so",
            [(1, 2, "PERSON"), (3, 4, "PERSON")],
            [("George", "PERSON"), ("Smith", "PERSON")],
        ),
        ("at Nokia N Gage launch", [(1, 2, "ORG"), (3, 4, "ORG")], [("Nokia", "ORG"), ("Gage", "ORG")]),
        # a place on either side is no person's name
        ("from Paris B London", [(1, 2, "GPE"), (3, 4, "GPE")], [("Paris", "GPE"), ("London", "GPE")]),
    ],
)
def test_a_middle_initial_joins_a_persons_two_names(words: str, spans: list, wanted: list) -> None:  # type: ignore[type-arg]
    import spacy
    from spacy.tokens import Span

    from kg.nlp.mend import _middle_initials

    doc = spacy.blank("en")(words)
    names = _middle_initials(doc, [Span(doc, a, b, label=label) for a, b, label in spans])
    assert [(s.text, s.label_) for s in names] == wanted


def test_a_middle_initial_in_a_whole_article(nlp) -> None:
    text = "The weaker dollar is a boon to President George W Bush's administration, analysts said."
    found = names_of(extract_one(text, nlp))
    assert found.get("George W Bush") == "Person"
    assert "George" not in found and "Bush" not in found


@pytest.mark.parametrize(
    ("text", "glued", "label", "wanted"),
    [
        # each side named alone elsewhere in the article: two names
        (
            "RSA Security and NetSurity will merge . RSA Security said so . NetSurity declined to comment .",
            "RSA Security and NetSurity",
            "ORG",
            [("RSA Security", "ORG"), ("NetSurity", "ORG")],
        ),
        (
            "Lightbody and McClelland wrote it . Lightbody sang , and McClelland played .",
            "Lightbody and McClelland",
            "PER",
            [("Lightbody", "PER"), ("McClelland", "PER")],
        ),
        # one side never alone, or alone only beside another capitalised word: one name
        (
            "Newham and Essex Beagles won . Newham and Essex Beagles lead .",
            "Newham and Essex Beagles",
            "ORG",
            None,
        ),
        (
            "Brown and Williamson sued . Gordon Brown said Williamson Ltd had not .",
            "Brown and Williamson",
            "ORG",
            None,
        ),
        # the pair again with "&" is no side alone
        (
            "Standard and Poor's 500 fell . Analysts at Standard & Poor's agreed .",
            "Standard and Poor",
            "ORG",
            None,
        ),
        # the same name twice, or a firm's family word
        ("Johnson and Johnson rose . Johnson fell .", "Johnson and Johnson", "ORG", None),
        (
            "Alex Brown and Sons said so . Alex Brown declined . Sons rose .",
            "Alex Brown and Sons",
            "ORG",
            None,
        ),
    ],
)
def test_a_name_of_two_named_apart_is_two(text: str, glued: str, label: str, wanted: list | None) -> None:  # type: ignore[type-arg]
    import spacy
    from spacy.tokens import Span

    from kg.nlp.mend import two_names

    doc = spacy.blank("en")(text)
    start = text.index(glued)
    span = doc.char_span(start, start + len(glued), label=label)
    assert span is not None
    found = two_names(Span(doc, span.start, span.end, label=label))
    got = [(doc[a:b].text, label) for a, b in found] if found else None
    assert got == wanted


@pytest.mark.parametrize(
    ("glued", "wanted"),
    [
        # a firm's name ends at its legal form: the name after "and" is another's
        ("Halvorsen Motor Co and Quillan Corp", ["Halvorsen Motor Co", "Quillan Corp"]),
        ("Tarrow Eastern Petroleum Corp and Sonavex", ["Tarrow Eastern Petroleum Corp", "Sonavex"]),
        (
            "Tarrow , Pelmont and Co and Eberwood Fleming Inc",
            ["Tarrow , Pelmont and Co", "Eberwood Fleming Inc"],
        ),
        (
            "Quillan Storage Group and Quillan Technology Group",
            ["Quillan Storage Group", "Quillan Technology Group"],
        ),
        # a legal form or a family's word after "and" is the firm's own
        ("Dorvan , Reade and Co Inc", None),
        ("Tarrow Co and Sons", None),
        ("Pelmont Bank Co and Trust", None),
        ("Halvorsen Co and quillan", None),
        # a list's comma before the legal form: the list's, not the firm's ("Dorvan , Reade and Co")
        ("Tarrow National Life , Pelmont Insurance Co and Quillan Bank USA", None),
    ],
)
def test_a_name_after_a_firm_s_legal_form_and_and_is_another_s(glued: str, wanted: list | None) -> None:  # type: ignore[type-arg]
    import spacy
    from spacy.tokens import Span

    from kg.nlp.mend import two_names

    doc = spacy.blank("en")(f"Analysts at {glued} said so .")
    span = doc.char_span(12, 12 + len(glued), label="ORG")
    assert span is not None
    found = two_names(Span(doc, span.start, span.end, label="ORG"))
    assert ([doc[a:b].text for a, b in found] if found else None) == wanted
