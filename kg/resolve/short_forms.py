"""Short forms of organizations across documents: acronyms, clipped names, abbreviations.

A one-word organization name joins a long one when the corpus states the link
(one document names both, or the long name's entity carries the short form as
an alias) or, never stated, when the long name is its one reading in the corpus:

* ``acronym``: the initials of the long name, with or without its legal form, or without the
  country's name it opens with or with that name's letters ("GM" / "General Motors Corp", "NTT" /
  "Nippon Telegraph and Telephone Corp", "FDA" / "US Food and Drug Administration", "UKIP" / "UK
  Independence Party"), a state body's with its noun first ("USDA" / "U.S. Agriculture
  Department"); never stated, not a short form that documents state as the cut first word of
  another long name ("Fed" of 200 Reuters articles, which write it for the Federal Reserve, is
  no "Frontier Exploration Department" of one);
* ``first-word``: the first word of the long name ("UTILICORP" / "UtiliCorp United
  Inc", "Merrill" / "Merrill Lynch");
* ``prefix``: the start of that first word ("Fed" / "Federal Reserve"); not a town's name, a
  given name or surname of the census lists or a state's wire abbreviation ("Parma" is no
  "Parmalat", "Sam" no "Samuel Montagu and Co Ltd", "Fla" no "Flagstaff Institute"), nor, never
  stated, a short form that stands alone in more documents than the long name ("Opera", a
  browser, is no "Operation Digital Gridlock").

A short form with several readings takes the one all the others extend ("Merrill
Lynch", not "Merrill Lynch Capital Markets") or the one holding most of the
evidence (:func:`kg.resolve.sets.dominant`), else none. A first word joins no one
when it is a common word ("Senate", "National": ``kg/data/generic_org_words.tsv``),
a country, a state or a demonym; when the corpus knows it as a firm's whole name
("Chrysler Corp") or as an acronym with its own expansion ("GM" is not "GM
Overseas Distribution Corp"); or when it stands alone in more documents than the
long name does, which then is a unit or a product of it ("Airbus A300s"). Neither a first
word nor a prefix is a word the corpus writes in small letters more often than capitalised
inside a sentence (:func:`kg.resolve.sets.written_small`): the "Power" inquiry is no "Power
Page", the rapper "The Game" no "GameBoy". A town's name
joins a long name only when a document states the link: alone it may be the town's club
("Norwich" is not "Norwich Union").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from itertools import chain

from kg.lexicon import (
    common_names,
    demonyms,
    generic_org_words,
    given_names,
    is_country,
    places,
    us_states,
)
from kg.names import CORPORATE, normalise, plural_of, regional_arm
from kg.resolve.keys import acronym_like, firm_key, initials, noun_first_initials
from kg.resolve.sets import Corpus, dominant, tally, written_small

ORG = "Organization"
#: A prefix abbreviation ("Fed") has at least this many letters.
MIN_PREFIX = 3
#: A body's name after a country's initials ("US Food and Drug Administration") reads as its own
#: long name when its initials have at least this many letters ("FDA"; not "IP" of "UK Independence
#: Party", whose acronym counts the country's letters: "UKIP"). So many letters at least has a
#: state body's acronym that spells its noun first ("MTI" of a "Trade and Industry Ministry").
MIN_NATIONAL = 3
#: Two long names of one acronym at least this alike are spellings of one name, unless a word
#: of one is less than this alike to the other's in its place.
SPELLING_RATIO, OTHER_WORD = 0.9, 0.75


@dataclass(frozen=True, slots=True)
class Long:
    """An organization's name of two or more words, as the short-form rules read it.

    A name headed by an acronym ("GM Overseas Distribution Corp", "EC Commission") is a
    unit or a body of that acronym's organization: it has no first word and no initials
    here. Initials that count the legal form ("DEC" of "Digital Equipment Corp") count
    less: never stated, they join only a name that is no rarer than the acronym, and
    only an acronym that heads no name of its own ("MCI", of "MCI Communications Corp",
    is not "Manor Care Inc").
    """

    name: str  # "general motors corp"
    firm: str  # without its legal form: "general motors"
    first: str  # its first word
    initials: str  # of the name without its legal form: "gm"
    legal: str  # of the name with its legal form when that differs: "gmc"
    #: Other initials it is known by: with its country's letters ("ukip" of "UK Independence Party")
    #: or, a state body's, with its noun first ("usda" of "U.S. Agriculture Department").
    readings: tuple[str, ...] = ()

    @classmethod
    def of(cls, surface: str, name: str) -> Long | None:
        head, _, rest = surface.partition(" ")
        if acronym_like(head) and not _capitals(surface):
            if is_country(head):  # "US Food and Drug Administration": its FDA
                return _national(_letters(normalise(head)), cls.of(rest.strip(), name.partition(" ")[2]))
            return None  # headed by an acronym: a unit or a body of its organization
        firm = firm_key(name)
        if not surface[:1].isupper():
            return None  # "stg capital"
        inits, legal = initials(firm), initials(name)
        if " " not in firm and not legal:
            return None
        # "Nintendo Europe" is an arm of Nintendo: "Nintendo" is no clipping of it
        first = firm.split()[0] if " " in firm and not regional_arm(firm.split()) else ""
        noun_first = noun_first_initials(firm)
        readings = (noun_first,) if len(noun_first) >= MIN_NATIONAL else ()
        return cls(name, firm, first, inits, "" if legal == inits else legal, readings)


def _national(country: str, long: Long | None) -> Long | None:
    """The long name that follows a ``country``'s letters, read with them: its initials after the
    country's ("ukip" of "UK Independence Party", "usda" of "U.S. Agriculture Department", its noun
    first) besides its own, which count only with :data:`MIN_NATIONAL` letters or more ("FDA" of
    "US Food and Drug Administration"; not "IP"). A name with too few letters of its own is no
    clipping's or legal form's long name either ("Independence" is no UKIP)."""
    if long is None or not long.initials:
        return None
    noun_first = noun_first_initials(long.firm)
    national = tuple(country + inits for inits in (long.initials, noun_first) if inits)
    if len(long.initials) >= MIN_NATIONAL:
        return replace(long, readings=(*long.readings, *national))
    return replace(long, first="", initials="", legal="", readings=(*long.readings, *national))


#: How a short form relates to a long name: (short form's key, rule) for each link.
Links = Callable[[str, Long], Iterator[tuple[str, str]]]


def _longs(c: Corpus) -> list[list[Long]]:
    """The long names of each entity: its name and its aliases of several words."""
    read: dict[str, Long | None] = {}  # each distinct spelling is read once
    longs: list[list[Long]] = []
    for kind, forms in zip(c.kinds, c.forms, strict=True):
        found: list[Long] = []
        for form in forms if kind == ORG else ():
            if form not in read:
                read[form] = Long.of(form.strip(), normalise(form)) if " " in normalise(form) else None
            long = read[form]
            if long is not None:
                found.append(long)
        longs.append(found)
    return longs


def _shorts(c: Corpus) -> Iterator[tuple[str, str, list[int]]]:
    """(name, surface, entities) of each distinct one-word organization name."""
    for (kind, name), where in c.distinct.items():
        if kind == ORG and name and " " not in name:
            yield name, c.items[where[0]][1].name.strip(), where


def join_short_forms(c: Corpus) -> None:
    """Acronyms, then clipped names and prefix abbreviations, then last words, join their long names."""
    longs = _longs(c)
    join_acronyms(c, longs)
    join_clippings(c, longs)
    join_last_words(c, longs)


def join_last_words(c: Corpus, longs: list[list[Long]]) -> None:
    """A one-word name joins the long name of its own document that it ends, when no other long
    name there ends with it (rule ``last-word``): "the Leverkusen match" beside "Bayer
    Leverkusen", "the Commons" beside "the House of Commons". Only where a document names both,
    and never a name standing alone in more documents than the long name ("Times" of the other
    articles is no "New York Times"), a common word ("Bank" of "Deutsche Bank"), nor a name
    already joined to a long one."""
    roots = c.roots()
    _mentions, docs = c.weights(roots)
    held = {roots[i] for i, forms in enumerate(longs) if forms}  # sets that hold a long name
    decided: list[tuple[int, int]] = []
    for doc in c.by_document.values():
        ends: dict[str, set[int]] = defaultdict(set)
        for i in doc:
            for long in longs[i]:
                ends[long.firm.rsplit(" ", 1)[-1]].add(roots[i])
        for i in doc:
            name = c.names[i]
            if c.kinds[i] != ORG or " " in name or roots[i] in held or len(ends.get(name, ())) != 1:
                continue
            reading = next(iter(ends[name]))
            if (
                c.items[i][1].name[:1].isupper()
                and not _common(name)
                and len(docs[roots[i]]) <= len(docs[reading])
            ):
                decided.append((reading, i))
    for reading, i in decided:
        c.join(reading, i, "last-word")


def join_acronyms(c: Corpus, longs: list[list[Long]]) -> None:
    """Acronyms join their long name (rule ``acronym``); spellings of one expansion join each
    other ("Organisation" / "Organization for Economic Cooperation and Development": ``spelling``)."""
    roots = c.roots()
    mentions, docs = c.weights(roots)
    known, legal = _expansions(roots, longs)
    names = _names(roots, longs)
    stated = tally(chain(_stated(c, roots, longs, _acronym_links), _bracketed(c, roots, longs)))
    cut = {key for key, _root in _stated(c, roots, longs, _prefix_links)}
    heads, firms = _heads(c)
    decided: list[tuple[list[int], list[int]]] = []
    for name, surface, where in _shorts(c):
        key = _letters(name)
        said = stated.get(key)
        if not _initialism(surface) or not (said or key in known or key in legal):
            continue
        if not said and key in firms:
            continue  # "CBS Inc" elsewhere: "CBS" is that firm, not the "Central Bureau of Statistics"
        if not said and name in cut:
            continue  # articles write "Fed" for the "Federal Reserve", none for "Frontier Exploration Dept"
        pool = said or Counter({r: mentions[r] for r in known.get(key, ())})
        spellings = _spellings(pool, names if said else {})  # only stated expansions are grouped
        decided += [(same, []) for same in (same for _n, same in spellings.values()) if len(same) > 1]
        # entities of the acronym whose set holds no expansion yet ("IBM" that spells itself out
        # in one article is there already; the "IBM" of the others may follow it)
        loose = _loose(where, roots, known.get(key, set()) | legal.get(key, set()) | set(said or ()))
        reading = dominant(Counter({head: n for head, (n, _same) in spellings.items()})) if loose else None
        if reading is None and loose and not said and key not in known and key not in heads:
            reading = dominant(Counter({r: mentions[r] for r in legal.get(key, ())}))
            spellings = {reading: (0, [reading])} if reading is not None else {}
            if reading is not None and len(docs[roots[loose[0]]]) > len(docs[reading]):
                reading = None
        if reading is not None:
            decided.append((spellings[reading][1], loose))
    for (reading, *same), where in decided:
        for other in same:
            c.join(reading, other, "spelling")
        for i in where:
            c.join(reading, i, "acronym")


def _capitals(text: str) -> bool:
    """Every letter a capital: a headline ("UTILICORP UNITED INC")."""
    return text.upper() == text and any(ch.isalpha() for ch in text)


def _heads(c: Corpus) -> tuple[set[str], set[str]]:
    """Acronyms that head a longer name ("MCI Communications Corp"): names of their own; and
    those of them the corpus writes as a firm's whole name, with a legal form and nothing else
    ("CBS Inc"): that firm's name, no other long name's initials unless a document says so."""
    heads: set[str] = set()
    firms: set[str] = set()
    for (kind, name), where in c.distinct.items():
        surface = c.items[where[0]][1].name.strip()
        whole = _capitals(surface)  # "UTILICORP UNITED INC" is a headline
        first, *rest = surface.split()
        if kind == ORG and " " in name and acronym_like(first) and not whole:
            heads.add(_letters(normalise(first)))
            if all(w.lower().rstrip(".") in CORPORATE for w in rest):
                firms.add(_letters(normalise(first)))
    return heads, firms


def _names(roots: list[int], longs: list[list[Long]]) -> dict[int, Long]:
    """Each set's shortest long name."""
    names: dict[int, Long] = {}
    for root, forms in zip(roots, longs, strict=True):
        for long in forms:
            old = names.get(root)
            if old is None or (len(long.name), long.name) < (len(old.name), old.name):
                names[root] = long
    return names


def _spellings(pool: Counter[int], names: dict[int, Long]) -> dict[int, tuple[int, list[int]]]:
    """The candidates of a short form grouped by spelling: the heaviest of each group -> the
    group's weight and its sets, heaviest first ("commodity credit corporation" and "commodity
    credit corportion" are one group, and so are "federal savings and loan insurance corp." and
    "federal savings and loans insurance corporation", alike without their legal forms; "general
    motors corp" and "global mining" are two)."""
    groups: dict[int, tuple[int, list[int]]] = {}
    for root in sorted(pool, key=lambda r: (-pool[r], r)):
        name = names.get(root)
        head = next((h for h in groups if _same_spelling(names.get(h), name)), root)
        weight, members = groups.get(head, (0, []))
        groups[head] = (weight + pool[root], [*members, root])
    return groups


def _same_spelling(a: Long | None, b: Long | None) -> bool:
    """Two long names spell one name, with their legal forms or without them, and no word of
    one is another word in the other ("African" and "Asian Development Bank" are two banks)."""
    if a is None or b is None:
        return False
    return any(
        x and y and SequenceMatcher(None, x, y).ratio() >= SPELLING_RATIO and not _other_word(x, y)
        for x, y in ((a.name, b.name), (a.firm, b.firm))
    )


def _other_word(a: str, b: str) -> bool:
    """Names of as many words where, in one place, a word of four letters or more stands for
    another less than :data:`OTHER_WORD` alike, no plural nor cut of it ("African" and "Asian",
    0.67; not "Organistion" and "Organization", 0.87, nor "Corp" and "Corporation").

    Examples:
        >>> _other_word("african development bank", "asian development bank")
        True
        >>> _other_word("international coffee organistion", "international coffee organization")
        False
        >>> _other_word("building society association", "building societies association")
        False
        >>> _other_word("commodity credit corp", "commodity credit corporation")
        False
    """
    x, y = a.split(), b.split()
    return len(x) == len(y) and any(
        u.isalpha() and v.isalpha() and min(len(u), len(v)) >= 4
        and not (u.startswith(v) or v.startswith(u) or plural_of(u, {v}) or plural_of(v, {u}))
        and SequenceMatcher(None, u, v).ratio() < OTHER_WORD
        for u, v in zip(x, y, strict=True)
    )  # fmt: skip


def _loose(where: list[int], roots: list[int], settled: set[int]) -> list[int]:
    """The entities of ``where`` whose set is none of ``settled``."""
    return [i for i in where if roots[i] not in settled]


def _expansions(roots: list[int], longs: list[list[Long]]) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """Initials -> the sets holding a long name with those initials, without and with the
    legal form counted."""
    known: dict[str, set[int]] = defaultdict(set)
    legal: dict[str, set[int]] = defaultdict(set)
    for root, forms in zip(roots, longs, strict=True):
        for long in forms:
            for inits in (long.initials, *long.readings):
                if inits:
                    known[inits].add(root)
            if long.legal:
                legal[long.legal].add(root)
    return known, legal


def _letters(name: str) -> str:
    """An acronym's letters without its stops ("U.N.": "un"), and without its "&", marked at the
    end, for one written with it ("m&s": "ms&"), which is no other acronym's key ("sp" of a
    helicopter's model is no "S&P").

    Examples:
        >>> _letters("u.n."), _letters("m&s"), _letters("at&t")
        ('un', 'ms&', 'att&')
    """
    letters = name.replace(".", "")
    return letters.replace("&", "") + "&" if "&" in letters else letters


def _bracketed(c: Corpus, roots: list[int], longs: list[list[Long]]) -> Iterator[tuple[str, int]]:
    """(acronym, set) for each article that writes an acronym in brackets after a long name whose
    initials are its letters in another order (:func:`_translated`: "the Brazilian Coffee
    Institute (IBC)", of the Portuguese words; rule ``bracketed`` of :mod:`kg.nlp.mentions`): a
    statement of that expansion as much as one that spells it ("Interstate Bakeries Corp <IBC>"),
    so that the corpus's other "IBC"s read the expansion most articles state."""
    for i, (_doc, e) in enumerate(c.items):
        if c.kinds[i] != ORG or not longs[i]:
            continue
        for surface, rule in e.merges:
            key = _letters(normalise(surface))
            if (
                rule == "bracketed"
                and _initialism(surface)
                and any(_translated(key, long) for long in longs[i])
            ):
                yield key, roots[i]


def _translated(key: str, long: Long) -> bool:
    """The acronym's letters are ``long``'s initials in another order: an acronym of the name in
    its own language, whose words go in another order ("the Brazilian Coffee Institute (IBC)", the
    Instituto Brasileiro do Cafe); not the same expansion written with a word more or less ("the
    Bank's Monetary Policy Committee (MPC)", "PlayStation Portable (PSP)"); three letters at
    least: "the Socialist Party (PS)" is no statement of the "PS" of PS Group Inc.

    Examples:
        >>> coffee = Long.of("Brazilian Coffee Institute", "brazilian coffee institute")
        >>> charts = Long.of("Official UK Charts Company", "official uk charts company")
        >>> _translated("ibc", coffee), _translated("occ", charts), _translated("bci", coffee)
        (True, False, False)
        >>> _translated("ps", Long.of("Socialist Party", "socialist party"))
        False
    """
    letters = _initials_of(key)
    return len(letters) > 2 and letters != long.initials and sorted(letters) == sorted(long.initials)


def _initials_of(key: str) -> str:
    """The initials an acronym's key (:func:`_letters`) spells: a long name's initials skip the "&"
    (:func:`kg.resolve.keys.initials`: "Marks & Spencer" is "ms")."""
    return key.rstrip("&")


def _initialism(surface: str) -> bool:
    """A one-word name that may be an acronym: "NTT", "U.N.", "M&S", or "Nato" as the BBC writes it."""
    letters = _initials_of(_letters(surface.strip()))
    return len(letters) > 1 and letters.isalpha() and letters[0].isupper()


def _acronym_links(surface: str, long: Long) -> Iterator[tuple[str, str]]:
    if _initialism(surface):
        key = _letters(normalise(surface))
        if _initials_of(key) in (long.initials, long.legal, *long.readings):
            yield key, "acronym"


def _clipping_links(surface: str, long: Long) -> Iterator[tuple[str, str]]:
    short = normalise(surface)
    if not long.first or " " in short or not surface.strip()[:1].isupper():
        return
    if long.first == short:
        yield short, "first-word"
    elif _abbreviates(short, long.first):
        yield short, "prefix"


def _prefix_links(surface: str, long: Long) -> Iterator[tuple[str, str]]:
    """The links of :func:`_clipping_links` that cut the long name's first word ("Fed")."""
    return ((key, rule) for key, rule in _clipping_links(surface, long) if rule == "prefix")


def _abbreviates(short: str, word: str) -> bool:
    """``short`` cuts two or more letters off ``word`` ("fed" of "federal", not "resource" of
    "resources")."""
    cut = len(word) - len(short)
    return len(short) >= MIN_PREFIX and cut >= 2 and word.startswith(short) and word.isalpha()


def _stated(c: Corpus, roots: list[int], longs: list[list[Long]], links: Links) -> Iterator[tuple[str, int]]:
    """(short form, set) for each statement of a link in a document: one entity carries both
    forms ("Nippon Telegraph and Telephone Corp <NTT>"), or the document names both and no
    other long name fits."""
    for doc in c.by_document.values():
        found: dict[tuple[str, str], set[int]] = defaultdict(set)
        shorts = [c.items[i][1].name for i in doc if c.kinds[i] == ORG and " " not in c.names[i]]
        for i in doc:
            for long in longs[i]:
                for form in c.forms[i]:
                    yield from ((key, roots[i]) for key, _rule in links(form, long))
                for surface in shorts:
                    for key, rule in links(surface, long):
                        found[(key, rule)].add(roots[i])
        for (key, _rule), where in found.items():
            if len(where) == 1:
                yield key, next(iter(where))


def join_clippings(c: Corpus, longs: list[list[Long]]) -> None:
    """A one-word name joins the long name it clips (rules ``first-word`` and ``prefix``)."""
    roots = c.roots()
    mentions, docs = c.weights(roots)
    by_first = _first_words(roots, longs)
    starts: dict[str, set[str]] = defaultdict(set)
    for word in by_first:
        starts[word[:MIN_PREFIX]].add(word)
    expanded, _legal = _expansions(roots, longs)
    stated = tally(_stated(c, roots, longs, _clipping_links))
    firms = {n: firm_key(n) for kind, n in c.distinct if kind == ORG}
    whole = {firm for n, firm in firms.items() if firm != n and " " not in firm}  # "chrysler corp"
    decided: list[tuple[int, list[int], str]] = []
    shorts = list(_shorts(c))
    # "Power" of a "Power inquiry" is no "Power Page": a word the corpus writes small more often
    small = written_small(c.texts.values(), [n for n, _s, _w in shorts if n[:MIN_PREFIX] in starts])
    for name, surface, where in shorts:
        if not surface[:1].isupper() or _common(name) or name in whole or name in small:
            continue  # lower case, a common word, or a firm's whole name ("Chrysler Corp")
        first = by_first.get(name, {})
        # an acronym with its own expansion ("GM Overseas" is not GM) stays
        loose = _loose(where, roots, expanded.get(name.replace(".", ""), set()) | set(first))
        told = stated.get(name)
        reading = _reading(first, told, mentions) if loose else None
        if reading is not None and _town(name) and not (told and told[reading]):
            continue  # "Norwich" (the club) is no "Norwich Union" unless a document says so
        if reading is not None and len(docs[roots[loose[0]]]) <= len(docs[reading]):
            decided.append((reading, loose, "first-word"))
            continue
        if first:
            continue  # "Real" of "Real Madrid" and "Real Sociedad" clips no "Really Simple Syndication"
        words = [w for w in starts.get(name[:MIN_PREFIX], ()) if _abbreviates(name, w)]
        clipped = {r: n for w in words if w not in demonyms() for r, n in by_first[w].items()}
        said = Counter({r: n for r, n in (stated.get(name) or {}).items() if r in clipped})
        loose = _loose(loose, roots, set(clipped))
        if len(name) < MIN_PREFIX or not loose or (acronym_like(surface) and not said):
            continue  # "ASA" is no "Asahi Shimbun" unless a document says so (a ticker: "<ASA>")
        if _named_so(name):
            continue  # "Parma" is no "Parmalat", "Sam" no "Samuel Montagu and Co Ltd"
        reading = _reading(clipped, said, mentions)
        # never stated, a short form that stands alone in more documents than the long name is a
        # name of its own, as a first word is: "Opera" (the browser) of three articles is no
        # "Operation Digital Gridlock" of one
        if reading is not None and (said or len(docs[roots[loose[0]]]) <= len(docs[reading])):
            decided.append((reading, loose, "prefix"))
    for reading, where, rule in decided:
        for i in where:
            c.join(reading, i, rule)


def _first_words(roots: list[int], longs: list[list[Long]]) -> dict[str, dict[int, str]]:
    """First word -> the sets holding a long name that starts with it -> the shortest such name.
    A first word in the possessive counts without its "'s" too: the recognizer reads "rated by
    Moody's" as "Moody", the clipping of "Moody's Investors Service Inc"."""
    by_first: dict[str, dict[int, str]] = defaultdict(dict)
    for root, forms in zip(roots, longs, strict=True):
        for long in forms:
            for first in _owners(long.first):
                old = by_first[first].get(root)
                if old is None or (len(long.firm), long.firm) < (len(old), old):
                    by_first[first][root] = long.firm
    return by_first


def _owners(first: str) -> list[str]:
    """``first`` and, when it is a possessive ("moody's"), the name without its "'s"."""
    if not first:
        return []
    bare = first.removesuffix("'s")
    return [first, bare] if bare != first and len(bare) >= MIN_PREFIX else [first]


def _named_so(name: str) -> bool:
    """A name of its own that clips no longer word: a town the gazetteer knows ("Parma" is no
    "Parmalat", "Gloucester" no "Gloucestershire Police"), a given name or a surname of the census
    lists ("Sam" no "Samuel Montagu"), a state's wire abbreviation ("Fla" no "Flagstaff
    Institute"). A word of the language may clip one ("Fed" of "Federal Reserve").

    Examples:
        >>> _named_so("parma"), _named_so("sam"), _named_so("fla"), _named_so("depor"), _named_so("fed")
        (True, True, True, False, False)
    """
    return _town(name) or name in common_names() or name in given_names() or f"{name}." in us_states()


def _town(name: str) -> bool:
    """A town the gazetteer knows: alone, it may name the town's club as well as a firm named after it."""
    hit = places().get(name)
    return hit is not None and hit.kind == "city"


def _common(name: str) -> bool:
    """A word that alone names no one organization: common, a country or state, a demonym."""
    hit = places().get(name)
    return name in generic_org_words() or name in demonyms() or (hit is not None and hit.kind != "city")


def _reading(candidates: dict[int, str], stated: Counter[int] | None, mentions: Counter[int]) -> int | None:
    """The set a short form stands for: among all candidates, then among those the documents
    state, the one whose name all the others extend ("Merrill Lynch", though a document said
    "Merrill" of "Merrill Lynch Capital Markets"); else the one dominating the statements,
    else the one dominating the mentions."""
    said = Counter({r: n for r, n in (stated or {}).items() if r in candidates})
    for pool in (candidates, said):
        if pool:
            shortest = min(pool, key=lambda r: (len(candidates[r]), candidates[r], r))
            head = candidates[shortest] + " "
            if all(r == shortest or candidates[r].startswith(head) for r in pool):
                return shortest
    return dominant(said or Counter({r: mentions[r] for r in candidates}))
