"""Names as strings: comparison keys, spellings, acronyms, legal forms, place keys.

Pure functions over strings, shared by the spaCy stage (:mod:`kg.nlp.mentions`, with
the span functions of :mod:`kg.nlp.spans`) and entity resolution (:mod:`kg.resolve`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from difflib import SequenceMatcher, get_close_matches
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kg.lexicon import census_look_alikes, places

if TYPE_CHECKING:
    pass

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


QUOTES = "\"'“”‘’«»"

#: First words of a firm's name that make the names before "and" part of it ("and Sons Inc",
#: "Harris Upham and Co"): a founders' firm.
FAMILY = frozenset({"sons", "son", "brothers", "bros", "co", "company", "partners", "associates", "cie"})


#: Last words that make a name a company's ("C. Deilmann Inc", "Reichhold Chemie AG").
CORPORATE = frozenset(
    {
        "inc",
        "corp",
        "co",
        "ltd",
        "plc",
        "ag",
        "sa",
        "nv",
        "llc",
        "gmbh",
        "bhd",
        "ab",
        "spa",
        "bv",
        "pty",
        "kk",
        "limited",
        "incorporated",
        "corporation",
        "company",
        "group",
    }
)


def without_legal_form(words: list[str], forms: Iterable[str] = CORPORATE) -> list[str]:
    """A firm's name (as lower-case words) without its legal forms and the "and" or "&" that
    went with them ("Kidder, Peabody and Co"); never without its first word.

    Examples:
        >>> without_legal_form(["arthur", "andersen", "and", "co"]), without_legal_form(["co"])
        (['arthur', 'andersen'], ['co'])
    """
    legal = set(forms)
    words = list(words)
    while len(words) > 1 and (words[-1].rstrip(".,") in legal or words[-1] in ("and", "&")):
        words.pop()
    return words


#: Continents and parts of the world a firm names its arm there after ("Nintendo Europe"): the
#: arm is no long form of the parent's name ("Nintendo").
CONTINENTS = frozenset({"europe", "asia", "africa", "america", "americas", "pacific", "asia-pacific"})


def regional_arm(words: list[str]) -> bool:
    """``words`` name a firm's arm on a continent: a name, then the continent (not "Bank of
    America").

    Examples:
        >>> regional_arm(["nintendo", "europe"]), regional_arm(["europe"])
        (True, False)
        >>> regional_arm(["bank", "of", "america"])
        False
    """
    return len(words) > 1 and words[-1] in CONTINENTS and words[-2] not in ("of", "the", "and")


#: Bidirectional formatting characters (embeddings, overrides, isolates and marks): in a
#: name they only reorder how it is drawn ("\u202eABC" shows as "CBA"), so names drop them.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
_NO_BIDI = str.maketrans("", "", BIDI_CONTROLS)


def strip_bidi(text: str) -> str:
    """``text`` without bidirectional control characters (:data:`BIDI_CONTROLS`).

    Examples:
        >>> strip_bidi("\u202eMark Rutte\u202c"), strip_bidi("Kyiv")
        ('Mark Rutte', 'Kyiv')
    """
    return text.translate(_NO_BIDI)


def display_name(text: str) -> str:
    """A name as kg shows it (a label, an alias): no bidi controls, spaces collapsed, and a
    web page's character references read ("Pascal Pap&#233;", cut by the tokenizer before its
    ";" or not, is Pascal Papé).

    Examples:
        >>> display_name(" \u2067Ann \u200fLee\u2069 "), display_name("Pascal Pap&#233")
        ('Ann Lee', 'Pascal Papé')
        >>> display_name("AT&T"), display_name("Procter &amp; Gamble")
        ('AT&T', 'Procter & Gamble')
    """
    return " ".join(strip_bidi(html.unescape(text)).split())


@lru_cache(maxsize=1 << 17)  # a corpus repeats the same names
def normalise(text: str) -> str:
    """The comparison key of a name: no quotes, possessive, leading "the", bidi controls or
    extra spaces. An "A" before a name is an initial, not the article: "A Brown" of a rugby
    line-up is no "Brown" (no name the recognizer finds starts with the article "a").

    Examples:
        >>> normalise("the “North Korea’s”"), normalise("\u202eNATO\u202c"), normalise("Jos&#233; Mourinho")
        ('north korea', 'nato', 'josé mourinho')
        >>> normalise("A Brown"), normalise(normalise("A Brown")), normalise("THE TIMES")
        ('a brown', 'a brown', 'times')
    """
    text = strip_bidi(html.unescape(text)).strip().strip(QUOTES).strip()
    text = re.sub(r"(['’]s|['’])$", "", text).strip(QUOTES).strip()
    text = re.sub(r"^the\s+", "", text, flags=re.I).strip(QUOTES)
    return " ".join(text.lower().split())


def similar_names(a: str, b: str) -> bool:
    """Two spellings of one person's name ("Zelensky" / "Zelenskyy").

    Two surnames of the US census that look alike are two families, not one name misspelt
    ("Regan" / "Reagan"; :func:`kg.lexicon.census_look_alikes`).

    Examples:
        >>> similar_names("volodymyr zelensky", "volodymyr zelenskyy"), similar_names("zelensky", "zelenskyy")
        (True, True)
        >>> similar_names("johnson", "johnsen"), similar_names("ed miliband", "david miliband")
        (False, False)
        >>> similar_names("donald regan", "donald reagan"), similar_names("regan", "reagan")
        (False, False)
    """
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or wa[:-1] != wb[:-1] or not looks_alike(wa[-1], wb[-1]):
        return False
    known = census_look_alikes()
    return not (wa[-1] in known and wb[-1] in known)


def looks_alike(a: str, b: str) -> bool:
    """Two words of five letters or more, with one first letter, spelled nearly alike.

    Examples:
        >>> looks_alike("zelensky", "zelenskyy"), looks_alike("regan", "reagan")
        (True, True)
        >>> looks_alike("smith", "smyth")
        False
    """
    if a[:1] != b[:1] or min(len(a), len(b)) < 5:
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.9


def legal_name(key: str) -> bool:
    """The name ``key`` (in small letters) ends in a legal form: a firm's.

    Examples:
        >>> legal_name("phlcorp inc"), legal_name("toyota motor corp."), legal_name("liverpool city council")
        (True, True, False)
    """
    words = key.split()
    return bool(words) and words[-1].rstrip(".") in CORPORATE


def strip_corporate(key: str) -> str:
    """A company's name without its legal form ("union carbide corporation" -> "union carbide").

    Examples:
        >>> strip_corporate("union carbide corporation"), strip_corporate("daiwa securities co ltd")
        ('union carbide', 'daiwa securities')
    """
    words = key.replace(",", " ").split()
    while len(words) > 1 and words[-1].rstrip(".") in CORPORATE:
        words.pop()
    return " ".join(words)


SKIP_INITIAL = {"of", "the", "and", "for", "de", "&", "on", "in"}


def name_words(name: str) -> list[str]:
    """The words of ``name`` that initials are taken from: spaces and hyphens part them.

    >>> name_words("rio tinto-zinc corp")
    ['rio', 'tinto', 'zinc', 'corp']
    """
    return [w for w in re.split(r"[\s\-]+", name) if w]


def is_acronym(short: str, long: str) -> bool:
    """``short`` is made of the initials of ``long``.

    Examples:
        >>> is_acronym("nato", "north atlantic treaty organization"), is_acronym("eu", "european union")
        (True, True)
        >>> is_acronym("un", "ukraine")
        False
        >>> is_acronym("ukip", "uk independence party")  # a country's own short form stays whole
        True
    """
    words = [w for w in name_words(long) if w not in SKIP_INITIAL]
    letters = short.replace(".", "")
    if len(words) < 2 or len(letters) < 2:
        return False
    if "".join(w[0] for w in words) == letters:
        return True
    first = words[0].replace(".", "")
    return len(first) == 2 and first in places() and first + "".join(w[0] for w in words[1:]) == letters


#: The fewest letters of a clipped acronym ("Amex") and of a clipped word ("Telecom").
CLIPPED = 4


def clipped_acronym(short: str, long: str) -> bool:
    """``short`` is made of the starts of ``long``'s words, in order, each word giving one letter
    or more (a legal form may give none), but not of its first word alone.

    Examples:
        >>> clipped_acronym("lilco", "long island lighting co")
        True
        >>> clipped_acronym("comex", "commodity exchange")
        True
        >>> clipped_acronym("alcan", "aluminum co of canada ltd")
        True
        >>> clipped_acronym("reliance", "reliance energy"), clipped_acronym("gmc", "general motors corp")
        (False, False)
    """
    letters = short.replace(".", "")
    words = [w for w in name_words(long) if w not in SKIP_INITIAL]
    if len(letters) < CLIPPED or len(words) < 2 or words[0].startswith(letters[:-1]):
        return False  # "Reliance" of "Reliance Energy" is its first word, no acronym

    @cache
    def fits(i: int, j: int) -> bool:  # letters[i:] are made of words[j:]
        if j == len(words):
            return i == len(letters)
        word = words[j]
        if word.rstrip(".") in CORPORATE and fits(i, j + 1):
            return True
        n = 1
        while n <= len(word) and letters[i : i + n] == word[:n]:  # a start of the letters left
            if fits(i + n, j + 1):
                return True
            n += 1
        return False

    return fits(0, 0)


def clipped_words(short: str, long: str) -> bool:
    """``short`` is ``long`` but for its legal form, word for word, with words cut after
    :data:`CLIPPED` letters or more: a clipped word or a singular.

    Examples:
        >>> clipped_words("british telecom", "british telecommunications plc")
        True
        >>> clipped_words("arbor network", "arbor networks"), clipped_words("british gas", "british airways")
        (True, False)
    """
    full = [w for w in long.split() if w.rstrip(".") not in CORPORATE]
    return cut_word_for_word(short.split(), full, lambda w, f: len(w) >= CLIPPED and f.startswith(w))


#: Letters on each side of "and" that wire copy writes for a firm's name ("S and P", "AT and T").
LETTER_PAIR = re.compile(r"(?P<left>[a-z]{1,3})\.? and (?P<right>[a-z]{1,3})\.?")
#: The same as written: capitals ("S and P", "B AND C"; not "HBO and Co").
CAPITAL_PAIR = re.compile(r"[A-Z]{1,3}\.? (?:and|AND) [A-Z]{1,3}\.?")


def letter_pair(text: str) -> bool:
    """``text`` is a firm's letters around "and" as wire copy writes them.

    Examples:
        >>> letter_pair("S and P"), letter_pair("AT and T."), letter_pair("HBO and Co")
        (True, True, False)
    """
    return CAPITAL_PAIR.fullmatch(" ".join(text.split())) is not None


def and_initials(short: str, long: str) -> bool:
    """``short`` is letters, "and" and letters that the words on each side of ``long``'s one
    "and" begin with: the last words before it and the first after it. Reuters writes a firm's
    "&" as "and" ("S and P" for Standard and Poor's Corp, "AT and T" for American Telephone and
    Telegraph Co, "A and P" for Great Atlantic and Pacific Tea Co).

    Examples:
        >>> and_initials("s and p", "standard and poor's corp")
        True
        >>> and_initials("at and t", "american telephone and telegraph co")
        True
        >>> and_initials("a and p", "great atlantic and pacific tea co")
        True
        >>> and_initials("s and p", "smith and jones inc"), and_initials("a and b", "ab and b and c inc")
        (False, False)
    """
    m = LETTER_PAIR.fullmatch(short)
    words = name_words(long)
    if m is None or words.count("and") != 1:
        return False
    i = words.index("and")
    left, right = m.group("left"), m.group("right")
    before, after = words[:i], words[i + 1 :]
    return (
        len(before) >= len(left)
        and len(after) >= len(right)
        and "".join(w[0] for w in before[len(before) - len(left) :]) == left
        and "".join(w[0] for w in after[: len(right)]) == right
    )


def plural_of(word: str, nouns: AbstractSet[str]) -> bool:
    """``word`` is the plural of one of ``nouns`` ("shares", "equities", "banks").

    Examples:
        >>> nouns = frozenset({"share", "equity", "bank", "glass"})
        >>> [plural_of(w, nouns) for w in ("shares", "equities", "glasses", "bank", "news")]
        [True, True, True, False, False]
    """
    if not word.endswith("s") or word.endswith("ss"):
        return False
    return bool({word[:-1], word[:-2], word[:-3] + "y"} & nouns)


def cut_word_for_word(words: list[str], full: list[str], cut: Callable[[str, str], bool]) -> bool:
    """``words`` are ``full``'s, two or more, word for word, each the same or one that ``cut``
    says is cut from it (``cut(word, full_word)``), one at least cut.

    >>> cut_word_for_word(["man", "utd"], ["manchester", "united"], lambda w, f: w[0] == f[0])
    True
    >>> cut_word_for_word(["united"], ["united"], lambda w, f: True)
    False
    """
    if len(words) < 2 or len(words) != len(full) or words == full:
        return False
    return all(w == f or cut(w, f) for w, f in zip(words, full, strict=True))


def shouted(name: str, names: Iterable[str]) -> bool:
    """``name`` is a headline's capitals of another of ``names``, which names the actor instead
    ("PHILIP" or "PHILIP CROSBY" of "Philip Crosby Associates Inc", "FORD" of "Ford Motor Co");
    an acronym is no such form ("GM" of "General Motors Corp").

    Examples:
        >>> shouted("FORD", ["FORD", "Ford Motor Co"])
        True
        >>> shouted("GM", ["GM", "General Motors Corp"]), shouted("UK", ["UK", "Uk"])
        (False, False)
    """
    if not name.isupper() or len(name.replace(".", "")) <= 3:
        return False  # "UK" of a "Uk" the text misspells, "GM": acronyms keep their capitals
    words = name.lower().split()
    return any(o != name and not o.isupper() and o.lower().split()[: len(words)] == words for o in names)


def capitalised(text: str) -> bool:
    """Every word of a name but "of", "and" ... starts with a capital: only such a name has an
    acronym ("New European commission" is no "NEC")."""
    return all(w[:1].isupper() for w in text.split() if w.lower() not in SKIP_INITIAL)


def canonical_place(key: str) -> str:
    """One key for every name of a place ("u.s." and "united states")."""
    hit = places().get(key)
    if hit and (hit.kind in ("country", "state") or hit.name.lower() != key):
        return hit.name.lower()
    return key


def closest(word: str, options: Iterable[str]) -> str | None:
    """The option most like ``word`` in any case (for a "did you mean ...?"), or ``None``.

    Examples:
        >>> closest("Persn", ["Person", "Place"]), closest("selec", ["SELECT", "ASK"])
        ('Person', 'SELECT')
        >>> closest("xyz", ["ASK"]) is None
        True
    """
    by_lower = {o.lower(): o for o in options}
    found = get_close_matches(word.lower(), list(by_lower), n=1, cutoff=0.6)
    return by_lower[found[0]] if found else None


def is_initial(word: str) -> bool:
    """``word`` is one initial, or two with a stop ("F.", "F", "H.W.", "J.R"), not a short given
    name ("Ed").

    Examples:
        >>> is_initial("F."), is_initial("f"), is_initial("H.W."), is_initial("Ed"), is_initial(".")
        (True, True, True, False, False)
    """
    letters = word.replace(".", "")
    return letters.isalpha() and (len(letters) == 1 or (len(letters) == 2 and "." in word))


def given_initials(words: list[str]) -> str | None:
    """The initials of a name's given part when it is written as initials only ("c cusiter",
    "j.r. ewing"), else ``None``.

    Examples:
        >>> given_initials(["c", "cusiter"]), given_initials(["j.r.", "ewing"])
        ('c', 'jr')
        >>> given_initials(["chris", "cusiter"]), given_initials(["ed", "smith"])
        (None, None)
    """
    letters = "".join(w.replace(".", "") for w in words[:-1])
    given = [w for w in words[:-1] if w.replace(".", "")]
    if not given or not all(is_initial(w) for w in given):
        return None  # "Ed Smith": a short given name, not two initials
    return letters


def initialled(name: str) -> bool:
    """A person's name with initials for its given names ("D Bell", "J.R. Ewing"), which the
    full name ("Duncan Bell") outranks as a label and which joins it.

    Examples:
        >>> initialled("D Bell"), initialled("Duncan Bell"), initialled("Bell")
        (True, False, False)
    """
    words = normalise(name).split()
    return len(words) > 1 and given_initials(words) is not None


def unpossessed(word: str) -> str:
    """A word of a name without its possessive: the recognizer cuts "Moody's" to "Moody".

    Examples:
        >>> unpossessed("moody's"), unpossessed("poor\u2019s"), unpossessed("moody")
        ('moody', 'poor', 'moody')
    """
    return word.removesuffix("'s").removesuffix("\u2019s")


#: Particles of surnames ("El Karkouri", "van Persie", "de Villepin").
SURNAME_PARTICLES = frozenset(
    {"el", "al", "de", "da", "di", "du", "van", "von", "le", "la", "bin", "ben", "abu", "mac", "st"}
)
#: Particles that open a surname of two words, written with a capital ("Dal Maso", "Della Valle",
#: "Ter Stegen", "Dos Santos").
SURNAME_OPENERS = SURNAME_PARTICLES | {
    "dal",
    "del",
    "della",
    "dei",
    "des",
    "dos",
    "das",
    "der",
    "den",
    "ter",
    "ten",
}
#: Words after a surname that tell a son from his father ("Charles Evans Jr", "James Moore Jr.");
#: not a regnal number ("Pope John Paul II" has no surname "Paul").
GENERATIONS = frozenset({"jr", "jr.", "jnr", "sr", "sr.", "snr"})


def surname(words: list[str] | tuple[str, ...]) -> str:
    """The surname of a full name given as its words: the last word, or the one before a
    generation's word.

    Examples:
        >>> surname(["charles", "evans", "jr"]), surname(("James", "Moore", "Jr.")), surname(["ed", "smith"])
        ('evans', 'Moore', 'smith')
        >>> surname(["moore", "jr"])  # a surname and its generation: no given name to tell it by
        'jr'
    """
    if len(words) > 2 and words[-1].lower() in GENERATIONS:
        return words[-2]
    return words[-1]


def middle_initials(words: list[str] | tuple[str, ...]) -> tuple[str, str, str] | None:
    """A full name as its given name, its surname (with a generation's word) and the letters of
    the middle initials between them, when it is written with a given name in full and nothing
    but initials between it and the surname ("Carl C. Icahn", "Charles E. Exley Jr", "Carl
    Icahn" with none); else ``None``.

    Examples:
        >>> middle_initials(["carl", "c.", "icahn"]), middle_initials(["carl", "icahn"])
        (('carl', 'icahn', 'c'), ('carl', 'icahn', ''))
        >>> middle_initials(["charles", "e.", "exley", "jr"])
        ('charles', 'exley jr', 'e')
        >>> middle_initials(["j.", "paul", "getty"]), middle_initials(["chris", "rhys", "jones"])
        (None, None)
        >>> middle_initials(["j", "r", "ewing"]), middle_initials(["malcolm", "x"])
        (None, None)
        >>> middle_initials(["jean-pierre", "a.", "raffarin"])
        ('jean-pierre', 'raffarin', 'a')
    """
    core, generation = list(words), ""
    if len(core) > 2 and core[-1].lower() in GENERATIONS:
        core, generation = core[:-1], " " + core[-1].rstrip(".")
    if len(core) < 2 or is_initial(core[0]) or is_initial(core[-1]):
        return None
    middle = core[1:-1]
    if not all(is_initial(w) for w in middle):
        return None
    return core[0], core[-1] + generation, "".join(w.replace(".", "") for w in middle)


#: An Arabic article joined to a surname by a hyphen ("al-Tayer", "el-Baradei").
ARABIC_ARTICLE = re.compile(r"^(?:al|el)-(?=\w)", re.I)


def bare_surname(word: str) -> str:
    """A surname as it is written alone: an Arabic article joined by a hyphen goes, so "Tayer"
    says who "Ahmed Humaid al-Tayer" is ("al-Tayer" alone says it too).

    Examples:
        >>> bare_surname("al-tayer"), bare_surname("el-baradei"), bare_surname("tayer")
        ('tayer', 'baradei', 'tayer')
        >>> bare_surname("al-"), bare_surname("alder")
        ('al-', 'alder')
    """
    return ARABIC_ARTICLE.sub("", word)
