"""Names the news recognizer splits, cuts or glues, mended as wire copy writes them (``kg.ner.v1``).

The recognizer learned CoNLL-2003's names; wire copy and the BBC write firms and people in
ways it splits: "Standard and Poor's Corp", "Alex Brown and Sons Inc", "Hooker Holdings
(U.S.A.) Inc", "Monarch of Texas Inc", a given name at a hard-wrapped line's
end, a lone name before its legal form. :func:`mend` takes the recognizer's names of one Doc
in text order and gives them back mended; :func:`place_parts` splits what is two actors.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from itertools import pairwise
from typing import TYPE_CHECKING

from kg.lexicon import (
    BIG_CITY,
    common_names,
    common_words,
    demonyms,
    given_names,
    honorifics,
    is_country,
    place,
    word_set,
    word_sets,
)
from kg.names import CORPORATE, FAMILY, without_legal_form
from kg.nlp.prose import PARAGRAPH, Regions
from kg.nlp.tokens import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def mend(doc: Doc, names: list[Span]) -> list[Span]:
    """The recognizer's ``names`` (in text order) with cut names joined and split firms made one."""
    names = _number_led(doc, _numbered(doc, _glued_pair(doc, _of_firm(doc, names))))
    names = _middle_initials(doc, _demonym_leads(doc, names))
    names = _bare_tails(doc, _late_starts(doc, _hyphen_glued(doc, _saints_sites(doc, _mended(doc, names)))))
    names = _spelled_out(doc, _country_media(doc, names))
    names = _trades_and(doc, _before_and(doc, _remit_tails(doc, _places_of(doc, names))))
    names = _family_tails(doc, _lead_and(doc, names))
    names = _wire_names(doc, _partners_firm(doc, _comma_founders(doc, joined_firms(doc, names))))
    return _century_firms(doc, _possessive_firms(doc, _firm_short_forms(doc, names)))


def _possessive_firms(doc: Doc, names: list[Span]) -> list[Span]:
    """ "Wendy's International Inc", "Claire's Stores Inc", "Hudson's Bay Co": a firm whose name
    opens with a possessive, which the recognizer cut after it ("International Inc", and "Wendy"
    a person), is one firm: a name with its legal form whose other words are all words of the
    language ("Kinnock's Labor Party" has none), after one capitalised word and its "'s" that is no
    place ("Britain's National Bus Co"), not in capitals ("IBM's Information Systems Group") and
    follows no other capitalised word ("Morgan Grenfell's Investment Management Ltd", "TRW
    Inc's Federal Systems Group"), nor "&" ("Marks & Spencer's Financial Services Ltd"), nor
    "and" after one ("Simon and Schuster's International Group"). Not an owner's unit: the word
    opens another firm's name of the article ("PepsiCo's Taco Bell Corp" beside "PepsiCo Inc",
    "Olin's Rocket Research Company" beside "Olin Corp") or ends a person's ("Burt Sugarman's
    Giant Group Ltd", "a unit of Sugarman's Giant Group Ltd"); not "Japan's Fujitsu Ltd", nor
    "Icahn's Transworld Airlines Inc", whose words are a name of their own."""
    from spacy.tokens import Span

    cut = [
        s
        for s in names
        if s.label_ == "ORG" and s.start > 1 and doc[s.start - 1].text in POSSESSIVES and _legal(s[-1])
    ]
    if not cut:
        return names
    owners = {s[0].lower_ for s in names if s.label_ == "ORG" and len(s) > 1}
    owners |= {s[-1].lower_ for s in names if s.label_ == "PERSON" and len(s) > 1}
    starts = {}
    for s in cut:
        i = s.start - 2
        owner = doc[i]
        k = i - 1
        while k >= 0 and doc[k].is_space:
            k -= 1  # the word before, across a wire line's break
        before = doc[k] if k >= 0 else None
        words = [t.lower_ for t in s[:-1] if not _legal(t)]
        if (
            words
            and all(w in common_words() for w in words)
            and owner.text[:1].isupper()
            and not owner.text.isupper()  # "IBM's Information Systems Group": an owner's unit
            and place(owner.lower_) is None
            and owner.lower_ not in owners
            and not (before is not None and (before.text == "&" or before.text[:1].isupper()))
            # "Simon and Schuster's International Group": the partners' firm owns it
            and not (
                before is not None and before.lower_ == "and" and k > 0 and doc[k - 1].text[:1].isupper()
            )
        ):
            starts[s.start] = i
    if not starts:
        return names
    out: list[Span] = []
    for s in names:
        if s.start in starts:
            while out and out[-1].end > starts[s.start]:
                out.pop()  # "Wendy", read as a person
            out.append(Span(doc, starts[s.start], s.end, label="ORG"))
        else:
            out.append(s)
    return out


#: Most words Reuters puts between angle brackets around a firm's name.
WIRE_NAME_WORDS = 15
#: A possessive after a name inside the brackets: "<Smith Barney, Harris Upham and Co Inc's>".
POSSESSIVES = frozenset({"'s", "'", "’s", "’"})


def _wire_names(doc: Doc, names: list[Span]) -> list[Span]:
    """Reuters writes a firm's name between angle brackets where it first names a firm without
    a ticker: "<Lord and Taylor>", "<Cambrian and General Securities Plc>", "<Smith Barney,
    Harris Upham and Co Inc>", "<TEXAS EASTERN CORP>". The words between the brackets (a
    wrapped line may part them), starting with a capital, are one organization's name, whatever
    the recognizer cut out of them ("Lord" a firm and "Taylor" a person). A ticker ("<GM>") and
    a headline are no prose, whose names no actors are (:mod:`kg.nlp.prose`)."""
    from spacy.tokens import Span

    if "<" not in doc.text:
        return names
    out = list(names)
    regions = Regions(doc._.kg_regions)
    for opening in (t for t in doc if t.text == "<"):
        i = opening.i
        if regions.kind_at(opening.idx) == "ticker":
            continue  # "Ford Motor Co's <F> Latin American joint venture"
        last = min(len(doc), i + WIRE_NAME_WORDS + 2)
        close = next((j for j in range(i + 1, last) if doc[j].text in ("<", ">")), None)
        if close is None or doc[close].text != ">":
            continue
        end = close - 1 if doc[close - 1].text in POSSESSIVES else close
        words = doc[i + 1 : end]
        if not words or not words[0].text[:1].isupper():
            continue  # "<unp>"
        out = [s for s in out if not (s.start < close and i < s.end)] + [Span(doc, i + 1, end, label="ORG")]
    return sorted(out, key=lambda s: s.start)


def _firm_short_forms(doc: Doc, names: list[Span]) -> list[Span]:
    """A firm's first words, written again after its whole name with its legal form, are the
    firm, whatever the recognizer cut out of them: "British and Commonwealth" after "British and
    Commonwealth Shipping Plc" ("British" a people and "Commonwealth" a body of its own), "an
    Alexis Nihon officer" after "Alexis Nihon Investments Inc" ("Alexis" a person). The words
    match the firm's first two or more (not in small letters), in prose, over line breaks, and
    hold a name of the recognizer's and cut none ("First Boston Capital Markets" stays a firm of
    its own). A name the recognizer found whole keeps its kind: "Ivan Boesky" is a man, of
    "Ivan Boesky and Co"."""
    from spacy.tokens import Span

    firms = {  # each firm's words once, however often the article names it whole
        tuple(t.text for t in s if not t.is_space): [t for t in s if not t.is_space]
        for s in names
        if s.label_ == "ORG" and _legal(s[-1]) and sum(not t.is_space for t in s) >= 3
    }
    if not firms:
        return names
    out = list(names)
    regions = Regions(doc._.kg_regions)
    for firm in firms.values():
        first = firm[0].lower_
        for start in (t.i for t in tokens(doc) if t.lower_ == first and t.i != firm[0].i):
            if regions.kind_at(doc[start].idx) is not None:
                continue  # a headline's capitals have rules of their own
            run = _short_form(doc, start, firm)
            if run is None:
                continue
            touched = [s for s in out if s.start < run[1] and run[0] < s.end]
            if not touched or any(s.start < run[0] or s.end > run[1] for s in touched):
                continue  # no name there, or one it would cut ("First Boston Capital Markets")
            if len(touched) == 1 and (touched[0].start, touched[0].end) == run:
                continue  # one whole name: "Ivan Boesky" the man, of "Ivan Boesky and Co"
            out = [s for s in out if s not in touched] + [Span(doc, run[0], run[1], label="ORG")]
    return sorted(out, key=lambda s: s.start)


def _short_form(doc: Doc, start: int, firm: list[Token]) -> tuple[int, int] | None:
    """The tokens from ``start`` on (over line breaks) that read as ``firm``'s first two words
    or more, not all of it."""
    i, k = start, 0
    while k < len(firm) - 1 and i < len(doc):
        if doc[i].is_space:
            i += 1
            continue
        if doc[i].lower_ != firm[k].lower_ or (doc[i].is_lower and not firm[k].is_lower):
            break  # "Texas oil prices" is no "Texas Oil and Gas Corp"
        i, k = i + 1, k + 1
    end = i
    while end > start and doc[end - 1].is_space:
        end -= 1
    return (start, end) if k >= 2 else None


#: Words before a place that opens a sentence's list ("In New York, Alex Brown and Sons Inc").
LOCATIVES = frozenset({"in", "at", "from", "near", "outside", "across", "around"})
#: Words of a partnership's name after its last partner ("Jenrette Securities Corp").
PARTNERSHIP = frozenset({"securities", "sons", "associates", "partners", "co", "company"})


#: The nouns that end the name of an institution or a site called after a saint, with what
#: the name is ("St Fintian's High School" an organization, "St James' Park" a place).
SAINT_SITES = {
    **dict.fromkeys(("school", "college", "hospital", "church", "cathedral", "academy", "infirmary"), "ORG"),
    **dict.fromkeys("park square green centre center bridge stadium abbey chapel palace dock".split(), "FAC"),
}


#: An ordinal of a century a firm's name opens with: "20th Century Fox", "Twenty-first Century".
CENTURY_ORDINALS = re.compile(r"(1\d|2\d)(st|nd|rd|th)|nineteenth|twentieth|first", re.IGNORECASE)


def _century_firms(doc: Doc, names: list[Span]) -> list[Span]:
    """ "20th Century Fox", "Twentieth Century Fox": an ordinal and "Century", in capitals, right
    before a name open it, a firm's; the recognizer reads the century as a date and "Fox" alone
    as a person. The ordinal may be hyphened ("Twenty-first Century Insurance")."""
    from spacy.tokens import Span

    out = []
    for s in names:
        i = s.start + (s[0].text == "Century")  # "Century Insurance Group", to the recognizer
        if i >= 2 and doc[i - 1].text == "Century" and CENTURY_ORDINALS.fullmatch(doc[i - 2].text):
            start = i - 4 if i >= 4 and doc[i - 3].text == "-" and doc[i - 4].lower_ == "twenty" else i - 2
            if doc[start].text[:1].isupper() or doc[start].text[:1].isdigit():
                s = Span(doc, start, s.end, label="ORG")
        out.append(s)
    return out


def _saints_sites(doc: Doc, names: list[Span]) -> list[Span]:
    """ "St David's Shopping Centre", "St Fintian's High School", "St James' Park": a saint's
    name, its possessive and capitalised words that end in an institution's or a site's noun
    are one name, which the recognizer cuts at the possessive ("St David" and "Shopping
    Centre"); not where a name the recognizer read goes on past it, nor a place's possession
    ("St Louis's Anheuser-Busch": no site's noun ends it). The site's noun may be in small
    letters ("St Katherine's dock"), the saint then no actor of its own."""
    from spacy.tokens import Span

    toks = tokens(doc)
    out = list(names)
    for i in range(len(doc) - 3):  # a saint, a name, a possessive and at least one word
        if toks[i].text not in ("St", "St.", "Saint") or not toks[i + 1].text.istitle():
            continue
        if toks[i + 2].text not in ("'s", "'", "’s", "’"):
            continue
        end = i + 3
        if toks[end].is_lower and toks[end].lower_ in SAINT_SITES:
            end += 1  # "St Katherine's dock": the site's noun in small letters
        else:
            while end < len(doc) and _capitalised(toks[end]) and not toks[end].is_stop:
                end += 1
        site = toks[end - 1].lower_.rstrip(".")  # "Centre." at a sentence's end
        if end == i + 3 or site not in SAINT_SITES:
            continue
        inside = [s for s in out if s.start < end and i < s.end]
        if any(
            s.start < i or (s.end > end and not all(t.is_punct for t in doc[end : s.end])) for s in inside
        ):
            continue  # "St Mary's Hospital Trust": the recognizer's longer name stands
        out = [s for s in out if s not in inside] + [Span(doc, i, end, label=SAINT_SITES[site])]
    return sorted(out, key=lambda s: s.start)


def _glued_pair(doc: Doc, names: list[Span]) -> list[Span]:
    """Two names the recognizer reads as one across "and" or "of", parted.

    "Deutsche Bank and Credit Suisse Group", "Marcia Cross and Felicity Huffman": one firm's
    name of the recognizer is two where the base model reads the words on each side of "and"
    as a name of two words or more: two people's full names, or two firms' when the article
    writes one of them apart too ("Deutsche Bank said"). "Kaiser Aluminum and Chemical Corp"
    and "American Telephone and Telegraph Co" are one firm each (neither side stands alone),
    and so is a firm that names founders or kinds ("Alex Brown and Sons Inc", "Harris Bank and
    Trust Co"). A person's name that runs on over "of" into a firm or a place is two names too
    where the base model reads them so ("analyst Gerard Rijk of Inbev's strong performance")."""
    from spacy.tokens import Span

    base = {(e.start, e.end): e.label_ for e in doc.ents if len(e) > 1 or e.label_ != "PERSON"}
    out: list[Span] = []
    for s in names:
        cut = next((t.i for t in s[1:-1] if t.lower_ in ("and", "&", "of")), None)
        left, right = (base.get((s.start, cut)), base.get((cut + 1, s.end))) if cut else (None, None)
        if cut is None or left is None or right is None:
            out.append(s)
            continue
        if doc[cut].lower_ == "of":
            two = s.label_ == "PERSON" and left == "PERSON" and right in ("ORG", "GPE")
        else:
            two = s.label_ == "ORG" and (
                left == right == "PERSON"
                or (
                    left == right == "ORG"
                    and min(cut - s.start, s.end - cut - 1) > 1
                    and doc[cut + 1].lower_ not in FAMILY
                    and (doc[cut - 1].lower_, doc[cut + 1].lower_) not in PAIRED_KINDS
                    and (_apart(doc, doc[s.start : cut], s) or _apart(doc, doc[cut + 1 : s.end], s))
                )
            )
        out += [Span(doc, s.start, cut, label=left), Span(doc, cut + 1, s.end, label=right)] if two else [s]
    return out


def _of_firm(doc: Doc, names: list[Span]) -> list[Span]:
    """ "Larry Leuzzi of S.G. Warburg and Co Inc", "Richard Yamarone of Argus Research": a
    person's name the recognizer runs on over "of" into the firm after it, in one name (a
    person's or a firm's) or up to the "of", is the person and the firm. The words before "of"
    are a given name, a middle initial or none, and a surname (:func:`_named_person`); the words
    after it end with a legal form or a firm's last word and open with no place ("Hunter
    Helicopter of Nevada Inc", "Baroness Royall of Blaisdon" stay whole)."""
    from spacy.tokens import Span

    out: list[Span] = []
    for k, s in enumerate(names):
        link = next((t.i for t in s[2:] if t.lower_ == "of"), None)
        if s.label_ not in ("PERSON", "ORG") or link is None or not _named_person(doc[s.start : link]):
            out.append(s)
            continue
        if link == s.end - 1:  # "Larry Leuzzi of" before the firm's own name
            after = names[k + 1] if k + 1 < len(names) else None
            firm = after if after is not None and after.start == s.end and after.label_ == "ORG" else None
        else:
            firm = Span(doc, link + 1, s.end, label="ORG")
        if firm is None or not _firm_name(firm):
            out.append(s)
            continue
        out.append(Span(doc, s.start, link, label="PERSON"))
        if firm.start != s.end:
            out.append(firm)  # the firm the recognizer's name held; a name of its own comes next
    return out


def _named_person(words: Span) -> bool:
    """``words`` are a given name kg knows, a middle initial or none, and a surname in capitals
    that is no word of the language ("Larry Leuzzi", "James E. McGroarty"; not "Porsche Cars")."""
    parts = list(words)
    if not 2 <= len(parts) <= 3 or parts[0].lower_ not in given_names():
        return False
    if len(parts) == 3 and not _middle_initial(parts[1]):
        return False
    last = parts[-1]
    surname = last.text[:1].isupper() and last.is_alpha and not last.is_upper  # "McGroarty"
    return surname and last.lower_ not in common_words()  # "Porsche Cars of North America Inc"


def _firm_name(firm: Span) -> bool:
    """``firm`` ends with a legal form or a firm's last word ("Argus Research") and opens with no
    place ("Nevada Inc" is a unit's name's end)."""
    last = firm[-1]
    return (
        (_legal(last) or last.lower_ in word_set("org_name_tails"))
        and firm[0].text[:1].isupper()
        and place(firm[0].text.lower()) is None
    )


def _apart(doc: Doc, side: Span, whole: Span) -> bool:
    """The text of ``doc`` writes ``side`` somewhere outside every copy of the name ``whole``.

    Looser than :func:`_alone`, which wants no capitalised word beside the side: here "Liberty
    Savings Bank unit" vouches for "Liberty Savings" of "Liberty Financial and Liberty Savings",
    where the base model has read the two names apart already."""
    glued = [(m, m + len(whole.text)) for m in _finds(doc.text, whole.text)]
    return any(not any(a <= at < b for a, b in glued) for at in _finds(doc.text, side.text))


def _finds(text: str, part: str) -> list[int]:
    """Where ``part`` starts in ``text`` as whole words ("Deutsche Bank" is not in "Deutsche Banking")."""
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(part)}(?!\w)", text)]


def _numbered(doc: Doc, names: list[Span]) -> list[Span]:
    """ "Channel 4", "BBC Radio 1", "BBC Radio 4's Today": a firm's name the recognizer ends
    before the number that ends it goes on over the number when the base model reads the name
    with its number (and a possessive after it) as one organization. A number the base model
    leaves out stays out ("Boeing 747", a product), and so do a score's and a goal's minute
    (:func:`_scored`)."""
    from spacy.tokens import Span

    orgs = [e for e in doc.ents if e.label_ == "ORG"]
    taken = {s.start for s in names}
    out: list[Span] = []
    for s in names:
        at = s.end
        number = at < len(doc) and doc[at].is_digit and len(doc[at]) <= 2
        ends = (at + 1, at + 2) if at + 1 < len(doc) and doc[at + 1].text == "'s" else (at + 1,)
        if (
            s.label_ == "ORG"
            and number
            and at not in taken
            and not _scored(doc, s.start, at)
            and any(e.start < at and e.end in ends for e in orgs)
        ):
            s = Span(doc, s.start, at + 1, label="ORG")
        out.append(s)
    return out


def _number_led(doc: Doc, names: list[Span]) -> list[Span]:
    """ "50 Cent", "Fathers 4 Justice", "BBC 6 Music": a name that opens with a
    number and a word of the language in capitals, which the recognizer starts after the number,
    goes back over it, and over a firm's name right before it ("BBC"), when the words around
    make the number no count, date, score or rank (:func:`_counts`, :func:`_numbers_before`)."""
    from spacy.tokens import Span

    taken = {i for s in names for i in range(s.start, s.end)}
    out: list[Span] = []
    for s in names:
        n = s.start - 1
        named = bool(out) and out[-1].end == n  # a name of the recognizer's right before the number
        if (
            n >= 0
            and doc[n].is_digit
            and len(doc[n]) <= 2
            and n not in taken
            and _opens_with_word(s)
            and not _counts(doc, s)
            and not _numbers_before(doc, n, named=named)
            and not _in_scores(doc, n, s)
        ):
            start = n
            if named and out[-1].label_ == "ORG" == s.label_:
                start = out.pop().start  # "BBC 6 Music": the firm's station
            s = Span(doc, start, s.end, label=s.label_)
        out.append(s)
    return out


def _opens_with_word(name: Span) -> bool:
    """``name`` opens with a word of the language of three letters or more in capitals, no month,
    day or given name ("Cent", "Music"; not "May", nor "Bob" of a golfer's round "64 Bob Estes")."""
    first = name[0]
    return (
        len(first) > 2
        and first.is_title
        and first.lower_ in common_words()
        and first.lower_ not in CALENDAR
        and first.lower_ not in given_names()
    )


def _counts(doc: Doc, name: Span) -> bool:
    """A number before ``name`` counts what it names or qualifies: a plural ends it or follows it
    ("39 Electric Membership Corporations", "Avge 13 Weeks", "12 Labour MPs"), it is a body's
    noun alone ("54 Army"), a firm's legal form ends it ("98 General Electric Co engines"), or it
    names a place or a house's street ("12 New York class vessels", "10 Downing Street")."""
    after = doc[name.end] if name.end < len(doc) else None
    last = name[-1].lower_
    return (
        _plural(name[-1])
        or (len(name) == 1 and last in word_set("generic_org_nouns"))  # "at 54 Army, Air Force ... bases"
        or last.rstrip(".") in CORPORATE
        or last in word_set("place_name_words")
        or place(name.text.lower()) is not None
        or (
            after is not None
            and (after.tag_ in PLURAL_TAGS or ACRONYM_PLURAL.fullmatch(after.text) is not None)
        )
    )


def _numbers_before(doc: Doc, n: int, *, named: bool) -> bool:
    """The words before the number at ``n`` make it part of something else: glued to it ("42-7",
    "9/11", a price's "£40", and a line break, whose whitespace token has no space after it: a
    table's line opening with the number, "1 Hard Amber Durum"), a possessive
    ("its 50"), a list of numbers ("Models 50, 60 and 80"), a month ("March 22"), a rank ("Top
    20", "number 1"), "out of", or a capitalised word it ends ("Type 45"), unless that word ends
    a name (``named``: "BBC 6 Music")."""
    if n == 0:
        return False
    before = doc[n - 1]
    return (
        not before.whitespace_
        or before.tag_ == "PRP$"  # "its 50 Position Transition connector"
        or (
            before.lower_ in (",", "and", "or", "to") and n > 1 and doc[n - 2].like_num
        )  # "Models 50, 60 and 80"
        or before.lower_ in CALENDAR
        or before.lower_.rstrip(".") in RANKS
        or (before.lower_ == "of" and n > 1 and doc[n - 2].lower_ == "out")
        or (before.is_title and before.is_alpha and not before.is_sent_start and not named)
    )


def _plural(word: Token) -> bool:
    """``word`` is a plural noun by its tag, or a word of the language with an "s" after one
    ("Weeks" of a table, which the tagger calls a proper noun; not "Cent", "Progress")."""
    low = word.lower_
    return word.tag_ in PLURAL_TAGS or (
        low.endswith("s") and not low.endswith("ss") and low[:-1] in common_words()
    )


#: Tags of a plural noun.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Words before a number that make it a rank: "Top 20 Countdown", "world number 1 Roger Federer".
RANKS = frozenset({"top", "number", "no"})
#: An acronym's plural: "MPs", "CEOs".
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def _in_scores(doc: Doc, n: int, name: Span) -> bool:
    """The number at ``n`` before ``name`` is a score: a number or a bracket's close before it,
    or a number after the name, over a bracket ("Alba (Germany) 75 Red Star (Yugoslavia) 70",
    "Leeds 2 Reading 1")."""
    i = name.end
    if i < len(doc) and doc[i].text == "(":
        i = next((t.i + 1 for t in doc[i : i + 8] if t.text == ")"), i)
    return (n > 0 and (doc[n - 1].like_num or doc[n - 1].text == ")")) or (i < len(doc) and doc[i].like_num)


def _scored(doc: Doc, start: int, number: int) -> bool:
    """The name at ``start`` and its ``number`` are one of a line of scores or goals: another
    number right before the name or after the number ("Chelsea 2 Arsenal 1"), maybe over a
    comma ("Archibald 19, Grady 29, Crawford 41"), or the scorers in brackets after the number
    ("Real Madrid 1 (Roberto Carlos 79th)")."""

    def digit(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_digit

    def comma(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text in (",", ";")

    return (
        digit(start - 1)
        or (comma(start - 1) and digit(start - 2))
        or digit(number + 2)
        or (comma(number + 1) and digit(number + 3))
        or _minutes_in_brackets(doc, number + 1)
    )


#: A goal's minute: "79th", "22nd".
MINUTE = re.compile(r"\d{1,3}(st|nd|rd|th)?")


def _minutes_in_brackets(doc: Doc, i: int) -> bool:
    """A bracket opens at token ``i`` and holds a number or a minute before it closes, within
    twelve tokens ("(Corentine Martins, 22nd minute)")."""
    if not (i < len(doc) and doc[i].text == "("):
        return False
    for t in doc[i + 1 : i + 13]:
        if t.text == ")":
            return False
        if MINUTE.fullmatch(t.text):
            return True
    return False


def _demonym_leads(doc: Doc, names: list[Span]) -> list[Span]:
    """ "held off Kenyan Susan Chepkemei", "Scot Kathy Butler": a nationality the recognizer
    took into a person's name is no part of it, but a nationality of its own (``NORP``, which
    makes the person a citizen). The name is the nationality and two capitalised words; the
    first is a common name of the census lists (a given name or a surname: "Kathy", "Taylor"),
    or the last stands alone elsewhere in the text ("Chepkemei was second"); no word names a
    firm, a body or an event ("Swiss Bank Corp", "British Davis Cup", "Scottish Borders
    Council"), and the two words are no place the gazetteer knows. A nationality and one word
    are so too where the word ends another name of two words, the first a common name, and
    stands alone elsewhere ("American Dent" beside "Taylor Dent" and "Dent said")."""
    from spacy.tokens import Span

    surnames = {s[1].text for s in names if len(s) == 2 and s[0].lower_ in common_names()}
    out: list[Span] = []
    for s in names:
        rest = s[1:]
        if (
            (len(s) == 3 or (len(s) == 2 and s[1].text in surnames))
            and s.label_ in ("PERSON", "ORG", "NORP")
            and s[0].lower_ in demonyms()
            and s[0].text[:1].isupper()
            and all(_capitalised(t) and not _body_word(t.lower_) for t in rest)
            and not place(rest.text.lower())
            and (
                (len(s) == 3 and rest[0].lower_ in common_names()) or _alone_elsewhere(doc, s, rest[-1].text)
            )
        ):
            out.append(Span(doc, s.start, s.start + 1, label="NORP"))
            s = Span(doc, s.start + 1, s.end, label="PERSON")
        out.append(s)
    return out


#: Articles that open foreign names, whose next words may be in small letters ("Den norske").
FOREIGN_ARTICLES = frozenset({"la", "le", "les", "el", "los", "las", "den", "der", "die", "das", "il", "lo"})


def small_tail_end(doc: Doc, start: int, end: int) -> int:
    """End of the name at ``start:end`` without the words in small letters the recognizer ran it
    on into: "companies such as the BBC offer TV content", "the House of Commons that", "the
    Department of Agriculture of the subsidies", "the Pop Idol format". A name ends with a
    capitalised word, a number, or a body's, a firm's or an event's word ("Notts police",
    "Colorado Venture Capital corp", "the Senate Agriculture subcommittee responsible"); a word a
    hyphen joins to the name is the name's ("Yoo Ji-chang", "Illinois Co-op"), and the name
    keeps a capitalised word, ends with no initial ("K mart") and is no foreign article alone
    ("Den norske Creditbank"; but "LA film critics" is LA's).

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("Companies such as the BBC offer TV content")
        >>> small_tail_end(doc, 4, 6), small_tail_end(doc, 4, 5)
        (5, 5)
        >>> doc = spacy.blank("en")("Yoo Ji-chang and K mart said")
        >>> small_tail_end(doc, 0, 4), small_tail_end(doc, 5, 7)
        (4, 7)
    """
    cut = end
    while (
        cut - start > 1
        and doc[cut - 1].is_lower
        and doc[cut - 2].whitespace_
        and not _body_word(doc[cut - 1].lower_.removeprefix("sub"))  # "subcommittee"
    ):
        cut -= 1
    if cut == end or len(doc[cut - 1].text) == 1 or not any(t.text[:1].isupper() for t in doc[start:cut]):
        return end
    if cut - start == 1 and doc[start].text.istitle() and doc[start].lower_ in FOREIGN_ARTICLES:
        return end  # "Den norske Creditbank", "La electricidad de Caracas": a foreign name's small words
    return cut


def _body_word(word: str) -> bool:
    """A word of a firm's, a body's or an event's name ("corp", "council", "cup")."""
    return word in CORPORATE or word in word_sets(*BODY_WORD_LISTS)


#: Word lists of the lexicon whose words name a firm, a body or an event, not a person.
BODY_WORD_LISTS = (
    "company_nouns",
    "firm_nouns",
    "org_name_tails",
    "org_name_heads",
    "generic_org_nouns",
    "generic_not_names",
    "gathering_nouns",
)


def _alone_elsewhere(doc: Doc, span: Span, word: str) -> bool:
    """``word`` stands in the text outside ``span`` as a name alone: no capitalised word nor a
    determiner before it ("Chepkemei was second"; not "the Exchange")."""
    for t in tokens(doc):
        if t.text != word or span.start <= t.i < span.end:
            continue
        before = doc[t.i - 1] if t.i > 0 else None
        if before is None:
            return True
        if not (before.pos_ == "DET" or (before.text[:1].isupper() and not before.is_sent_start)):
            return True
    return False


def _capitalised(token: Token) -> bool:
    word = token.text.rstrip(".")
    return word.isalpha() and word.istitle()


def _partners_firm(doc: Doc, names: list[Span]) -> list[Span]:
    """ "Donaldson, Lufkin and Jenrette Securities Corp", "Merrill Lynch, Pierce, Fenner and
    Smith Inc", "Prescott, Ball and Turben Inc": partners' names, one or two capitalised words
    each, with commas between them and "and" before the last, which a legal form ends, are one
    firm; the recognizer reads the first partners as people and places. The last partner is one
    word before its firm's words and legal form ("Smith Inc", not "Ford, Chrysler and General
    Motors Corp", a list of three firms), no partner has a legal form of its own ("Advest Inc,
    Blunt Ellis and Loewi Inc"), and the first is no place ("In New York, Alex Brown and Sons
    Inc")."""
    from spacy.tokens import Span

    out: list[Span] = []
    for span in names:
        start = _partners_start(doc, span) if span.label_ in ("ORG", "PERSON") else None
        if start is None:
            out.append(span)
            continue
        while out and out[-1].end > start:
            out.pop()  # "Donaldson" and "Lufkin", read as places
        out.append(Span(doc, start, span.end, label="ORG"))
    return out


def _partners_start(doc: Doc, firm: Span) -> int | None:
    """Where the partners' list that ends with ``firm`` (its last partner and legal form, with or
    without the "and" and the partners before it) starts, if it names two partners or more
    before the "and" and starts before ``firm``."""
    ands = [t.i for t in doc[max(firm.start - 1, 0) : firm.end] if t.lower_ in ("and", "&")]
    if not ands or not _legal(firm[-1]):
        return None
    last = ands[-1] + 1
    if last >= firm.end or not (_surname(doc[last]) or doc[last].lower_ in FAMILY):
        return None
    if not all(_legal(t) or t.lower_ in PARTNERSHIP for t in doc[last + 1 : firm.end]):
        return None  # "Ford, Chrysler and General Motors Corp": three firms
    i = ands[-1] - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1  # "Donaldson, Lufkin, and Jenrette"
    partners, start, first_end = 0, firm.start, firm.start
    while i >= 0:
        first = i
        while first > i - 2 and first >= 0 and _surname(doc[first]):
            first -= 1
        if first == i:
            break
        partners, start, first_end = partners + 1, first + 1, i + 1
        if first < 0 or doc[first].text != ",":
            break
        i = first - 1
    if partners < 2 or start >= firm.start or (start > 0 and doc[start - 1].text[:1].isupper()):
        return None  # "Merrill Lynch Capital Markets, Lazard Freres and Co": two firms
    before = doc[start - 1] if start > 0 else None
    opening = before is None or before.lower_ in LOCATIVES or doc[start].is_sent_start
    if opening and place(doc[start:first_end].text.lower()) is not None:
        return None  # "In New York, Alex Brown and Sons Inc"
    return start


def _surname(token: Token) -> bool:
    """A capitalised word that is no legal form: a partner's name in a firm's."""
    return token.is_alpha and token.text[:1].isupper() and token.text[1:].islower() and not _legal(token)


def _family_tails(doc: Doc, names: list[Span]) -> list[Span]:
    """ "its auditors, Arthur Andersen and Co.": a founder's name, "and" and a firm word
    (:data:`FAMILY`) the recognizer left out of every name are one firm, with the legal forms
    after them ("Alex Brown and Sons Inc")."""
    from spacy.tokens import Span

    taken = {i for s in names for i in range(s.start, s.end)}
    out: list[Span] = []
    for s in names:
        word = s.end + 1
        if (
            s.label_ in ("PERSON", "ORG")
            and word < len(doc)
            and doc[s.end].lower_ in ("and", "&")
            and doc[word].lower_.rstrip(".") in FAMILY
            and doc[word].text[:1].isupper()
            and not {s.end, word} & taken
        ):
            end = word + 1
            while end < len(doc) and _legal(doc[end]) and end not in taken:
                end += 1
            s = Span(doc, s.start, end, label="ORG")
        out.append(s)
    return out


def _spelled_out(doc: Doc, names: list[Span]) -> list[Span]:
    """ "Hong Kong Rugby Football Union (HKRFU)": two names side by side, which the recognizer
    reads as a place and a body, are one organization when the letters in brackets after them
    are their words' initials, with or without the small words of :data:`LINKS` ("of", "the")."""
    from spacy.tokens import Span

    out: list[Span] = []
    for s in names:
        last = out[-1] if out else None
        if last is not None and last.end == s.start and _initials_follow(doc, last.start, s.end):
            out[-1] = Span(doc, last.start, s.end, label="ORG")
            continue
        out.append(s)
    return out


def _initials_follow(doc: Doc, start: int, end: int) -> bool:
    """Brackets after ``doc[start:end]`` hold its words' initials ("(HKRFU)", "(IoD)")."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return False
    letters = doc[end + 1].text.upper()
    words = [t.text for t in doc[start:end] if t.is_alpha]
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in LINKS).upper()
    return len(letters) >= 3 and letters.isalpha() and letters in (every, content)


def _bare_tails(doc: Doc, names: list[Span]) -> list[Span]:
    """ "Swiss Re's spokesman": a firm's last word alone (``org_name_tails``) names no firm; the
    capitalised word right before it, which no other name holds, is the firm's first, whatever
    it is (a demonym here, which :func:`_late_starts` leaves out of longer names)."""
    from spacy.tokens import Span

    taken = {i for s in names for i in range(s.start, s.end)}
    tails = word_set("org_name_tails")
    out = []
    for s in names:
        i = s.start - 1
        if (
            len(s) == 1
            and s.label_ == "ORG"
            and s[0].lower_ in tails
            and i >= 0
            and i not in taken
            and doc[i].is_title
            and doc[i].is_alpha
            and not doc[i].is_stop  # "The Commission"
            and doc[i].lower_ not in CALENDAR
            and doc[i].lower_ not in honorifics()
        ):
            s = Span(doc, i, s.end, label="ORG")
        out.append(s)
    return out


#: Nouns of a country's broadcasters and papers in general, which name none of them ("a US TV
#: network", "told German TV", "the British press").
MEDIA = frozenset({"tv", "television", "radio", "media", "press"})


def _country_media(doc: Doc, names: list[Span]) -> list[Span]:
    """ "a US TV network", "told German TV": a country's name or its demonym and a word of the
    media, which the recognizer reads as a firm, names no broadcaster; the country is a place,
    its demonym a nationality ("BBC Radio", "CBS TV" and "Mobile TV", of a town, stay)."""
    from spacy.tokens import Span

    out = []
    for s in names:
        first = s[0].lower_
        if len(s) == 2 and s[1].lower_ in MEDIA:
            if is_country(first):
                s = Span(doc, s.start, s.start + 1, label="GPE")
            elif first in demonyms():
                s = Span(doc, s.start, s.start + 1, label="NORP")
        out.append(s)
    return out


def _places_of(doc: Doc, names: list[Span]) -> list[Span]:
    """ "the Gulf of Mexico", "the Strait of Hormuz": a place the gazetteer knows by a word, "of"
    and a name, which the recognizer reads as two places ("Gulf", which the gazetteer's regions
    make the Persian Gulf, and "Mexico") or only the name after "of" ("Hormuz"), is one place."""
    from spacy.tokens import Span

    out: list[Span] = []
    for s in names:
        i = s.start - 2  # the word before "of"
        if i >= 0 and doc[i + 1].lower_ == "of" and doc[i].is_title:
            before = out[-1] if out and out[-1].end == i + 1 else None
            start = before.start if before is not None else i
            if place(doc[start : s.end].text.lower()) is not None:
                if before is not None:
                    out.pop()  # "Gulf", which the recognizer took for a place of its own
                out.append(Span(doc, start, s.end, label="GPE"))
                continue
        out.append(s)
    return out


#: Nouns a school's or a society's name opens with before its "of" ("Guildhall School of Music"),
#: beside the words of :data:`BODY_WORD_LISTS`.
REMIT_HEADS = frozenset({"school", "academy", "society", "trust", "centre", "center"})
#: Most words after "and" that a body's remit runs on with.
REMIT_TAIL = 2
#: Fewest letters of a word of a body's remit after "and": a shorter one is a body's short form
#: ("the Bank of England and Fed said").
MIN_REMIT = 4


def _remit_tails(doc: Doc, names: list[Span]) -> list[Span]:
    """ "Guildhall School of Speech and Drama", "University of the Highlands and Islands",
    "Department for Education and Skills": a body's name whose "of" or "for" the recognizer
    ends before "and" and the last of what the body is for takes it back, with the one-word
    name the recognizer made of it ("Drama", a person to it). The words after "and" are one or
    two words of the language in capitals, then no more capitals nor the rest of a firm's name
    (:func:`_kinds_run_on`: "Bank of Iron County and Summit Savings and Loan Association"); none
    names a body alone or a place ("the Bank of England and Treasury officials", "the University of
    London and Westminster"), and the article writes them nowhere else ("the Bank of England
    and Fed", "United Bank of Arizona and Security Pacific": two bodies, each named alone too)."""
    from spacy.tokens import Span

    heads = word_sets("generic_org_nouns", "org_name_heads")
    out: list[Span] = []
    names = list(names)
    i = 0
    while i < len(names):
        s = names[i]
        i += 1
        end = s.end + 1
        while end < len(doc) and end - s.end <= REMIT_TAIL and doc[end].is_title and doc[end].is_alpha:
            end += 1
        tail = doc[s.end + 1 : end]
        if (
            s.label_ != "ORG"
            or not _remits(s)
            or not tail
            or doc[s.end].lower_ not in ("and", "&")
            or (end < len(doc) and doc[end].is_title)
            or _kinds_run_on(doc, end)
            or any(len(t) < MIN_REMIT or t.lower_ not in common_words() or t.lower_ in heads for t in tail)
            or place(tail.text.lower()) is not None
        ):
            out.append(s)
            continue
        inside = [n for n in names[i:] if n.start < end]
        if any(n.end > end for n in inside) or len(_finds(doc.text, tail.text)) > len(
            _finds(doc.text, doc[s.start : end].text)
        ):
            out.append(s)
            continue
        i += len(inside)
        out.append(Span(doc, s.start, end, label="ORG"))
    return out


def _kinds_run_on(doc: Doc, end: int) -> bool:
    """The words at ``end`` are "and" and another capitalised word of the language, as a firm's
    name runs on over its kinds ("Summit Savings and Loan Association", "Merchants and
    Manufacturers State Bank"); not a name after "and" ("the University of the Highlands and
    Islands and Southampton")."""
    return (
        end + 1 < len(doc)
        and doc[end].lower_ in ("and", "&")
        and doc[end + 1].is_title
        and doc[end + 1].lower_ in common_words()
    )


def _remits(span: Span) -> bool:
    """``span`` ends with a body's "of" or "for" and capitalised words: "Guildhall School of
    Speech", "University of the Highlands"."""
    links = [t.i for t in span if t.lower_ in ("of", "for")]
    if not links or links[-1] == span.start:
        return False
    head = span.doc[links[-1] - 1].lower_
    after = [t for t in span.doc[links[-1] + 1 : span.end] if t.lower_ != "the"]
    return (_body_word(head) or head in REMIT_HEADS) and bool(after) and all(t.is_title for t in after)


#: Months and days, whose names start sentences' dates, not firms' names ("the August NAPM index").
CALENDAR = frozenset(w.lower() for w in (*calendar.month_name[1:], *calendar.day_name))


def _late_starts(doc: Doc, names: list[Span]) -> list[Span]:
    """ "Pan American World Airways", "<Senior Engineering Group Plc>": a firm's name with its
    legal form or a firm's last word that the recognizer began a word late goes back over the
    capitalised word before it, which no other name holds, which the tagger reads as a name or
    the base model into an organization's name, which starts no sentence outside wire brackets
    ("Rival Acme Corp said") unless the tagger reads it as a name and the base model the whole
    as one organization's ("Collins Foods International Inc said", opening a wire story), nor
    follows another capitalised word ("Lead Underwriter Bear Stearns & Co Inc" of a table), and
    which is no title ("Chairman"), no demonym ("Dutch Philips NV"), no place, month or day, no
    article or link and not in capitals (a headline's or a dateline's). A headline that writes the
    word and the name's first word in capitals makes the word the name's, wherever it stands and
    whatever it is ("Commercial Credit Co said" under "COMMERCIAL CREDIT <CCC> TO HAVE GAIN",
    "Swedish Match AB" under "SWEDISH MATCH SELLS UNIT")."""
    from spacy.tokens import Span

    taken = {i for s in names for i in range(s.start, s.end)}
    tails = word_set("org_name_tails")
    headlines = _headlines(doc)
    out: list[Span] = []
    for s in names:
        i = s.start - 1
        word = doc[i] if i >= 0 else None
        if (
            word is not None
            and s.label_ == "ORG"
            and (_legal(s[-1]) or s[-1].lower_ in tails)
            and i not in taken
            and word.is_alpha
            and word.is_title
            and len(word) > 1
            and word.lower_ not in CALENDAR
            and word.lower_ not in honorifics()
            and word.lower_ not in LINKS
            and word.lower_ not in ("the", "a", "an")
            and (_headline_pair(headlines, word, s[0]) or _name_word_before(doc, word, s))
        ):
            s = Span(doc, i, s.end, label="ORG")
        out.append(s)
    return out


def _name_word_before(doc: Doc, word: Token, s: Span) -> bool:
    """Whether ``word`` is taken into the firm's name ``s`` after it on its own evidence (see
    :func:`_late_starts`)."""
    i = word.i
    return (
        (word.ent_type_ == "ORG" or (word.pos_ == "PROPN" and not word.ent_type_))  # not "Tuesday"
        # not "Rival Acme Corp said": a sentence's first word is a name's only in wire brackets
        # or where the base model reads the whole as one organization, the word a name
        and (
            not word.is_sent_start
            or (i > 0 and doc[i - 1].text in ("<", "("))
            or (word.pos_ == "PROPN" and _base_org(doc, i, s.end))
        )
        # not "Lead Underwriter Bear Stearns & Co Inc" of a table, "the August National ..."
        and not (i > 0 and doc[i - 1].is_title)
        and word.lower_ not in demonyms()
        and place(word.lower_) is None
    )


def _headlines(doc: Doc) -> list[str]:
    """The Doc's headlines in capitals (``doc._.kg_regions``), word by word."""
    found = doc._.kg_regions or ()
    return [" ".join(doc.text[r.start : r.end].split()) for r in found if r.kind == "headline"]


def _headline_pair(headlines: list[str], word: Token, first: Token) -> bool:
    """A headline writes ``word`` and then ``first`` in capitals: "COMMERCIAL CREDIT <CCC> TO
    HAVE GAIN" over "Commercial Credit Co said", "SWEDISH MATCH SELLS UNIT" over "Swedish Match
    AB said"."""
    pair = f" {word.text.upper()} {first.text.upper()} "
    return any(pair in f" {line} " for line in headlines)


def _base_org(doc: Doc, start: int, end: int) -> bool:
    """The base model reads tokens ``start`` to ``end`` as one organization's name."""
    return any(e.start == start and e.end == end and e.label_ == "ORG" for e in doc.ents)


#: Combining forms of peoples in hyphenated pairs ("Sino-Soviet", "Anglo-Irish").
PAIR_PREFIXES = frozenset({"sino", "anglo", "franco", "italo", "russo", "indo", "afro", "euro", "austro"})


def glued(doc: Doc, i: int) -> bool:
    """Token ``i`` is a hyphen with no space on either side ("Petro-Canada")."""
    return (
        0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_
    )


def _hyphened_words(doc: Doc, i: int) -> str:
    """The words either side of token ``i``, lower-cased and hyphened: "ig-metall"."""
    return f"{doc[i - 1].lower_}-{doc[i + 1].lower_}"


def _name_word(word: Token, taken: set[int]) -> bool:
    """``word``, hyphened to a name, is a word of that name: capitalised, in no other name,
    and no place, people or combining form of one (those are two sides: "U.S.-Soviet talks",
    "Anglo-Dutch Unilever")."""
    text = word.text.lower()
    return (
        word.i not in taken
        and word.text[:1].isupper()
        and any(c.isalpha() for c in word.text)
        and text not in PAIR_PREFIXES
        and text not in demonyms()
        and text not in CALENDAR
        and place(text.rstrip(".")) is None
    )


def _hyphen_glued(doc: Doc, names: list[Span]) -> list[Span]:
    """A name the recognizer begins or ends at a hyphen with no space around it goes on over
    the capitalised words hyphened to it, which no other name holds and which are no place or
    people, the one next to the name a proper noun ("Daniel Day-Lewis", "Rent-A-Center Inc";
    not "U.S.-Soviet", "Anglo-Dutch", "Paris-based", "Boxing-Bruno quits"); a place the
    gazetteer knows takes no word ("Sen. Jake Garn, R-Utah", "D-Fla."). Two names hyphened
    are one where the article writes them as one name elsewhere ("IG" and "Metall" beside
    "the IG-Metall union"; not "AMC-UAW talks"), where the gazetteer knows the two as one place
    ("an Asia-Pacific office", not the continent and an ocean), or where a person's full name
    comes before one word ("Mark Lewis-Francis"; not "the Reagan-Gorbachev summit"), and what the
    recognizer read that name as most types the whole ("Petro-" and "Canada" are the firm
    Petro-Canada) (``kg.ner.v1``)."""
    from spacy.tokens import Span

    taken = {i for s in names for i in range(s.start, s.end)}
    # the hyphened words inside one name, with what it was read as: "ig-metall" of "the IG-Metall union"
    spelled: dict[str, Counter[str]] = {}
    for s in names:
        for i in range(s.start + 1, s.end - 1):
            if glued(doc, i):
                spelled.setdefault(_hyphened_words(doc, i), Counter())[s.label_] += 1
    out: list[Span] = []
    for s in names:
        start, end, label = s.start, s.end, s.label_
        if (
            len(s.text) > 1  # not "U" of "CPI-U", the index's urban series
            and place(s.text.lower()) is None
            and place(s.text.rstrip(".").lower()) is None  # not "R-Utah"
        ):
            # the word next to the name is a proper noun: not "Boxing-Bruno quits", a sports slug
            while (
                start > 1
                and glued(doc, start - 1)
                and _name_word(doc[start - 2], taken)
                and (start < s.start or doc[start - 2].pos_ == "PROPN")
            ):
                start -= 2
            while (
                end < len(doc) - 1
                and glued(doc, end)
                and _name_word(doc[end + 1], taken)
                and doc[end + 1].pos_ == "PROPN"
                and len(doc[end + 1]) > 1  # not "Bankash-A", a virus's variant
            ):
                end += 2
        last = out[-1] if out else None
        hyphen = start - 1  # the recognizer may end the first name with the hyphen ("Petro-")
        pair = _hyphened_words(doc, hyphen) if hyphen > 0 else ""
        # "Mark Lewis" and "Francis": a full name and one word hyphened are a double surname
        double = (
            last is not None and last.label_ == s.label_ == "PERSON" and len(last) > 1 and end - start == 1
        )
        if (
            last is not None
            and last.end in (hyphen, start)
            and glued(doc, hyphen)
            and (pair in spelled or double or place(doc[last.start : end].text.lower()) is not None)
        ):
            # "IG" and "Metall" where the article also writes "the IG-Metall union" as one name
            start = out.pop().start
        if (start, end) != (s.start, s.end):
            # the article's whole spelling types it ("Petro-" and "Canada" are the firm)
            seen = sum(
                (
                    spelled.get(_hyphened_words(doc, i), Counter())
                    for i in range(start + 1, end - 1)
                    if glued(doc, i)
                ),
                Counter(),
            )
            if seen:
                label = seen.most_common(1)[0][0]
            s = Span(doc, start, end, label=label)
            taken.update(range(start, end))
        out.append(s)
    return out


#: A bank's kind before "and" and the kind after it, one kind of firm together ("Savings and
#: Loan", "Bank and Trust"): the recognizer keeps only what follows "and".
PAIRED_KINDS = frozenset({("savings", "loan"), ("bank", "trust"), ("banking", "trust"), ("savings", "trust")})


def _before_and(doc: Doc, names: list[Span]) -> list[Span]:
    """ "Commonwealth Savings and Loan Association", "Harris Bank and Trust Co": a firm's name
    the recognizer begins at the kind after "and" goes back over the kind before it and the
    capitalised words before that, which no other name holds; "A and W Brands Inc" over two
    initials joined by "and"."""
    from spacy.tokens import Span

    taken = {i for s in names for i in range(s.start, s.end)}
    out: list[Span] = []
    for s in names:
        i = s.start - 2
        # "Commonwealth Savings" the recognizer took for a firm of its own, ending at the kind
        cut = bool(out) and out[-1].end == i + 1 and out[-1].label_ == "ORG" and len(out[-1]) > 1
        if (
            s.label_ == "ORG"
            and i > 0
            and doc[i + 1].lower_ in ("and", "&")
            and (doc[i].lower_, s[0].lower_) in PAIRED_KINDS
            and doc[i].text[:1].isupper()
            and (i not in taken or cut)
        ):
            start = out.pop().start if cut else i
            while (
                start > 0
                and start > i - 4
                and doc[start - 1].text[:1].isupper()
                and doc[start - 1].is_alpha
                and start - 1 not in taken
            ):
                start -= 1
            if out and out[-1].end == start and out[-1].label_ == "ORG":
                start = out.pop().start  # "First Federal" the recognizer took for a name of its own
            s = Span(doc, start, s.end, label="ORG")
        elif (
            s.label_ == "ORG"
            and i > 0
            and _legal(s[-1])
            and doc[i].lower_ in ("and", "&")
            and initial(doc[i + 1])
            and initial(doc[i - 1])
            and not {i - 1, i, i + 1} & taken
        ):
            s = Span(doc, i - 1, s.end, label="ORG")  # "A and W Brands Inc": two initials and "and"
        out.append(s)
    return out


#: Heads of a body's name that one word of what it does and "and" go before, as a legal form
#: ends a firm's: "House Ways and Means Committee", "House Energy and Commerce Committee", "the
#: Texas Parks and Wildlife Department".
TRADE_HEADS = frozenset(
    {"committee", "association", "institute", "company", "corporation", "league", "department"}
)
#: Most capitalised words of a name before "and" and the word after it ("Brunswick Mining").
TRADE_LEAD = 3


def _trades_and(doc: Doc, names: list[Span]) -> list[Span]:
    """ "Baldwin Piano and Organ Co", "Brunswick Mining and Smelter Corp", "American Telephone and
    Telegraph Co", "House Ways and Means Committee": a name whose two words of the language, joined
    by "and", say what the firm or the body does, which the recognizer begins at the word after
    "and" ("Organ Co", with "Baldwin Piano" a person's name or none), goes back over "and" and the
    two or three capitalised words before it; one the recognizer ends before "and" ("Buttes Gas"
    of "Buttes Gas and Oil Co") goes on over "and", the word after it and its legal forms. The word
    after "and" is one word before legal forms or a body's head (:data:`TRADE_HEADS`); neither word
    is a place, a people's or a body's noun; and the article writes neither half apart from the
    pair ("General Electric and Allied Corp", with "General Electric Co" or "Allied said"
    elsewhere, are two firms; "Dow Chemical and Union Carbide Corp" has two words after "and")."""
    taken = {i for s in names for i in range(s.start, s.end)}
    out: list[Span] = []
    for s in names:
        joined = _trade_pair(doc, s, out) or _trade_tail(doc, s, taken)
        if joined is not None:
            while out and out[-1].start >= joined.start:
                out.pop()
            s = joined
        out.append(s)
    return out


def _trade_tail(doc: Doc, s: Span, taken: set[int]) -> Span | None:
    """``s`` and the "and", the word of a trade and the legal forms or the body's head after it
    that no name holds ("Buttes Gas" and "and Oil Co"), as :func:`_trades_and` joins them."""
    from spacy.tokens import Span

    link = s.end
    if not (
        s.label_ == "ORG"
        and len(s) > 1
        and link + 2 < len(doc)
        and doc[link].lower_ in ("and", "&")
        and _trade_word(s[-1])
        and _trade_word(doc[link + 1])
    ):
        return None
    end = link + 2
    while end < len(doc) and _legal(doc[end]):
        end += 1
    if end == link + 2 and doc[end].lower_ in TRADE_HEADS:
        end += 1
    if end == link + 2 or any(i in taken for i in range(link, end)):
        return None
    pair = doc[s.start : link + 2].text  # "Texas Savings and Loan", with a head or without
    if len(_finds(doc.text, s.text)) > len(_finds(doc.text, pair)):
        return None  # "Marlow Gas Co said": the words before "and" name a firm of their own
    if _alone(doc, [doc[link + 1].text], set(range(s.start, end))):
        return None  # "Oil said": so does the word after it ("Federal Home Loan Bank" does not)
    return Span(doc, s.start, end, label="ORG")


def _trade_pair(doc: Doc, s: Span, before: list[Span]) -> Span | None:
    """The one name :func:`_trades_and` makes of ``s`` and the words before its "and", if any;
    ``before`` are the names before ``s``."""
    from spacy.tokens import Span

    link = s.start - 1
    if link > 0 and doc[link].is_space:
        link -= 1  # "Hadley Mining and\nSmelter Corp": a line's break after "and" left in the text
    if not (
        s.label_ == "ORG"
        and len(s) > 1
        and link > 1
        and doc[link].lower_ in ("and", "&")
        and (all(_legal(t) for t in s[1:]) or (len(s) == 2 and s[-1].lower_ in TRADE_HEADS))
        and _trade_word(s[0])
        and _trade_word(doc[link - 1])
    ):
        return None
    start = link - 1
    while start > link - TRADE_LEAD and _lead_word(doc[start - 1]):
        start -= 1
    inside = [n for n in before if n.end > start]
    if len(inside) == 1 and inside[0].label_ == "GPE" and inside[0].start == start and inside[0].end < link:
        inside = []  # "China Light and Power Co Ltd": a place opens the firm's name
    if len(inside) > 1 or (inside and (inside[0].start < start or inside[0].end != link)):
        return None  # a name that runs into the words before "and" from further back, or two names
    if inside:
        start = inside[0].start
    if link - start < 2:
        return None  # "the Labour and Conservative Party": one word before "and"
    lead, pair = doc[start:link].text, doc[start : s.end].text
    writes = len(_finds(doc.text, pair))
    if len(_finds(doc.text, lead)) > writes or len(_finds(doc.text, s[0].text)) > writes:
        return None  # "General Electric and Allied Corp ... Allied said": two firms
    return Span(doc, start, s.end, label="ORG")


def _trade_word(token: Token) -> bool:
    """``token`` is a capitalised word of the language that may say what a firm does ("Piano",
    "Mining", "Means"): not a place, a people's word, a body's noun or a legal form."""
    word = token.lower_
    return (
        token.is_title
        and token.is_alpha
        and word in common_words()
        and place(word) is None
        and word not in demonyms()
        and word not in word_set("generic_org_nouns")
        and not _legal(token)
    )


def _lead_word(token: Token) -> bool:
    """``token`` may open a firm's name before its trade: capitalised, no small word of the
    language ("In", "The")."""
    return token.is_title and token.is_alpha and not token.is_stop


#: Last words of a body's name that, like a legal form, end a name "A and B ..." opens with one
#: word: "the Yorkshire and Humberside Regional Confederation".
BODY_HEADS = TRADE_HEADS | {"confederation", "council", "commission", "board", "federation", "union", "group"}


#: Punctuation a name "A and B ..." may follow: a bracket, a quote or a colon that opens it ("NOTE:
#: Town and Country Jewelry Manufacturing Corp").
OPENERS = frozenset({"(", '"', "“", "‘", ":"})


def _lead_and(doc: Doc, names: list[Span]) -> list[Span]:
    """ "Hongkong and Shanghai Banking Corp", "Central and South West Corp", "the Yorkshire and
    Humberside Regional Confederation": one capitalised word, "and", and a firm's or a body's name
    the recognizer begins after "and" (with a legal form or a body's head, :data:`BODY_HEADS`, at
    its end) are one name when the article writes that word nowhere but before the same "and", and
    the firm's words before their legal forms nowhere without it. The word opens its run of
    capitalised words of its line, after no punctuation but an opening bracket, quote or colon
    and after no name's "of" ("Asher Edelman and Dominion Textiles Inc", "Kredietbank SA
    Luxembourgeoise and Banque de Luxembourg SA", "Ford, Chrysler and General Motors Corp",
    "DuPont's <DD> Conoco and Atlantic Richfield Co", "Orange Julius of America and Orange
    Julius Canada Ltd" are two or three; a headline's words on the line above count for
    nothing). It is no acronym ("IBM and Digital Equipment Corp"), no plural of a word of the
    language ("Republicans and House Budget Committee Chairman William Gray"), no person's name
    of its own but a place's ("Chesapeake and Potomac Telephone Co"; "Shultz and Boeing Co
    officials met" are two), and a country, a state or a city of a million opens a firm's name
    only before another place (:func:`_big_place`: "Japan and Mitsubishi Corp signed" are two)."""
    from spacy.tokens import Span

    out: list[Span] = []
    for s in names:
        i = s.start - 2
        before = out[-1] if out and out[-1].end > i else None
        if (
            s.label_ == "ORG"
            and i >= 0
            and doc[i + 1].lower_ in ("and", "&")
            and (_legal(s[-1]) or s[-1].lower_ in BODY_HEADS)
            and _lone_lead(doc, doc[i], before, s)
        ):
            if before is not None:
                out.pop()
            s = Span(doc, i, s.end, label="ORG")
        out.append(s)
    return out


def _lone_lead(doc: Doc, lead: Token, name: Span | None, firm: Span) -> bool:
    """``lead``, "and" and ``firm`` are one name, as :func:`_lead_and` reads them; ``name`` is the
    recognizer's name that holds ``lead``, if any."""
    low = lead.lower_
    if not (lead.is_title and lead.is_alpha and not lead.is_stop and not _legal(lead)):
        return False
    if low.endswith("s") and low[:-1] in common_words():
        return False  # "Republicans and House Budget Committee Chairman", "Len House and Associates and ..."
    if name is not None and (
        (name.start, name.end) != (lead.i, lead.i + 1) or (name.label_ == "PERSON" and place(low) is None)
    ):
        return False
    before = _words_before(doc, lead.i)
    if before and (
        (not before[-1].is_alpha and before[-1].text not in OPENERS)
        or (before[-1].text[:1].isupper() and not before[-1].is_stop)
    ):
        return False  # "Ford, Chrysler and General Motors Corp", "DuPont's <DD> Conoco and ...": its own
    if len(before) == 2 and before[-1].lower_ == "of" and _ends_name(before[0]):
        return False  # "Orange Julius of America and ...", not "president of Rohm and Haas"
    if _big_place(lead.text) and all(place(firm[:k].text) is None for k in range(1, len(firm))):
        return False  # "Japan and Mitsubishi Corp signed": a country and a firm; not "Hongkong and Shanghai"
    core = firm
    while len(core) > 1 and _legal(core[-1]):
        core = core[:-1]
    pair = doc[lead.i : core.end].text
    writes = len(_finds(doc.text, pair))
    return len(_finds(doc.text, lead.text)) <= writes and len(_finds(doc.text, core.text)) <= writes


def _words_before(doc: Doc, i: int) -> list[Token]:
    """The two words before token ``i`` on its line: none after a line break ("... FILES FOR DEBT
    OFFERING\n\nEvans and Sutherland Computer Corp said", a headline above)."""
    words: list[Token] = []
    for t in reversed(doc[max(i - 4, 0) : i]):
        if "\n" in t.text_with_ws:
            break
        if not t.is_space:
            words.insert(0, t)
    return words[-2:]


def _ends_name(token: Token) -> bool:
    """``token`` may end a name before its "of": a capitalised word no sentence opens with, or a
    wire bracket's close ("Orange Julius of", "<Norsk Vikingolje A/S> of"; not "Shares of")."""
    return not token.is_alpha or (token.text[:1].isupper() and not token.is_sent_start)


def _big_place(name: str) -> bool:
    """``name`` is a country's, a state's or a city's of a million people or more, which opens a
    firm's name "A and B ..." only before another place ("Australia and New Zealand Banking Group";
    not "Sun Banks in Florida and Trust Co banks", "of Oslo and MIS Gas Corp")."""
    if is_country(name):
        return True
    hit = place(name)
    return hit is not None and (hit.kind == "state" or (hit.kind == "city" and hit.population >= BIG_CITY))


def place_parts(span: Span) -> list[tuple[int, int]]:
    """A place and the state or country after its comma are two places ("Kharkiv, Ukraine",
    "Lubbock, Texas"), as one news convention has it and the graph needs (``kg.ner.v1``);
    so are a firm with its legal form and the town after "of" ("Mountain View Investment
    Corp of Phoenix"), which wire copy gives as the firm's seat, and a firm and the country
    after its comma ("Jet Airways, India")."""
    if span.label_ == "ORG":
        for t in span[2:-1]:
            if t.lower_ == "of" and _legal(t.nbor(-1)):
                hit = place(span.doc[t.i + 1 : span.end].text.rstrip(".").lower())
                if hit is not None:
                    return [(span.start, t.i), (t.i + 1, span.end)]
    if span.label_ in ("LOC", "ORG"):  # "Jet Airways, India": the firm and its country
        for t in span[1:-1]:
            if t.text == ",":
                after = span.doc[t.i + 1 : span.end].text.rstrip(".")
                hit = place(after.lower())
                if hit is not None and hit.kind in ("country", "state"):
                    return [(span.start, t.i), (t.i + 1, span.end)]
    return [(span.start, span.end)]


#: Words inside a name that tie the words after them to it: "Chamber of Commerce and Industry".
TYING = frozenset({"of", "for", "on", "to", "in"})


def two_names(span: Span) -> list[tuple[int, int]] | None:
    """Two organizations the recognizer read as one name across "and" or "&", as token spans,
    or None (``kg.ner.v1``).

    "The Electoral Commission and National Union of Students are worried", "Black Rebel
    Motorcycle Club and Bloc Party", "China Construction Bank and Bank of China": the words
    before "and" end with a body's noun (``generic_org_nouns``; not a paper's or a service's
    word of ``org_name_heads``, which two kinds share: "Guangdong Post and Telecommunications
    Administration") and the words after it name a body or a paper; "Small Faces and The
    Who": a name after "and" that opens with "The"; "Bank of Japan and Bank of England": a body's
    noun and "of" open both sides (:func:`_body_of_name`). Each side has two words or more.

    Not one name whose kinds share a noun ("Food and Drug Administration", "China Commercial
    and Industrial Bank", "Harris Bank and Trust Co", "Chamber of Commerce and Industry"),
    not a firm with its legal form ("Tokai International and Daiwa Europe Ltd", which may be
    either), not a title with "And" in capitals ("Halfway Between The Gutter And The Stars"),
    not a list ("Comedy Central, VH1 and Country Music TV").

    Two names of any length, of organizations or people, where the article names each alone
    elsewhere: "Foo Fighters and Iron Maiden", "RSA Security and NetSurity", "Purolator and
    Interlink", "Lightbody and McClelland" (:func:`_named_apart`).
    """
    if span.label_ == "ORG" and (k := _link_after_legal_form(span)) is not None:
        return [(span.start, k), (k + 1, span.end)]
    if span.label_ not in ("ORG", "PER") or "," in span.text:
        return None
    links = [t.i for t in span if t.text in ("and", "&")]
    if len(links) != 1 or any(t.text == "And" for t in span):
        return None
    k = links[0]
    before, after = span.doc[span.start : k], span.doc[k + 1 : span.end]
    if before and after and _named_apart(span, before, after):
        return [(span.start, k), (k + 1, span.end)]
    if span.label_ != "ORG" or len(before) < 2 or len(after) < 2 or _legal(span[-1]):
        return None
    if after[0].lower_ in (*FAMILY, "trust"):
        return None
    if _body_of_name(before) and _body_of_name(after):
        return [(span.start, k), (k + 1, span.end)]
    if any(t.lower_ in TYING for t in before) or not all(t.text[:1].isupper() for t in (before[0], after[0])):
        return None
    heads = word_set("generic_org_nouns")
    # not a paper's or a service's word, which two kinds share: "Post and Telecommunications"
    body = before[-1].lower_ in heads and any(t.lower_ in heads | word_set("org_name_heads") for t in after)
    if body or after[0].text == "The":
        return [(span.start, k), (k + 1, span.end)]
    return None


def _link_after_legal_form(span: Span) -> int | None:
    """The "and" or "&" of ``span`` right after a firm's legal form and before another name:
    "Ford Motor Co and Chrysler Corp", "Panhandle Eastern Petroleum Corp and Sonatrach",
    "Goldman, Sachs and Co and Eberstadt Fleming Inc" (a firm's name ends at its legal form); not
    "Dillon, Read and Co Inc" nor "Smith Co and Sons" (a legal form or a family's word after it),
    nor a list, whose comma comes before a legal form that no "and" opens ("Western National
    Life, American Centennial Insurance Co and Beneficial National Bank USA")."""
    doc = span.doc
    for token in span[1:-1]:
        k = token.i
        after = doc[k + 1]
        if (
            token.text in ("and", "&")
            and k - span.start >= 2
            and _legal(doc[k - 1])
            and (not any(t.text == "," for t in doc[span.start : k]) or _and_legal_form(doc, k - 1))
            and after.text[:1].isupper()
            and not _legal(after)
            and after.lower_ not in (*FAMILY, "trust")
        ):
            return k
    return None


def _and_legal_form(doc: Doc, end: int) -> bool:
    """The legal forms that end at token ``end`` follow an "and" ("Goldman, Sachs and Co",
    "Dillon, Read and Co Inc"): a firm named after its founders, whose comma is its own."""
    i = end
    while i > 0 and _legal(doc[i]):
        i -= 1
    return i < end and doc[i].text in ("and", "&")


def _body_of_name(words: Span) -> bool:
    """``words`` are a body's noun, "of" and a name ("Bank of Japan", "Group of Seven"): on both
    sides of "and", two bodies ("Bank of Japan and Bank of England"), where one body's remit
    runs on over one word ("Bank of Credit and Commerce")."""
    heads = word_set("generic_org_nouns")
    return (
        len(words) > 2
        and words[0].lower_ in heads
        and words[1].lower_ == "of"
        and words[2].text[:1].isupper()
    )


def _named_apart(span: Span, before: Span, after: Span) -> bool:
    """The article names ``before`` and ``after``, the two sides of ``span`` around its "and",
    each alone outside every place it writes ``span`` or the pair with "&": as a name of its own,
    with no capitalised word right before or after it ("Deutsche Bank AG" is not "Deutsche
    Bank" alone, nor "Standard & Poor's" "Standard"), the two different and neither a firm's
    family word ("and Co", "and Sons")."""
    doc = span.doc
    if before.text == after.text or after[0].lower_ in FAMILY:
        return False
    if not all(side[0].text[:1].isupper() for side in (before, after)):
        return False
    first, second = [t.text for t in before], [t.text for t in after]
    # every place the pair is written, with "and" or "&" ("Standard & Poor's", "Black & White")
    n = len(first)
    links = [t.i for t in tokens(doc) if t.lower_ in ("and", "&")]
    pairs = [k - n for k in links if _reads(doc, k - n, first) and _reads(doc, k + 1, second)]
    inside = {j for i in pairs for j in range(i, i + n + 1 + len(second))}
    return _alone(doc, first, inside) and _alone(doc, second, inside)


def _reads(doc: Doc, start: int, words: list[str]) -> bool:
    """The tokens of ``doc`` from ``start`` on are ``words``."""
    return start >= 0 and [t.text for t in doc[start : start + len(words)]] == words


def _alone(doc: Doc, words: list[str], inside: set[int]) -> bool:
    """``words`` stand in ``doc`` somewhere outside the tokens ``inside``, as a name of their own."""
    n = len(words)
    for i in range(len(doc) - n + 1):
        if i in inside or (i + n - 1) in inside or not _reads(doc, i, words):
            continue
        left = doc[i - 1] if i > 0 else None
        right = doc[i + n] if i + n < len(doc) else None
        if left is not None and not left.is_sent_start and left.text[:1].isupper() and left.is_alpha:
            continue
        if right is not None and right.text[:1].isupper() and right.is_alpha:
            continue
        return True
    return False


def joined_firms(doc: Doc, names: list[Span]) -> list[Span]:
    """Firms named after their founders, which the recognizer splits at "and" (``kg.ner.v1``).

    "Alex Brown and Sons Inc", "Harris Upham and Co": a name, "and", then a firm word
    (``FAMILY``) is one organization. "Standard and Poor's Corp": a one-word name, "and",
    and a possessive that ends the name or comes before a legal form is one too, and so is
    the same text without its legal form once the document has spelled it with one.
    "Reagan and Chrysler Corp" and "Reagan and Gorbachev's summit" stay apart. Two one-word
    names the words around call one firm are one, there and wherever the text writes them
    again ("Pratt and Whitney, a unit of ...", "the dealer house Handy and Harman":
    :func:`_firm_cued`). "Monarch of
    Texas Inc": a name, "of", and a place with a legal form is one organization, and
    so is "Hooker Holdings (U.S.A.) Inc" (:func:`_bracketed`).
    """
    from spacy.tokens import Span

    names = sorted(
        names + _lone_first_words(doc, names) + _lone_last_words(doc, names), key=lambda s: s.start
    )
    full = {_firm_text(doc, a, b) for a, b in pairwise(names) if _joined(doc, a, b, strict=True)}
    # "Horn and Hardart is projecting", after "Horn and Hardart Co said"
    full |= {" ".join(without_legal_form(text.split())) for text in full}
    full |= {
        _firm_text(doc, a, b) for a, b in pairwise(names) if _word_pair(doc, a, b) and _firm_cued(doc, a, b)
    }
    out: list[Span] = []
    for span in _bracketed(doc, names):
        last = out[-1] if out else None
        if last is not None and (
            _joined(doc, last, span, strict=True)
            or (
                (_joined(doc, last, span, strict=False) or _and_pair(doc, last, span))
                and _firm_text(doc, last, span) in full
            )
        ):
            end = span.end + (
                1
                if span.end < len(doc) and doc[span.end].text == "'s" and doc[span.end - 1].text != "'s"
                else 0
            )
            out[-1] = Span(doc, last.start, end, label="ORG")
        elif (
            last is not None
            and _and_pair(doc, last, span)
            and _firm_text(doc, last, span).removesuffix(" 's") in full
        ):
            out[-1] = Span(doc, last.start, span.end, label="ORG")  # "Pratt and Whitney's PW4000"
        else:
            out.append(span)
    return out


def _word_pair(doc: Doc, a: Span, b: Span) -> bool:
    """Two people's or firms' names of one word each joined by "and" or "&" ("Pratt and Whitney")."""
    return (
        len(a) == len(b) == 1
        and b.start == a.end + 1
        and doc[a.end].lower_ in ("and", "&")
        and a.label_ in ("ORG", "PERSON")
        and b.label_ in ("ORG", "PERSON")
    )


def _and_pair(doc: Doc, a: Span, b: Span) -> bool:
    """Two names with only "and" or "&" between them, of any kind: a firm's name the article
    spelled with its legal form, written again ("Woodward and Lothrop, a retailer", where the
    recognizer reads "Lothrop" as a town)."""
    return b.start == a.end + 1 and doc[a.end].lower_ in ("and", "&")


def _firm_cued(doc: Doc, a: Span, b: Span) -> bool:
    """The words around "A and B" say they are one firm: a company's noun in apposition after them
    ("Pratt and Whitney, a unit of United Technologies Corp") or a firm's noun in small letters
    right before them ("the retailer Marks and Spencer", "the dealer house Handy and Harman
    said"). Two people or two firms are never called one unit or one house. Neither name stands
    alone elsewhere in the text ("top car maker Toyota and Nissan saw sales accelerate" where the
    article writes "Toyota sales jumped")."""
    if _written_alone(doc, a.text, b.text):
        return False
    before = doc[a.start - 1] if a.start > 0 else None
    if before is not None and before.is_lower and before.tag_ == "NN":  # not "rivals Tesco and Asda"
        if before.lemma_ in word_set("firm_nouns") | word_set("company_nouns"):
            return True
        if before.lemma_ == "house" and before.i > 0 and doc[before.i - 1].pos_ == "NOUN":
            return True  # "the dealer house", "a brokerage house"
    return any(
        c.dep_ == "appos" and c.i > b.end and c.lemma_.lower() in word_set("company_nouns")
        for c in (*a.root.children, *b.root.children)
    )


def _written_alone(doc: Doc, first: str, second: str) -> bool:
    """``doc`` writes ``first`` or ``second`` somewhere other than as "first and second"."""
    for t in tokens(doc):
        if t.text == first and not (t.i + 2 < len(doc) and doc[t.i + 2].text == second):
            return True
        if t.text == second and not (t.i >= 2 and doc[t.i - 2].text == first):
            return True
    return False


def _comma_founders(doc: Doc, names: list[Span]) -> list[Span]:
    """ "Sears, Roebuck and Co", "Smith Barney, Harris Upham and Co": one or two capitalised
    words and a comma before a founders' firm ("... and Co", :data:`FAMILY`) are its first
    names, unless they name a place ("In New York, Alex Brown and Sons Inc")."""
    from spacy.tokens import Span

    out: list[Span] = []
    for span in names:
        words = [t.lower_.rstrip(".") for t in span]
        founders = span.label_ == "ORG" and "and" in words[1:-1] and words[words.index("and") + 1] in FAMILY
        comma = span.start - 1
        if founders and comma > 0 and doc[comma].text == ",":
            first = comma
            while (
                first > comma - 2
                and first > 0
                and doc[first - 1].is_alpha
                and doc[first - 1].text[:1].isupper()
            ):
                first -= 1
            own = out[-1] if out and out[-1].start >= first and out[-1].end <= comma else None
            if first < comma and place(doc[first:comma].text.lower()) is None:
                if own is not None:
                    out.pop()  # "Sears" the recognizer took for a name of its own
                if not (out and out[-1].end > first):
                    span = Span(doc, first, span.end, label="ORG")
        out.append(span)
    return out


def _lone_last_words(doc: Doc, names: list[Span]) -> list[Span]:
    """The last word of a firm's name the recognizer left out after "and" and a one-word name
    it read as a person's, where a possessive that owns nothing follows: "Poor" of "rated by
    Standard and Poor's." (:func:`_joined` decides)."""
    from spacy.tokens import Span

    taken = {i for s in names for i in range(s.start, s.end)}
    out = []
    for s in names:
        i = s.end + 1
        if (
            len(s) == 1
            and i + 1 < len(doc)
            and i not in taken
            and doc[s.end].lower_ in ("and", "&")
            and doc[i].is_alpha
            and doc[i].is_title
            and doc[i + 1].text == "'s"
        ):
            word = Span(doc, i, i + 1, label="PERSON")
            if _joined(doc, s, word, strict=True):
                out.append(word)
    return out


def _lone_first_words(doc: Doc, names: list[Span]) -> list[Span]:
    """The first word of a firm's name the recognizer left out, before "and": "Standard" of
    "Standard and Poor's Corp" (a person's name, as :func:`_joined` reads it) and "British"
    of "British and Commonwealth Shipping Co" (a demonym before a firm with its legal form)."""
    from spacy.tokens import Span

    taken = {i for s in names for i in range(s.start, s.end)}
    out = []
    for s in names:
        i = s.start - 2
        if i < 0 or i in taken or not doc[i].text[:1].isupper():
            continue
        word = Span(doc, i, i + 1, label="PERSON")
        if doc[i].is_alpha and _joined(doc, word, s, strict=True):
            out.append(word)
        elif (
            s.label_ == "ORG"
            and doc[i + 1].lower_ in ("and", "&")
            and (doc[i].lower_ in demonyms() or initial(doc[i]))
            and _legal(doc[s.end - 1])
        ):
            out.append(Span(doc, i, i + 1, label="ORG"))
        elif doc[i + 1].lower_ in ("and", "&"):
            # "Cable" of "Cable and Wireless Plc", "Bolt Beranek" of "Bolt Beranek and Newman Inc"
            start = i
            while start > max(0, i - 2) and start - 1 not in taken and doc[start - 1].is_title:
                start -= 1
            if _partners(doc, Span(doc, start, i + 1, label="ORG"), s):
                out.append(Span(doc, start, i + 1, label="ORG"))
    return out


def _middle_initials(doc: Doc, names: list[Span]) -> list[Span]:
    """ "George W Bush", "Charles A Blixt": a given name, a middle initial without its full stop
    and a surname, which the recognizer reads as two names around the letter (or two firms), are
    one person. The first name starts with a name of the census (``common_names``: "George",
    "Charles"), the letter is no "I", and the surname is one word, or two a person's."""
    from spacy.tokens import Span

    out: list[Span] = []
    for span in names:
        last = out[-1] if out else None
        if (
            last is not None
            and span.start == last.end + 1
            and _middle_initial(doc[last.end])
            and {last.label_, span.label_} <= {"PERSON", "ORG"}
            and len(last) <= 2
            and last[0].lower_ in common_names()
            and (len(span) == 1 or (len(span) == 2 and span.label_ == "PERSON"))
            and all(t.is_title and t.is_alpha for t in (*last, *span))
        ):
            out[-1] = Span(doc, last.start, span.end, label="PERSON")
            continue
        out.append(span)
    return out


def _middle_initial(token: Token) -> bool:
    """``token`` is a capital letter, with or without its full stop, but no "I" ("W", "J.")."""
    letter = token.text.removesuffix(".")
    return len(letter) == 1 and letter.isupper() and letter != "I"


def initial(token: Token) -> bool:
    """``token`` is one capital letter ("M" of "M and G Group Plc")."""
    return len(token.text) == 1 and token.text.isupper()


def _partners(doc: Doc, a: Span, b: Span) -> bool:
    """ "Hambrecht and Quist Inc": a one-word firm, "and", one more word and a legal form are one
    firm of partners when the article names none of their words anywhere else but in the same
    pair ("Horn and Hardart is projecting"; "Ford and Xerox Corp", with "Ford said" or "Xerox"
    elsewhere, stay two). So are the partners the recognizer
    reads as one firm or a person of one name or of three names or more ("Bolt Beranek and Newman
    Inc", "Piper, Jaffray and Hopwood Inc", "Woodward and Lothrop Inc", "Lovett Mitchell Webb and
    Garrison Inc"); a person of two names is no partner ("Lee Iacocca and Chrysler Corp"), nor an
    acronym ("IBM"). A one-word person is a partner only when the article writes the pair again
    ("Woodward and Lothrop, a privately held retailer"), not "Shultz and Boeing Co" once."""
    if len(b) != 2 or b.label_ != "ORG" or not _legal(b[-1]) or not b[0].is_title:
        return False
    words = [t for t in a if t.text != ","]
    if (a.label_ == "PERSON" and len(words) == 2) or a.label_ not in ("ORG", "PERSON") or len(words) > 4:
        return False
    if not all(t.is_title and t.is_alpha for t in words) or _legal(words[-1]):
        return False  # "Coronet Insurance Co and Sunstates Corp" are two firms
    names = {t.text for t in words} | {b[0].text}
    elsewhere = {t.i for t in tokens(doc) if t.text in names and not a.start <= t.i < b.end}
    if a.label_ == "PERSON" and len(words) == 1 and not elsewhere:
        return False  # "Shultz and Boeing Co officials met": a pair written once
    return not elsewhere or elsewhere <= _pair_tokens(doc, [t.text for t in words], b[0].text)


def _pair_tokens(doc: Doc, first: list[str], last: str) -> set[int]:
    """Indexes of the tokens of every "first and last" the document writes, over line breaks:
    "Horn and Hardart is projecting" names the partners' firm again, neither partner alone."""
    words = [t for t in tokens(doc) if not t.is_space]
    seq = [*first, "and", last]
    found: set[int] = set()
    for k in range(len(words) - len(seq) + 1):
        run = words[k : k + len(seq)]
        if all(t.text == w or (w == "and" and t.lower_ == "&") for t, w in zip(run, seq, strict=True)):
            found.update(t.i for t in run)
    return found


def _legal(token: Token) -> bool:
    """``token`` is a legal form ("Corp", "Inc.", "AB")."""
    return token.lower_.rstrip(".") in CORPORATE


def _mended(doc: Doc, names: list[Span]) -> list[Span]:
    """Names the recognizer cut at the edges of a wire line or a legal form (``kg.ner.v1``):
    "Rexham" before "Corp" is the firm "Rexham Corp"; "Juan" at the end of a line and
    "Sourrouille" at the start of the next are one person (not across a paragraph's break); a
    name right before a firm's name with its legal form is part of it ("B.C." and "Resources
    Investment Corp"), and so is a firm's word right after a name ("First City" and "Bancorp").
    A name that ends in a legal form is a firm's, whatever the recognizer read."""
    from spacy.tokens import Span

    out: list[Span] = []
    for span in names:
        end = span.end
        while end < len(doc) and doc[end].text[:1].isupper() and _legal(doc[end]):
            end += 1
        if end > span.end or (span.label_ == "PERSON" and len(span) > 1 and _legal(doc[end - 1])):
            # "E.F. Hutton and Co Inc." is no person: a name that ends in a legal form is a firm's
            span = Span(doc, span.start, end, label="ORG")
        last = out[-1] if out else None
        if (
            last is not None
            and last.label_ == "PERSON"
            and (span.label_ == "PERSON" or (len(span) == 1 and place(span.text.lower()) is None))
            and span.start == last.end + 1
            and doc[last.end].is_space
            and doc[last.end].text.count("\n") == 1
            # "E.F. Hutton and Co Inc.\n    Hutton led": an indented line starts a paragraph
            and not PARAGRAPH.search(doc[last.end].text)
            and not span.text.isupper()  # "Rolf Soderlind\nLONGYEAR": a byline, then a dateline
            # "Sen. Edward\nZorinsky", not a list of names ("Billy Mayfair , Ken\nGreen")
            and not (last.start > 0 and doc[last.start - 1].lower_ in (",", "and", "&", ";"))
        ):
            out[-1] = Span(doc, last.start, span.end, label="PERSON")
            continue
        if out and span.start < out[-1].end:
            continue
        if (
            last is not None
            and span.start == last.end
            and (
                (span.label_ == "ORG" and len(last) <= 2 and _legal(doc[span.end - 1]))
                or (last.label_ == "ORG" and len(span) <= 3 and _legal(doc[last.end - 1]))
            )
            and not _sentence_after(doc, last.end)
        ):
            # "B.C. Resources Investment Corp", "Telefon AB L.M. Ericsson": two names that touch are one
            out[-1] = Span(doc, last.start, span.end, label="ORG")
            continue
        if (
            last is not None
            and span.start == last.end
            and len(last) > 1
            and last[-1].lower_ in LINKS
            and last[0].lower_ not in TITLE_STARTS  # "Lord of the" + "Rings": a title, no name
        ):
            # "Economic Commission for" + "Latin America", "Rodrigo de la" + "Serna": a name that
            # ends in a linking word goes on with the name right after it
            out[-1] = Span(doc, last.start, span.end, label=last.label_)
            continue
        if (
            last is not None
            and (last.label_ == "ORG" or last[0].lower_ in FOREIGN_FIRM_STARTS)
            and span.start == last.end + 1
            and doc[last.end].lower_ in FOREIGN_LINKS
            and (span.label_ in ("GPE", "LOC", "ORG") or _portuguese_firm(doc, last, span))
        ):
            # "Istituto Bancario San Paolo" + "di" + "Torino", "Credit Lyonnais" + "de" + "Paris":
            # a firm's name goes on through a linking word of its own language into a place, or
            # a Portuguese firm's into words the recognizer read as a person's ("Banco" + "do" +
            # "Brasil")
            out[-1] = Span(doc, last.start, span.end, label="ORG")
            continue
        if (
            last is not None
            and span.start == last.end
            and len(span) == 1
            and span.label_ == "ORG"
            and span[0].lower_ in word_set("org_name_tails")
        ):
            out[-1] = Span(doc, last.start, span.end, label="ORG")  # "First City" + "Bancorp"
            continue
        out.append(span)
    return out


def _sentence_after(doc: Doc, i: int) -> bool:
    """A sentence starts at token ``i``, after a legal form's full stop: "sold to Columbia
    Aluminium Corp. Comalco said" is two names, the second the next sentence's subject."""
    return 0 < i < len(doc) and doc[i - 1].text.endswith(".") and bool(doc[i].is_sent_start)


def _portuguese_firm(doc: Doc, firm: Span, name: Span) -> bool:
    """ "Banco do Brasil", "GM do Brasil": a firm's name, Portuguese "do", "da", "dos" or "das" and
    a name the recognizer read as a person's are one firm's name; not after a possessive
    ("Salomon's da Silva") nor a given name read as a firm ("Carlo da Silva"). Other languages'
    links go on into places only ("Carlo di Benedetti", "Salomon's di Clemente" stay apart)."""
    return (
        name.label_ == "PERSON"
        and doc[firm.end].lower_ in ("do", "da", "dos", "das")
        and firm[-1].text not in POSSESSIVES
        and firm[0].lower_ not in given_names()
    )


def _bracketed(doc: Doc, names: list[Span]) -> list[Span]:
    """ "Hooker Holdings (U.S.A.) Inc", "DSM Hydrocarbons (UK) Ltd": a firm's name, a country or
    a code in brackets and a legal form are one name, whatever the recognizer made of the
    brackets (the name may have read as a person's, and the legal form alone as a firm).
    Where it found only the legal form ("Enterprise Oil (TNS) Ltd"), the capitalised words
    before the brackets are the name."""
    from spacy.tokens import Span

    out: list[Span] = []
    skip_to = -1
    for span in names:
        if span.start < skip_to:
            continue
        last = _bracket_legal(doc, span.end)
        if last is not None and span.label_ in ("ORG", "PERSON", "GPE", "LOC"):
            span = Span(doc, span.start, last, label="ORG")
            skip_to = last
        elif (
            _legal(span[0])
            and span.start >= 3
            and doc[span.start - 1].text == ")"
            and (opened := _bracket_start(doc, span.start - 1)) is not None
        ):
            first = opened
            while first > 0 and opened - first < 4 and _name_start(doc[first - 1]):
                first -= 1
            if first < opened and (not out or out[-1].end <= first):
                span = Span(doc, first, span.end, label="ORG")
        out.append(span)
    return out


def _bracket_legal(doc: Doc, i: int) -> int | None:
    """End of the brackets at token ``i`` (up to four words inside) and the legal forms after
    them ("(U.S.A.) Inc", "(UK) Ltd"), if a legal form follows."""
    if not (i + 2 < len(doc) and doc[i].text == "("):
        return None
    close = next((j for j in range(i + 1, min(i + 6, len(doc))) if doc[j].text == ")"), None)
    if close is None or close + 1 >= len(doc) or not _legal(doc[close + 1]):
        return None
    last = close + 1
    while last + 1 < len(doc) and _legal(doc[last + 1]):
        last += 1
    return last + 1


def _bracket_start(doc: Doc, close: int) -> int | None:
    """The opening bracket of the one closing at token ``close``, if up to four words lie inside
    and all are capitalised ("(TNS)", "(GB)", "(U.S.A.)")."""
    for j in range(close - 1, max(close - 6, -1), -1):
        if doc[j].text == "(":
            inside = doc[j + 1 : close]
            return j if len(inside) and all(t.text[:1].isupper() for t in inside) else None
    return None


def _name_start(token: Token) -> bool:
    """A capitalised word of a name, no sentence's first word and no punctuation."""
    return token.text[:1].isupper() and token.is_alpha and not token.is_sent_start


#: Words inside a name that link its parts ("Commission for Latin America", "Rodrigo de la Serna").
LINKS = frozenset(
    {"of", "for", "the", "de", "la", "le", "del", "della", "di", "da", "du", "des",
     "van", "von", "der", "den"}
)  # fmt: skip

#: Linking words of other languages than English inside a firm's name ("Banco di Roma").
FOREIGN_LINKS = frozenset({"di", "de", "del", "della", "du", "des", "da", "do"})
#: Words that start European firms' names and no one's ("Istituto Bancario San Paolo", which
#: the recognizer reads as a person).
FOREIGN_FIRM_STARTS = frozenset(
    "banca banco banque caisse cassa compagnie compania credito deutsche groupe grupo instituto istituto "
    "sociedad societe".split()
)
#: First words that make a name ending in a linking word a title ("Lord of the", "Queen of").
TITLE_STARTS = frozenset({"lord", "lady", "king", "queen", "prince", "princess", "duke", "master"})


def _joined(doc: Doc, a: Span, b: Span, *, strict: bool) -> bool:
    if b.start != a.end + 1:
        return False
    if doc[a.end].lower_ == "of":
        # "Monarch of Texas Inc": a place with a legal form is no firm of its own
        words = [t.text for t in b]
        while len(words) > 1 and words[-1].lower().rstrip(".") in CORPORATE:
            words.pop()
        return len(words) < len(b) and place(" ".join(words).lower()) is not None
    if doc[a.end].lower_ not in ("and", "&") or a.label_ == "GPE":
        return False
    briefs = word_set("portfolios")
    if a.label_ == "ORG" and len(a) > 1 and a[-1].lower_ in briefs and len(b) == 1 and b[0].lower_ in briefs:
        return True  # "Department for Education and Skills": two briefs of one department
    if b[0].lower_.rstrip(".") in FAMILY and b.label_ == "ORG":
        return True
    if len(a) == 1 and a.label_ == "ORG" and (a[0].lower_ in demonyms() or initial(a[0])):
        return b.label_ == "ORG" and _legal(b[-1])
    if _partners(doc, a, b):
        return True
    if len(a) != 1 or a.label_ != "PERSON":
        return False
    words = [t.lower_.rstrip(".") for t in b]
    possessive = ("'s" in words and words.index("'s") == 1) or (
        len(b) == 1 and b.end < len(doc) and doc[b.end].text == "'s"
    )
    if not possessive:
        return False
    rest = words[2:] if "'s" in words else [doc[b.end + 1].lower_.rstrip(".")] if b.end + 1 < len(doc) else []
    # "rated A by Moody's and Standard and Poor's.": a possessive that owns no noun is a firm's name
    owns_nothing = not rest or not any(c.isalnum() for c in rest[0]) or rest[0] in ("and", "or")
    return not strict or owns_nothing or rest[0] in CORPORATE


def _firm_text(doc: Doc, a: Span, b: Span) -> str:
    """ "standard and poor's" for "Standard and Poor's Corp" and "Standard and Poor's"."""
    words = [t.lower_ for t in doc[a.start : b.end]]
    if b.end < len(doc) and doc[b.end].text == "'s":
        words.append("'s")
    return " ".join(words[: words.index("'s") + 1] if "'s" in words else words)
