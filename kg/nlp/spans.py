"""Names on the parsed text: how a name the model found is cleaned and typed by its phrase.

Functions over spaCy ``Doc`` and ``Span`` objects, so they stay inside the spaCy stage;
the string functions shared with later stages (``normalise``, ``is_acronym``, ...) are
in :mod:`kg.names`. :mod:`kg.nlp.mentions` uses both to collect and group mentions.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from kg.lexicon import (
    common_names,
    common_words,
    demonym_places,
    demonyms,
    firm_words,
    generic_org_words,
    given_names,
    honorifics,
    known_orgs,
    lexicon,
    place,
    title_of,
    word_set,
    word_sets,
)
from kg.names import CORPORATE, FAMILY, POSSESSIVE, SURNAME_OPENERS
from kg.nlp.mend import glued, initial
from kg.nlp.prose import PARAGRAPH
from kg.nlp.squads import player_at
from kg.nlp.tokens import text, tokens

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token

    from kg.lexicon import Place


#: Words hyphened after a name that make it an adjective ("Amsterdam-based", "Jackson-style").
HYPHEN_SUFFIXES = frozenset(
    {
        "style",
        "like",
        "based",
        "born",
        "led",
        "backed",
        "owned",
        "era",
        "type",
        "made",
        "controlled",
        "run",
        "funded",
        "linked",
        "sized",
        "bound",
        "inspired",
        "related",
        "specific",
        "wide",
    }
)


def hyphened(token: Token) -> str | None:
    """The word of :data:`HYPHEN_SUFFIXES` hyphened to ``token``, which makes it an adjective
    ("based" of "UK-based", "born" of "German-born"), else ``None``.

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("a UK-based firm")
        >>> hyphened(doc[1]), hyphened(doc[0])
        ('based', None)
    """
    doc, i = token.doc, token.i
    if (
        i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not token.whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].lower_ in HYPHEN_SUFFIXES
    ):
        return doc[i + 2].lower_
    return None


#: Verbs that a headline's capitals glue to the name before them ("U.S. Would").
GLUED_VERBS = frozenset({"would", "will", "could", "should", "may", "might", "must", "said", "says", "to"})
#: The modal verbs of :data:`GLUED_VERBS`, which are surnames too ("Theresa May", "Brian May").
MODALS = frozenset({"would", "will", "could", "should", "may", "might", "must"})
#: A count with thousands separators or a decimal: an amount, never a word of a name ("Group of 7" is).
AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})+|\d+\.\d+")


def _initials_pair(doc: Doc, start: int, end: int) -> bool:
    """ "A and W Brands Inc": a capital A that is the first of two initials joined by "and"."""
    return (
        start + 2 < end
        and doc[start].text == "A"
        and doc[start + 1].lower_ in ("and", "&")
        and initial(doc[start + 2])
    )


#: Words that point at a name without being part of it, in small letters.
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _glued_verb(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]``, a name's last word, is a verb of :data:`GLUED_VERBS` that headline
    capitals glued to it ("the U.S. Would have to", "U.S. Will soon put"), not a surname.

    A modal the tagger reads as a proper noun, in small letters or title case, with no verb's
    base form after it (adverbs between are skipped) is a surname: "Theresa May said", "Brian May
    and"; "the U.S. Will soon put" keeps its verb out of the name.
    """
    word = doc[i]
    if word.lower_ not in GLUED_VERBS:
        return False
    if word.lower_ not in MODALS or word.is_upper or word.tag_ not in ("NNP", "NNPS"):
        return True
    after = [t for t in doc[i + 1 : i + 4] if not t.is_space and t.tag_ != "RB"]
    return bool(after) and after[0].tag_ == "VB"


def trim(span: Span) -> tuple[int, int]:
    """Token bounds of ``span`` without leading articles or demonstratives in small letters ("this
    Six Nations", as the base model reads an event), a dateline or a trailing possessive.

    Newswire puts a dateline and ticker brackets next to names ("TOKYO - Central Bank",
    "<Preussag Corp>"); they are not part of the name.
    """
    start, end = span.start, span.end
    doc = span.doc
    toks = tokens(doc)
    while end > start and (
        toks[end - 1].text in POSSESSIVE or toks[end - 1].is_punct or toks[end - 1].text in "<>"
    ):
        end -= 1
    while start < end and (
        (
            toks[start].lower_ in ("the", "a", "an")
            and not _initials_pair(doc, start, end)
            and not player_at(doc, start)
        )
        or toks[start].text in DEMONSTRATIVES  # "this World Cup"; not a title's "This Is England"
        or toks[start].is_punct
        or toks[start].text in "<>"
        or toks[start].text in POSSESSIVE  # "the Lord Chancellor" + "'s Department"
    ):
        start += 1
    for i in range(start, end):
        if toks[i].text == "(" and not any(t.text == ")" for t in doc[i:end]):
            end = i  # "Cargill (USA": the bracket is not part of the name
            break
    if span.label_ not in ("GPE", "LOC"):  # "Concord, Mass": a town and its state stay (one news convention)
        end = _before_list(doc, start, end)
    while end > start and toks[end - 1].is_punct:
        end -= 1
    while end - start > 1 and _glued_verb(doc, end - 1):
        end -= 1  # "the U.S. Would have to": a headline-cased verb is no part of the name
    for i in range(start + 1, end - 1):
        before = [t for t in doc[start:i] if t.is_alpha]
        if (
            toks[i].text in ("-", "--")
            and (toks[i].whitespace_ or toks[i - 1].whitespace_)  # not "F-Secure"
            and before
            and all(t.is_upper for t in before)
        ):
            start = i + 1
            break
        if toks[i].text in ("-", "--") and toks[i].whitespace_ and toks[i - 1].whitespace_:
            end = i  # "Veritas - Latin for truth": a spaced dash ends the name
            break
        if toks[i].text == "-" and toks[i + 1].lower_ in HYPHEN_SUFFIXES and toks[i + 1].text.islower():
            end = i  # "Janet Jackson-style", "Amsterdam-based": the name ends at the hyphen
            break
    for i in range(start + 1, end):
        word = toks[i]
        if word.is_lower and len(word) > 3 and word.pos_ == "VERB" and word.tag_ in ("VBD", "VBZ", "VBP"):
            # "the Law Society dubbed Mr Clarke", "the Queen invited": a verb ends the name; not the
            # particles of foreign names ("Welt am Sonntag", "Me den Hartog")
            end = i
            break
    for i in range(start + 1, end - 1):
        after = toks[i + 1] if not toks[i + 1].is_space else toks[min(i + 2, end - 1)]
        if toks[i].lower_ == "of" and AMOUNT.fullmatch(after.text):
            end = i  # "its stake in Imperial of 6,631,222 shares": "of" starts the amount
            break
    return mend_ends(doc, start, end)


def _before_list(doc: Doc, start: int, end: int) -> int:
    """End of a name that the recognizer ran on into a list after a comma ("McAfee, Trend
    Micro", "Standard Life, Europe"): the first item. A founders' firm keeps its commas
    ("Dillon, Read and Co Inc", "Sears, Roebuck and Co"), and so do two one-word names that
    the recognizer calls one firm ("Piper, Jaffray")."""
    commas = [i for i in range(start + 1, end - 1) if doc[i].text == "," and doc[i + 1].text[:1].isupper()]
    if not commas:
        return end
    words = [t.lower_.rstrip(".") for t in doc[start:end]]
    links = [i for i, w in enumerate(words) if w in ("and", "&") and i + 1 < len(words)]
    founders = words[-1] in CORPORATE or any(words[i + 1] in FAMILY for i in links)
    pair = end - start == 3 and doc[start].ent_type_ == "ORG"
    return end if founders or pair or _listed_remit(doc[start:end]) else commas[0]


def _listed_remit(span: Span) -> bool:
    """``span`` is a body's name whose "of" or "for" lists what it is for: "Department for
    Culture, Media and Sport", "Department for Environment, Food and Rural Affairs". Every word
    of the list is a word of the language in capitals, and none a body's noun ("the Department
    of Health, Home Office" is two bodies)."""
    if not _body_of(span):
        return False
    rest = [t for t in span[2:] if t.text not in (",", "and", "&") and t.lower_ != "the"]
    return all(t.is_title and t.lower_ in common_words() and t.lower_ not in _body_heads() for t in rest)


#: Words a name never ends with; the model cut the name short ("Dickstein Shapiro and").
DANGLING = frozenset({"and", "&", "of", "at", "for", "in", "on", "the", "from", "into", "to", "by", "with"})


#: Letters after a name that are a title, not part of it ("Paul Boateng MP").
POST_NOMINALS = frozenset({"mp", "mep", "msp", "qc"})


def mend_ends(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Mend the end of a name: a dangling "and" takes the one capitalised word after it
    ("Dickstein Shapiro and Morin"), other dangling words and post-nominal titles go
    (rule ``kg.name-ends.v1``)."""
    while end - start > 1 and doc[end - 1].lower_ in DANGLING:
        nxt = doc[end] if end < len(doc) else None
        after = doc[end + 1] if end + 1 < len(doc) else None
        if (
            doc[end - 1].lower_ in ("and", "&")
            and nxt is not None
            and nxt.pos_ == "PROPN"
            and nxt.text[:1].isupper()
            and (after is None or not (after.text[:1].isupper() or after.like_num))  # "Channel 4"
            # not the first word of a longer name: "Republic National Bank of New York and Bank of Tokyo Ltd"
            and not (nxt.ent_iob_ == "B" and after is not None and after.ent_iob_ == "I")
        ):
            return start, end + 1
        end -= 1
    while end - start > 1 and (
        doc[end - 1].lower_ in POST_NOMINALS or doc[end - 1].is_punct or doc[end - 1].is_currency
    ):  # "Snappy Snaps £" of "Snappy Snaps £4.99": a price's sign is no part of a name
        end -= 1
    return start, end


def is_portfolio(doc: Doc, start: int, end: int, key: str) -> bool:
    """``key`` names a minister's brief, not an actor ("Justice Minister Cathy Jamieson",
    "Culture, Media and Sport Secretary Tessa Jowell"; rule ``kg.portfolio.v1``)."""
    lex = lexicon()
    key = re.sub(r"^(new|former|shadow|acting|then)\s+", "", key)
    first, _, rest = key.partition(" ")
    if first in demonyms() and rest in lex["portfolios"]:
        key = rest  # "French Social Affairs"
    # "Social Affairs and Labour Minister": a name listed after a brief is one more brief
    listed = (
        start > 1
        and doc[start - 1].lower_ in ("and", "&", ",")
        and doc[start - 2].lower_ in {p.split()[-1] for p in lex["portfolios"]}
    )
    if key not in lex["portfolios"] and not listed:
        return False
    if key in lex["portfolios"] and listed:
        return True  # "Culture, Media and Sport"
    for t in doc[end : min(len(doc), end + 6)]:
        if t.lower_ in lex["portfolio_titles"]:
            return True
        if not (t.text in (",", "and", "&") or t.lower_ in lex["portfolios"] or t.text[:1].isupper()):
            return False
    return False


def drop_brief(doc: Doc, start: int, end: int) -> int:
    """End of a name without the minister's brief glued to it: "U.S. Energy Secretary
    John Herrington" names the United States and a brief (rule ``kg.portfolio.v1``)."""
    lex = lexicon()
    cut = end
    while cut - start > 1 and doc[cut - 1].lower_ in lex["portfolios"]:
        cut -= 1
    if cut == end or not (end < len(doc) and doc[end].lower_ in lex["portfolio_titles"]):
        return end
    if _body_of(doc[start:end]):
        return end  # "Department of Energy spokesman": the brief is the body's, no minister's
    while cut - start > 1 and (doc[cut - 1].lower_ in ("and", "&") or doc[cut - 1].is_punct):
        cut -= 1
    return cut


#: Last words that make a name an event's ("the National Book Awards", "European Indoor Championships",
#: and in the plural "the 2002 and 2003 London Marathons", "the Sevens World Cups").
EVENT_TAILS = frozenset(
    {
        "marathons",
        "festivals",
        "summits",
        "tournaments",
        "exhibitions",
        "cups",
        "awards",
        "festival",
        "championships",
        "championship",
        "games",
        "olympics",
        "marathon",
        "expo",
        "summit",
        "tournament",
        "grammys",
        "oscars",
        "baftas",
        "brits",
        "cup",
        "open",
        "prix",
        "show",
        "fair",
        "exhibition",
        "lecture",
    }
)
#: Last words of an institution's name, which no town or person ends with ("the High Court", "the
#: International Tennis Federation", "Metropolitan Police"); only for typing a name by its phrase,
#: not for finding a firm's short forms as ``org_name_tails`` are.
INSTITUTION_TAILS = frozenset(
    {"court", "federation", "police", "constabulary", "exchange", "tribunal", "ministry", "committee",
     "bureau", "library", "school", "hospital", "infirmary", "clinic",
     # a legislature: "introduced in the U.S. House of Representatives" is no place
     "representatives", "commons", "lords", "parliament", "assembly", "senate", "congress"}
)  # fmt: skip
#: Events named in one word: ceremonies, games and the holidays no one is named ("Easter sales fell").
EVENT_NAMES = frozenset(
    {"grammys", "oscars", "baftas", "emmys", "olympics", "paralympics",
     "easter", "christmas", "thanksgiving", "ramadan", "passover", "hanukkah", "diwali", "halloween",
     "hogmanay"}
)  # fmt: skip
#: Last words of a prize's name ("the Jesse Owens Award", "the Turner Prize"): a prize is no
#: actor, however the recognizer reads the person it is named after ("Awards", a ceremony, is
#: an event).
AWARD_TAILS = frozenset({"award", "prize", "trophy", "medal"})
#: Personal pronouns a title holds and no name of a person, a body or a place does: "Have I Got
#: News for You", "We Are The World", "Please Please Me" ("Me" first is a typing slip for "Mr").
TITLE_PRONOUNS = frozenset({"we", "you", "your", "they", "them"})
#: Last words of a team's name after its town.
CLUB_WORDS = frozenset({"City", "United", "Rovers", "Athletic", "Albion", "Wanderers", "Town", "Rangers"})
#: First words of a continental team's name before its town or its own name ("Real Sociedad",
#: "Deportivo La Coruna", "Olympique Marseille"): no word a person or a place starts with.
CLUB_HEADS = frozenset(
    {"Real", "Deportivo", "Atletico", "Sporting", "Olympique", "Borussia", "Dinamo", "Dynamo", "Steaua",
     "Lokomotiv", "Spartak", "Hapoel", "Maccabi", "Partizan"}
)  # fmt: skip


#: Honorifics only people carry.
PERSONAL_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord", "rev", "revd", "rt"}
)


#: Titles of peers, whose "of" place is part of the title ("Lord Campbell of Alloway").
PEERS = frozenset({"lord", "baroness", "baron", "lady", "viscount", "earl", "countess", "duke", "marquess"})


def _peer(span: Span) -> bool:
    """A peer's title, a name, "of" and a place: "Baroness Royall of Blaisdon", a person's name
    however the recognizer read it (not "Lord of the Rings", nor "Duke of Edinburgh Award")."""
    words = [t.text for t in span]
    return (
        len(words) >= 4
        and words[0].lower() in PEERS
        and words[1][:1].isupper()
        and words[2] == "of"
        and all(w[:1].isupper() for w in words[3:])
        and not {w.lower() for w in words} & (AWARD_TAILS | EVENT_TAILS)
    )


def _honoured(span: Span) -> bool:
    """An honorific only people carry stands right before the name: a firm's noun before the
    honorific names the person's office ("Parliamentary watchdog Sir Philip Mawer"), no firm."""
    return span.start > 0 and span.doc[span.start - 1].lower_.rstrip(".") in PERSONAL_TITLES


def _titled_person(span: Span) -> bool:
    """A given name of the census lists and one more word, which a title or an honorific right
    before, or an honorific before the second word elsewhere in the article, makes a person's
    name even where the word is a firm's too ("chief executive Walter Steel", "Ms Steel" beside
    "Helen Steel"; not "Tyson Foods", nor after a trade that firms have too: "analyst Linda
    Research")."""
    doc = span.doc
    if len(span) != 2 or span[0].lower_ not in common_names():
        return False
    if not all(t.is_alpha and t.is_title for t in span):
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    if _honoured(span) or (
        before is not None
        and before.is_lower
        and title_of([before.lower_]) is not None
        and before.lemma_ not in word_sets("firm_trades", "firm_nouns")  # "analyst Linda Research"
    ):
        return True
    surname = span[1].text
    return any(
        t.text == surname and t.i > 0 and doc[t.i - 1].lower_.rstrip(".") in PERSONAL_TITLES
        for t in tokens(doc)
    )


def _person_of_firm(span: Span) -> bool:
    """A given name and a surname "of" a firm the next words name ("Philip Augar of stockbrokers
    Wood Mackenzie and Co Ltd", "John Hale of Salomon Brothers"): one of its people, however the
    recognizer read the name; not a firm named for its founder, which has no word of a firm's in
    it ("Philip Morris Cos", "Johnson Matthey of Britain": a place follows)."""
    doc = span.doc
    words = [t.text for t in span]
    if not (
        2 <= len(words) <= 3
        and all(w.isalpha() and w.istitle() for w in words)
        and words[0].lower() in common_names()
        and not {w.lower() for w in words} & (firm_words() | CORPORATE)
        and span.end + 1 < len(doc)
        and doc[span.end].lower_ == "of"
    ):
        return False
    after = doc[span.end + 1 : span.end + 4]
    return any(t.ent_type_ == "ORG" for t in after) and not any(t.ent_type_ in ("GPE", "LOC") for t in after)


def age_at(doc: Doc, i: int) -> bool:
    """An age set off by commas starts at token ``i`` (", 50,"): what follows a person's name."""
    return (
        i + 2 < len(doc)
        and doc[i].text == ","
        and doc[i + 1].text.isdigit()
        and 0 < int(doc[i + 1].text) < 120
        and doc[i + 2].text == ","
    )


def kind_by_phrase(span: Span, kind: str) -> str:
    """What the phrase around a name says it is (rule ``kg.name-kind.v1``): "Spie Batignolles,
    a subsidiary of Schneider SA" is a company, "the Anglo-Irish Agreement" a work, "Marie
    Ferraro, 50," a person, "Kingfisher Airlines" and "Leicester City" organizations."""
    lex = lexicon()
    last = span[-1].lemma_.lower()
    if kind != "Person" and _peer(span):
        return "Person"  # "Baroness Royall of Blaisdon"
    if kind in ("Person", "Place", "Event") and _company_before(span) and place(span.text.lower()) is None:
        return "Organization"  # "Bally Manufacturing Corp and its subsidiary, Scientific Games"
    if (
        kind in ("Organization", "Place", "Event")  # the base model's "International Cocoa Agreement" event
        and last in lex["work_name_heads"]
        and (len(span) > 1 or span[0].text.istitle())
        and not _body_of(span)
    ):
        return "Work"
    if kind == "Person" and _law_not_person(span, last):
        return "Work"  # "the Mental Capacity Bill": a bill, though "Bill" is a given name
    known = place(span.text.lower())
    # "a new book, Brown's Britain": a country's name is a title's word, and the country elsewhere
    country = known is not None and known.kind in ("country", "continent")
    titles = word_set("title_nouns")
    if kind in ("Organization", "Place", "Person") and not country and _named_work(span, titles):
        return "Work"
    if kind in ("Organization", "Place") and not country and _owned_work(span, titles):
        return "Work"
    if kind in ("Organization", "Place", "Person") and not country and _listed_work(span, titles):
        return "Work"
    if kind in ("Organization", "Place", "Person", "Event") and _addressed(span):
        return "Work"  # "Have I Got News for You", "We Are The World": a title speaks
    if kind in ("Organization", "Place", "Person") and _starred_in(span) and place(span.text.lower()) is None:
        return "Work"
    if kind in ("Organization", "Person") and _capitalised_small_word(span):
        return "Work"  # "Escape From New York", "Live And Let Die": a title's small words in capitals
    if kind == "Place" and _hometown_owner(span):
        return "Person"  # "in Anderson's hometown of Odense": a town is no one's hometown
    if kind == "Person" and _star_of(span) and place(span.text.lower()) is None:
        return "Work"  # "Godzilla star Jean Reno": people have no stars; films and shows do
    if kind in ("Organization", "Person") and _star_of(span, CAST_NOUNS) and place(span.text.lower()) is None:
        return "Work"  # "Friends actress Lisa Kudrow": a firm or a club has stars, not actresses
    if kind in ("Place", "Organization") and _fixture_side(span):
        return "Organization"  # "Rotherham v Yeovil": the sides of a fixture are teams
    if kind == "Organization" and SET_SCORES.match(span.doc.text, span.end_char):
        return "Person"  # "beat Elena Bovina 1-6 6-1 6-4": a player's sets; a team's score is one
    doc = span.doc
    if kind in ("Organization", "Place") and len(span) > 1 and age_at(doc, span.end):
        return "Person"  # "Marie Ferraro, 50, of Bethany": an age set off by commas follows a person
    if kind == "Organization" and _person_of_firm(span):
        return "Person"  # "Philip Augar of stockbrokers Wood Mackenzie and Co Ltd said"
    words = [t.text for t in span]
    if kind == "Organization" and span.root.dep_ == "nsubjpass" and span.root.head.lower_ == "born":
        return "Person"  # "Greta Lindqvist was born in Uppsala": firms are founded
    if kind in ("Organization", "Place", "Person") and (
        (len(span) > 1 and span[-1].lower_ in EVENT_TAILS) or span.text.lower() in EVENT_NAMES
    ):
        return "Event"  # "the National Book Awards", "European Indoor Championships", "the Grammys"
    # "Lorillard Tobacco", "Diamond Multimedia", "Bob Evans Farms": a trade no one is named for
    tails = word_sets("org_name_tails", "person_free_tails")
    if (
        kind in ("Person", "Event", "Place")
        and len(span) > 1
        and (last in tails or span[-1].lower_ in tails)
        and not (kind == "Person" and _titled_person(span))
    ):
        return "Organization"  # "Kingfisher Airlines", "the Sydney Morning Herald", "Radicati Group"
    if kind in ("Person", "Organization") and _listed_place(span):
        return "Place"  # "the California counties of Alameda, Contra Costa and San Mateo"
    if kind in ("Person", "Organization") and known is not None and _based_in(span):
        return "Place"  # "Houston-based Conoco", "a Sheffield-based firm": firms are based in places
    if kind in ("Person", "Organization") and len(span) > 1 and _feature_name(span):
        return "Place"  # "the River Thames", "Myra Falls", "the Panama Canal": no one and no body
    if kind == "Person" and len(span) > 1 and span[-1].lower_ in BUILDINGS:
        return "Place"  # "Belmarsh Prison", "Wembley Stadium": no one's name
    if (
        kind in ("Person", "Event", "Place")
        and len(span) > 1
        and (last in INSTITUTION_TAILS or span[-1].lower_ in INSTITUTION_TAILS)
        and not (len(span) == 2 and span[0].lower_ in demonyms())  # "the Russian Federation" is the state
    ):
        return "Organization"  # "the High Court", "Metropolitan Police"
    if (
        kind == "Place"
        and len(span) > 1
        and words[-1] in CLUB_WORDS
        and place(" ".join(words[:-1]).lower()) is not None
        and place(" ".join(words).lower()) is None
    ):
        return "Organization"  # "Leicester City", "Hinckley United": a team, not a town
    if (
        kind in ("Person", "Place", "Event")
        and len(span) > 1
        and words[0] in CLUB_HEADS
        and span[1].text.istitle()
        and not span[1].is_stop
    ):
        return "Organization"  # "Deportivo La Coruna", "Olympique Marseille": a team
    if kind in ("Organization", "Place") and (_person_appos(span) or _person_noun_before(span)):
        return "Person"  # "Rinat Akhmetov, the country's richest man"
    if kind == "Person":
        root = span.root
        if _company_appos(span):  # "Petronas, the state oil company"
            return "Organization"
        if root.dep_ == "compound" and root.head.lemma_.lower() in lex["company_nouns"]:
            return "Organization"  # "its Kearfott Guidance division"
        if not _honoured(span) and any(
            c.dep_ in ("compound", "nmod", "amod")
            and c.i < span.start
            and c.lemma_.lower() in word_set("firm_nouns")
            for c in root.children
        ):
            return (
                "Organization"  # "Russian oil firm Yukos", "German reinsurer Munich Re", "telecoms giant X"
            )
        if firm_noun_before(span):
            return "Organization"  # "pupils for education watchdog Ofsted", whatever the parse
        if _listed_firm(span):
            return "Organization"  # "bands like Talking Heads"
        if _firm_of_trade(span):
            return "Organization"  # "consultants Strategy Analytics", "analysts Gartner"
        if _team_title_before(span):
            return "Organization"  # "Chelsea boss Jose Mourinho": people have no bosses or strikers
    if kind == "Place" and _listed_firm(span) and place(span.text.lower()) is None:
        return "Organization"  # "lenders such as Northern Rock": no town the gazetteer knows
    if kind == "Place" and _club_of_town(span):
        return "Organization"  # "sacked as Valencia coach", "West Ham boss Alan Pardew": the club
    if kind in ("Person", "Place") and _plural_team(span, kind):
        return "Organization"  # "Norwich have signed", "Snow Patrol were the big winners": a team or a band
    if kind in ("Person", "Place") and _team_noun(span, kind) and place(span.text.lower()) is None:
        return "Organization"  # "old club West Brom", "Spanish side Real Sociedad", "the Primera Liga club"
    if kind in ("Person", "Place") and _quoted_price(span) and place(span.text.lower()) is None:
        return "Organization"  # "Plessey 2p to 243", "Wellcome shed 23p": a share's price moves
    if kind == "Place" and _firm_possession(span) and place(span.text.lower()) is None:
        return "Organization"  # "Electrolux's subsidiary brands": no town has shares or subsidiaries
    if kind == "Person" and (_firm_possession(span, FIRM_ACCOUNTS) or _quoted_shares(span)):
        return "Organization"  # "Oracle's profits", "Oracle shares rose": no one reports earnings
    if kind in ("Person", "Place") and _firm_post(span) and place(span.text.lower()) is None:
        return "Organization"  # "chief executive of Telewest", "Thales's chairman"
    if (
        kind == "Place"
        and (_company_appos(span) or _stake_in(span) or firm_noun_before(span))
        and place(span.text.lower()) is None
    ):
        return "Organization"  # "Solidere, the Lebanese company", "shares in Cegetel": no town
    if (kind == "Organization" and _seat(span)) or (kind == "Person" and _seat(span, british_only=True)):
        return "Place"  # "Bristol West", "Sheffield Central": a parliamentary seat, no body
    if kind in ("Organization", "Person") and _seat_named(span):
        return "Place"  # "the MP for Sedgefield", "the Sheffield Hallam seat": a seat is a place
    if kind == "Organization" and (_somewhere_in(span) or _place_noun_of(span)):
        return "Place"  # "lives in Nantes": the recognizer learnt towns as the clubs they name
    if kind in ("Place", "Organization") and (_player_before(span) or _occupation_before(span, kind)):
        return "Person"  # "Manchester United defender Rio Ferdinand", "rapper Jay-Z": a person's trade
    if kind == "Organization" and _office_before(span):
        return "Person"  # "UKIP's chairman Petrina Holdsworth", "SNP Holyrood leader Nicola Sturgeon"
    if kind == "Organization" and _listed_person(span):
        return "Person"  # "Aerosmith, Diana Ross, Gloria Estefan and Phil Collins"
    if kind == "Person" and _venue(span):
        return "Place"  # "face England at Twickenham": a match is played at a ground
    if kind == "Place" and _town_side(span):
        return "Organization"  # "Leicester beat Northampton 21-15", "drew with Luton": the town's club
    root = span.root
    if (
        kind in ("Person", "Place")
        and root.dep_ == "appos"
        # "state oil company Petronas", "The world's biggest confectionery firm, Cadbury Schweppes"
        and (
            root.head.i == span.start - 1
            or (root.head.i == span.start - 2 and span.doc[span.start - 1].text == ",")
        )
        and root.head.lemma_.lower() in firm_words()
        and not _role_noun(root.head)  # "executive producer Marc Samuelson"
    ):
        return "Organization"  # "Malaysia's state oil company Petronas"
    low = span.text.lower()
    # "Scotland manager": a nation's side stands for the nation
    if kind == "Place" and place(low) is None and low not in demonym_places() and _team_title_before(span):
        return "Organization"  # "Nottingham Forest boss Gary Megson": no town the gazetteer knows
    return kind


#: A share's price in a market report: pence ("23p") or dollars with a fraction ("45-3/4").
PRICE = re.compile(r"\d+(?:\.\d+)?p|\d+-\d+/\d+")
#: Verbs of a share's price in a market report ("Wellcome shed 23p").
PRICE_VERBS = frozenset(
    {"add", "shed", "rise", "fall", "gain", "lose", "ease", "firm", "slip", "drop", "climb", "jump", "dip"}
)


#: First and last words of the names of rivers, lakes, seas and other features of the land.
FEATURE_FIRST = frozenset({"river", "lake", "mount"})
FEATURE_LAST = frozenset(
    {"river", "lake", "sea", "ocean", "bay", "canal", "strait", "straits", "falls", "mountains",
     "valley", "desert", "glacier", "estuary", "peninsula"}
)  # fmt: skip


#: Last words of a building's name that end no one's name, whatever the words before them
#: ("Belmarsh Prison", "Wembley Stadium"); not "Hall", "Castle", "House" or "Arena", which are
#: surnames as well ("Barbara Castle", "Tina Arena"), nor "Centre", as often a body's ("the Pew
#: Research Center") as a building's.
BUILDINGS = frozenset(
    {"prison", "jail", "stadium", "airport", "theatre", "theater", "museum", "cathedral", "hotel"}
)  # fmt: skip


def _feature_name(span: Span) -> bool:
    """A river's, a lake's or a sea's name: "River Thames", "Lake Victoria", "the Panama Canal",
    "Myra Falls": its first or last word is a feature's noun (not "Bay City Rollers", whose
    feature word neither starts nor ends it), and it is no person's ("Mike Lake") and joins no
    words ("Citizens and Canal", a bank)."""
    first, last = span[0], span[-1]
    if first.lower_ in common_names():
        return False  # "Mike Lake": a person with a feature's name
    if first.text.istitle() and first.lower_ in FEATURE_FIRST:
        return True
    # not "Citizens and Canal" (a bank), "the Project for Farmers of the Chancay-Huaral Valley"
    linked = any(t.lower_ in ("and", "&", "of", "for") for t in span)
    return last.text.istitle() and last.lower_ in FEATURE_LAST and not linked


def _quoted_price(span: Span) -> bool:
    """The name is a share whose price moves ("Plessey 2p to 243", "Wellcome shed 23p")."""
    doc = span.doc
    after = doc[span.end : span.end + 3]
    if len(after) > 0 and PRICE.fullmatch(after[0].text):
        return True
    return len(after) > 1 and after[0].lemma_.lower() in PRICE_VERBS and bool(PRICE.fullmatch(after[1].text))


#: What a firm has and a town does not ("Electrolux's shares", "Zanussi's profits").
FIRM_POSSESSIONS = frozenset(
    {"share", "shareholder", "subsidiary", "profit", "revenue", "earnings", "dividend", "brand", "takeover",
     "merger", "turnover", "stake", "stock"}
)  # fmt: skip


#: What a firm reports and a person does not ("Oracle's profits"): people own shares, stakes
#: and brands, and a person makes a takeover ("Glazer's takeover").
FIRM_ACCOUNTS = FIRM_POSSESSIONS - {"share", "shareholder", "brand", "takeover", "merger", "stake", "stock"}
#: Verbs of a share's price after "shares": "Oracle shares rose 15 cents", "shares closed lower".
SHARE_MOVES = PRICE_VERBS | {"close", "surge", "tumble", "plunge", "soar", "edge", "end", "slide"}


#: Prepositions that put something in a place, never in a club or a firm.
IN_PLACE = frozenset({"in", "near", "outside", "around", "throughout", "across"})
#: Words between a preposition and the first name of a list it takes ("in either Boston or Stuttgart").
LIST_OPENERS = frozenset({"either", "both", "neither", "the"})
#: Nouns of a holding whose "in" names the firm held ("its stake in Sunderland").
STAKES = frozenset({"stake", "shareholding", "holding", "share", "interest", "investment"})


def _somewhere_in(span: Span) -> bool:
    """A town, state or country the gazetteer knows, after a preposition that puts something
    there ("lives in Nantes", "roads near Leeds"); the news recognizer, trained on sports
    tables, calls many towns the clubs they name ("Nantes 2 Lyon 1")."""
    root = span.root
    if root.dep_ == "conj" or (root.dep_ == "pobj" and root.head.i == span.start - 2):
        # "wins in Chicago, London and New York", "a race in either Boston or Stuttgart": the
        # first of the list takes the preposition, with at most a determiner between them
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        between = root.doc[root.head.i + 1 : root.i]
        if not all(
            t.lower_ in LIST_OPENERS or (t.dep_ == "compound" and t.text[:1].isupper()) for t in between
        ):
            return False
    elif root.head.i != span.start - 1:
        return False
    if root.dep_ != "pobj" or root.head.lower_ not in IN_PLACE:
        return False
    if root.head.head.lemma_.lower() in STAKES:
        return False  # "bought its stake in Sunderland": a holding in the club, not in the town
    return _known_town(span)


def _known_town(span: Span) -> bool:
    """The gazetteer knows a town, a state, a region or a country by the name."""
    hit = place(span.text.lower())
    return hit is not None and hit.kind in ("city", "state", "region", "country")


def _place_noun_of(span: Span) -> bool:
    """A town, state or country the gazetteer knows after a place's noun and "of": "in
    Anderson's hometown of Odense", "the resort of Davos"."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.i != span.start - 1:
        return False
    noun = root.head.head
    return noun.is_lower and noun.lemma_.lower() in word_set("place_nouns") and _known_town(span)


#: Verbs and nouns of a match whose "at" names the ground it is played at.
MATCH_WORDS = frozenset(
    {"play", "face", "host", "beat", "win", "lose", "draw", "meet", "match", "game", "clash",
     "final", "semi-final", "defeat", "victory", "test", "international", "friendly", "fixture",
     "derby", "tie", "encounter", "showdown", "start", "kick-off"}
)  # fmt: skip


#: A team's roles that a firm or a body has too ("lead manager Salomon Brothers" of a bond issue).
NOT_PLAYERS = frozenset({"squad", "manager", "boss", "chairman", "owner"})


def _player_before(span: Span) -> bool:
    """A team's role stands right before the name, as its modifier ("defender Rio Ferdinand",
    "the Clash guitarist Mick Jones"): the name is the player's."""
    if span.start == 0:
        return False
    word = span.doc[span.start - 1]
    return (
        word.lower_ in word_set("team_titles")
        and word.lower_ not in NOT_PLAYERS
        and word.head.i == span.root.i
        and word.dep_ in ("compound", "nmod", "amod")
        and place(span.text.lower()) is None
    )


def _occupation_before(span: Span, kind: str) -> bool:
    """A trade only people have stands right before the name (``person_nouns`` in the lexicon:
    "rapper Jay-Z", "US singer Fergie", "the actress Antonia Bernath", "conductor Marcello
    Viotti"), however the parser hangs the two together. A town's name goes to a person only
    where the recognizer did not read it as a place ("UK rapper Kano", its ``kind`` an
    organization)."""
    if span.start == 0:
        return False
    word = span.doc[span.start - 1]
    return (
        word.lower_ in word_set("person_nouns")
        and word.pos_ in ("NOUN", "PROPN")
        and (word.is_lower or word.is_sent_start or word.is_title)
        and (kind == "Organization" or place(span.text.lower()) is None)
    )


#: Words before an office that keep it a person's ("the former chairman", "deputy leader").
OFFICE_QUALIFIERS = frozenset(
    {"the", "a", "its", "his", "her", "their", "former", "new", "acting", "deputy", "vice", "assistant",
     "interim", "joint", "then", "prime", "chief", "senior", "general", "managing", "executive"}
)  # fmt: skip
#: Bodies whose offices a person holds, before the office's noun: "committee chairman Fernand St
#: Germain", "party leader", "council leader" (a body's office, not a firm's place in a trade).
OFFICE_BODIES = frozenset(
    {"committee", "subcommittee", "panel", "board", "party", "council", "commission", "union", "cabinet",
     "opposition", "senate"}
)  # fmt: skip


def _office_before(span: Span) -> bool:
    """An office right before a name of two or three words, none of them a firm's, holds a
    person ("UKIP's chairman Petrina Holdsworth", "SNP Holyrood leader Nicola Sturgeon",
    "Korean player Hyung-Taik Lee"): the recognizer, trained on wire copy, reads many a
    rarer name as a firm's. Not where a common noun qualifies the office ("market leader
    Best Buy", "key player Microsoft", "fund manager Fidelity"): then the office is a firm's
    place in a trade, unless the noun is a body's (:data:`OFFICE_BODIES`: "committee chairman
    Fernand St Germain"), and not the office of an owner ("owner Vivendi")."""
    if span.start == 0:
        return False
    word = span.doc[span.start - 1]
    role = title_of([word.lower_]) if word.is_lower else None
    if role is None or role[1] == "noRole" or word.pos_ not in ("NOUN", "PROPN"):
        return False
    before = span.doc[word.i - 1] if word.i > 0 else None
    if before is not None and not before.whitespace_:
        return False  # "the 12-member European Community": a word of a compound
    if (
        before is not None
        and before.is_lower
        and before.tag_ != "POS"
        and before.lower_ not in OFFICE_QUALIFIERS
        and before.lemma_.lower() not in OFFICE_BODIES
    ):
        return False  # "market leader Best Buy", "key player Microsoft"
    return _bare_name(span)


def _bare_name(span: Span) -> bool:
    """Two or three words in capitals, or initials ("PJ Harvey"), as a person's name is written,
    with no word of a firm's, a body's or a place's name ("Petrina Holdsworth", not "Best Buy
    Co" or "GMC Envoys")."""
    names = span.text.split()
    words = [t.lower_.rstrip(".") for t in span]
    return (
        2 <= len(names) <= 3
        and all(w[:1].isupper() and (w[1:2].islower() or len(w) <= 2) for w in names)
        and not any(w in CORPORATE or w in firm_words() or w in INSTITUTION_TAILS for w in words)
        and not set(words) & word_set("org_name_tails")
        and place(span.text.lower()) is None
    )


def _listed_person(span: Span) -> bool:
    """The name is one of a list whose other names are people's full names, two of them at
    least: "Aerosmith, Diana Ross, Gloria Estefan and Phil Collins", "while PJ Harvey pipped
    Kylie Minogue" is no list. The recognizer reads many a singer's name as a band's or a
    firm's; a list of people is seldom broken by a firm named like a person."""
    plural = any(t.tag_ == "NNPS" for t in span) or span[-1].lemma_.lower() != span[-1].lower_
    if not _bare_name(span) or "," in span.text or plural:
        return False  # "Moody, Back" of a team sheet; "Leisure Garments", "GMC Envoys", "Sale Sharks"
    first, last = span[0].lower_, span[-1].lower_
    if place(first) is not None or first == "st" or last in word_set("place_qualifiers"):
        return False  # "Bristol West", "Belfast Harlequins", "St Pancras": seats and sides
    if last in word_set("generic_org_nouns") or span.text.lower() in known_orgs():
        return False  # "International Monetary Fund"
    others = [t for t in span.root.conjuncts if not span.start <= t.i < span.end]
    people = [t for t in others if t.ent_type_ == "PERSON" and _in_long_name(t)]
    # "Altria Group, RJ Reynolds Tobacco, Lorillard Tobacco": firms of a trade share its word
    return len(people) >= 2 and not any(t.lower_ == last for t in others)


def _in_long_name(token: Token) -> bool:
    """``token`` is in a name of two words or more ("Diana Ross"): inside it, or before its next word."""
    doc = token.doc
    return token.ent_iob_ == "I" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")


#: Verbs whose subject and object are the two sides of a match ("Leicester beat Northampton").
BEATING = frozenset(
    {"beat", "defeat", "thrash", "edge", "trounce", "hammer", "rout", "crush", "outplay", "overpower",
     "whitewash", "outclass"}
)  # fmt: skip
#: A word of a match and the preposition before the other side ("lost to Luton", "drew with
#: Luton", "victory over Bath", "defeat by Leeds", "a win against Bath").
AGAINST = {
    "lose": {"to"}, "draw": {"with"}, "victory": {"over", "against"}, "win": {"over", "against"},
    "defeat": {"to", "by"}, "loss": {"to"}, "clash": {"with"},
}  # fmt: skip
#: The nouns of ``AGAINST``: a verb's other side counts, and a match noun's ("a victory over Bath").
MATCH_NOUNS = frozenset({"victory", "win", "defeat", "loss", "clash"})
#: A match's score: "21-15", "1-1".
SCORE = re.compile(r"\s+\d{1,3}\s?-\s?\d{1,3}(?!\d)")


def _town_side(span: Span) -> bool:
    """A town the article has beat or lose to another side, in a match, is the town's club
    ("Leicester beat Northampton", "Portsmouth drew 1-1 with Luton", "a 2-0 victory over Preston",
    "Rotherham lost 2-0"): a town beats no one. Not a country or a state, whose side stands for
    the nation ("England beat Wales"), nor a place that loses something ("Leicester lost 500
    jobs"), nor a town the gazetteer does not know, nor one in capitals (a dateline's)."""
    found = place(span.text.lower())
    if found is None or found.kind != "city" or span.text.isupper():
        return False  # a dateline's "BELGRADE" before the sentence is no side
    root = span.root
    head = root.head
    if root.dep_ in ("nsubj", "dobj") and head.pos_ == "VERB" and head.lemma_.lower() in BEATING:
        return True
    doc = span.doc
    if (
        root.dep_ == "nsubj"
        and head.lemma_.lower() in ("draw", "lose", "win")
        and SCORE.match(text(doc), head.idx + len(head.text)) is not None
    ):
        return True  # "Portsmouth drew 1-1", "Rotherham lost 2-0": a score follows
    if root.dep_ != "pobj":
        return False
    match = head.head
    return head.lower_ in AGAINST.get(match.lemma_.lower(), ()) and (
        match.pos_ == "VERB" or match.lemma_.lower() in MATCH_NOUNS
    )


#: Plural forms of "be" and "have" that British English gives a team or a band ("Norwich have
#: signed", "Snow Patrol were"), never a town or one person.
PLURAL_VERBS = frozenset({"are", "were", "have", "'re", "'ve"})
#: Verbs whose "that" clause takes a verb with no ending whatever its subject ("insisted that
#: Brussels open the talks", "demanded that Smith resign"): no plural there.
MANDATIVE = frozenset(
    {"insist", "demand", "ask", "require", "recommend", "propose", "urge", "suggest", "request", "order"}
)
#: Verbs that take a bare infinitive after their object ("saw Kathleen Turner win a Golden Globe",
#: "let Brussels decide"): the infinitive has no ending whatever its subject.
BARE_INFINITIVE = frozenset({"see", "watch", "hear", "let", "make", "help", "have", "feel", "notice"})
#: Words that join a name to another subject, which then takes the plural verb with it.
CONJUNCTIONS = frozenset({"and", "or", "nor", "&"})
JOINING = CONJUNCTIONS | {","}


def _plural_team(span: Span, kind: str) -> bool:
    """A name right before a plural "are", "were" or "have" whose subject it is alone is a team
    or a band ("Norwich have signed Graham Stuart", "Edinburgh were not in action", "Snow Patrol
    were the big winners"): a person or a town takes "is", "was", "has". So is a name right before
    any other verb in the present plural that it is the subject of ("while Chelsea face a trip to
    Newcastle", "I love the way Madrid play"): not one in capitals (a headline's) nor the tagger's
    verb that heads no clause ("Bennett play takes theatre prizes"), after "a" ("a Bob Deans try"),
    after a demand ("insisted that Brussels open the talks") or a verb of seeing or making ("saw
    Kathleen Turner win"), where a verb has no ending whatever its subject. Not a country or a state,
    whose side stands for the nation ("England are"), nor a place the gazetteer does not know as a
    town, nor a name in a sentence that joins subjects before it ("Raines and finance chief Tim
    Howard have left") or that follows another name and a short word ("Fitschen und Anshu Jain")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    verb = doc[span.end]
    root = span.root
    if verb.lower_ in PLURAL_VERBS:
        if verb.tag_ not in ("VBP", "VBD"):
            return False
    elif (
        verb.tag_ != "VBP"
        or not verb.is_alpha
        or verb.dep_ in ("aux", "auxpass")
        or root.head.i != verb.i
        or span.text.isupper()
        or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in MANDATIVE)
        or verb.head.lemma_.lower() in BARE_INFINITIVE
        or (span.start > 0 and doc[span.start - 1].lower_ in ("a", "an"))
    ):
        return False
    if root.dep_ != "nsubj" or any(c.dep_ == "conj" for c in root.children):
        return False
    if any(t.lower_ in CONJUNCTIONS for t in doc[span.sent.start : span.start]):
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in JOINING:
        return False
    if (
        span.start > 1
        and doc[span.start - 2].is_title
        and doc[span.start - 1].is_lower
        and len(doc[span.start - 1]) <= 3
    ):
        return False  # another name and a short word between: "Jürgen Fitschen und Anshu Jain are"
    known = place(span.text.lower())
    return known.kind == "city" if known is not None else kind == "Person"


def _venue(span: Span) -> bool:
    """The ground a match is played "at" ("face England at Twickenham", "the clash at
    Murrayfield"), which the recognizer may take for a person's surname."""
    root = span.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "at"
        and prep.i == span.start - 1
        and prep.head.lemma_.lower() in MATCH_WORDS
    )


def _firm_possession(span: Span, owned_words: frozenset[str] = FIRM_POSSESSIONS) -> bool:
    """The name owns something only firms own: "Electrolux's subsidiary brands"."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in ("'s", "'"):
        return False
    owned = span.root.head if span.root.dep_ == "poss" else None
    return owned is not None and owned.i > span.end and owned.lemma_.lower() in owned_words


def _quoted_shares(span: Span) -> bool:
    """The name's shares move: "Oracle shares rose 15 cents", "BT shares fell"."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    shares, verb = doc[span.end], doc[span.end + 1]
    return shares.lower_ == "shares" and shares.tag_ == "NNS" and verb.lemma_ in SHARE_MOVES


#: Posts only a firm or a body has: an unknown name a post is "of" or "at" is no town and no
#: person ("Eric Tveter, chief executive of Telewest", "an analyst at Nomura", "Telewest's
#: chairman"). Heads of a country's government are left out ("president", "head", "director").
FIRM_POSTS = frozenset(
    {"chairman", "chairwoman", "vice-chairman", "ceo", "chief executive", "managing director",
     "executive director", "finance director", "financial director", "chief financial officer",
     "chief operating officer", "chief executive officer", "analyst", "economist", "shareholder",
     "founder", "co-founder", "stockbroker", "broker"}
)  # fmt: skip


def _firm_post(span: Span) -> bool:
    """A post only firms and bodies have is the name's: "chief executive of Telewest", "Telewest's
    chairman", "an analyst at Nomura", "Telewest chief executive Eric Tveter"."""
    root, bounds = span.root, (span.start, span.end)
    if _post_before_name(span):
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("of", "at") and root.head.i == span.start - 1:
        post = root.head.head
        if post.i >= span.start:
            return False
    elif root.dep_ == "poss" and span.end < len(span.doc) and span.doc[span.end].text in ("'s", "'"):
        post = root.head
        if post.i <= span.end:
            return False
    else:
        return False
    before = [c.lower_ for c in post.lefts if c.dep_ in ("compound", "amod") and c.i not in range(*bounds)]
    words = [*before[-2:], post.lower_]
    if root.head.lower_ == "at" and post.lower_ in AT_POSTS:
        return True  # "security expert at Energis"
    return any(" ".join(words[i:]) in FIRM_POSTS for i in range(len(words)))


#: Posts held "at" a firm or a body, which its name follows: "security expert at Energis",
#: "chief architect at Cisco", "a strategist at UBS"; "of" would be another thing ("partner of").
AT_POSTS = frozenset(
    {"expert", "strategist", "architect", "researcher", "partner", "trader", "dealer", "consultant",
     "vice-president", "spokesman", "spokeswoman", "specialist"}
)  # fmt: skip

#: Nouns of a holding in a firm, which its name follows after "in": "shares in Solidere"; an
#: interest or an investment may be in anything ("investment in Pengam").
HOLDINGS = STAKES - {"interest", "investment"}


def _company_appos(span: Span) -> bool:
    """A company's noun in apposition after the name: "Petronas, the state oil company",
    "Solidere, the Lebanese company founded by ..."; not one with a person's title before it
    ("X, the executive producer"), one of a name ("L.L. Bowman, the Federal Home Loan Bank": a
    list), nor one based there ("The Markfield, Leicestershire-based company")."""
    doc = span.doc
    return any(
        c.lemma_.lower() in word_set("company_nouns")
        and not _role_noun(c)
        and not any(t.lower_ == "based" for t in doc[span.end : c.i])
        for c in _apposed(span)
    )


def _apposed(span: Span) -> list[Token]:
    """The nouns in apposition after the name (past its comma) that name nothing themselves.

    Of two in a row, the second belongs to the name the first one ends with, however the parser
    hangs it: in "Jeff Shia, president of the Kiangsu Chekiang Association, a non-profit group",
    the group is the association, not Jeff Shia.
    """
    doc = span.doc
    apposed = [c for c in span.root.children if c.dep_ == "appos" and c.i > span.end]
    kept = []
    for c in apposed:
        left = c.left_edge.i
        before = doc[left - 2] if left > 1 and doc[left - 1].text == "," else None
        if (
            before is not None
            and before.ent_type_
            and any(a.i < c.i and a.left_edge.i <= before.i <= a.right_edge.i for a in apposed)
        ):
            continue
        if not c.ent_type_:
            kept.append(c)
    return kept


#: Nouns of a person in apposition that no firm, body or place is called, besides a trade's
#: (``person_nouns``) and a kin's (``kinship_nouns``, but "parent" and "partner" a firm has).
PERSON_APPOS = frozenset({"man", "woman", "boy", "girl", "billionaire", "tycoon", "millionaire"})


@cache
def _person_nouns() -> frozenset[str]:
    return PERSON_APPOS | word_set("person_nouns") | (word_set("kinship_nouns") - {"parent", "partner"})


#: Nouns of a team's people that also name a position, a thing or a firm's part ("MP3 player
#: Creative Zen", "lead manager Societe Generale" of a bond issue): no person's noun before a name.
TEAM_THINGS = frozenset(
    {"player", "centre", "lock", "forward", "international", "hooker", "signing", "driver", "runner",
     "star", "prop", "manager"}
)  # fmt: skip


@cache
def _nouns_before_people() -> frozenset[str]:
    return (_person_nouns() | word_set("team_nouns") | {"champion", "resident"}) - TEAM_THINGS


def _based_in(span: Span) -> bool:
    """The name is written before "-based", with no space: "Houston-based Conoco"."""
    doc = span.doc
    return glued(doc, span.end) and doc[span.end + 1].lower_ == "based"


def _person_noun_before(span: Span) -> bool:
    """A person's noun in small letters right before a name of two or three words: "local
    resident Francesca Detakats", "Australian Open champion Marat Safin"; not a team ("defending
    champion Manchester United": a town's or a club's word), a firm ("lead manager Societe
    Generale" of a bond issue), nor a name the gazetteer knows."""
    noun = _noun_before(span)
    if noun is None or noun.tag_ != "NN" or noun.lemma_.lower() not in _nouns_before_people():
        return False
    words = [t.text for t in span]
    lows = {w.lower() for w in words}
    return (
        len(words) in (2, 3)
        and all(w.isalpha() and w.istitle() for w in words)
        and not lows & (firm_words() | CORPORATE | word_set("org_name_tails"))
        and words[-1] not in CLUB_WORDS
        and place(words[0].lower()) is None
        and place(span.text.lower()) is None
        and span.text.lower() not in known_orgs()
    )


def _person_appos(span: Span) -> bool:
    """A person's noun in apposition after the name and its comma: "Rinat Akhmetov, the
    country's richest man", "Ana Ruiz, the singer", "Tom Webb, her husband"; not a name the
    gazetteer knows as a place ("Paris, the city's mayor ..."), nor one with a firm's word."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != "," or place(span.text.lower()) is not None:
        return False
    if {t.lower_.rstrip(".") for t in span} & (firm_words() | CORPORATE) or not all(t.is_title for t in span):
        return False
    return any(c.lemma_.lower() in _person_nouns() for c in _apposed(span))


def _law_not_person(span: Span, last: str) -> bool:
    """A name of two words or more ends in a work's noun ("Bill", "Act", "Plan") and no other
    word of it is a given name or a surname of the census: "the Mental Capacity Bill", not
    "Marshall Plan", whose other word is a surname."""
    return (
        len(span) > 1
        and last in word_set("work_name_heads")
        and not any(t.lower_ in common_names() for t in span[:-1])
    )


def _company_before(span: Span) -> bool:
    """The name stands in apposition, after a comma, to a company's noun before it that has its
    own determiner: "and its subsidiary, Scientific Games", "He sold the company, Colonial
    Pictures, to ..."; not a person's role ("the film's executive producer Marc Samuelson")."""
    root = span.root
    head = root.head
    return (
        root.dep_ == "appos"
        and head.i < span.start
        and span.start > 0
        and span.doc[span.start - 1].text == ","
        and head.lemma_.lower() in word_set("company_nouns")
        and not head.ent_type_
        and not _role_noun(head)
        and any(c.dep_ in ("det", "poss") for c in head.children)
    )


def _stake_in(span: Span) -> bool:
    """Someone holds shares or a stake in the name: "British Telecom's shares in Cegetel",
    however the parser hangs the "in"."""
    doc, start = span.doc, span.start
    return (
        start > 1
        and doc[start - 1].lower_ == "in"
        and doc[start - 2].lemma_.lower() in HOLDINGS
        and doc[start - 2].tag_ in ("NN", "NNS")
    )


def _post_before_name(span: Span) -> bool:
    """One to three words of a firm's post in small letters, then a capitalised name, follow the
    name: "Telewest chief executive Eric Tveter", whatever the parse."""
    toks = tokens(span.doc)
    for end in range(span.end + 1, min(span.end + 4, len(toks))):
        if not toks[end - 1].is_lower:
            return False  # the post's words are all in small letters
        if toks[end].is_title and " ".join(t.lower_ for t in toks[span.end : end]) in FIRM_POSTS:
            return True
    return False


def _noun_before(span: Span) -> Token | None:
    """The noun in small letters right before the name, if one stands there."""
    if span.start == 0:
        return None
    noun = span.doc[span.start - 1]
    return noun if noun.is_lower and noun.pos_ == "NOUN" else None


#: Firms' nouns that are verbs as well ("critics label Oftel a failure", "they bank Barclays
#: cheques"): only one the tagger reads as a noun stands for a firm before a name.
VERBAL_FIRM_NOUNS = frozenset({"band", "bank", "chain", "firm", "group", "label", "tank"})


@cache
def _nominal_firm_nouns() -> frozenset[str]:
    """The lexicon's ``firm_nouns`` that are no verbs (:data:`VERBAL_FIRM_NOUNS`), read once."""
    return word_set("firm_nouns") - VERBAL_FIRM_NOUNS


def firm_noun_before(span: Span) -> bool:
    """A firm's noun in small letters stands right before the name ("education watchdog Ofsted",
    "the bank Barclays", "car maker Aston Martin"), and no title goes with it ("group chairman",
    "bank manager"). A firm's noun that is no verb is one whatever the tagger reads ("telecoms
    watchdog Oftel", "watchdog" a verb)."""
    noun = _noun_before(span)
    if noun is None and span.start > 0:
        word = span.doc[span.start - 1]
        if word.lower_ in _nominal_firm_nouns():
            noun = word
    if noun is None or _role_noun(noun):
        return False
    return noun.lemma_ in word_set("firm_nouns") or _maker(noun)  # "car maker Aston Martin"


def _firm_of_trade(span: Span) -> bool:
    """People of a trade in the plural stand right before one name ("consultants Strategy
    Analytics", "analysts Gartner", "brokers Phillips and Drew"), or one of them after "of" or
    "at" and someone's post or a firm's part (:func:`_of_a_trade`: "Paul Spedding of stockbroker
    Kleinwort Grieveson", "research director at analyst Gartner"): a firm of them; not two people
    or more ("investment bankers Dennis A. Levine and Martin A. Siegel"), nor a name of two
    words or more that starts with a given name or surname kg knows."""
    noun = _noun_before(span)
    if noun is None or noun.lemma_ not in word_set("firm_trades"):
        return False
    if noun.tag_ != "NNS" and not _of_a_trade(noun):
        return False
    if len(span) == 1:
        return True  # "analysts Gartner and IDC": no one is named by surname alone at first
    doc = span.doc
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].lower_ in ("and", ",") and after[1].text[:1].isupper():
        return False
    return span[0].lower_ not in common_names()


#: A firm's parts, whose firm "of" names: "the Italian arm of auditor Halvard Kessler".
FIRM_PARTS = frozenset({"arm", "unit", "division", "subsidiary", "office", "branch"})


def _of_a_trade(noun: Token) -> bool:
    """A trade's noun in the singular after "of" or "at" and a person's name, a post or a firm's
    part names a firm: "Christopher Osborne of stockbroker Hoare Govett", "research director at
    analyst Gartner", "the Italian arm of auditor Halvard Kessler"; not after an event ("the
    arrest of stockbroker Roberto Calvi"). :func:`_firm_of_trade` still refuses a name of two
    words that opens with a given name ("auditor Grant Thornton" stays a person's)."""
    doc = noun.doc
    if noun.tag_ != "NN" or noun.i < 2 or doc[noun.i - 1].lower_ not in ("of", "at"):
        return False
    owner = doc[noun.i - 2]
    return owner.ent_type_ == "PERSON" or owner.lower_ in FIRM_POSTS | AT_POSTS | FIRM_PARTS | {"director"}


#: What people make, not firms: "film maker", "policy maker", "peace maker".
PEOPLES_MAKING = frozenset(
    {"film", "movie", "documentary", "policy", "decision", "trouble", "peace", "match", "law", "mischief",
     "history", "headline", "news", "music", "record", "programme", "program", "wine", "home"}
)  # fmt: skip


def _maker(noun: Token) -> bool:
    """A maker or a manufacturer of a product, in small letters: a firm ("car maker Aston Martin",
    "chip maker Intel", "handset manufacturer Nokia"); not a film maker or a policy maker."""
    doc = noun.doc
    return (
        noun.lemma_ in ("maker", "manufacturer")
        and noun.i > 0
        and doc[noun.i - 1].is_lower
        and doc[noun.i - 1].pos_ in ("NOUN", "PROPN", "ADJ")
        and doc[noun.i - 1].lemma_ not in PEOPLES_MAKING
    )


def _role_noun(noun: Token) -> bool:
    """A firm's noun with a person's title before it is a person's role ("executive
    producer", "chief supplier"), not the firm's ("state oil company")."""
    return any(
        c.dep_ in ("amod", "compound") and c.i < noun.i and c.lower_ in honorifics() for c in noun.children
    )


#: Last words of a parliamentary seat's name after its town ("Bristol West").
SEAT_ENDINGS = frozenset(
    {"north", "south", "east", "west", "central", "north-east", "north-west", "south-east", "south-west"}
)


def _seat(span: Span, british_only: bool = False) -> bool:
    """A town the gazetteer knows and a point of the compass: a seat's name ("Bristol West",
    "Leeds North West"); with ``british_only``, a British town or county only ("Dorset West";
    not "Kanye West", whose Kanye is a town in Botswana).

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Bristol West and Sheffield Forgemasters")
        >>> _seat(doc[0:2]), _seat(doc[3:5])
        (True, False)
    """
    words = [t.text for t in span]
    town = words[:-1]
    if len(town) > 1 and town[-1].lower() in ("north", "south"):
        town = town[:-1]  # "Leeds North West"
    if not town or words[-1].lower() not in SEAT_ENDINGS or place(" ".join(words).lower()) is not None:
        return False
    hit = place(" ".join(town).lower())
    if hit is None:
        return False
    british = hit.country == "United Kingdom" and hit.kind in ("city", "region")  # "Dorset West"
    return british or (hit.kind == "city" and not british_only)


#: Nouns of a parliamentary seat: "the Sheffield Hallam seat", "the seat of Bedwellty" (a
#: "by-election" after the name is three tokens, read apart).
SEAT_NOUNS = frozenset({"seat", "seats", "constituency", "constituencies"})
#: Members of a parliament, who sit "for" a seat ("the MP for Sedgefield", "the member for
#: Kensington", "entered Parliament for Sheffield Brightside").
SEAT_MEMBERS = frozenset({"mp", "mps", "mep", "meps", "msp", "msps", "am", "ams", "member", "parliament"})
#: Words of a body that has seats of its own ("a Senate seat", "a Toronto Stock Exchange seat",
#: "the Upper House by-election"), which a seat's name is not.
SEATED_BODIES = frozenset(
    {"senate", "house", "commons", "lords", "council", "board", "cabinet", "assembly", "parliament",
     "congress", "exchange", "committee", "commission", "party", "parliamentary"}
)  # fmt: skip


def _seat_named(span: Span) -> bool:
    """The words around a name make it a parliamentary seat: a member sits "for" it ("the MP for
    Sedgefield", "entered Parliament for Sheffield Brightside"), it is a seat's "of" ("the seat of
    Bedwellty", "the constituency of Bethnal Green"), or it names the seat or by-election that
    follows ("the Sheffield Hallam seat", "the Hartlepool by-election"). Not a body's seat ("a
    Senate seat", "a board seat") nor a party's ("a Labour seat", "the Tory seats").

    Examples:
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> doc = nlp("the MP for Sedgefield and the Senate seat of Texas")
        >>> _seat_named(doc[3:4]), _seat_named(doc[6:7])
        (True, False)
        >>> doc = nlp("after contesting the Sheffield Hallam seat in 1974")
        >>> _seat_named(doc[3:5])
        True
    """
    doc, low = span.doc, span.text.lower()
    if honorific_start(doc, span.start) < span.start or span[0].lower_.rstrip(".") in honorifics():
        return False  # "Mr Nasty": a person's name
    if any(t.lower_ in SEATED_BODIES for t in span) or low in word_set("party_names"):
        return False
    if span[0].lower_ in word_set("party_words") or low in demonyms():
        return False
    at = tokens(doc)
    before = span.start - 1
    if before > 0 and at[before].lower_ == "the":
        before -= 1
    if before > 0 and at[before].lower_ == "for" and at[before - 1].lower_ in SEAT_MEMBERS:
        return True
    if before > 0 and at[before].lower_ == "of" and at[before - 1].lower_ in SEAT_NOUNS:
        return True
    if span.end < len(at) and at[span.end].lower_ in SEAT_NOUNS:
        return True
    return "".join(t.text for t in at[span.end : span.end + 3]).lower() == "by-election"


def _team_title_before(span: Span) -> bool:
    """A team's or a band's role follows the name ("Nottingham Forest boss Gary Megson", "the
    former Clash guitarist", "Chelsea left-back Wayne Bridge")."""
    root = span.root
    return (
        root.dep_ == "compound"
        and root.head.i >= span.end
        and root.head.lemma_.lower() in word_set("team_titles")
    ) or _team_title_after(span)


#: A band's roles among ``team_titles``, which follow a town's name as no club's ("a Liverpool singer").
BAND_ROLES = frozenset(
    {"bassist", "drummer", "frontman", "frontwoman", "guitarist", "keyboardist", "vocalist", "singer",
     "owner", "chairman"}
)  # fmt: skip


def _club_of_town(span: Span) -> bool:
    """A town's name right before a sports role is its club's ("sacked as Valencia coach",
    "West Ham boss Alan Pardew", "Leicester manager Micky Adams"); a country's before one is
    its national side and stays the country ("England coach Andy Robinson"), and so does a
    town a role follows only after another word ("a Frankfurt fund manager")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    role = doc[span.end]
    if not role.is_lower or role.lemma_ not in (word_set("team_titles") - BAND_ROLES) | {"coach"}:
        return False
    known = place(span.text.lower())
    return known is None or known.kind not in ("country", "continent", "state")


#: Nouns for a team or a band ("team" is left out: "economist team Jim O'Neill").
TEAM_NOUNS = frozenset({"club", "side", "outfit", "band"})


def _team_noun(span: Span, kind: str) -> bool:
    """A team's noun in small letters stands right before the name ("old club West Brom",
    "Spanish side Real Sociedad", "rock outfit Rooster", "the band Portishead") or, after a
    name read as a person's, right after it, which it modifies ("the Primera Liga club"); a
    place's name there is the team's ground ("the Carrow Road outfit")."""
    doc, root = span.doc, span.root
    noun = _noun_before(span)
    if noun is not None and noun.lower_ in TEAM_NOUNS:
        return True
    return (
        kind == "Person"
        and span.end < len(doc)
        and doc[span.end].lower_ in TEAM_NOUNS
        and doc[span.end].pos_ == "NOUN"
        and root.dep_ == "compound"
        and root.head.i == span.end
    )


def _body_of(span: Span) -> bool:
    """The name is a body's "of" something: "Office of Management and Budget", "Bureau of the
    Budget" are offices, not budgets."""
    words = [t.lower_ for t in span if t.lower_ != "the"]
    return len(words) > 2 and words[0] in _body_heads() and words[1] in ("of", "for", "on")


@cache
def _body_heads() -> frozenset[str]:
    """Nouns a body's name opens with before its "of" ("Department", "Office", "Bureau")."""
    return word_set("generic_org_nouns") | {"office", "bureau", "secretariat", "authority"}


def _team_title_after(span: Span) -> bool:
    """A hyphened team role and a name follow: "Chelsea left-back Wayne Bridge", "Wales
    scrum-half Dwayne Peel" (the parser splits the role, so its head is no help)."""
    doc, i = span.doc, span.end
    if i + 3 >= len(doc) or doc[i + 1].text != "-" or doc[i].whitespace_ or doc[i + 1].whitespace_:
        return False
    word = doc[i : i + 3].text.lower()
    return word in word_set("team_titles") and doc[i + 3].text[:1].isupper()


def _named_work(span: Span, nouns: frozenset[str]) -> bool:
    """The words around ``span`` call it a film, a song, a game or a book: "sitcom Black Books",
    "hit single Boulevard of Broken Dreams", "the game Football Manager", "Tulip Fever, the
    film"."""
    root, doc = span.root, span.doc

    def cue(t: Token) -> bool:  # one film: not "Women's singles" of a results table, not "flood-hit"
        hyphened = t.i > 0 and t.nbor(-1).text == "-"
        return t.lemma_.lower() in nouns and t.tag_ in ("NN", "NNP") and not hyphened

    # "the game Football Manager"; not "the UK album charts" or "a BBC show", whose name is no title
    if root.dep_ == "appos" and root.head.i < span.start and cue(root.head):
        return True

    after = span.end < len(doc) and doc[span.end].text == ","
    return any(
        cue(c)
        and (
            (c.i < span.start and c.dep_ in ("compound", "amod", "nmod", "appos"))
            or (after and c.i > span.end and c.dep_ == "appos")
        )
        for c in root.children
    )


def _owned_work(span: Span, nouns: frozenset[str]) -> bool:
    """A possessor before the name owns the work the name titles: "Robbie Williams's Greatest
    Hits album", "the BBC's Panorama programme"; a bare "BBC show" names its maker, and so does
    a name that starts with an acronym ("John Peel's BBC Radio 1 show"). A person's name there
    is the work's subject ("Scorsese's Howard Hughes biopic"), so only names the recognizer
    read as a body or a place are retyped."""
    root, doc = span.root, span.doc
    return (
        root.dep_ == "compound"
        and root.head.i >= span.end
        and root.head.lemma_.lower() in nouns
        and root.head.tag_ in ("NN", "NNP")
        and span.start > 0
        and doc[span.start - 1].tag_ == "POS"
        and not span[0].is_upper
    )


def list_noun(span: Span, preps: frozenset[str]) -> Token | None:
    """The plural noun a list of examples the name is in hangs from, over one of ``preps``
    ("films such as Million Dollar Baby, Aviator and Finding Neverland", "the counties of
    Alameda, Contra Costa and San Mateo"), if there is one."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in preps:
        return None
    prep = root.head
    if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
        return None
    noun = prep.head
    return noun if noun.tag_ == "NNS" and noun.i < prep.i else None


#: Words that hang a list of examples from a plural noun ("films such as ...", "titles including ...").
EXAMPLES = frozenset({"as", "including", "like"})


def _listed_work(span: Span, nouns: frozenset[str]) -> bool:
    """The name is in a list of examples after a plural work noun: "films such as Million Dollar
    Baby, Aviator and Finding Neverland", "titles including Need for Speed", "games like The
    Sims"."""
    noun = list_noun(span, EXAMPLES)
    return noun is not None and (noun.lemma_.lower() in nouns or noun.lemma_.lower() == "title")


#: Small words a title capitalises inside itself and a body's name writes in small letters
#: ("Escape From New York", "Live And Let Die"; "Bank of America", "Marks and Spencer").
TITLE_SMALL_WORDS = frozenset({"Of", "And", "From", "With", "On", "To", "In", "At", "For", "A", "An", "The"})


def _capitalised_small_word(span: Span) -> bool:
    """A name of three words or more, all capitalised, has a small word in capitals inside it, in a
    sentence written in small letters (not a headline's capitals): a title's ("Touching From A
    Distance", "Breakfast With Frost"); not a body's, which a body's or a firm's word names
    ("Transport For London", "Bank Of Singapore Ltd"), nor an award ("Peter Sellers Award For
    Comedy"), nor a hyphened name's ("Roc-A-Fella") or a middle initial ("Charles A Blixt")."""
    words = [t for t in span if t.is_alpha]
    if not all(t.is_title for t in words):
        return False
    doc = span.doc
    # not a hyphened name's "A" ("Roc-A-Fella", a label), a middle initial ("Charles A Blixt") or
    # a place's "For" ("Transport For London")
    small = [
        t
        for t in span[1:-1]
        if t.text in TITLE_SMALL_WORDS
        and "-" not in (doc[t.i - 1].text, doc[t.i + 1].text)
        and not (t.text == "A" and t.i == span.start + 1 and span[0].lower_ in common_names())
        and not (t.text == "For" and place(span[t.i - span.start + 1 :].text.lower()) is not None)
    ]
    if not small:
        return False
    if {t.lower_ for t in words} & _body_words():
        return False
    sent = span.sent
    return any(t.is_lower and t.is_alpha for t in sent if not span.start <= t.i < span.end)


@cache
def _body_words() -> frozenset[str]:
    """Words of a body's, a firm's, an award's or an event's name, which no title's small words in
    capitals make a work's (:func:`_capitalised_small_word`), read once."""
    bodies = word_sets("generic_org_nouns", "org_name_tails", "org_name_heads")
    return firm_words() | CORPORATE | bodies | AWARD_TAILS | EVENT_TAILS


def _addressed(span: Span) -> bool:
    """A name of two words or more holds a personal pronoun, as a song's, a show's or a
    campaign's title does and no one's or no body's name: "Have I Got News for You", "We Are
    The World", "Please Please Me"; not "Save Our Community", "I Fullarton" (an initial) or
    a name that ends with a firm's word."""
    words = [t.lower_ for t in span]
    return (
        len(words) > 1
        and (any(w in TITLE_PRONOUNS for w in words) or "me" in words[1:])
        and words[-1] not in word_set("org_name_tails")
    )


def _listed_firm(span: Span) -> bool:
    """The name is in a list of examples after a firm's noun in the plural: "bands like Talking
    Heads", "lenders such as Northern Rock and Bradford & Bingley"; not people of a trade
    ("analysts such as Tom Smith")."""
    noun = list_noun(span, EXAMPLES)
    return noun is not None and noun.lemma_.lower() in word_set("firm_nouns")


def _listed_place(span: Span) -> bool:
    """The name is in a list after a plural place noun and "of", "such as", "including" or
    "like": "the counties of Alameda, Contra Costa and San Mateo", "cities such as Leeds and
    Bradford"; one name alone is not ("the countries of the Organisation for Economic
    Cooperation and Development")."""
    root = span.root
    if root.dep_ != "conj" and not any(c.dep_ == "conj" for c in root.children):
        return False
    noun = list_noun(span, EXAMPLES | {"of"})
    return noun is not None and noun.lemma_.lower() in word_set("place_nouns")


#: Kinds of an actor's part in a film or a show ("his lead role in Deadwood").
PARTS = frozenset({"lead", "leading", "starring", "supporting", "title", "cameo", "guest", "recurring"})


def _starred_in(span: Span) -> bool:
    """Someone stars or has a part in the name: "starring in A Very Long Engagement", "his lead
    role in Deadwood", "best supporting roles in Closer". A bare "role in" is any part in
    anything ("his role in Iraq"), and "appeared in" may be a court."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "in" or prep.i != span.start - 1:
        return False
    head = prep.head
    if head.pos_ in ("VERB", "AUX") or head.tag_ == "VBG":
        return head.lemma_.lower() in ("star", "co-star") or head.lower_ in ("starring", "starred")
    return head.lemma_.lower() == "role" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in PARTS for c in head.children
    )


#: Nouns of a person's own town: "Anderson's hometown", "her birthplace".
HOMETOWNS = frozenset({"hometown", "birthplace"})


def _hometown_owner(span: Span) -> bool:
    """The name owns a hometown or a birthplace ("in Anderson's hometown of Odense"): a
    person's, though the gazetteer knows a town by it."""
    root = span.root
    return root.dep_ == "poss" and root.head.lower_ in HOMETOWNS and root.head.i >= span.end


#: The word between the two sides of a fixture: "Rotherham v Yeovil", "England vs France".
VERSUS = frozenset({"v", "v.", "vs", "vs."})


def _fixture_side(span: Span) -> bool:
    """The name is one side of a fixture: "v" or "vs" in small letters between it and a
    capitalised name ("Rotherham v Yeovil", "Burnley v Liverpool"). A person's name there is a
    court case's party ("Roe v Wade"), which :func:`kind_by_phrase` leaves to the recognizer."""
    doc = span.doc
    after, before = span.end, span.start - 1
    first = after + 1 < len(doc) and doc[after].text in VERSUS and doc[after + 1].text[:1].isupper()
    second = before > 0 and doc[before].text in VERSUS and doc[before - 1].text[:1].isupper()
    return first or second


#: Two sets of a tennis match, each with its tie-break's points or none, right after a name.
SET_SCORES = re.compile(r" (?:[67]-[0-7]|[0-5]-[67])(?: \(\d+-\d+\))? (?:[67]-[0-7]|[0-5]-[67])\b")
#: Nouns for the cast of a film or a show, which a firm or a club does not have.
CAST_NOUNS = frozenset({"actor", "actress", "actors", "actresses"})


def _star_of(span: Span, nouns: frozenset[str] = frozenset({"star"})) -> bool:
    """The name stands before "star" (or another of ``nouns``) and a person's name: "Godzilla
    star Jean Reno", "Ray star Jamie Foxx". A person has no stars; a film, a show, a band or a
    club has."""
    doc = span.doc
    end = span.end
    return (
        end + 2 < len(doc)
        and doc[end].lower_ in nouns
        and doc[end].is_lower
        and doc[end + 1].ent_type_ == "PERSON"
        and doc[end + 1].text[:1].isupper()
    )


def shouting(span: Span) -> bool:
    """``span`` sits in an all-capitals headline, where the model's entities are mostly noise:
    its line has more than three words of two letters or more, all in capitals, two of them
    the span's. The line is read outwards from the span and no further than its first word in
    small letters (most spans are in prose, and a paragraph is one line)."""
    inside = [t for t in span if t.is_alpha and len(t) > 1]
    if len(inside) < 2 or not all(t.is_upper for t in inside):
        return False
    words = len(inside)
    for t in _line_around(span):
        if t.is_alpha and len(t) > 1:
            if not t.is_upper:
                return False
            words += 1
    return words > 3


def _line_around(span: Span) -> Iterator[Token]:
    """The tokens of ``span``'s line outside it, nearest first on each side."""
    toks = tokens(span.doc)
    i = span.start
    while i > 0 and "\n" not in toks[i - 1].text_with_ws:
        i -= 1
        yield toks[i]
    i = span.end
    while i < len(toks) and "\n" not in toks[i - 1].text_with_ws:
        yield toks[i]
        i += 1


#: Party words that stand before a politician's title or name ("Tory Lord Campbell", "Tory Liam Fox").
PARTY_WORDS = frozenset({"tory", "labour", "conservative", "liberal", "democrat", "republican", "unionist"})
#: Parties' names of two words before a politician's name ("Lib Dem Norman Baker").
PARTY_PAIRS = frozenset({("lib", "dem"), ("lib", "dems")})
#: Occupations written in capitals before a person's given name and surname ("DJ Norman Cook").
CAPITAL_OCCUPATIONS = frozenset({"DJ"})
#: Endings of the nouns English makes for what people do ("singer", "cinematographer", "novelist",
#: "actress", "referee").
OCCUPATION_ENDINGS = ("er", "or", "ist", "ian", "ess", "ee")


def strip_titles(doc: Doc, start: int, end: int) -> int:
    """Start of a person's name without the titles before it ("Dr", "President") and, before a
    name of two words or more, a party's word ("Tory Liam Fox"), a nationality ("Welshman Ray
    Reardon") or an occupation written as one ("Singer Alex Kapranos", "Cinematographer John
    Mathieson", "DJ Norman Cook", and a sport's or a stage's noun: "Star Christina Applegate",
    "Lock Paul O'Connell"; not a given name such as "Peter" or "Christian")."""
    prefixes = word_set("title_prefixes")
    # "Tory Lord Campbell", "Labour MP Ann Keen": a party or nationality before the title goes too
    if (
        end - start > 2
        and doc[start].text[:1].isupper()
        and (doc[start].lower_ in PARTY_WORDS or doc[start].lower_ in demonyms())
        and doc[start + 1].lower_.rstrip(".") in prefixes
    ):
        start += 1
    while end - start > 1 and doc[start].lower_.rstrip(".") in prefixes:
        start += 1
    start = name_after_portfolio(doc, start, end) or start
    start = _after_party(doc, start, end)
    # "Welshman Ray Reardon", "Frenchman Sebastien Grosjean": the nationality is not the name
    if (
        end - start > 2
        and doc[start].lower_ in demonyms()
        and doc[start].lower_ not in common_names()
        and doc[start + 1].is_title
    ):
        start += 1
    return start + 1 if occupation_first(doc, start, end) else start


#: Small words inside a post's portfolio: "Minister of Mines and Energy", "Chancellor of the Exchequer".
PORTFOLIO_JOINS = frozenset({"and", "&", ",", "the", "of"})
#: Small words between a portfolio's words inside a name: not "of", which a body's name has
#: ("President of the Federal Reserve Bank of New York").
PORTFOLIO_WORDS_JOINS = PORTFOLIO_JOINS - {"of"}
#: Most words of a portfolio before a name that the rule walks back over.
MAX_PORTFOLIO = 6


def name_after_portfolio(doc: Doc, start: int, end: int) -> int | None:
    """Start of a person's name after the words of a post's portfolio the recognizer ran into it,
    if the name at ``start`` is so: "Minister of Mines and Energy Subroto" read as "Energy
    Subroto", "Minister of Mines Patrick Chitambala", "Director of Trading James Melton". The
    portfolio follows "<post> of" and its words are capitalised words of the language (or of a
    minister's brief: "Defence") and no census given names; the name left is one to three
    capitalised words that end no firm's name and open with a given name, or, after whole
    briefs only ("Mines and Energy"), with a word of no dictionary, no place and no body's noun
    ("Minister of Finance Yasushi Mieno" keeps its name; "Chairman of General Motors",
    "chairman of Credit Lyonnais" and "the Federal Reserve Bank of New York" after a president's
    "of" are the firms and the bank)."""
    i = start
    while i > 0 and start - i < MAX_PORTFOLIO and doc[i].lower_ != "of":
        if not (doc[i - 1].is_title or doc[i - 1].lower_ in PORTFOLIO_JOINS):
            return None
        i -= 1
    if not (i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_.rstrip(".") in _posts()):
        return None
    name = start
    while end - name > 1 and (doc[name].lower_ in PORTFOLIO_WORDS_JOINS or _portfolio_word(doc[name])):
        name += 1
    first = doc[name].lower_
    if (
        name == start
        or end - name > 3
        or not all(t.is_title for t in doc[name:end])
        or _firms_end(doc[end - 1].lower_.rstrip("."))
    ):
        return None
    if first in given_names():
        return name
    if (
        not _briefs(doc[start:name])  # "Credit Lyonnais", "Bear Stearns", "Air New Zealand"
        or first in common_words()
        or place(first) is not None  # "Director of the Federal Reserve Bank of New York"
        or first in word_set("generic_org_nouns")  # "Food and Agriculture Organisation"
    ):
        return None
    return name


def _briefs(words: Span) -> bool:
    """``words`` are ministers' briefs of the lexicon and the words that join them: "Mines and
    Energy", "Industry and Trade"."""
    briefs = re.split(r"\s*(?:,|&|\band\b)\s*", " ".join(t.lower_ for t in words))
    return all(brief in word_set("portfolios") for brief in briefs if brief)


def _portfolio_word(word: Token) -> bool:
    """A capitalised word of the language or of a minister's brief that is no census given name
    and no particle of a name ("La" of "director of La Fenice")."""
    low = word.lower_
    return (
        word.is_title
        and low not in given_names()
        and low not in SURNAME_OPENERS
        and (low in common_words() or low in _portfolio_words())
    )


@cache
def _portfolio_words() -> frozenset[str]:
    """The words of the lexicon's ministers' briefs ("defence", "affairs")."""
    return frozenset(w for brief in word_set("portfolios") for w in brief.split())


def _after_party(doc: Doc, start: int, end: int) -> int:
    """Start of a person's given name and surname after the party's words before them: "Tory Liam
    Fox", "Liberal Democrat Vince Cable", "Lib Dem Norman Baker", and of a surname after a party's
    name of two words ("Lib Dem Baker"; but "Tory" is a census given name: "Tory Burch")."""
    while end - start > 2 and doc[start].is_title:
        if doc[start].lower_ in PARTY_WORDS and doc[start + 1].is_title:
            start += 1
        elif (doc[start].lower_, doc[start + 1].lower_) in PARTY_PAIRS and doc[start + 2].is_title:
            start += 2
        else:
            break
    return start


def occupation_first(doc: Doc, start: int, end: int) -> bool:
    """The name's first word is an occupation written as a title before a person's given name
    and surname: "Singer Alex Kapranos", "Star Christina Applegate", "Lock Paul O'Connell",
    "Sprinter Mark Lewis-Francis"; not a firm's name, "Coach House Holdings". "DJ", in
    capitals, is no word of a firm's name: before any given name ("DJ Huw Stephens")."""
    return (
        end - start > 2
        and _occupation_word(doc, start)
        and all(t.is_title or t.text == "-" for t in doc[start + 1 : end])  # "Mark Lewis-Francis"
        and not _firms_end(doc[end - 1].lower_)
    )


def _firms_end(last: str) -> bool:
    """``last`` ends firms' names: a legal form, a firm's or a body's noun ("Holdings", "College")."""
    return last in CORPORATE or any(
        last in kind for kind in (word_set("org_name_tails"), firm_words(), generic_org_words())
    )


#: Nouns of a post, besides the lexicon's ``title_prefixes``, that end a title before a person's
#: name ("U.S. Trade Representative Clayton Yeutter").
POST_NOUNS = frozenset({"representative", "adviser", "advisor", "spokesman", "spokeswoman"})
#: Words of ``title_prefixes`` that are no post's.
NOT_POSTS = frozenset({"the", "new", "former", "late", "st", "saint"})


@cache
def _posts() -> frozenset[str]:
    """The words that end a post's title before a name, joined once. Not :func:`kg.lexicon.honorifics`,
    which holds every role noun of the lexicon ("owner", "player", "member") and "st", and leaves
    out "general"."""
    return (word_set("title_prefixes") - NOT_POSTS) | POST_NOUNS


def name_after_post(doc: Doc, start: int, end: int) -> int | None:
    """Start of a person's given name and surname that a post's title runs into in one name the
    recognizer read as an organization's: "U.S. Trade Representative Clayton Yeutter", "National
    Security Adviser Brent Scowcroft", "Federal Judge Cecil Miller". The name is a census given
    name and one or two capitalised words more that end no firm's or body's name ("Queen
    Elizabeth College")."""
    for i in range(start, end - 2):
        if (
            doc[i].lower_.rstrip(".") in _posts()
            and doc[i + 1].lower_ in given_names()
            and end - i - 1 in (2, 3)
            and all(t.is_title for t in doc[i + 1 : end])
            and not _firms_end(doc[end - 1].lower_)
        ):
            return i + 1
    return None


def _occupation_word(doc: Doc, start: int) -> bool:
    """The word at ``start`` is an occupation before a name: "DJ", or a title-case noun of
    :data:`OCCUPATION_ENDINGS` or a team's noun before a census given name ("Singer Alex")."""
    first = doc[start]
    if first.text in CAPITAL_OCCUPATIONS:
        return True
    return (
        first.is_title
        and first.is_alpha
        and (first.lower_.endswith(OCCUPATION_ENDINGS) or first.lower_ in word_set("team_nouns"))
        and first.lower_ not in common_names()
        and first.lower_ not in demonyms()  # "Lithuanian Gay League"
        and doc[start + 1].lower_ in common_names()
    )


def honorific_start(doc: Doc, start: int) -> int:
    """Start of the capitalised titles right before a name ("President", "Gov.", "Ms.").

    News writes "President Lincoln" or "Sen. Kennedy"; the title says the name is a
    person's (and of which gender), but neither the name nor the mention's offsets take
    it in, as CoNLL-2003 and DWIE mark names (rule ``kg.honorific.v2``).
    """
    words = honorifics()
    i = start
    while i > 0 and start - i < 3:
        t = doc[i - 1]
        if not (t.text[:1].isupper() and t.lower_.rstrip(".") in words):
            break
        i -= 1
    return i


PLACE_PREPS = frozenset({"in", "at", "from", "near", "to", "outside", "across"})


#: Prepositions before a county that put something in it; not "at" or "to", which a county's
#: side takes in a sports report ("lost to Lancashire").
COUNTY_PREPS = frozenset({"in", "from", "near", "outside", "across", "throughout"})
#: Nouns a county's name modifies as a place ("the Derbyshire seat of Erewash").
COUNTY_NOUNS = frozenset(
    {"seat", "constituency", "town", "village", "city", "borough", "home", "countryside", "coast", "county"}
)


def county_context(span: Span) -> bool:
    """A county's name stands as a place, not as its side: after a preposition that puts
    something in it ("lives in Dorset"), after a town and its comma ("from Ledbury,
    Herefordshire"), or before a place's noun ("the Derbyshire seat of Erewash")."""
    doc, start = span.doc, span.start
    if start > 0 and doc[start - 1].lower_ in COUNTY_PREPS:
        return True
    if (
        start > 2
        and doc[start - 1].text == ","
        and doc[start - 2].is_title
        and doc[start - 3].lower_ in (COUNTY_PREPS | {"of", "at"})
    ):
        return True
    root = span.root
    return root.dep_ == "compound" and root.head.i >= span.end and root.head.lemma_.lower() in COUNTY_NOUNS


def place_context(span: Span) -> bool:
    """``span`` stands where places stand: after "in"/"from" (with a word of direction or size
    between: "in suburban Larchmont", "in southeast Texas"), or before ", <state or country>"
    ("Lubbock, Texas", "Chisholm, Minn.", the state's full stop a token of its own or not)."""
    doc = span.doc
    before = span.start - 1
    if before > 0 and doc[before].pos_ == "ADJ" and doc[before].is_lower:
        before -= 1  # "in suburban Larchmont"
    if before >= 0 and doc[before].lower_ in PLACE_PREPS and not _inches(doc, before):
        return True
    if span.end + 1 < len(doc) and doc[span.end].lower_ in (",", "in"):
        # "Lubbock, Texas", "Bordeaux in France", "Hinckley, Leicestershire"
        return state_name(doc[span.end + 1].text)
    return False


def _inches(doc: Doc, i: int) -> bool:
    """Token ``i`` is the "in" of a height, glued to its number: "The 6ft 4in Sherwood"."""
    return i > 0 and doc[i].lower_ == "in" and doc[i - 1].like_num and not doc[i - 1].whitespace_


#: Words that join the items of a list ("Essex, Derbyshire and Surrey").
LIST_LINKS = frozenset({"and", "or", "&"})


def town_of_state(span: Span) -> bool:
    """``span`` is followed by a comma and a state's or a province's name of one word that ends
    no list and owns nothing ("its Murdochville, Quebec copper mine", "Lubbock, Texas, will"; not
    "Essex, Derbyshire and Surrey", "La Boheme, La Traviata", "Sony, Japan's biggest"), and holds
    no firm's word: a town, whatever the recognizer called it."""
    doc, end = span.doc, span.end
    words = {t.lower_.rstrip(".") for t in span}
    if end + 1 >= len(doc) or doc[end].text != "," or words & (firm_words() | CORPORATE):
        return False
    hit = _state_hit(doc[end + 1].text)
    if hit is None or hit.kind not in ("state", "region"):
        return False
    after = doc[end + 2 : end + 4]
    if len(after) > 0 and (after[0].tag_ == "POS" or after[0].is_title or after[0].lower_ in LIST_LINKS):
        return False  # "Sony, Japan's", "La Boheme, La Traviata", "Essex, Derbyshire and Surrey"
    return not (len(after) == 2 and after[0].text == "," and after[1].is_title)


def _state_hit(word: str) -> Place | None:
    """The gazetteer's place of ``word``, with or without its full stop ("Minn.", "Wyo")."""
    return place(word) or place(word.rstrip(".")) or place(word + ".")


def state_name(word: str) -> bool:
    """``word`` names a state, a county or a country, with or without its full stop ("Minn.").

    Examples:
        >>> state_name("Wyo"), state_name("Texas"), state_name("Lubbock")
        (True, True, False)
    """
    hit = _state_hit(word)
    return hit is not None and hit.kind in ("state", "region", "country")


def joined_entities(doc: Doc) -> list[Span]:
    """The model's entities, with the pieces of one party name joined and a word glued after
    "Party" cut off: "Liberal" + "Democrat" is the "Liberal Democrat" party, "Scottish
    National Party Holyrood" is the party (rule ``kg.name-join.v1``)."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    out: list[Span] = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (
            ent.label_ == "ORG"
            and nxt is not None
            and nxt.label_ == "NORP"
            and nxt.start == ent.end
            and doc[ent.end - 1].whitespace_
            and all(t.text[:1].isupper() for t in nxt)
        ):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        if ent.label_ == "ORG":
            cut = next((t.i + 1 for t in ent[:-1] if t.lower_ == "party" and t.nbor(1).lower_ != "of"), None)
            if cut is not None:
                ent = Span(doc, ent.start, cut, label="ORG")
        out.append(ent)
        i += 1
    return out


def paragraph_starts(doc: Doc) -> Doc:
    """A blank line or an indented new line starts a sentence: a headline is never
    parsed as the first words of the story (rule ``kg.paragraphs.v1``)."""
    before = None  # one pass before the parser: nothing to keep for later rules
    for token in doc:
        if before is not None and not token.is_space and before.is_space and PARAGRAPH.search(before.text):
            token.is_sent_start = True
        before = token
    return doc
