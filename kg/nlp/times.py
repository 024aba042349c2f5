"""Time expressions in a parsed document (``kg.timex.v1``) and the time each relation's
sentence states (``kg.event-time.v1``).

The rules are data (``kg/data/timex.json``): regular expressions built from word lists,
each with the ``kind`` of :mod:`kg.nlp.timex` that gives its value. They run over the
text, the longest match wins where they overlap, and the parse decides what text alone
cannot: a match inside a name or an amount is no time, an adjective "daily" before a
noun is no SET, and the tense of the verb an expression hangs from says which "Friday"
or "March" is meant. Spans follow TimeML: no preposition ("on Tuesday" is ``Tuesday``),
no possessive, determiners only where the time is the phrase's head ("the past two
months", not "the 1994 vote"). A preposition before a date that opens its interval
("since", "until", "by", "before", "after") becomes its ``mod`` (``ON_OR_AFTER``, ...).

Examples:
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> doc = nlp("Talks ended on Tuesday, two years ago.")
    >>> [(t["text"], t["value"]) for t in find(doc, "2024-10-03")]
    [('Tuesday', '2024-10-01'), ('two years ago', '2022')]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import takewhile
from re import _parser as sre_parser  # type: ignore[attr-defined]  # the standard library's own
from typing import TYPE_CHECKING, Any

from kg.errors import ConfigError
from kg.nlp import timevalue, timex
from kg.nlp.tokens import text as doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: A space in a rule: any run of spaces and tabs, with at most one line break.
SPACE = r"(?:[^\S\n]*\n[^\S\n]*|[^\S\n]+)"
#: Entity labels of names and amounts: a time expression overlapping one is none.
NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP", "LAW"})
AMOUNTS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
NOMINAL = frozenset({"NOUN", "PROPN"})
VERBS = frozenset({"VERB", "AUX"})
#: How a gerund clause with no auxiliary hangs from the verb whose tense it shares.
NONFINITE_DEPS = frozenset({"advcl", "conj", "xcomp"})
#: A time expression with the first and last day it covers (``None``: open or unknown).
Dated = tuple[dict[str, Any], str | None, str | None]
#: Types whose value can say when a relation holds.
DATED = frozenset({"DATE", "TIME"})


@dataclass(frozen=True, slots=True)
class TimeRule:
    """One rule of ``timex.json``, compiled; ``lists`` maps its groups to the word lists they
    read, ``proper`` names the groups that must be capitalised (a month, a weekday), and
    ``needs`` holds words one of which every match contains (:func:`needed`), or is None."""

    name: str
    kind: str
    type: str
    regex: re.Pattern[str]
    lists: dict[str, str]
    proper: frozenset[str]
    needs: frozenset[str] | None


@cache
def data() -> dict[str, Any]:
    """``kg/data/timex.json``, read once."""
    text = resources.files("kg").joinpath("data", "timex.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _spaces(pattern: str) -> str:
    """``pattern`` with each space outside a character class made :data:`SPACE`."""
    out, in_class, escaped = [], False, False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            escaped = True
        elif ch == "[":
            in_class = True
        elif ch == "]":
            in_class = False
        out.append(SPACE if ch == " " and not in_class else ch)
    return "".join(out)


def _alternation(words: list[str]) -> str:
    alts = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(SPACE.join(re.escape(x) for x in w.split(" ")) for w in alts)


@cache
def rules() -> tuple[TimeRule, ...]:
    """The rules of ``timex.json``, compiled once, in their order.

    Raises:
        ConfigError: a rule names a list that does not exist or is no valid pattern.
    """
    return tuple(_compile(rule, data()) for rule in data()["rules"])


def _compile(rule: dict[str, str], d: dict[str, Any]) -> TimeRule:
    lists: dict[str, str] = {}

    def placeholder(m: re.Match[str]) -> str:
        name, group = m[1], m[2] or m[1]
        if name not in d["lists"]:
            known = ", ".join(d["lists"])
            raise ConfigError(f"timex.json rule {rule['name']!r} names no list {name!r}. Lists: {known}")
        lists[group] = name
        return f"(?P<{group}>{_alternation(list(d['lists'][name]))})"

    def pattern(m: re.Match[str]) -> str:
        if m[1] not in d["patterns"]:
            known = ", ".join(d["patterns"])
            name = rule["name"]
            raise ConfigError(f"timex.json rule {name!r} names no pattern {m[1]!r}. Patterns: {known}")
        return f"(?:{d['patterns'][m[1]]})"

    source = re.sub(r"\{@([a-z_]+)\}", pattern, rule["pattern"])
    body = re.sub(r"\{([a-z_]+)(?::([a-z_]+))?\}", placeholder, _spaces(source))
    try:  # over lower-cased text, without re.IGNORECASE: twice as fast
        regex = re.compile(rf"(?<!\w)(?:{body})(?!\w)")
    except re.error as err:
        raise ConfigError(f"timex.json rule {rule['name']!r} is no valid pattern: {err}") from err
    proper = frozenset(g for g, name in lists.items() if name in d["proper"])
    return TimeRule(rule["name"], rule["kind"], rule["type"], regex, lists, proper, needed(regex.pattern))


def needed(pattern: str) -> frozenset[str] | None:
    r"""Strings one of which every match of ``pattern`` contains, or None where the pattern
    promises none: a text without any of them needs no search. Read off the pattern's parse (a
    run of plain characters, a group, an alternation whose every branch promises strings, a
    repeat of at least one); of a sequence's promises, the one whose shortest string is longest.

    Examples:
        >>> sorted(needed(r"(?<!\w)(?:the )?(?:early|late) hours"))
        [' hours']
        >>> sorted(needed(r"(?:on|by) (?P<day>monday|friday)s?"))
        ['friday', 'monday']
        >>> needed(r"[0-9]+(?: years)?") is None
        True
    """
    return _promised(list(sre_parser.parse(pattern)))


def _promised(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op == sre_parser.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        promise = None
        if op == sre_parser.SUBPATTERN and not arg[1] & re.IGNORECASE:
            promise = _promised(list(arg[-1]))
        elif op == sre_parser.BRANCH:
            branches = [_promised(list(b)) for b in arg[1]]
            if all(b is not None for b in branches):
                promise = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (sre_parser.MAX_REPEAT, sre_parser.MIN_REPEAT) and arg[0] >= 1:
            promise = _promised(list(arg[2]))
        if promise is not None:
            found.append(promise)
    return max(found, key=lambda words: (min(map(len, words)), -len(words)), default=None)


def year_in_words(text: str) -> int:
    """A year said in words, as a number.

    Examples:
        >>> year_in_words("nineteen ninety-four"), year_in_words("two thousand and one")
        (1994, 2001)
        >>> year_in_words("nineteen oh five"), year_in_words("nineteen hundred")
        (1905, 1900)
    """
    numbers = data()["lists"]["num"]
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w not in ("and", "oh")]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(int(numbers[w]) for w in words[2:])
    rest = words[2:] if words[1:2] == ["hundred"] else words[1:]
    return int(numbers[words[0]]) * 100 + sum(int(numbers[w]) for w in rest)


def _key(text: str) -> str:
    return " ".join(text.lower().rstrip(".").split())


@dataclass(frozen=True, slots=True, eq=False)
class _Match:
    start: int
    end: int
    order: int
    rule: TimeRule
    parts: dict[str, Any]


def lower(text: str) -> str:
    """``text`` in lower case, each character kept in its place (offsets stay valid).

    Examples:
        >>> lower("On TUESDAY"), len(lower("İstanbul")) == len("İstanbul")
        ('on tuesday', True)
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _matches(text: str) -> list[_Match]:
    lists = data()["lists"]
    low = lower(text)
    found = []
    for order, rule in enumerate(rules()):
        if rule.needs is not None and not any(word in low for word in rule.needs):
            continue
        for m in rule.regex.finditer(low):
            if any(m[g] and not text[m.start(g)].isupper() for g in rule.proper):
                continue  # "may", "march": a month is a name
            start, end = m.span("t") if "t" in rule.regex.groupindex and m["t"] else m.span()
            parts: dict[str, Any] = {"_text": text[start:end]}
            for group, value in m.groupdict().items():
                if value is None or group == "t":
                    continue
                table = rule.lists.get(group)
                parts[group] = lists[table][_key(value)] if table else value
            for words in ("year_words", "year_words_2000"):
                if words in parts:
                    parts["year"] = year_in_words(parts.pop(words))
            found.append(_Match(start, end, order, rule, parts))
    return found


def _choose(found: list[_Match]) -> list[_Match]:
    """The longest matches that do not overlap (the earlier rule on a tie), in text order."""
    taken: list[_Match] = []
    for m in sorted(found, key=lambda m: (m.start - m.end, m.order, m.start)):
        if all(m.end <= t.start or t.end <= m.start for t in taken):
            taken.append(m)
    return sorted(taken, key=lambda m: m.start)


def _blocked(span: Span, m: _Match, ents: list[tuple[int, int, str]]) -> bool:
    """What the parse says is no time: a name or an amount (``ents``: the Doc's entities as
    offsets and labels), an adjective "daily", a sentence-opening "Now"."""
    doc = span.doc
    for start, end, label in ents:
        if end <= m.start or m.end <= start:
            continue
        if m.rule.kind == "holiday" and m.start <= start and end <= m.end:
            continue  # "Easter" taken for a person: the holiday's name is the holiday (not "Easter Island")
        if label in NAMES or (
            label in AMOUNTS and start <= m.start and m.end <= end and "vague" not in m.parts
        ):
            return True  # (but "several quarters" taken for an amount is still some quarters)
    first = span[0]
    if _titled(span):
        return True  # "60 Minutes", "This Week With David Brinkley": a name, not a time
    if first.lower_ == "now" and _opens_sentence(first):
        return True  # a sentence-opening "Now" moves the story on; it dates nothing
    if m.rule.kind in ("set", "fuzzy") and len(span) == 1 and (first.dep_ == "amod" or first.pos_ in NOMINAL):
        return True  # "a quarterly dividend", "future payments", "the party daily": kinds of things
    if m.rule.kind == "fuzzy" and any(t.dep_ == "compound" and t.head.i >= span.end for t in span):
        return True  # "the long term interests": a kind of interests, no time
    if m.rule.kind == "duration" and first.like_num and first.i > 0 and _month(doc[first.i - 1].lower_):
        return True  # "the Feb 18 week": a day of the month, not 18 weeks
    if m.rule.kind == "duration" and first.lower_ in ("a", "an", "per") and first.i > 0:
        before = doc[first.i - 1]
        if before.pos_ == "NUM" or before.tag_ == "NNS":
            return True  # a rate: "700 seats a week", "$1.76 a year"
    return False


def _titled(span: Span) -> bool:
    """Every word of ``span`` capitalised mid-sentence, one of them no month, weekday or
    holiday: the title of a show, a book, a film."""
    words = [t for t in span if t.is_alpha]
    named = proper_words()
    return (
        bool(words)
        and all(t.is_title for t in words)
        and any(t.lower_ not in named and not _opens_sentence(t) for t in words)
    )


def _opens_sentence(token: Token) -> bool:
    """``token`` is the first word of its sentence, perhaps after opening quotes or a bracket
    ("``Today, we ...": the quotes need not start a sentence of their own in the parse)."""
    doc, i = token.doc, token.i
    while i > 0 and not doc[i].is_sent_start and (doc[i - 1].is_quote or doc[i - 1].is_left_punct):
        i -= 1
    return doc[i].is_sent_start is True or i == 0


def _month(word: str) -> bool:
    return word in data()["lists"]["month"]


@cache
def proper_words() -> frozenset[str]:
    """Every word of the lists of names (months, weekdays, holidays), lower-cased."""
    d = data()
    return frozenset(w.rstrip(".") for name in d["proper"] for key in d["lists"][name] for w in key.split())


def _compared(span: Span) -> bool:
    """``span`` closes a comparison of amounts: "from $4 million a year ago.", "lower than a
    year ago," (an amount or "than" just before, the end of a phrase just after)."""
    doc = span.doc
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    before = doc[max(sent.start, span.start - 6) : span.start]
    closes = span.end >= sent.end or doc[span.end].is_punct
    return closes and any(t.like_num or t.tag_ == "$" or t.lower_ == "than" for t in before)


def tense(span: Span) -> str:
    """``past``, ``present``, ``future`` or ``none``: the tense of the verb ``span`` hangs from
    (``none``: no verb, a participle or an infinitive; ``present`` is a finite present other
    than "be" or a verb of saying: "the leaders meet Monday")."""
    tdata = data()["tense"]
    verb: Token = span.root
    link = verb  # the word on the way up that hangs from the verb
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        link, verb = verb, verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return "none"
    return _verb_tense(verb, link, tdata)


def _verb_tense(verb: Token, link: Token, tdata: dict[str, Any]) -> str:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in tdata["future_auxiliaries"] for c in auxes):
        return "future"
    if verb.tag_ == "VBG" and not auxes and verb.dep_ in NONFINITE_DEPS and verb.head.pos_ in VERBS:
        return _verb_tense(verb.head, verb, tdata)  # "Stocks fell, dropping to a low in March": fell's
    head = verb.head
    if verb.lemma_ in tdata["future_heads"] and verb.lemma_ != "be" and not _own_time(verb, link, tdata):
        return "future"  # "planned a rally on Saturday", "is expected Tuesday"
    if (
        verb.tag_ == "VB"
        and head.i != verb.i
        and (head.lemma_ in tdata["future_heads"] or head.lower_ == "going")
    ):
        return "future"  # "plans to visit Tuesday", "is to resume Tuesday", "is going to"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes):
        return "past"
    if verb.tag_ == "VBN" and (not auxes or any(c.lemma_ == "have" for c in auxes)):
        return "past"  # "has said", or a participle alone: "found clinging to a tube"
    finite = verb.tag_ in ("VBZ", "VBP") or any(c.tag_ in ("VBZ", "VBP") for c in auxes)
    # a copula or a verb of saying tells nothing of when: "Friday's purchases are ...", "says"
    return "present" if finite and verb.lemma_ not in tdata["reporting"] and verb.lemma_ != "be" else "none"


def _own_time(verb: Token, link: Token, tdata: dict[str, Any]) -> bool:
    """The time hanging from ``verb`` by ``link`` dates the act of the verb itself, not what it
    plans: ``own_time_heads`` name the prepositions that say so ("a record set on Aug. 6",
    but "is set for Tuesday", "set July 30 as the date")."""
    return link.dep_ == "prep" and link.lower_ in tdata["own_time_heads"].get(verb.lemma_, ())


def _signal(text: str, start: int) -> str | None:
    """The words just before ``start`` that open a time's interval ("since") or put it
    ahead ("as soon as"), if any."""
    before = " " + " ".join(text[max(0, start - 20) : start].lower().split())
    d = data()
    for phrase in (*d["tense"]["future_signals"], *d["tense"]["past_signals"], *d["lists"]["signal"]):
        if before.endswith(" " + phrase):
            return str(phrase)
    return None


def _past_perfect(span: Span) -> bool:
    """The clause of ``span`` is in the past perfect ("had filed by Wednesday")."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.lower_ in ("had", "'d") for c in verb.children if c.dep_ in ("aux", "auxpass"))


def find(doc: Doc, date: str | None = None) -> list[dict[str, Any]]:
    """The time expressions of ``doc`` in text order, as ``kg extract`` writes them.

    Each is ``{start, end, text, type, value, rule}`` with ``mod`` when it has one;
    ``date`` (ISO 8601, the article's) anchors relative expressions.
    """
    anchor = timevalue.anchor_date(date)
    out: list[dict[str, Any]] = []
    reference: str | None = None
    text = doc_text(doc)
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    spans: dict[_Match, Span] = {}
    for m in _matches(text):
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span) and (m.rule.kind == "none" or not _blocked(span, m, ents)):
            spans[m] = span
    for m in _choose(list(spans)):
        if m.rule.kind == "none":
            continue
        span = spans[m]
        signal = _signal(text, m.start)
        tenses = data()["tense"]
        ahead = signal in tenses["future_signals"] and not _past_perfect(span)
        when = "future" if ahead else "past" if signal in tenses["past_signals"] else tense(span)
        parts = {**m.parts, "compared": True} if m.rule.kind == "offset" and _compared(span) else m.parts
        found = timex.resolve(m.rule.kind, parts, timex.Context(anchor, when, reference))
        if found is None:
            continue
        mod = data()["lists"]["signal"].get(signal) if found.type in DATED else None
        record = {
            "start": m.start,
            "end": m.end,
            "text": text[m.start : m.end],
            "type": found.type,
            "value": found.value,
            "rule": m.rule.name,
        }
        mod = mod or found.mod or m.parts.get("approx")
        if mod:
            record["mod"] = mod
        shifted = m.rule.kind == "offset" or "earlier" in m.parts  # "a year earlier", "year-ago"
        if found.type in DATED and not shifted and timevalue.parse_value(found.value) is not None:
            reference = found.value  # "a year earlier" counts from it (not from another shifted time)
        elif anchor is not None and _reported_period(text, m, found):
            reference = f"{anchor.year:04d}"  # "the nine months": this year's, so a year earlier is last year
        out.append(record)
    return out


def _reported_period(text: str, m: _Match, found: timex.Timex) -> bool:
    """``m`` names a definite span of months or quarters ("the first nine months", "the six
    months", "its past two quarters"): a period of this year that a figure compared "a year
    earlier" belongs to."""
    if found.type != "DURATION" or m.parts.get("unit") not in ("M", "Q"):
        return False
    words = (text[max(0, m.start - 8) : m.start] + text[m.start : m.end]).lower().split()
    return any(w in ("the", "its", "their") for w in words[:-1])


# ------------------------------------------------------------------ when relations hold


def article_time(date: str | None) -> dict[str, Any]:
    """The evidence time fields from the article's date alone (``{}`` without one).

    Examples:
        >>> article_time("2024-10-03T08:00:00")
        {'time': '2024-10-03', 'time_start': '2024-10-03', 'time_end': '2024-10-03', 'time_source': 'article'}
        >>> article_time("1987-04")["time_end"], article_time(None)
        ('1987-04-30', {})
    """
    if not date:
        return {}
    day = timevalue.anchor_date(date)
    value = day.isoformat() if day else date
    start, end = timevalue.interval(value)
    if start is None and end is None:
        return {}
    return {"time": value, "time_start": start, "time_end": end, "time_source": "article"}


def _distance(a: Token, b: Token) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    up = {t.i: n for n, t in enumerate([a, *a.ancestors])}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return n + up[t.i]
    return len(a.doc)


def _trigger(doc: Doc, sent: Span, ends: list[tuple[int, int]]) -> Token:
    """The word that joins a relation's two ends in its sentence: the verb on the path
    between them in the dependency tree nearest their common head, else that head."""
    heads = [s.root for a, b in ends[:2] if (s := doc.char_span(a, b, alignment_mode="expand")) is not None]
    if not heads:
        return sent.root
    if len(heads) == 1:
        return next((t for t in heads[0].ancestors if t.pos_ in VERBS), heads[0].head)
    up_a, up_b = [heads[0], *heads[0].ancestors], [heads[1], *heads[1].ancestors]
    on_b = {t.i for t in up_b}
    top = next((t for t in up_a if t.i in on_b), sent.root)
    if top.pos_ in VERBS:
        return top
    below = [list(takewhile(lambda t: t.i != top.i, up))[1:] for up in (up_a, up_b)]
    verbs = [t for t in below[0] + below[1] if t.pos_ in VERBS]  # "Rutte, who visited Kyiv, ...": visited
    return min(verbs, key=lambda t: _distance(t, top)) if verbs else top


def evidence_time(
    doc: Doc,
    times: list[dict[str, Any]],
    evidence: dict[str, Any],
    ends: list[tuple[int, int]],
    date: str | None,
) -> dict[str, Any]:
    """The time a relation's evidence sentence states, else the article's (``kg.event-time.v1``).

    Of the dated expressions inside the evidence, the one nearest (in the dependency tree)
    to the word joining the relation's two ends (``ends``: their mentions in the sentence,
    as character offsets, the subject's first) governs. Gives ``time`` (its TIMEX3 value),
    ``time_start`` and ``time_end`` (ISO dates; an open end is ``None``) and ``time_source``:
    ``sentence`` or ``article``; nothing when neither says. Without a date, an expression
    no date resolves ("Tuesday": ``XXXX-WXX-2``) is still the sentence's time, with no days.
    """
    anchor = timevalue.anchor_date(date)
    inside: list[Dated] = []
    vague: list[Dated] = []
    for t in times:
        if t["type"] in DATED and evidence["start"] <= t["start"] and t["end"] <= evidence["end"]:
            start, end = timevalue.interval(t["value"], mod=t.get("mod"), anchor=anchor)
            (inside if start or end else vague).append((t, start, end))
    if not inside and (date or not vague):
        return article_time(date)
    inside = inside or vague  # no date says which Tuesday: "XXXX-WXX-2" is still something
    best = inside[0]
    if len(inside) > 1:
        sent = doc.char_span(evidence["start"], evidence["end"], alignment_mode="expand")
        if sent is not None and len(sent):
            trigger = _trigger(doc, sent, ends)

            def rank(item: Dated) -> tuple[int, int]:
                span = doc.char_span(item[0]["start"], item[0]["end"], alignment_mode="expand")
                root = span.root if span is not None else trigger
                return _distance(root, trigger), abs(root.i - trigger.i)

            best = min(inside, key=rank)
    t, start, end = best
    return {"time": t["value"], "time_start": start, "time_end": end, "time_source": "sentence"}
