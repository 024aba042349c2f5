"""Long documents in pieces: where to cut a text, and one result from its pieces' results.

spaCy refuses a text longer than ``nlp.max_length`` (error E088: a million characters by
default) and its parser needs about a gigabyte per 100,000 characters. A document longer
than :attr:`kg.settings.Settings.max_chars` is therefore cut into pieces of at most that
many characters (:func:`cuts`), each piece goes through the pipeline on its own, and
:func:`join` makes one result of theirs, with every offset shifted back into the whole
text. A piece ends after the last paragraph break (a blank line) of its window that leaves
it at least half the window long; else after such a line break; else after such a sentence
end; else after such a space; else at ``max_chars`` exactly. Nothing is read across a cut: a relation
whose sentence a hard cut splits is lost, and a pronoun finds no name in the piece before.
"""

from __future__ import annotations

import re
from typing import Any

from kg.errors import ConfigError

#: Where a piece may end, best first: each pattern's match ends the piece.
BOUNDARIES = (
    re.compile(r"\n[ \t\r\f\v]*\n\s*"),  # a paragraph break (a blank line)
    re.compile(r"\n\s*"),  # a line break
    re.compile(r"[.!?…][\"'”’)\]]*\s+"),  # a sentence end
    re.compile(r"\s+"),  # a space
)


def cuts(text: str, max_chars: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each piece of ``text``, in order, none longer than ``max_chars``.

    The pieces cover the text exactly: each starts where the one before it ends.

    Raises:
        ConfigError: ``max_chars`` is below 1.

    Examples:
        >>> text = "One two.\\n\\nThree four. Five six."
        >>> [text[a:b] for a, b in cuts(text, 20)]
        ['One two.\\n\\n', 'Three four. ', 'Five six.']
        >>> [text[a:b] for a, b in cuts(text, 25)]  # the blank line would leave too short a piece
        ['One two.\\n\\nThree four. ', 'Five six.']
        >>> cuts("abcdef", 4), cuts("abc", 4)
        ([(0, 4), (4, 6)], [(0, 3)])
    """
    if max_chars < 1:
        raise ConfigError(f"max_chars must be 1 or more, got {max_chars}")
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > max_chars:
        end = _piece_end(text, start, start + max_chars)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _piece_end(text: str, start: int, limit: int) -> int:
    """Where the piece from ``start`` ends: the best boundary that leaves it at least half
    its window long (``limit - start``), or ``limit``."""
    shortest = start + max(1, (limit - start) // 2)
    for pattern in BOUNDARIES:
        ends = [m.end() for m in pattern.finditer(text, start, limit)]
        if ends and ends[-1] >= shortest:
            return ends[-1]
    return limit


def join(parts: list[tuple[int, dict[str, Any]]]) -> dict[str, Any]:
    """One document's result from its pieces' results (``(piece start, value)``, in order).

    Offsets of mentions, evidence and times are shifted by the piece's start; the entities of all
    pieces are numbered again (``e0``, ``e1``, ...), and those with the same name and type
    become one, with the mentions of each; non-prose counts are added up.

    Examples:
        >>> rutte = {"id": "e0", "name": "Ann Lee", "type": "Person", "merges": [],
        ...          "mentions": [{"start": 0, "end": 7, "text": "Ann Lee", "rule": "ner"}]}
        >>> value = join([(0, {"entities": [rutte], "relations": []}),
        ...               (100, {"entities": [rutte], "relations": []})])
        >>> [(m["start"], m["end"]) for m in value["entities"][0]["mentions"]]
        [(0, 7), (100, 107)]
    """
    entities: dict[tuple[str, str], dict[str, Any]] = {}
    relations: list[dict[str, Any]] = []
    timed: list[dict[str, Any]] = []
    aside: dict[str, dict[str, int]] = {}
    for offset, value in parts:
        ids: dict[str, str] = {}
        for e in value["entities"]:
            key = (e["type"], e["name"])
            if key not in entities:
                entities[key] = {**e, "id": f"e{len(entities)}", "mentions": [], "merges": []}
            merged = entities[key]
            ids[e["id"]] = merged["id"]
            merged["mentions"] += [_shift(m, offset) for m in e["mentions"]]
            merged["merges"] += [m for m in e.get("merges", []) if m not in merged["merges"]]
        for r in value["relations"]:
            evidence = _shift(r["evidence"], offset)
            if "speaker" in evidence:
                evidence["speaker"] = ids[evidence["speaker"]]
            relations.append(
                {**r, "subject": ids[r["subject"]], "object": ids[r["object"]], "evidence": evidence}
            )  # fmt: skip
        timed += [_shift(t, offset) for t in value.get("times", ())]
        for unit, by_kind in (value.get("set_aside") or {}).items():
            total = aside.setdefault(unit, {})
            for kind, n in by_kind.items():
                total[kind] = total.get(kind, 0) + n
    joined: dict[str, Any] = {"entities": list(entities.values()), "relations": relations, "times": timed}
    products = sorted({p for _offset, value in parts for p in value.get("products", ())})
    if products:
        joined["products"] = products
    if aside:
        joined["set_aside"] = {unit: dict(sorted(by_kind.items())) for unit, by_kind in aside.items()}
    return joined


def _shift(span: dict[str, Any], offset: int) -> dict[str, Any]:
    return {**span, "start": span["start"] + offset, "end": span["end"] + offset}
