"""What a query must pass before any engine sees it: size, nesting, no update, no ``SERVICE``.

Both engines kg runs parse recursively: Oxigraph's parser overflows the stack
(the whole process dies) on about 10,000 nested brackets, rdflib's raises
``RecursionError`` at about 30 nested parentheses. So the nesting is measured on
kg's own tokens first, which never recurse, and a query deeper than
:data:`MAX_DEPTH` or longer than :data:`MAX_CHARS` is refused with a message
that says why.

``SERVICE`` would make the engine send requests to other hosts (Oxigraph does
so). It is refused when either of two readings finds it: rdflib's parser (a
``ServiceGraphPattern`` in the parse tree) or kg's tokens (any keyword that
*starts* with ``SERVICE``, so ``SERVICE:x``, which Oxigraph reads as ``SERVICE``
then ``:x``, is caught too). A prefix named ``service:`` is refused with it;
rename the prefix. Both readings run only when the letters ``service`` occur
somewhere in the text (Oxigraph reads no ``\\u`` escapes outside strings), so
other queries pay nothing for them.

Examples:
    >>> check('SELECT * { ?s ?p "SERVICE" }')
    >>> try:
    ...     check("PREFIX : <http://127.0.0.1:1/> SELECT * { SERVICE:x { ?s ?p ?o } }")
    ... except Refused as err:
    ...     print(err.status, str(err)[:43])
    400 SERVICE (federated) queries are not allowed
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kg.errors import QueryError
from kg.sparql.lexer import UPDATE_KEYWORDS, query_form, tokens

#: Longest query text accepted, in characters.
MAX_CHARS = 200_000
#: Deepest nesting of brackets (``(``, ``{``, ``[``) plus runs of ``!`` accepted.
MAX_DEPTH = 64

_OPEN = {"(": ")", "{": "}", "[": "]"}
_CLOSE = frozenset(_OPEN.values())


class Refused(QueryError):
    """A query kg will not run; ``status`` is the HTTP status the endpoint answers with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def depth(text: str) -> int:
    """The deepest nesting in ``text``: open brackets plus the run of ``!`` before a term.

    Examples:
        >>> depth("SELECT * { FILTER(!(?a && (?b))) }")
        4
        >>> depth('SELECT * { ?s ?p "((((" }')
        1
    """
    level = deepest = bangs = 0
    for kind, tok, _ in tokens(text):
        if kind in ("ws", "comment"):
            continue
        if kind == "punct" and tok == "!":
            bangs += 1
            deepest = max(deepest, level + bangs)
            continue
        bangs = 0
        if kind == "punct" and tok in _OPEN:
            level += 1
            deepest = max(deepest, level)
        elif kind == "punct" and tok in _CLOSE:
            level = max(level - 1, 0)
    return deepest


def _service_word(text: str) -> bool:
    return any(k == "word" and t.upper().startswith("SERVICE") for k, t, _ in tokens(text))


@contextmanager
def _recursion(limit: int) -> Iterator[None]:
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(max(old, limit))
    try:
        yield
    finally:
        sys.setrecursionlimit(old)


def _has_service(node: Any) -> bool:
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            if item.name == "ServiceGraphPattern":
                return True
            stack.extend(item.values())
        elif isinstance(item, list | tuple | ParseResults):
            stack.extend(item)
    return False


def parsed_service(text: str) -> bool:
    """True when rdflib's parser reads a ``SERVICE`` pattern in ``text`` (False if it cannot parse it)."""
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        with _recursion(50 * MAX_DEPTH + 2_000):
            tree = parseQuery(text)
    except Exception:  # rdflib rejects some syntax Oxigraph takes; the token check still applies
        return False
    return _has_service(tree)


def check(text: str, *, parse: bool = True) -> None:
    """Refuse what no engine should see: too long, too deep, an update or ``SERVICE``.

    Args:
        text: the query.
        parse: also parse with rdflib to look for ``SERVICE`` (tens of milliseconds);
            the cheap token checks run always.

    Raises:
        Refused: with ``status`` 413 (too long), 400 (too deep, ``SERVICE``) or 403 (an update).
    """
    if len(text) > MAX_CHARS:
        raise Refused(f"Query of {len(text):,} characters; at most {MAX_CHARS:,} are accepted", 413)
    form = query_form(text)
    if form in UPDATE_KEYWORDS:
        raise Refused(f"{form}: SPARQL Update is not allowed; kg only runs read-only queries", 403)
    nested = depth(text)
    if nested > MAX_DEPTH:
        raise Refused(f"Query nested {nested} levels deep; at most {MAX_DEPTH} are accepted")
    if "service" not in text.lower():  # no reading of the text can find the keyword
        return
    if _service_word(text) or (parse and parsed_service(text)):
        raise Refused("SERVICE (federated) queries are not allowed: kg never sends requests to other hosts")
