"""A bad query explained in plain words, with the line and a caret under the place.

The engines say where they gave up ("error at 1:10: expected CONSTRUCT"), which is often
past the mistake and in the grammar's words. :func:`explain` first looks for the
mistakes people make, on kg's own tokens: a misspelt query form (``SELEC``), a prefix
never declared (``x:p``), a bracket never closed or closed twice. Otherwise it keeps the
engine's message and points at its position.

Examples:
    >>> print(explain("SELECT * { ?s x:p ?o }", SyntaxError("error at 1:22: expected OPTIONAL")))
    Bad SPARQL at line 1, column 15: the prefix 'x:' is not declared; add PREFIX x: <...>
      SELECT * { ?s x:p ?o }
                    ^
"""

from __future__ import annotations

import re

from kg.errors import QueryError
from kg.names import closest
from kg.sparql.lexer import significant, tokens

FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_PAIRS = {"(": ")", "{": "}", "[": "]"}
_BUILTIN_PREFIXES = frozenset({"_"})  # blank nodes


def _where(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _caret(text: str, line: int, column: int, message: str) -> QueryError:
    lines = text.splitlines() or [""]
    shown = lines[min(max(line, 1), len(lines)) - 1]
    column = max(1, min(column, len(shown) + 1))
    where = f"line {line}, column {column}"
    return QueryError(f"Bad SPARQL at {where}: {message}\n  {shown}\n  {' ' * (column - 1)}^")


def _form(text: str) -> QueryError | None:
    toks = significant(text)
    i = 0
    while i < len(toks) and toks[i][0] == "word" and toks[i][1].upper() in ("PREFIX", "BASE"):
        i += 3 if toks[i][1].upper() == "PREFIX" else 2
    if i >= len(toks):
        return None
    kind, tok, at = toks[i]
    if kind == "word" and tok.upper() in FORMS:
        return None
    close = closest(tok, FORMS)
    hint = f"; did you mean {close}?" if close else ""
    message = (
        f"a query starts with SELECT, ASK, CONSTRUCT or DESCRIBE (after PREFIX lines), not {tok!r}{hint}"
    )
    return _caret(text, *_where(text, at), message)


def _prefixes(text: str) -> QueryError | None:
    toks = significant(text)
    declared = {toks[i + 1][1].split(":")[0] for i, t in enumerate(toks[:-1]) if t[1].upper() == "PREFIX"}
    for kind, tok, at in toks:
        if kind != "word" or ":" not in tok:
            continue
        prefix = tok.split(":", 1)[0]
        if prefix not in declared and prefix not in _BUILTIN_PREFIXES:
            message = f"the prefix '{prefix}:' is not declared; add PREFIX {prefix}: <...>"
            return _caret(text, *_where(text, at), message)
    return None


def _brackets(text: str) -> QueryError | None:
    stack: list[tuple[str, int]] = []
    for kind, tok, at in tokens(text):
        if kind != "punct":
            continue
        if tok in _PAIRS:
            stack.append((tok, at))
        elif tok in _PAIRS.values():
            if not stack or _PAIRS[stack[-1][0]] != tok:
                return _caret(text, *_where(text, at), f"this '{tok}' closes nothing")
            stack.pop()
    if stack:
        tok, at = stack[-1]
        return _caret(text, *_where(text, at), f"this '{tok}' is never closed (add '{_PAIRS[tok]}')")
    return None


def explain(text: str, err: BaseException) -> QueryError:
    """A :class:`QueryError` for ``err``, a parse or evaluation error of ``text``."""
    for check in (_form, _prefixes, _brackets):
        found = check(text)
        if found is not None:
            return found
    message = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    m = re.search(r"(?:at |line:)(\d+)[:, col]+(\d+)", message)
    line = getattr(err, "lineno", None) or (int(m.group(1)) if m else None)
    column = int(m.group(2)) if m else 1
    plain = re.sub(r"^error at \d+:\d+: ", "", message)
    if isinstance(line, int):
        return _caret(text, line, column, plain)
    return QueryError(f"Bad SPARQL: {plain}")
