"""Reading a user's alias file (``kg build --aliases FILE``) into checked rows.

Two forms, told apart by the file's suffix:

* CSV (any other suffix), a header row then one row per actor, lists split by ``|``::

    canonical,type,aliases,never_merge,wikidata
    Volodymyr Zelensky,Person,Zelenskyy|Volodymyr Zelenskyy,,Q3874799
    European Union,Organization,,EU,Q458

* YAML (``.yaml``, ``.yml``), a list of the same fields, lists as YAML lists or ``|``::

    - canonical: Volodymyr Zelensky
      type: Person
      aliases: [Zelenskyy, Volodymyr Zelenskyy]
      wikidata: Q3874799
    - canonical: European Union
      type: Organization
      never_merge: EU

YAML values are read as text (``NO``, Norway's code, stays ``"NO"``). Every row needs a
``canonical`` name and a ``type`` among :data:`kg.records.ENTITY_TYPES` (in any case);
a YAML row may have no other field. ``wikidata`` (optional, both forms) is the actor's
Wikidata item id (``Q458``); it flows to ``graph.json``, the RDF (``owl:sameAs``) and the
page. A bad file raises one
:class:`~kg.errors.InputError` line naming the file and line, what was wrong and what is
valid (with the closest type, for a misspelt one).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.names import closest
from kg.records import ENTITY_TYPES

FIELDS = ("canonical", "type", "aliases", "never_merge", "wikidata")
WIKIDATA_ID = re.compile(r"Q[1-9][0-9]{0,11}")
YAML_SUFFIXES = (".yaml", ".yml")
#: Where a row's fields are: ``{"": line of the row, field name: line of its value}``.
Lines = dict[str, int]


@dataclass(frozen=True, slots=True)
class AliasRow:
    """One actor of an alias file: its name, type, other names and names never to merge with."""

    canonical: str
    type: str
    aliases: tuple[str, ...] = ()
    never_merge: tuple[str, ...] = ()
    wikidata: str | None = None  # a Wikidata item id, "Q458"


def read_rows(path: str | Path) -> list[AliasRow]:
    """The checked rows of the alias file at ``path`` (CSV, or YAML by its suffix).

    Raises:
        InputError: the file cannot be read, or a row has no name, an unknown type or
            (in YAML) an unknown field.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{p}: cannot read alias file ({err})") from err
    raw = _yaml_rows(p, text) if p.suffix.lower() in YAML_SUFFIXES else _csv_rows(p, text)
    return [_row(p, lines, fields) for lines, fields in raw]


def _csv_rows(p: Path, text: str) -> list[tuple[Lines, dict[str, Any]]]:
    rows = []
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        for row in reader:
            rows.append(({"": reader.line_num}, {k: v for k, v in row.items() if isinstance(k, str)}))
    except csv.Error as err:
        raise InputError(f"{p}: cannot read alias file ({err})") from err
    return rows


def _yaml_rows(p: Path, text: str) -> list[tuple[Lines, dict[str, Any]]]:
    """``(lines, fields)`` of each row of a YAML alias file; every value as written, as text."""
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{p}:{mark.line + 1}" if mark is not None else str(p)
        why = getattr(err, "problem", None) or " ".join(str(err).split())
        raise InputError(f"{where}: cannot read alias file as YAML ({why})") from err
    if root is None:
        return []
    if not isinstance(root, yaml.SequenceNode):
        raise InputError(f"{p}:{_line(root)}: expected a list of actors (- canonical: ..., type: ...)")
    rows = []
    for item in root.value:
        if not isinstance(item, yaml.MappingNode):
            raise InputError(f"{p}:{_line(item)}: expected an actor's fields ({', '.join(FIELDS)})")
        fields: dict[str, Any] = {}
        lines = {"": _line(item)}
        for key, value in item.value:
            name = str(key.value)
            if name not in FIELDS:
                raise InputError(
                    f"{p}:{_line(key)}: unknown field {name!r}{_closest(name, FIELDS)}; "
                    f"valid fields: {', '.join(FIELDS)}"
                )
            fields[name] = _text(p, value)
            lines[name] = _line(value)
        rows.append((lines, fields))
    return rows


def _text(p: Path, node: Any) -> str | list[str]:
    """A YAML value as text: a scalar as written, a list of scalars as a list."""
    import yaml

    if isinstance(node, yaml.ScalarNode):
        return str(node.value)
    if isinstance(node, yaml.SequenceNode) and all(isinstance(n, yaml.ScalarNode) for n in node.value):
        return [str(n.value) for n in node.value]
    raise InputError(f"{p}:{_line(node)}: expected a name or a list of names")


def _line(node: Any) -> int:
    return int(node.start_mark.line) + 1


def _row(p: Path, lines: Lines, fields: dict[str, Any]) -> AliasRow:
    name, kind = _one(fields.get("canonical")), _one(fields.get("type"))
    if not name or not kind:
        raise InputError(f"{p}:{lines['']}: each row needs 'canonical' and 'type'")
    known = {t.lower(): t for t in ENTITY_TYPES}
    if kind.lower() not in known:
        raise InputError(
            f"{p}:{lines.get('type', lines[''])}: unknown type {kind!r}{_closest(kind, ENTITY_TYPES)}; "
            f"valid types: {', '.join(ENTITY_TYPES)}"
        )
    aliases, never = _names(fields.get("aliases")), _names(fields.get("never_merge"))
    wikidata = _one(fields.get("wikidata")).upper() or None
    if wikidata is not None and not WIKIDATA_ID.fullmatch(wikidata):
        raise InputError(
            f"{p}:{lines.get('wikidata', lines[''])}: {wikidata!r} is no Wikidata item id "
            "(expected Q and digits, such as Q458)"
        )
    return AliasRow(name, known[kind.lower()], aliases, never, wikidata)


def _one(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _names(value: Any) -> tuple[str, ...]:
    """A list of names from ``a|b`` or a YAML list, blanks left out."""
    items = value if isinstance(value, list) else str(value or "").split("|")
    return tuple(n.strip() for n in items if n.strip())


def _closest(word: str, options: tuple[str, ...]) -> str:
    """`` (did you mean 'Person'?)`` for the closest of ``options`` (in any case), or nothing.

    Examples:
        >>> _closest("Persn", ("Person", "Place")), _closest("orgnisation", ("Organization",))
        (" (did you mean 'Person'?)", " (did you mean 'Organization'?)")
        >>> _closest("xyz", ("Person",))
        ''
    """
    found = closest(word, options)
    return f" (did you mean {found!r}?)" if found else ""
