"""A firm's name of two parts joined by "and" that the corpus knows whole is whole in every
article (part of ``kg.resolve.v1``: :func:`name_split_firms` runs on a corpus's results before
:func:`kg.resolve.resolve`).

Most articles name "Pacific Gas and Electric Co", "Goodyear Tire and Rubber Co" or "Donaldson,
Lufkin and Jenrette Securities Corp" whole; in others the recognizer stops at the "and" and
reads "Pacific Gas" and "Electric", "Goodyear Tire" and "Rubber Co", a person "Donaldson
Lufkin": two names that are no actors and a firm the graph misses. A name the corpus reads as an
organization's, whole, in two articles or more or once with its legal form, is whole where an
article writes it and its recognizer split it: the names inside make one organization, with the
legal form written after it. An organization of the article named by the name's first words
("Goodyear", "Pacific Gas") is that firm. A place or a person with mentions elsewhere only loses
the ones inside.

The name is a firm's as firms are written: four words or more, all capitalised but "and",
"&" and "of"; no word in capitals ("World Bank and IMF"), no legal form before its "and" ("Ford
Motor Co and Chrysler"), no place after it ("European Community and Canada") nor its first word
again ("West Texas Intermediate and West Texas Sour"), no possessive right before an "and"
("Moody's and S and P"), and no last part the corpus names alone in more articles than the
whole ("Liberal Democrats and Respect"). Not where a name inside it runs on before or after it,
nor where a person inside it or two names take part in relations the graph keeps.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import cache

from kg.lexicon import places
from kg.names import normalise, without_legal_form
from kg.records import DocResult, Entity, Mention
from kg.resolve.keys import LEGAL_FORMS
from kg.resolve.once import kept_ends

#: The rule's name in ``merges.csv``.
RULE = "split-firm"
#: Fewest articles that read a name whole, without a legal form, for it to count as a firm's.
MIN_ARTICLES = 2
#: Fewest words of a firm's name, "and" counted: two partners' names ("Harper & Row") are
#: :mod:`kg.resolve.pairs`'s.
MIN_WORDS = 4
#: The words that join a firm's parts.
AND = ("and", "&")
#: A legal form after a name ("Co", "Corp", "Inc", ", Ltd"), as the text writes it.
FORMS = "|".join(re.escape(f).replace(r"\.", r"\.?") for f in sorted(LEGAL_FORMS, key=lambda f: (-len(f), f)))
LEGAL_TAIL = re.compile(rf"(?i:(?:,?\s+(?:{FORMS})\b\.?)+)")


def name_split_firms(
    results: list[DocResult], *, min_confidence: float = 0.0, classifier_min_confidence: float = 0.0
) -> list[DocResult]:
    """``results`` with the firms' names their recognizer split at "and" made whole (see the
    module).

    Examples:
        >>> from kg.records import Document
        >>> text = "Pacific Gas and Electric Co rose."
        >>> def at(name, kind, start):
        ...     return Entity(name, name, kind, (Mention(start, start + len(name), name),))
        >>> firm = at("Pacific Gas and Electric Co", "Organization", 0)
        >>> whole = DocResult(Document(id="a", text=text), (firm,))
        >>> parts = (at("Pacific Gas", "Organization", 0), at("Electric Co", "Person", 16))
        >>> split = DocResult(Document(id="b", text=text), parts)
        >>> [(e.name, e.type) for e in name_split_firms([whole, split])[1].entities]
        [('Pacific Gas and Electric Co', 'Organization')]
    """
    firms = _firms(results)
    if not firms:
        return results
    by_first: dict[str, list[str]] = defaultdict(list)
    for firm in sorted(firms, key=lambda f: (-len(f), f)):
        by_first[firm.split()[0].rstrip(",")].append(firm)
    return [_whole(r, by_first, kept_ends(r, min_confidence, classifier_min_confidence)) for r in results]


def _firms(results: list[DocResult]) -> set[str]:
    """The names (without their legal forms, as written) the corpus reads as an organization's
    whole, that :func:`firm_like` takes for a firm's."""
    articles: dict[str, set[str]] = defaultdict(set)  # key -> articles reading it whole
    with_form: set[str] = set()  # keys read once with a legal form
    written: dict[str, set[str]] = defaultdict(set)  # key -> the names as written
    alone: dict[str, set[str]] = defaultdict(set)  # a name of any actor -> its articles
    for r in results:
        for e in r.entities:
            for m in e.mentions:
                if not m.named:
                    continue
                alone[normalise(m.text)].add(r.doc.id)
                if e.type != "Organization":
                    continue
                words = m.text.split()
                kept = len(without_legal_form([w.lower() for w in words], LEGAL_FORMS))
                bare = " ".join(words[:kept]).rstrip(".,")
                if not firm_like(bare):
                    continue
                key = _key(bare)
                articles[key].add(r.doc.id)
                written[key].add(bare)
                if kept < len(words):
                    with_form.add(key)
    firms = set()
    for key, docs in articles.items():
        if len(docs) < MIN_ARTICLES and key not in with_form:
            continue
        last = re.split(r"\s(?:and|&)\s", key)[-1]
        if len(alone.get(last, ())) > len(docs):
            continue  # "Liberal Democrats and Respect": two names
        firms |= written[key]
    return firms


def firm_like(name: str) -> bool:
    """``name`` is written as a firm's two parts joined by "and" (see the module).

    Examples:
        >>> [firm_like(n) for n in ("Pacific Gas and Electric", "Lufkin, Lynch and Jenrette", "Harper & Row")]
        [True, True, False]
        >>> [firm_like(n) for n in ("World Bank and IMF", "Ford Motor Co and Chrysler")]
        [False, False]
        >>> firm_like("Bank of Rome and Peru"), firm_like("West Texas Intermediate and West Texas Sour")
        (False, False)
        >>> [firm_like(n) for n in ("Alpha Beta and Gamma and", "Moody's and S and P", "Bally's Gym and Spa")]
        [False, False, True]
    """
    words = name.replace(",", " ").split()
    if len(words) < MIN_WORDS or words[-1] in AND or not any(w in AND for w in words[1:-1]):
        return False
    if not all(w[:1].isupper() or w in (*AND, "of") for w in words):
        return False
    if any(len(w) > 1 and w.isupper() for w in words):
        return False  # "World Bank and IMF", "U.S. ..."
    if any(w in AND and words[i - 1].endswith(("'s", "’s")) for i, w in enumerate(words)):
        return False  # "Moody's and S and P": an owner's name before "and" ends a name
    cut = max(i for i, w in enumerate(words[:-1]) if w in AND)
    if words[cut + 1] == words[0]:
        return False  # "West Texas Intermediate and West Texas Sour": two names
    if any(w.lower().rstrip(".") in LEGAL_FORMS for w in words[:cut]):
        return False  # "Ford Motor Co and Chrysler"
    return " ".join(words[cut + 1 :]).lower() not in places()


def _key(name: str) -> str:
    """A firm's name compared: small letters, no commas, "&" as "and"."""
    return normalise(name.replace(",", " ").replace("&", "and"))


@cache
def _pattern(firm: str) -> re.Pattern[str]:
    """``firm`` as a text may write it: commas or not between its words, "and" or "&", and the
    legal forms after it."""
    words = [r"(?:and|&)" if w in AND else re.escape(w) for w in firm.replace(",", " ").split()]
    return re.compile(r"(?<![\w&-])" + r",?\s+".join(words) + rf"(?![\w&-])(?:{LEGAL_TAIL.pattern})?")


def _whole(r: DocResult, by_first: dict[str, list[str]], related: set[str | None]) -> DocResult:
    """``r`` with the firms of ``by_first`` (first word -> names) its recognizer split made whole."""
    text = r.doc.text
    firsts = {w for w in re.findall(r"[A-Z][\w.'-]*", text) if w in by_first}
    if not firsts:
        return r
    named = _names(r)
    taken: set[tuple[int, int]] = set()
    for first in sorted(firsts):
        for firm in by_first[first]:
            spans = [s for s in _split_at(text, firm, named) if not any(_overlaps(s, t) for t in taken)]
            if spans:
                made = _made(r, spans, firm, related)
                if made is not None:
                    r = made
                    named = _names(r)
                    taken |= set(spans)
    return r


def _names(r: DocResult) -> list[tuple[Entity, Mention]]:
    """Each mention of ``r`` that writes a name, with its entity."""
    return [(e, m) for e in r.entities for m in e.mentions if m.named]


def _split_at(text: str, firm: str, named: list[tuple[Entity, Mention]]) -> list[tuple[int, int]]:
    """Where ``text`` writes ``firm`` (with its legal forms) and the names ``named`` (entity,
    mention) break it: a name inside it and none over it, none running on before or after it."""
    found = []
    for m in _pattern(firm).finditer(text):
        a, b = m.span()
        if text[b - 1 : b] == "." and not any(x.end == b for _e, x in named):
            b -= 1  # a legal form's stop, unless the recognizer read it with the name ("Co Ltd.")
        inside = [x for _e, x in named if x.start < b and a < x.end]
        if not inside:
            continue
        if any(x.start < a or x.end > b for x in inside):
            continue  # a longer name ("Ministry of International Trade" of the Ministry's)
        if any(x.start == a and x.end == b for x in inside):
            continue  # written whole here
        found.append((a, b))
    return found


def _made(
    r: DocResult, spans: list[tuple[int, int]], firm: str, related: set[str | None]
) -> DocResult | None:
    """``r`` with the names inside ``spans`` one organization, or ``None`` when a relation the
    graph keeps speaks of a person inside or of two names."""
    text = r.doc.text
    words = normalise(firm.replace(",", " ")).split()

    def inside(m: Mention) -> bool:
        return any(a <= m.start and m.end <= b for a, b in spans)

    touched = [e for e in r.entities if any(inside(m) for m in e.mentions)]
    whole, held = [], []
    for e in touched:
        outside = [m for m in e.mentions if not inside(m) and m.named]
        opening = e.type == "Organization" and normalise(e.name).split() == words[: len(e.name.split())]
        if not outside or opening:
            whole.append(e)
            if e.id in related:
                held.append(e)
    if any(e.type == "Person" for e in held) or len(held) > 1:
        return None
    keep = (
        held[0] if held else next((e for e in whole if e.type == "Organization"), whole[0] if whole else None)
    )
    mentions = [Mention(a, b, text[a:b]) for a, b in spans]
    entities = []
    for e in r.entities:
        if e in whole and e is not keep:
            continue
        if e is keep:
            rest = [m for m in e.mentions if not inside(m)]
            merged = tuple((x.name, RULE) for x in whole if x is not keep or x.name != mentions[0].text)
            e = replace(
                e,
                name=max((m.text for m in mentions), key=len),
                type="Organization",
                mentions=tuple(sorted((*mentions, *rest), key=lambda m: m.start)),
                merges=(*e.merges, *merged),
            )
        elif e in touched:
            e = replace(e, mentions=tuple(m for m in e.mentions if not inside(m)))
        entities.append(e)
    if keep is None:
        ids = {e.id for e in r.entities}
        new = next(f"{RULE}-{n}" for n in range(len(ids) + 1) if f"{RULE}-{n}" not in ids)
        name = max((m.text for m in mentions), key=len)
        entities.append(Entity(new, name, "Organization", tuple(mentions), ((firm, RULE),)))
    return replace(r, entities=tuple(entities))


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
