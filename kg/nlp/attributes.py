"""The base model's attribute rules, found by looking them up instead of trying each one.

The English pipelines map the tagger's tags to parts of speech and morphology, and fix a few
words' lemmas, with an ``attribute_ruler``: 179 rules in ``en_core_web_sm`` 3.8. spaCy finds
their matches with a :class:`~spacy.matcher.Matcher`, which tries every rule at every token;
on news that took a tenth of kg's whole extraction, more than the parser. Every one of those
rules asks about a token's lower-case form, tag, dependency label or whitespace (one value, a
set of them, or a regular expression), on one or two tokens, so :func:`index` files each rule
under a value its first token asks for and a token looks up the few rules that can match it.
The ruler applies the matches itself, in its own order, so the annotation is the same
(``tests/nlp/test_attributes.py`` compares them). A pipeline whose rules ask anything else (an
operator, another attribute) keeps spaCy's matcher.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

#: Token attributes a rule may ask about, in the order that picks the one it is filed under
#: (the rarest values first).
ATTRIBUTES = ("LOWER", "ORTH", "TAG", "DEP", "IS_SPACE")
#: What a rule may ask of an attribute, besides one value: spaCy's Matcher's predicates.
PREDICATES = ("IN", "NOT_IN", "REGEX")
#: The tests a rule can be filed under, best first: a value, a set of values, a pattern.
FILING = ("==", "IN", "REGEX")

#: A match as :meth:`AttributeRuler.match` gives it: (rule, rule's key, start, end).
Match = tuple[int, int, int, int]
#: One test of a rule: (token's offset in the match, column of :data:`ATTRIBUTES`, "==" or one of
#: :data:`PREDICATES`, a string's hash, a set of them, or a compiled pattern).
Test = tuple[int, int, str, Any]
#: A rule's pattern filed under one of its tests: (rule, rule's key, tokens, the other tests).
Entry = tuple[int, int, int, tuple[Test, ...]]


def index(ruler: AttributeRuler) -> Callable[[Doc], list[Match]] | None:
    """A function giving the same matches as ``ruler.match``, or ``None`` when some rule asks
    what :data:`ATTRIBUTES` and :data:`PREDICATES` cannot say."""
    from spacy.attrs import IDS

    strings = ruler.vocab.strings
    filed: dict[tuple[int, Any], list[Entry]] = defaultdict(list)
    by_pattern: list[tuple[Test, Entry]] = []  # rules filed under a regular expression
    always: list[Entry] = []  # rules whose first token names neither a value nor a pattern
    specs: list[dict[str, Any]] = ruler.patterns  # type: ignore[assignment]
    for rule, spec in enumerate(specs):
        key = strings.add(str(rule))
        for raw in spec["patterns"]:
            tests = _tests(raw, strings)
            if tests is None:
                return None
            # the first token's test to file the rule under, the rarer attribute first
            first = [n for n, t in enumerate(tests) if t[0] == 0 and t[2] in FILING]
            picked = min(first, key=lambda n: (FILING.index(tests[n][2]), tests[n][1]), default=None)
            pick = None if picked is None else tests[picked]
            entry = (rule, key, len(raw), tuple(t for n, t in enumerate(tests) if n != picked))
            if pick is None:
                always.append(entry)
            elif pick[2] == "==":
                filed[(pick[1], pick[3])].append(entry)
            elif pick[2] == "IN":
                for value in pick[3]:
                    filed[(pick[1], value)].append(entry)
            else:
                by_pattern.append((pick, entry))
    columns = [IDS[a] for a in ATTRIBUTES]
    width = range(len(columns))
    searched_columns = sorted({test[1] for test, _ in by_pattern})

    @lru_cache(maxsize=1 << 16)
    def patterned(column: int, value: int) -> tuple[Entry, ...]:
        """The rules filed under a regular expression that the value's string matches."""
        text = strings[value]
        return tuple(entry for test, entry in by_pattern if test[1] == column and test[3].search(text))

    def match(doc: Doc) -> list[Match]:
        rows = doc.to_array(columns).tolist() if len(doc) else []
        size = len(rows)
        found: set[Match] = set()
        for start, row in enumerate(rows):
            candidates = list(always)
            for column in width:
                candidates += filed.get((column, row[column]), ())
            for column in searched_columns:
                candidates += patterned(column, row[column])
            for rule, key, length, tests in candidates:
                end = start + length
                if end <= size and all(_passes(rows[start + t[0]], t, strings) for t in tests):
                    found.add((rule, key, start, end))
        return sorted(found)

    return match


def _passes(row: list[int], test: Test, strings: Any) -> bool:
    _, column, op, value = test
    got = row[column]
    if op == "==":
        return bool(got == value)
    if op == "IN":
        return got in value
    if op == "NOT_IN":
        return got not in value
    return bool(value.search(strings[got]))


def _tests(raw: list[dict[str, Any]], strings: Any) -> list[Test] | None:
    """A Matcher pattern as :data:`Test` tuples, or ``None`` if it asks for more than
    :data:`ATTRIBUTES` and :data:`PREDICATES` say."""
    from spacy.strings import get_string_id

    tests: list[Test] = []
    for offset, spec in enumerate(raw):
        if not spec or any(name not in ATTRIBUTES for name in spec):
            return None
        for name, value in spec.items():
            column = ATTRIBUTES.index(name)
            if isinstance(value, bool):
                tests.append((offset, column, "==", int(value)))
            elif isinstance(value, str):
                tests.append((offset, column, "==", strings.add(value)))
            elif isinstance(value, dict) and len(value) == 1 and next(iter(value)) in PREDICATES:
                op, arg = next(iter(value.items()))
                if op == "REGEX" and name in ("LOWER", "ORTH"):
                    tests.append((offset, column, op, re.compile(arg)))
                elif op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
                    tests.append((offset, column, op, frozenset(get_string_id(v) for v in arg)))
                else:
                    return None
            else:
                return None  # a number, a predicate of lengths, ...
    return tests


def speed_up(nlp: Language) -> bool:
    """Give the pipeline's ``attribute_ruler`` the indexed matcher; ``False`` when it keeps
    spaCy's (no such component, or rules :func:`index` cannot file)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    match = index(ruler)  # type: ignore[arg-type]
    if match is None:
        return False
    ruler.match = match  # type: ignore[method-assign,attr-defined]
    return True
