"""SPARQL cut into tokens, in linear time: enough to see a query's form, variables and nesting.

Strings, IRIs and comments stay whole, so a keyword inside them is not a
keyword. The lexer never fails and never backtracks far: an unterminated string
runs to the end of its line (or of the text, for a triple-quoted one), and a
prefix longer than 256 characters is read as separate words, so a hostile query
of any length is lexed in one pass (the engines would reject both anyway).
Splitting a token too finely is the safe direction for the checks built on it
(:mod:`kg.sparql.guard`): a keyword can only appear, never hide.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
)

_STRING = (
    r'"""(?:[^"\\]|\\.|\\\Z|"(?!""))*+(?:"""|\Z)'
    r"|'''(?:[^'\\]|\\.|\\\Z|'(?!''))*+(?:'''|\Z)"
    r'|"(?:[^"\\\n]|\\.|\\\Z)*+(?:"|(?=\n)|\Z)'
    r"|'(?:[^'\\\n]|\\.|\\\Z)*+(?:'|(?=\n)|\Z)"
)
_TOKEN = re.compile(
    rf"(?P<ws>\s+)|(?P<comment>#[^\n]*)|(?P<string>{_STRING})"
    r"|(?P<iri><[^<>\"{}|^`\\\x00-\x20]*>)|(?P<var>[?$]\w+)"
    r"|(?P<word>(?:[A-Za-z_][\w\-.]{0,63})?:(?:[\w\-.%]|\\.)*+|[A-Za-z_]\w*+)|(?P<punct>.)",
    re.S,
)


def tokens(text: str) -> Iterator[tuple[str, str, int]]:
    """Lex SPARQL into ``(kind, text, offset)``; strings, IRIs and comments stay whole.

    Examples:
        >>> [t for k, t, _ in tokens('SELECT * { ?s ?p "SERVICE" }') if k == "word"]
        ['SELECT']
    """
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        yield kind, m.group(), m.start()


def significant(text: str) -> list[tuple[str, str, int]]:
    """The tokens that are not white space or comments."""
    return [t for t in tokens(text) if t[0] not in ("ws", "comment")]


def query_form(text: str) -> str:
    """The upper-cased first keyword after the prologue: ``SELECT``, ``ASK``, ``INSERT``...

    Examples:
        >>> query_form("PREFIX ex: <http://e/> # c\\n select * { ?s ?p ?o }")
        'SELECT'
    """
    toks = significant(text)
    i = 0
    while i < len(toks):
        kind, tok, _ = toks[i]
        if kind == "word" and tok.upper() == "BASE":
            i += 2
        elif kind == "word" and tok.upper() == "PREFIX":
            i += 3
        else:
            return tok.upper() if kind == "word" else ""
    return ""


def variables(text: str) -> set[str]:
    """The names of the variables the query text mentions."""
    return {t[1:] for k, t, _ in tokens(text) if k == "var"}
