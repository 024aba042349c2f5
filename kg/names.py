"""Names: how a name the model found is cleaned, typed by its phrase, and compared.

Pure functions over a parsed Doc or over strings; :mod:`kg.nlp.mentions` uses them to
collect and group mentions, :mod:`kg.resolve.actors` to join actors across documents.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kg.lexicon import demonyms, lexicon, place, places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


QUOTES = "\"'“”‘’«»"


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
        "corporation",
        "company",
        "group",
    }
)


@lru_cache(maxsize=1 << 17)  # a corpus repeats the same names
def normalise(text: str) -> str:
    """The comparison key of a name: no quotes, possessive, leading article or extra spaces.

    Examples:
        >>> normalise("the “North Korea’s”")
        'north korea'
    """
    text = text.strip().strip(QUOTES).strip()
    text = re.sub(r"(['’]s|['’])$", "", text).strip(QUOTES).strip()
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I).strip(QUOTES)
    return " ".join(text.lower().split())


def trim(span: Span) -> tuple[int, int]:
    """Token bounds of ``span`` without leading articles, a dateline or a trailing possessive.

    Newswire puts a dateline and ticker brackets next to names ("TOKYO - Central Bank",
    "<Preussag Corp>"); they are not part of the name.
    """
    start, end = span.start, span.end
    doc = span.doc
    while end > start and (
        doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].text in "<>"
    ):
        end -= 1
    while start < end and (
        doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].text in "<>"
    ):
        start += 1
    for i in range(start, end):
        if doc[i].text == "(" and not any(t.text == ")" for t in doc[i:end]):
            end = i  # "Cargill (USA": the bracket is not part of the name
            break
    while end > start and doc[end - 1].is_punct:
        end -= 1
    for i in range(start + 1, end - 1):
        before = [t for t in doc[start:i] if t.is_alpha]
        if doc[i].text in ("-", "--") and before and all(t.is_upper for t in before):
            start = i + 1
            break
        if doc[i].text in ("-", "--") and doc[i].whitespace_ and doc[i - 1].whitespace_:
            end = i  # "Veritas - Latin for truth": a spaced dash ends the name
            break
    return mend_ends(doc, start, end)


#: Words a name never ends with; the model cut the name short ("Dickstein Shapiro and").


#: Words a name never ends with; the model cut the name short ("Dickstein Shapiro and").
DANGLING = frozenset({"and", "&", "of", "at", "for", "in", "on", "the"})
#: Letters after a name that are a title, not part of it ("Paul Boateng MP").


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
            and (after is None or not after.text[:1].isupper())
        ):
            return start, end + 1
        end -= 1
    while end - start > 1 and (doc[end - 1].lower_ in POST_NOMINALS or doc[end - 1].is_punct):
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
    while cut - start > 1 and (doc[cut - 1].lower_ in ("and", "&") or doc[cut - 1].is_punct):
        cut -= 1
    return cut


def kind_by_phrase(span: Span, kind: str) -> str:
    """What the phrase around a name says it is (rule ``kg.name-kind.v1``): "Spie Batignolles,
    a subsidiary of Schneider SA" is a company, "the Anglo-Irish Agreement" a work, "Marie
    Ferraro, 50," a person."""
    lex = lexicon()
    last = span[-1].lemma_.lower()
    if (
        kind == "Organization"
        and last in lex["work_name_heads"]
        and (len(span) > 1 or span[0].text.istitle())
    ):
        return "Work"
    doc = span.doc
    if (
        kind in ("Organization", "Place")
        and len(span) > 1
        and span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].like_num
        and doc[span.end + 1].text.isdigit()
        and 0 < int(doc[span.end + 1].text) < 120
        and doc[span.end + 2].text == ","
    ):
        return "Person"  # "Marie Ferraro, 50, of Bethany": an age set off by commas follows a person
    if kind == "Person":
        root = span.root
        if any(c.dep_ == "appos" and c.lemma_.lower() in lex["company_nouns"] for c in root.children):
            return "Organization"
        if root.dep_ == "compound" and root.head.lemma_.lower() in lex["company_nouns"]:
            return "Organization"  # "its Kearfott Guidance division"
    return kind


def shouting(span: Span) -> bool:
    """``span`` sits in an all-capitals headline, where the model's entities are mostly noise."""
    doc = span.doc
    line = [span.start, span.end]
    while line[0] > 0 and "\n" not in doc[line[0] - 1].text_with_ws:
        line[0] -= 1
    while line[1] < len(doc) and "\n" not in doc[line[1] - 1].text_with_ws:
        line[1] += 1
    words = [t for t in doc[line[0] : line[1]] if t.is_alpha and len(t) > 1]
    inside = [t for t in span if t.is_alpha and len(t) > 1]
    return len(inside) > 1 and len(words) > 3 and all(t.is_upper for t in words)


def strip_titles(doc: Doc, start: int, end: int) -> int:
    prefixes = set(lexicon()["title_prefixes"])
    while end - start > 1 and doc[start].lower_.rstrip(".") in prefixes:
        start += 1
    return start


def honorific_start(doc: Doc, start: int) -> int:
    """Start of the capitalised titles right before a name ("President", "Gov.", "Ms.").

    News writes "President Lincoln" or "Sen. Kennedy" as one mention; the name
    stays clean, only the mention's offsets take the title in (rule ``kg.honorific.v1``).
    """
    words = honorifics()
    i = start
    while i > 0 and start - i < 3:
        t = doc[i - 1]
        if not (t.text[:1].isupper() and t.lower_.rstrip(".") in words):
            break
        i -= 1
    return i


@cache
def honorifics() -> frozenset[str]:
    lex = lexicon()
    single = {w for words in lex["titles"].values() for w in words if " " not in w}
    return frozenset((set(lex["title_prefixes"]) | single) - {"the", "former", "late", "new", "general"})


PLACE_PREPS = frozenset({"in", "at", "from", "near", "to", "outside", "across"})


def place_context(span: Span) -> bool:
    """``span`` stands where places stand: after "in"/"from", or before ", <state or country>"."""
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in PLACE_PREPS:
        return True
    if span.end + 1 < len(doc) and doc[span.end].lower_ in (",", "in"):
        # "Lubbock, Texas", "Bordeaux in France"
        hit = place(doc[span.end + 1].text.rstrip("."))
        return hit is not None and hit.kind in ("state", "country")
    return False


def similar_names(a: str, b: str) -> bool:
    """Two spellings of one person's name ("Zelensky" / "Zelenskyy").

    Examples:
        >>> similar_names("volodymyr zelensky", "volodymyr zelenskyy"), similar_names("zelensky", "zelenskyy")
        (True, True)
        >>> similar_names("johnson", "johnsen"), similar_names("ed miliband", "david miliband")
        (False, False)
    """
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or wa[-1][:1] != wb[-1][:1] or min(len(wa[-1]), len(wb[-1])) < 5:
        return False
    if wa[:-1] != wb[:-1]:
        return False
    return SequenceMatcher(None, wa[-1], wb[-1]).ratio() >= 0.9


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


def is_acronym(short: str, long: str) -> bool:
    """``short`` is made of the initials of ``long``.

    Examples:
        >>> is_acronym("nato", "north atlantic treaty organization"), is_acronym("eu", "european union")
        (True, True)
        >>> is_acronym("un", "ukraine")
        False
    """
    words = [w for w in re.split(r"[\s\-]+", long) if w and w not in SKIP_INITIAL]
    letters = short.replace(".", "")
    return 1 < len(letters) == len(words) and len(words) > 1 and "".join(w[0] for w in words) == letters


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
