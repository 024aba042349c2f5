"""Titles of films, books and songs that a noun announces (rule ``kg.work-title.v1``).

"Spanish drama Maria Full of Grace", "the film The Sea Inside", "their album Songs About
Jane": the recognizer, trained on wire copy, cuts such a title into names ("Maria Full",
"Grace") or reads one word of it as a place. A noun for a work (``title_nouns`` in the
lexicon, less the ones sport uses for a match, "the game Chelsea won", unless a media word or
another work noun goes before them, "US television hit Desperate Housewives") right before a
run of capitalised words makes the whole run one title, a Work, and no name inside it is an
actor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from kg.lexicon import BIG_CITY, place, word_set
from kg.names import CORPORATE
from kg.nlp.mend import CALENDAR
from kg.nlp.spans import PERSONAL_TITLES
from kg.nlp.tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Nouns of ``title_nouns`` that also name a match, a race or a stroke in sports copy.
SPORTING = frozenset({"game", "hit", "show", "series", "video", "track"})
#: Tags of the words before a work noun the tagger reads as an adjective ("his novel Godless").
DETERMINERS = frozenset({"DT", "PRP$", "POS"})
#: Words between the article of an apposition and its work noun ("the latest single").
APPOSITION_WORDS = frozenset({"JJ", "JJS", "JJR", "VBN", "NN", "CD", "HYPH"})
#: Nouns for a work that name one only in apposition ("Almost Here, the duet from ..."); before
#: a name they are too often something else ("the play Arsenal made").
APPOSITION_NOUNS = frozenset(
    {"duet", "ballad", "play", "memoir", "autobiography", "biography", "remake", "trilogy"}
)
#: A year alone in brackets after a title: "Casablanca (1944)".
YEAR = re.compile(r"(19|20)\d\d")
#: Clitics the tokenizer parts from a title's word ("Ca" and "n't" of "Can't").
CLITICS = frozenset({"n't", "'s", "'re", "'ll", "'m", "'ve", "'d", "’s", "n’t"})
#: Small words a title keeps inside it when a capitalised word follows ("Maria Full of Grace").
INNER = frozenset({"of", "the", "a", "an", "and", "in", "on", "to", "at", "for", "with", "'s"})


def cued_titles(doc: Doc, persons: list[Span], base_persons: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans of the titles a work noun announces.

    ``persons`` are the news recognizer's people, ``base_persons`` the base model's: a run
    that both call one person of two words or more is left alone, and a title does not run on
    through a small word into a person of two words or more ("sitcom Black Books with Dylan
    Moran", "the film Ray and Mike Leigh's Vera Drake"; but "his film Hide and Seek").
    """
    toks = tokens(doc)
    titles = word_set("title_nouns")
    cues = titles - SPORTING
    spans = [(p.start, p.end) for p in persons]
    agreed = [(s, e) for s, e in spans if e - s > 1 and (s, e) in base_persons]
    starts = {s for s, e in spans if e - s > 1}  # "Hide and Seek": a lone word is no one yet
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(doc) - 1:
        cue = toks[i]
        lemma = cue.lemma_.lower()
        media = lemma in titles and _media_before(doc, i)
        if not (
            (lemma in cues or media)
            # "cartoon hit The Incredibles": the tagger reads "hit" after a media word as a verb
            and (cue.tag_ in ("NN", "NNP") or (cue.tag_ == "JJ" and _adjective_cue(doc, i)) or media)
            and cue.text.islower()  # "the UK Film Council": a name's own word announces nothing
            and not (i > 0 and toks[i - 1].text == "-")
            and _capital(toks[i + 1])
            # a noun sport uses too is no surer than a title word after it: "the hit track Lady
            # Marmalade with Lil' Kim" would be a titled person's
            and not (media and lemma not in cues and toks[i + 1].lower_.rstrip(".") in PERSONAL_TITLES)
        ):
            i += 1
            continue
        # "Top of the Pops", "Diary of a Mad Black Woman"; not on through a small word into a
        # person: "sitcom Black Books with Dylan Moran"
        # a noun sport uses too may be a plural, whose titles "and" lists: "comedy series Late Doors
        # and The Peter Clarke Diaries" (:func:`listed_titles`)
        small = INNER if lemma in cues else LISTED_INNER
        end = _title_end(doc, i + 1, people=starts, small=small)
        if _subtitle_at(doc, end):  # "US television series CSI: Crime Scene Investigation"
            end = _title_end(doc, end + 1, people=starts, small=small)
        root = doc[i + 1 : end].root
        clause = _object_clause(root, i)
        if not clause and not any(s <= i + 1 and end <= e for s, e in agreed):
            found.append((i + 1, end))  # not "the film Tom Hanks made", whose run is the clause's subject
        i = end
    return found


def apposed_titles(
    doc: Doc, persons: list[Span], base_persons: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Token spans of the titles set off by commas after a work noun: "Her most recent single, Car
    Wash, reached number four", "his new novel, Cloud Atlas, was shortlisted".

    The noun has a determiner of its own ("her", "his new", "the band's latest") and the run of
    capitalised words ends at the next comma: "In the film, Tom Hanks plays" is no title. A word
    alone that both models call a person is left alone ("the album, Madonna, ...").
    """
    cues = word_set("title_nouns") - SPORTING
    found: list[tuple[int, int]] = []
    for cue in tokens(doc)[: len(doc) - 3]:
        i = cue.i
        if not (
            cue.lemma_.lower() in cues
            and cue.tag_ in ("NN", "JJ")  # "her most recent single": the tagger's adjective
            and cue.text.islower()
            and doc[i + 1].text == ","
            and _capital(doc[i + 2])
            and _determined(doc, i)
        ):
            continue
        end = _title_end(doc, i + 2)
        person = any((s.start, s.end) == (i + 2, end) and (s.start, s.end) in base_persons for s in persons)
        if end < len(doc) and doc[end].text == "," and not (end - i == 3 and person):
            found.append((i + 2, end))
    return found


#: Tags of the words between a determiner and its work noun: "her most recent", "the band's new".
MODIFIERS = frozenset({"JJ", "JJS", "JJR", "RBS", "RBR", "RB", "VBN", "CD", "HYPH"})


#: Tags and words of a price or a name between a determiner and a work noun the tagger reads as an
#: adjective: "the £3m musical", "the West End musical".
PRICE_OR_NAME_TAGS = MODIFIERS | {"$", "NN", "NNP"}
AMOUNT_WORDS = frozenset({"m", "bn", "k", "million", "billion"})


def _determined(
    doc: Doc, i: int, *, reach: int = 3, tags: frozenset[str] = MODIFIERS, words: frozenset[str] = frozenset()
) -> bool:
    """Token ``i`` ends a noun phrase that opens with a determiner or a possessive, with up to
    ``reach`` words between whose tags are ``tags`` or which are ``words``: "her most recent
    single", "the band's new album"."""
    j = i - 1
    while j >= 0 and i - j <= reach and (doc[j].tag_ in tags or doc[j].lower_ in words):
        j -= 1
    return j >= 0 and doc[j].tag_ in DETERMINERS


def _subtitle_at(doc: Doc, i: int) -> bool:
    """A title's colon stands at token ``i``, right after its last word, before a capitalised one."""
    return i + 1 < len(doc) and doc[i].text == ":" and not doc[i - 1].whitespace_ and _capital(doc[i + 1])


def _media_before(doc: Doc, i: int) -> bool:
    """A work noun sport uses too (:data:`SPORTING`) is a work's after a media word or another work
    noun: "US television hit Desperate Housewives", "cartoon hit The Incredibles", "the video game
    Halo"; not "the game Chelsea won"."""
    if i == 0:
        return False
    before = doc[i - 1]
    return before.lower_ in MEDIA_WORDS or before.lemma_.lower() in word_set("title_nouns")


def _object_clause(root: Token, cue: int) -> bool:
    """The run after the work noun at ``cue`` is the subject of a clause on the noun, whose object
    the noun is ("the film Tom Hanks made"); not the sentence's own clause, which the parser
    misread as one on the noun it made the sentence's root, with an object or a verb of its own
    after its verb ("Comedy drama Desperate Housewives managed to pull in five million viewers";
    but "rather than a downloaded movie NEC is showing a phone" is NEC's)."""
    verb = root.head
    own = verb.head.dep_ == "ROOT" and any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children)
    return root.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "relcl" and verb.head.i == cue and not own


def _adjective_cue(doc: Doc, i: int) -> bool:
    """A work noun the tagger reads as an adjective ("musical", "single") announces a title when
    a determiner or a possessive opens its phrase, over up to four words of a price, a name or a
    modifier between: "his novel Godless", "the hit musical Blood Brothers", "the West End musical
    Blood Brothers", "U2's latest single Vertigo"; not "musical director"."""
    return _determined(doc, i, reach=4, tags=PRICE_OR_NAME_TAGS, words=AMOUNT_WORDS)


#: Words after a plural work noun that open a list of titles: "films such as ...", "hits including ...".
LIST_OPENERS = frozenset({"including", "like", "include", "included", "includes", "were", "are"})
#: Small words inside a listed title: "and" joins two titles of a list instead.
LISTED_INNER = INNER - {"and"}
#: Words before a plural work noun that make it one, with no word after it opening a list, where
#: sport uses the noun too or the tagger reads it as a verb: "children's TV shows Number 73 and
#: Motormouth", "box office hits Vera Drake, Calendar Girls and Enduring Love"; not "the poll
#: shows Blair and Howard level".
MEDIA_WORDS = frozenset(
    {"tv", "television", "radio", "office", "comedy", "drama", "soap", "cult", "chart", "hit"}
)


def _list_start(doc: Doc, i: int) -> int | None:
    """Where a list of titles opens after a plural work noun that ends before token ``i``: after
    "such as", "including", "were" ...; None if no such word follows the noun."""
    if i + 1 < len(doc) and doc[i].lower_ == "such" and doc[i + 1].lower_ == "as":
        return i + 2
    if i < len(doc) and doc[i].lower_ in LIST_OPENERS:
        return i + 1
    return None


def listed_titles(doc: Doc, persons: list[Span], base_persons: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans of the titles a plural work noun lists: "films such as Minority Report, Phone
    Booth and Troy", "hits including Street Life and Love Is The Drug", "Among the overlooked films
    were Hobson's Choice, Dirty Harry and King Kong", "children's television shows Number 73 and
    Motormouth".

    The recognizer reads such titles as people and places. A list is two titles or more, each a run
    of capitalised words (small words inside, "Do The Right Thing", "The Darling Buds of May"), one
    after another with commas and "and" between them; right after the noun, with no word opening
    the list, its last title follows "and" or "or". A person both models agree on is no title
    ("stars were Tom Hanks and Meg Ryan") unless two other titles of the list are none
    ("films were Hobson's Choice, Dirty Harry and The 39 Steps"). Not "games": sport's copy lists
    matches.
    """
    cues = word_set("title_nouns") - {"game"}
    agreed = {(p.start, p.end) for p in persons if len(p) > 1 and (p.start, p.end) in base_persons}
    found: list[tuple[int, int]] = []
    for cue in tokens(doc):
        if not (cue.text.endswith("s") and cue.text.islower()):
            continue  # a plural in small letters, checked before its lemma on every token
        lemma = cue.lemma_.lower()
        if lemma not in cues:
            continue
        i = _list_start(doc, cue.i + 1) if cue.tag_ == "NNS" else None
        opened = i is not None
        if i is None:
            # no word opens the list: "the singles Takeover and Izzo", "children's TV shows Number 73
            # and Motormouth" (the tagger's verb); a noun sport uses too, or one the tagger reads as
            # a verb, after a media word or a possessive only ("the singles Henman and Murray play")
            before = doc[cue.i - 1] if cue.i > 0 else cue
            media = before.lower_ in MEDIA_WORDS or before.tag_ in ("PRP$", "POS")  # "her", "children's"
            if not (media or (cue.tag_ == "NNS" and lemma not in SPORTING | {"single"})):
                continue
            i = cue.i + 1
        items: list[tuple[int, int]] = []
        while i < len(doc) and _capital(doc[i]):
            end = _title_run(doc, i, LISTED_INNER, hyphens=True)
            items.append((i, end))
            if end < len(doc) and doc[end].text == ",":
                end += 1
            if end < len(doc) and doc[end].lower_ in ("and", "or"):
                end += 1
            if end == items[-1][1]:
                break
            i = end
        # "the singles Takeover and Izzo": with no word opening it, the list's last title follows
        # "and" ("the series American Dad, from ..." is one title)
        if len(items) < 2 or not (opened or doc[items[-1][0] - 1].lower_ in ("and", "or")):
            continue
        items[-1] = _before_modified(doc, *items[-1])
        titles = [item for item in items if item not in agreed]
        if len(titles) >= 2:
            # a person both models agree on between titles is one too; not the last of the list,
            # which may run on into the next sentence ("and Malcolm X. Attallah Shabazz, the daughter")
            titles = [item for item in items if item not in agreed or item != items[-1]]
        found.extend(titles)
    return found


def _before_modified(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A title's run of capitalised words without the name after its last small words when a
    common noun follows the run: that name modifies the noun ("The One I Love to the Sheffield
    Arena audience")."""
    if end < len(doc) and doc[end].tag_ in ("NN", "NNS") and doc[end].text.islower():
        small = [k for k in range(start + 1, end) if doc[k].text in LISTED_INNER]
        if small:
            end = small[-1]
            while doc[end - 1].text in LISTED_INNER:
                end -= 1
    return start, end


#: Words before a channel whose possessive names a programme: "told BBC Radio 4's Today
#: programme", "speaking on BBC One's Breakfast with Frost", "an interview with BBC One's ...",
#: "appeared in ITV's King of Fridges", "a panellist of BBC Radio 4's Any Questions".
AIRED_BEFORE = frozenset({"told", "telling", "tell", "on", "to", "with", "in", "of", "from"})
#: Words after a programme's title that end it as punctuation does: "in ITV's King of Fridges and
#: with Martin Clunes in Doc Martin".
AIRED_AFTER = frozenset({"and", "or"})
#: The most words of a channel's name: "BBC Radio Five Live".
CHANNEL_WORDS = 4


def channel_titles(
    doc: Doc, persons: list[Span], base_persons: set[tuple[int, int]]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Token spans of the channels and of the programmes their possessives name: "told BBC One's
    Breakfast with Frost:", "told BBC Two's Newsnight programme", "on ITV's Celebrity Fit Club.".

    The recognizer reads such a title as a firm ("Breakfast", "Newsnight"). A channel of the
    lexicon's ``channels`` and "'s" open it, a capitalised word first; a work noun follows it, or
    a word of :data:`AIRED_BEFORE` goes before the channel ("told", "on", "in") and punctuation,
    "and" or "or" after the title ("from ITV's London Studios headquarters" has neither). Not a person
    either model finds ("the BBC's Jonathan Beale reports", "ITV1's Jonathan Dimbleby programme"),
    not a day or a month ("Channel 4's January audience").
    """
    channels = word_set("channels")
    nouns = word_set("title_nouns")
    spans = {(s.start, s.end) for s in persons}
    # a person of two words or more either model finds, or one of a word both do
    people = {s for s, e in spans | base_persons if e - s > 1} | {s for s, _e in spans & base_persons}
    # "Breakfast with Frost": a title goes on through a small word, not into a person of two words
    longer = {s for s, e in spans if e - s > 1}
    found: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for mark in tokens(doc):
        start = mark.i + 1
        if mark.tag_ != "POS" or start >= len(doc) or not _capital(doc[start]):
            continue
        first = max(0, mark.i - CHANNEL_WORDS)
        channel = next((j for j in range(first, mark.i) if doc[j : mark.i].text.lower() in channels), None)
        if channel is None or start in people or doc[start].lower_ in CALENDAR:
            continue
        before = channel - 1
        if before >= 0 and doc[before].lower_ == "the":
            before -= 1
        end = _title_end(doc, start, small=LISTED_INNER, people=longer)
        after = doc[end] if end < len(doc) else None
        ended = after is None or after.is_punct or after.lower_ in AIRED_AFTER
        aired = before >= 0 and doc[before].lower_ in AIRED_BEFORE and ended
        if aired or (after is not None and after.lemma_.lower() in nouns and after.text.islower()):
            found.append(((channel, mark.i), (start, end)))
    return found


#: Nouns of an award that "for" and the title of the work it honours follow: "three Oscar
#: nominations for Secrets and Lies", "the Bafta for The Aviator", "a prize for Million Dollar Baby".
AWARD_NOUNS = frozenset(
    {"award", "nomination", "prize", "oscar", "bafta", "emmy", "grammy", "globe", "gong", "statuette"}
)
#: Small words inside an honoured title: not "at", which names where a play was staged ("for
#: Hecuba at the Donmar Warehouse").
AWARDED_INNER = INNER - {"at"}
#: Categories of an award that "best" makes one: "best actress for Suddenly Last Summer".
CATEGORIES = frozenset(
    {"actor", "actress", "director", "film", "picture", "screenplay", "score", "song", "musical",
     "play", "drama", "comedy", "documentary", "album", "single", "newcomer", "animation", "adaptation"}
)  # fmt: skip
#: Words of an award's or a ceremony's name, which "for" names as often as a work: "nominations
#: for the Brit Awards", "a nomination for Golden Globe", "nominated for Brits".
AWARD_WORDS = AWARD_NOUNS | {"awards", "brits", "globes", "baftas", "oscars", "grammys", "emmys", "best"}


def awarded_titles(
    doc: Doc, persons: list[Span], base_persons: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Token spans of the titles an award honours: the capitalised run after "for" that follows
    an award's noun or a "best" category ("Oscar nominations for Secrets and Lies", "best actress
    for Suddenly Last Summer"). The recognizer reads such titles as firms and people.

    As often, "for" names the winner: a run either model calls a person is left alone ("best
    actor for Jamie Foxx", "a nomination for Staunton"), and so are a month, a possessive ("award
    for United's"), an award's own name ("nominations for Golden Globe awards") and a country, a
    region or a big city the gazetteer knows ("a prize for Britain"; not "Troy", a town and a
    film).
    """
    people = {(p.start, p.end) for p in persons} | base_persons
    firsts = {s for s, _ in people}
    starts = {s for s, e in people if e - s > 1}  # "Secrets and Lies": a lone word is no one yet
    found: list[tuple[int, int]] = []
    for prep in tokens(doc)[: len(doc) - 1]:
        i = prep.i
        head = prep.head
        # "won best actress for Medea": "for" on the verb whose object is the award
        cue = _award(head) or (
            head.pos_ == "VERB" and any(c.dep_ == "dobj" and _award(c) for c in head.children)
        )
        if not (prep.text == "for" and prep.dep_ == "prep" and head.i < i and cue and _capital(doc[i + 1])):
            continue  # not the "For" of an award's own name: "Peter Sellers Award For Comedy"
        end = _title_end(doc, i + 1, people=starts, small=AWARDED_INNER)
        # "the prize for Dark Water in Cannes": "in" and a town the gazetteer knows say where
        end = next((t.i for t in doc[i + 2 : end] if t.lower_ == "in" and place(doc[t.i + 1].text)), end)
        # "best actress for Suddenly Last Summer and Festen's Rufus Norris": no title runs on into
        # the next winner
        later = [s for s in starts if i + 1 < s < end]
        if later:
            cut = [t.i for t in doc[i + 1 : min(later)] if t.lower_ == "and" or t.text == ","]
            end = cut[0] if cut else min(later)
        words = {t.lower_ for t in doc[i + 1 : end]}
        if (
            i + 1 in firsts
            or words & AWARD_WORDS
            or doc[i + 1].lower_ in CALENDAR
            or (end < len(doc) and doc[end].tag_ == "POS")
            or (
                (hit := place(doc[i + 1 : end].text)) is not None
                and (hit.kind != "city" or hit.population >= BIG_CITY)
            )
        ):
            continue
        # "nominations for Secrets and Lies and Topsy Turvy": two titles, the first with its "and"
        joins = [t.i for t in doc[i + 1 : end] if t.lower_ == "and"]
        if len(joins) > 1:
            found.append((i + 1, joins[-1]))
            found.append((joins[-1] + 1, end))
        else:
            found.append((i + 1, end))
    return found


#: Nouns of an actor's part in a work, before "in" and its title: "her role in Closer".
ROLE_NOUNS = frozenset({"role", "cameo", "performance", "debut"})
#: Small words inside the title of a part: not "at" or "for", which name the stage ("stage
#: performances in Neaptide for the National Theatre").
PART_INNER = INNER - {"at", "for"}


def part_titles(doc: Doc, persons: list[Span], base_persons: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans of the titles an actor's part is in: the capitalised run right after a part's
    noun and "in" ("her role in Closer", "his performance in Hotel Rwanda", "an uncredited cameo in
    Pirates of the Caribbean", "her debut in Kisna"). The recognizer reads such titles as places,
    firms and people. After a plural noun, "and" joins two titles ("roles in Closer and Hotel
    Rwanda").

    Left alone, as for an award's title (:func:`awarded_titles`): a month, a possessive ("his
    role in Labour's campaign", "her role in John Kerry's campaign"), a body's or a firm's name
    by its last word ("his role in Halvard Holdings") and a run with any place the
    gazetteer knows, a match's or a tour's town as often as a film ("her performance in Sheffield",
    "performances in Minneapolis and Chicago"); a run stops before "in" and a town ("his role in
    Closer in London"). Not "the": "his role in the Tigers revival". Unlike an award, a part is
    rarely in a person: "his performance in Ray" is the film.
    """
    starts = {s for s, e in {(p.start, p.end) for p in persons} | base_persons if e - s > 1}
    found: list[tuple[int, int]] = []
    for cue, start, end in _runs_after(doc, ROLE_NOUNS, ("in",), people=starts):
        joins = [t.i for t in doc[start:end] if t.lower_ == "and"] if cue.tag_ == "NNS" else []
        titles = list(zip([start] + [j + 1 for j in joins], [*joins, end], strict=True))
        if (
            doc[start].lower_ in CALENDAR
            or (end < len(doc) and doc[end].tag_ == "POS")
            or any(place(doc[a:b].text) is not None or _body_end(doc[b - 1]) for a, b in titles)
        ):
            continue
        found.extend(titles)
    return found


#: Nouns for a work made from, or shown as, another before "of" or "to" and its title.
SOURCE_NOUNS = frozenset(
    {"premiere", "sequel", "prequel", "remake", "screening", "adaptation", "soundtrack", "spin-off"}
)


def sourced_titles(
    doc: Doc, persons: list[Span], base_persons: set[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Token spans of the titles after a noun for a work made from another, or shown, and "of" or
    "to": "the UK premiere of Polar Express", "a sequel to Meet the Parents", "the film adaptation
    of The Da Vinci Code". The recognizer reads such titles as places, firms and people. Left
    alone, as for a part's title (:func:`part_titles`): a run with a possessive inside or right
    after it, an author's most often ("an adaptation of Philip Pullman's His Dark Materials"), a
    body's or a firm's name by its last word ("sold the remake to Castle Rock Pictures"), a place
    the gazetteer knows ("a remake of Hollywood classics") and two words or more both models call
    a person; a run stops before "in" and a town ("the premiere of Lemony Snicket in London"), and
    after a plural noun before "and" ("sequels to Halo and Half-Life 2": the second title may run
    on through a hyphen)."""
    people = {(p.start, p.end) for p in persons if len(p) > 1} & base_persons
    found: list[tuple[int, int]] = []
    for cue, start, end in _runs_after(doc, SOURCE_NOUNS, ("of", "to")):
        if cue.tag_ == "NNS":  # "sequels to Halo and Half-Life 2": the first of the titles
            end = next((t.i for t in doc[start + 1 : end] if t.lower_ == "and"), end)
        if (
            any(t.tag_ == "POS" for t in doc[start : end + 1])  # inside the run or right after it
            or place(doc[start:end].text) is not None
            or _body_end(doc[end - 1])
            or (start, end) in people
        ):
            continue
        found.append((start, end))
    return found


def _runs_after(
    doc: Doc,
    nouns: frozenset[str],
    links: tuple[str, ...],
    *,
    people: set[int] | frozenset[int] = frozenset(),
) -> Iterator[tuple[Token, int, int]]:
    """(noun, start, end) of each run of capitalised words (:func:`_title_end` through
    :data:`PART_INNER`) after a noun of ``nouns`` in small letters and a word of ``links``: "her
    role in Closer", "the premiere of Polar Express". The run stops before "in" and a town the
    gazetteer knows ("his role in Closer in London")."""
    for cue in tokens(doc)[: len(doc) - 2]:
        i = cue.i + 1
        if not (
            cue.lemma_.lower() in nouns
            and cue.pos_ == "NOUN"
            and cue.is_lower
            and doc[i].lower_ in links
            and _capital(doc[i + 1])
        ):
            continue
        end = _title_end(doc, i + 1, people=people, small=PART_INNER)
        end = next((t.i for t in doc[i + 2 : end] if t.lower_ == "in" and place(doc[t.i + 1].text)), end)
        yield cue, i + 1, end


#: Words of rank a title opens with before "of the": "Lord of the Rings", "King of the Hill".
RANK_WORDS = frozenset(
    {"lord", "lords", "lady", "king", "kings", "queen", "prince", "princess", "master", "masters", "knights"}
)


def styled_titles(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of titles that open with a rank, "of the" and capitalised words: "Lord of the
    Rings", "Knights of the Old Republic", "Queen of the Damned". No one of rank is styled "of
    the" and words that name no place (the Queen of the Netherlands is a person's style); the
    recognizer reads such a title's last words as a firm or a place ("Rings", "Old Republic").
    Not "the Lord of the Manor", in small letters, nor a headline's capitals; "and" ends the title
    ("Lord of the Rings and Pocket Kingdom" are two games)."""
    found: list[tuple[int, int]] = []
    for rank in tokens(doc)[: len(doc) - 3]:
        i = rank.i
        if not (
            rank.lower_ in RANK_WORDS
            and rank.text.istitle()
            and doc[i + 1].lower_ == "of"
            and doc[i + 2].lower_ == "the"
            and _capital(doc[i + 3])
        ):
            continue
        end = _title_end(doc, i + 3, small=LISTED_INNER)
        if place(doc[i + 3 : end].text) is None:
            found.append((i, end))
    return found


def _body_end(word: Token) -> bool:
    """A body's or a firm's last word: a legal form or a noun of an organization's name ("his
    role in Halvard Holdings", "the Tigers Group")."""
    low = word.lower_.rstrip(".")
    return low in CORPORATE or low in word_set("org_name_tails") or low in word_set("generic_org_nouns")


def _award(token: Token) -> bool:
    """An award's noun, or a category's with "best": "nominations", "best actress"."""
    lemma = token.lemma_.lower()
    return lemma in AWARD_NOUNS or (lemma in CATEGORIES and any(c.lower_ == "best" for c in token.children))


#: Nouns for who made a work, before "of" and its title: "the creator of Family Guy".
MAKERS = frozenset(
    {"creator", "co-creator", "author", "co-author", "writer", "co-writer", "composer", "lyricist"}
)


def authored_titles(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the titles after a maker's noun and "of": "Seth MacFarlane, the creator of
    Family Guy", "Paul Abbott, writer of Shameless", "the author of Harry Potter". The recognizer
    reads such a title as a person. A report's author ("author of the Demos report") is a
    lower-case phrase and no title."""
    found: list[tuple[int, int]] = []
    for cue in tokens(doc)[: len(doc) - 2]:
        i = cue.i
        if not (cue.lemma_.lower() in MAKERS and cue.text.islower() and doc[i + 1].lower_ == "of"):
            continue
        if _capital(doc[i + 2]):
            found.append((i + 2, _title_end(doc, i + 2)))
    return found


#: Longest quoted title a work noun announces, in words.
MAX_QUOTED = 12


def quoted_titles(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of the quoted titles a work noun announces, as American copy sets them: 'the
    film "Harry Potter and the Prisoner of Azkaban"', 'films such as "Dragonheart" (1996) and
    "I'm with Lucy"', 'a new documentary, "The Red Elvis",'.

    Everything between the quotes is the title when it opens with a capital and has no
    lower-case word but small ones ("and", "the", "of"; not 'the film, "Tom Hanks is superb"').
    After a plural noun ("films such as", "hits including", "films shot then, such as") one
    quoted title follows another with commas, "and" and a year in brackets between them. The
    recognizer reads the names inside as people, firms and places.
    """
    cues = word_set("title_nouns")
    found: list[tuple[int, int]] = []
    for cue in tokens(doc):
        if not (
            cue.lemma_.lower() in cues
            and (cue.tag_ in ("NN", "NNS") or (cue.tag_ == "JJ" and _determined(doc, cue.i)))
            and cue.text.islower()
        ):
            continue
        plural = cue.tag_ == "NNS"
        i = cue.i + 1
        # "films shot during those decades, such as": the list may open a few words on
        such = next((j for j in range(i, min(len(doc) - 1, i + 8)) if doc[j].lower_ == "such"), None)
        if i < len(doc) and doc[i].text == ",":
            i += 1
        elif plural and such is not None and doc[such + 1].lower_ == "as" and "." not in doc[i:such].text:
            i = such + 2
        elif plural and i < len(doc) and doc[i].lower_ in LIST_OPENERS:
            i += 1
        while (quoted := _quoted(doc, i)) is not None:
            start, end, i = quoted
            found.append((start, end))
            if not plural:
                break
            if _year_at(doc, i):
                i += 3  # "(1996)"
            if i < len(doc) and doc[i].text == ",":
                i += 1
            if i < len(doc) and doc[i].lower_ in ("and", "or"):
                i += 1
    return found


def _quoted(doc: Doc, i: int) -> tuple[int, int, int] | None:
    """The words between the quotes that open at token ``i`` (their span, without the commas
    and full stops inside the closing quote) and the token after the closing quote, if the
    words are a title's (:func:`_title_word`, a capital first) and at most :data:`MAX_QUOTED`."""
    if i >= len(doc) or doc[i].tag_ != "``":
        return None
    start = i + 1
    while start < len(doc) and doc[start].tag_ == "``":  # "` `": two backticks
        start += 1
    for j in range(start, min(len(doc), start + MAX_QUOTED + 1)):
        if doc[j].tag_ == "''":
            end = j
            while end > start and doc[end - 1].text in (",", "."):
                end -= 1
            after = j + 1
            while after < len(doc) and doc[after].tag_ == "''":
                after += 1
            title = end > start and _capital(doc[start]) and all(_title_word(t) for t in doc[start:end])
            return (start, end, after) if title else None
    return None


def _title_run(
    doc: Doc,
    start: int,
    small: frozenset[str],
    *,
    people: frozenset[int] | set[int] = frozenset(),
    hyphens: bool = False,
) -> int:
    """End of the run of capitalised words (and numbers after them) from ``start``: through a
    clitic glued to a word ("Sometimes You Can't Make It On Your Own"), through up to three
    ``small`` words between capitals, unless a person of ``people`` (their first tokens), a day
    or a month starts after them or a number ends the run before them ("the charity single Band
    Aid 20 in Edinburgh on Friday"), through a hyphen glued to the capitals either side of it
    ("Half-Life 2"), and with ``hyphens`` through one with a space after it as well."""
    end, last = start + 1, len(doc) - 1
    while end < len(doc):
        if _capital(doc[end]) or (doc[end].like_num and _capital(doc[end - 1])):
            end += 1
        elif doc[end].lower_ in CLITICS and not doc[end - 1].whitespace_ and _capital(doc[end - 1]):
            end += 1
        elif (
            doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and (hyphens or not doc[end].whitespace_)  # "Half-Life 2", "Spider-Man": one word
            and _capital(doc[min(end + 1, last)])
        ):
            end += 2
        elif doc[end].lower_ in small:
            after = end
            while after < len(doc) and doc[after].lower_ in small and after - end < 3:
                after += 1
            if (
                after >= len(doc)
                or not _capital(doc[after])
                or after in people
                or doc[after].lower_ in CALENDAR
                or doc[end - 1].like_num
            ):
                break
            end = after
        else:
            break
    return end


def _title_end(
    doc: Doc, start: int, *, people: frozenset[int] | set[int] = frozenset(), small: frozenset[str] = INNER
) -> int:
    """End of the title that opens at ``start``: its run of capitalised words (:func:`_title_run`
    through ``small`` words) without the small words it ends with."""
    end = _title_run(doc, start, small, people=people)
    while doc[end - 1].lower_ in small:
        end -= 1
    return end


def _year_at(doc: Doc, i: int) -> bool:
    """A year alone in brackets opens at token ``i``: "(1996)"."""
    return (
        i + 2 < len(doc)
        and doc[i].text == "("
        and doc[i + 2].text == ")"
        and YEAR.fullmatch(doc[i + 1].text) is not None
    )


def _title_word(token: Token) -> bool:
    """A word a title keeps: a capitalised one, a small one, a number, punctuation or a clitic
    ("I'm with Lucy"); not the lower-case words of a quoted sentence ("Tom Hanks is superb")."""
    return (
        _capital(token)
        or token.lower_ in INNER
        or token.like_num
        or token.is_punct
        or token.text.startswith(("'", "’"))
    )


def _capital(token: Token) -> bool:
    """A word that starts with a capital letter."""
    return token.text[:1].isupper() and any(c.isalpha() for c in token.text)


def announced_after(doc: Doc, names: list[Span]) -> list[Span]:
    """The names a work noun in apposition announces as titles.

    "Almost Here, the duet from former Westlife star Brian McFadden", "Godless, his first
    novel": the recognizer reads such a title as a place or a firm. A person is never a title
    here (``names`` are the recognizer's, with the label it gave them).
    """
    cues = (word_set("title_nouns") | APPOSITION_NOUNS) - {"game"}
    found = []
    for s in names:
        end = s.end
        if s.label_ == "PERSON" or end + 2 >= len(doc):
            continue
        if doc[end].text != "," or doc[end + 1].tag_ not in ("DT", "PRP$"):
            continue
        j = end + 2
        while (
            j < min(len(doc), end + 6)
            and doc[j].tag_ in APPOSITION_WORDS
            and doc[j].lemma_.lower() not in cues
        ):
            j += 1
        if (
            j < len(doc)
            and doc[j].lemma_.lower() in cues
            and doc[j].tag_ == "NN"
            and not (j + 1 < len(doc) and doc[j + 1].tag_ == "POS")  # "Wood, the film's director"
            # "Set in South Wales, the film is about ...": no apposition of a preposition's object
            and ((doc[j].dep_ == "appos" and s.start <= doc[j].head.i < s.end) or s.root.dep_ != "pobj")
        ):
            found.append(s)
    return found


def dated_titles(doc: Doc, names: list[Span], base_persons: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans of the titles a year in brackets follows, from a name of either model's on
    (``names``: the recognizer's, with the base model's that may hold a title):
    "Humphrey Bogart in Casablanca (1944)", "Gene Kelly in Singing in the Rain (1952)" (the
    recognizer read "Singing" as a place), "Henry Fonda in 12 Angry Men (1957)" (the number
    before the name is the title's). The run of capitalised words goes through small words
    (:func:`_title_run`) to the brackets, over no possessive; a person both models read so is no
    title ("Laurence Olivier (1948)" of a list of winners), and one of the recognizer's alone is
    a title only by itself ("Martin Scorsese's Gangs Of New York (2003)" is not one title)."""
    found: list[tuple[int, int]] = []
    for s in names:
        if (s.label_ == "PERSON" and (s.start, s.end) in base_persons) or (found and s.start < found[-1][1]):
            continue
        end = _title_run(doc, s.start, INNER)
        if (
            end < s.end
            or not _year_at(doc, end)
            or (end + 3 < len(doc) and doc[end + 3].lower_.rstrip(".") in CORPORATE)  # "Works (1962) Ltd"
            or doc[end - 1].lower_ in INNER
            or (s.label_ == "PERSON" and end > s.end)  # "Martin Scorsese's Gangs Of New York (2003)"
            or any(t.tag_ == "POS" for t in doc[s.start : end])
        ):
            continue
        start = s.start
        if (
            start > 1
            and doc[start - 1].like_num
            and doc[start - 1].whitespace_
            and not _capital(doc[start - 2])
        ):
            start -= 1  # "in 12 Angry Men (1957)"; not "Type 45 (2003)"
        found.append((start, end))
    return found


#: Words after "starring" that make the name before it a cast member, not a title: "director Spike
#: Lee, starring in seven Lee films", "Jude Law, starring alongside Kate Winslet".
CAST_WORDS = frozenset({"in", "as", "alongside", "opposite", "with", "role", "roles"})
#: Articles a title keeps before the words the recognizer found ("The Aviator"); "In" only inside a
#: sentence ("the top ten were In Good Company").
TITLE_OPENERS = frozenset({"the", "a", "an"})


def starring_titles(doc: Doc, names: list[Span], base_persons: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans of the names (of either model) that a cast or a director follows: "The
    Aviator, starring Leonardo DiCaprio", "Closer, starring Jude Law and Julia Roberts", "In Good
    Company - starring Dennis Quaid", "House of Flying Daggers, directed by Yimou Zhang".

    The recognizer reads such a title as a firm or a person. The name is a title when "starring"
    (or "co-starring", or "directed by"), after a comma, a dash or nothing, is followed within
    five words by a person of ``names``; not when "starring" opens a part ("Spike Lee, starring in
    seven Lee films"), and never a person of two words or more both models agree on
    (``base_persons``: "Tom Jones, directed by Tony Richardson" may be the singer's film or the
    singer). A capitalised article before the name is the title's ("The Aviator").
    """
    starts = {s.start for s in names if s.label_ == "PERSON"}  # where a cast member's name opens
    found: list[tuple[int, int]] = []
    for s in names:
        if s.label_ == "PERSON" and len(s) > 1 and (s.start, s.end) in base_persons:
            continue
        i = s.end
        if i < len(doc) and doc[i].text in (",", "-", "\u2013"):
            i += 1
        if i + 1 >= len(doc):
            continue
        word = doc[i].lower_
        if word in ("starring", "co-starring") and doc[i + 1].lower_ not in CAST_WORDS:
            cast = i + 1
        elif word == "directed" and doc[i + 1].lower_ == "by":
            cast = i + 2
        else:
            continue
        if not any(j in starts for j in range(cast, min(len(doc), cast + 5))):
            continue
        start = s.start
        if (
            start > 0
            and _capital(doc[start - 1])
            and (
                doc[start - 1].lower_ in TITLE_OPENERS
                or (doc[start - 1].lower_ == "in" and not doc[start - 1].is_sent_start)
            )
        ):
            start -= 1
        if not any(start < e and b < s.end for b, e in found):  # both models may name it
            found.append((start, s.end))
    return found


#: Prepositions that join the words of a title ("The Vicar of Dibley", "The Door in the Floor").
TITLE_LINKS = frozenset({"of", "in", "from", "through"})
#: The parts of speech of a title's word before such a preposition ("Ring", "Return", "Singing").
TITLE_WORDS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


def title_tail(word: Token, common: Callable[[Token], bool]) -> bool:
    """``word`` ends a title the recognizer cut short: it follows "of", "in", "from" or "through"
    (and an article) after a capitalised word that ``common`` calls a word of the language no
    name holds: "the European Commission Code of Conduct", "The Vicar of Dibley", "The Door in
    the Floor", "He wrote Ring of Fire". The recognizer reads the last word as a place; it is
    no actor.
    """
    doc, i = word.doc, word.i
    if i > 0 and doc[i - 1].lower_ in ("the", "a", "an"):
        i -= 1
    if i < 2 or doc[i - 1].lower_ not in TITLE_LINKS:
        return False
    before = doc[i - 2]
    return before.is_title and before.pos_ in TITLE_WORDS and common(before)


def repeated_titles(doc: Doc, titles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token spans where the article names again a title of ``titles`` (of two words or more)
    that a work noun announced once: "his film Hide and Seek ... In Hide and Seek, De Niro
    plays". The same words, whole (no capitalised word runs on before or after them; a small word
    in either case), are the same work; a title of one word may be a name too ("the film Ray ...
    Ray Charles"). So is a sequel's title without its number: "the film Spider-Man 2 ...
    Spider-Man's creator", "the game Half-Life 2 ... the original Half-Life"."""
    texts = {tuple(map(_title_key, doc[s:e])) for s, e in titles if e - s > 1}
    texts |= {tuple(t.text for t in doc[s : e - 1]) for s, e in titles if _sequel(doc[s:e])}
    found: list[tuple[int, int]] = []
    for words in texts:
        n = len(words)
        for i in range(len(doc) - n + 1):
            if (
                _title_key(doc[i]) == words[0]
                and tuple(map(_title_key, doc[i : i + n])) == words
                and (i, i + n) not in titles
                and not (i > 0 and _capital(doc[i - 1]) and not doc[i - 1].is_sent_start)
                and not (i + n < len(doc) and (_capital(doc[i + n]) or doc[i + n].like_num))
            ):
                found.append((i, i + n))
    return sorted(found)


#: A sequel's number after its title: "Halo 2", "Doom 3" (not "Band Aid 20", "Apollo 13").
SEQUEL_NUMBERS = frozenset("23456789")


def _sequel(title: Span) -> bool:
    """``title`` ends with a sequel's number: "Half-Life 2", "Grand Theft Auto 3"."""
    return len(title) > 1 and title[-1].text in SEQUEL_NUMBERS


def _title_key(token: Token) -> str:
    """A title's word as the article may write it again: a small word in either case ("Shaun of
    The Dead", "Shaun of the Dead")."""
    return token.lower_ if token.lower_ in INNER else token.text


#: The most words a subtitled title's head runs to on the left of its colon.
MAX_HEAD = 6
#: Small words inside a title that never end it: a lower-case word after them breaks the title.
#: Not "and", "or": "GoldenEye: Rogue Agent and Killzone" are two titles.
BINDING = INNER - {"and", "or"}
#: Small words a title's head runs back over: not a possessive ("EA's Need for Speed: ...").
HEAD_BINDING = BINDING - {"'s"}


def subtitled_titles(doc: Doc, persons: list[Span]) -> list[tuple[int, int]]:
    """Token spans of titles with a subtitle after a colon, inside a sentence: "when Bridget
    Jones: The Edge of Reason, Wimbledon and Thunderbirds were all filmed", "Robin Hood: Prince
    of Thieves and more recently Churchill: The Hollywood Years". The recognizer reads the head
    as a person or a firm ("Bridget Jones"), the subtitle as another.

    The head is a run of capitalised words (small ones between them, not past the end of a
    person's name of ``persons``: "Jean Valentine for Door in the Mountain: New") that does not
    open its sentence: a name and a colon opening one are a headline's or an interview's
    ("Arthur Hailey: King of the bestsellers", "Oberreuter: First of all"). The subtitle is a
    run of capitalised words in title case: one that goes on in lower case after a small word,
    or with a noun or an adjective, is a sentence ("Mutants: On the form, varieties and
    errors"); nor is an initial and a name a subtitle ("Att: 47,111 Ref: S Bennett"), nor a
    work's noun alone (a critic's paper and its section: "Empire: Film - The Aviator"), nor a
    venue or a day before a results list ("At Portsmouth: Middlesex beat Hampshire", "on
    Saturday: Deportivo Coruna 1"), nor a colon with a space before it (text split into tokens,
    as the CoNLL sets are), nor a subtitle all in capitals ("CONTINUE REFORMS: ZHAO")."""
    ends = {p.end - 1 for p in persons}
    nouns = word_set("title_nouns")
    found: list[tuple[int, int]] = []
    for colon in tokens(doc):
        i = colon.i
        if colon.text != ":" or i < 1 or i + 2 >= len(doc) or not _capital(doc[i - 1]):
            continue
        head = _head_start(doc, i, ends)
        first = doc[i + 1]
        if (
            doc[head].is_sent_start
            or "\n" in doc[head - 1].text
            or (found and head < found[-1][1])  # "A: B: C" is one title at most
            or doc[i - 1].whitespace_  # "At Portsmouth : Middlesex beat": text split into tokens
            or doc[head - 1].lower_ == "at"  # "At Portsmouth: Middlesex beat Hampshire": a venue
            or doc[head:i].text.lower() in CALENDAR  # "on Saturday: Deportivo Coruna 1"
            or not _capital(first)
            or (len(first.text) == 1 and first.is_alpha)
        ):
            continue
        run = _title_run(doc, i + 1, BINDING)
        end = run
        while doc[end - 1].lower_ in INNER:
            end -= 1
        alone = end == i + 2 and first.lower_ in nouns
        if end > i + 1 and not alone and not _shouted(doc[i + 1 : end]) and not _sentence_goes_on(doc, run):
            found.append((head, end))
    return found


def _shouted(words: Span) -> bool:
    """No word of ``words`` has a lower-case letter: a headline's or a table's capitals."""
    return not any(c.islower() for t in words for c in t.text)


def _head_start(doc: Doc, colon: int, person_ends: set[int]) -> int:
    """First token of the run of capitalised words that ends before ``colon``: through up to
    three small words between capitals ("The Lord of the Rings"), not through "and" ("Shaun of
    the Dead and Bridget Jones: The Edge of Reason" is two titles), a possessive or the end of
    a person's name, at most :data:`MAX_HEAD` words, and not past the start of the sentence."""
    head = colon - 1
    while head > 0 and not doc[head].is_sent_start:
        k = head - 1
        while k > 0 and doc[k].lower_ in HEAD_BINDING and head - k <= 3:
            k -= 1
        if not _capital(doc[k]) or k in person_ends or colon - k > MAX_HEAD or doc[k + 1].is_sent_start:
            break
        head = k
    return head


def _sentence_goes_on(doc: Doc, run: int) -> bool:
    """The words from ``run`` on continue a sentence, not a title that has ended: a lower-case
    word after small words ("King of the bestsellers"), or a noun or an adjective in lower case
    right after the capitals ("The acting outlaw")."""
    k = run
    while k < len(doc) and doc[k].lower_ in BINDING:
        k += 1
    if k >= len(doc):
        return False
    word = doc[k]
    lower = word.is_alpha and word.text.islower()
    return lower and (k > run or word.pos_ in ("NOUN", "ADJ", "PROPN"))
