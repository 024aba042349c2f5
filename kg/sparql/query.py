"""Named and literal SPARQL over a built graph, with values bound safely.

A named query is a ``.rq`` file in ``queries/``. Its header comment says what
it answers and declares the variables a caller may bind::

    # Every stated relation of one actor.
    # @param ?actor iri  the actor's IRI
    # @param ?name name ?actor  label or alias (any case) of the actor

A ``literal`` or ``iri`` parameter is bound as given. A ``name`` parameter is
bound as a literal too, and on Oxigraph kg also looks the name up in
``kg:nameKey`` (an index lookup) and binds the actors it names to the target
variable (``?actor`` above), so the query starts from those few actors instead
of filtering every row; the query's own ``FILTER`` on ``?name`` keeps the
answer the same when only ``?name`` is bound (rdflib, plain SPARQL clients).

Values never reach the query text as raw text. On rdflib they go through
``initBindings``; on Oxigraph they become a ``VALUES`` block of escaped RDF
terms placed first in the ``WHERE`` group (Oxigraph's own ``substitutions=``
follow SEP-0007, which hides the value from ``FILTER``s and demands the
variable be projected, so it cannot serve optional name filters).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import XSD, Literal, URIRef
from rdflib.term import Identifier

from kg.errors import QueryError
from kg.names import closest
from kg.rdf.serialize import is_iri
from kg.rdf.vocab import KG
from kg.sparql import guard
from kg.sparql.lexer import query_form, significant, variables

if TYPE_CHECKING:
    import pandas as pd

ENGINES = ("oxigraph", "rdflib")
_PARAM = re.compile(r"^#\s*@param\s+[?$](\w+)\s+(iri|literal|name)\b(?:\s+[?$](\w+))?\s*(.*)$", re.I)


@dataclass(frozen=True, slots=True)
class Param:
    """A variable a named query lets callers bind: ``kind`` is ``iri``, ``literal`` or ``name``.

    A ``name`` is a label or alias in any case; ``target`` is the variable kg
    binds to the actors it names (see the module docstring).
    """

    name: str
    kind: str
    doc: str = ""
    target: str | None = None


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A ``.rq`` file: its name, text, the question it answers and its bindable variables."""

    name: str
    path: Path
    text: str
    description: str
    params: tuple[Param, ...]
    needs: tuple[tuple[str, ...], ...] = ()  # ``# @needs ?a|?from ?b|?to``: one of each group bound


def sparql_term(term: Identifier) -> str:
    """An RDF term in SPARQL syntax, escaped so no value can end the literal or IRI.

    Examples:
        >>> sparql_term(Literal('x" } ; DROP ALL ; #'))
        '"x\\\\" } ; DROP ALL ; #"'
    """
    if isinstance(term, URIRef):
        if not is_iri(str(term)):
            raise QueryError(f"Not a valid IRI: {str(term)!r}")
        return f"<{term}>"
    if isinstance(term, Literal):
        body = str(term)
        for raw, esc in (("\\", "\\\\"), ('"', '\\"'), ("\n", "\\n"), ("\r", "\\r"), ("\t", "\\t")):
            body = body.replace(raw, esc)
        if term.language:
            return f'"{body}"@{term.language}'
        if term.datatype is not None and term.datatype != XSD.string:
            return f'"{body}"^^{sparql_term(term.datatype)}'
        return f'"{body}"'
    raise QueryError(f"Cannot bind {term!r}: only IRIs and literals can be bound")


def with_values(text: str, bindings: Mapping[str, Identifier]) -> str:
    """``text`` with a one-row ``VALUES`` block for ``bindings`` first in its ``WHERE`` group.

    Line numbers stay as they were, so parser messages still point at the user's line.

    Examples:
        >>> with_values("SELECT ?s { ?s ?p ?o }", {"o": Literal("a")})
        'SELECT ?s { VALUES (?o) { ("a") } ?s ?p ?o }'
    """
    if not bindings:
        return text
    return with_rows(text, list(bindings), [tuple(bindings.values())])


def with_rows(text: str, names: Sequence[str], rows: Sequence[Sequence[Identifier]]) -> str:
    """``text`` with a ``VALUES`` block of ``rows`` for ``names`` first in its ``WHERE`` group.

    No rows means no answers, as in SPARQL.

    Examples:
        >>> with_rows("SELECT ?s { ?s ?p ?o }", ["s"], [(URIRef("http://a/"),), (URIRef("http://b/"),)])
        'SELECT ?s { VALUES (?s) { (<http://a/>) (<http://b/>) } ?s ?p ?o }'
    """
    if not names:
        return text
    toks = significant(text)
    form = query_form(text)
    i = 0
    if form == "CONSTRUCT":
        i = next(j for j, t in enumerate(toks) if t[1].upper() == "CONSTRUCT") + 1
        if i < len(toks) and toks[i][1].upper() == "WHERE":
            raise QueryError(
                "Cannot bind variables in the short form CONSTRUCT WHERE { ... }; "
                "write CONSTRUCT { template } WHERE { pattern }"
            )
        depth = 0
        while i < len(toks):  # skip the template: the WHERE group is the next one
            if toks[i][0] == "punct":
                depth += {"{": 1, "}": -1}.get(toks[i][1], 0)
            i += 1
            if depth == 0:
                break
    brace = next((t for t in toks[i:] if t[0] == "punct" and t[1] == "{"), None)
    if brace is None:
        raise QueryError(f"Cannot bind {', '.join('?' + v for v in names)}: the query has no WHERE group")
    head = " ".join(f"?{v}" for v in names)
    body = " ".join("(" + " ".join(sparql_term(t) for t in row) + ")" for row in rows)
    at = brace[2] + 1
    return f"{text[:at]} VALUES ({head}) {{ {body} }}{text[at:]}"


def parse_params(text: str) -> tuple[Param, ...]:
    """The ``# @param`` lines of a query's header comment."""
    return _parse_header("", Path(), text).params


def anchored(store: Any, text: str, terms: Mapping[str, Identifier], params: Sequence[Param] = ()) -> str:
    """``text`` with ``terms`` as a ``VALUES`` block, plus the actors each bound ``name`` names.

    For every ``name`` parameter that is bound while its target is not, the
    target takes each actor whose ``kg:nameKey`` is the lower-cased name (one
    ``VALUES`` row per combination; none found means no answers).
    """
    import pyoxigraph as ox

    key = ox.NamedNode(str(KG.nameKey))
    names = list(terms)
    rows: list[tuple[Identifier, ...]] = [tuple(terms.values())]
    for p in params:
        if p.kind != "name" or not p.target or p.name not in terms or p.target in names:
            continue
        value = ox.Literal(str(terms[p.name]).lower())
        quads = store.quads_for_pattern(None, key, value, ox.DefaultGraph())
        actors = sorted({q.subject.value for q in quads if isinstance(q.subject, ox.NamedNode)})
        names.append(p.target)
        rows = [(*row, URIRef(actor)) for row in rows for actor in actors]
    return with_rows(text, names, rows)


def query_dirs() -> list[Path]:
    """Where named queries live: ``kg/sparql/queries`` (in a wheel) and ``queries/`` at the repo root."""
    here = Path(__file__).resolve().parent
    return [d for d in (here / "queries", here.parents[1] / "queries") if d.is_dir()]


def _parse_header(name: str, path: Path, text: str) -> NamedQuery:
    lines = []
    params = []
    needs: list[tuple[str, ...]] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        if m:
            params.append(Param(m.group(1), m.group(2).lower(), m.group(4).strip(), m.group(3)))
        elif re.match(r"#\s*@needs\s", line):
            groups = line.split("@needs", 1)[1].split()
            needs.extend(tuple(v.lstrip("?$") for v in g.split("|")) for g in groups)
        else:
            lines.append(line.lstrip("#").strip())
    description = " ".join(x for x in lines if x)
    return NamedQuery(name, path, text, description, tuple(params), tuple(needs))


def named_queries() -> dict[str, NamedQuery]:
    """Every named query, by name (the file name without ``.rq``), sorted."""
    found: dict[str, NamedQuery] = {}
    for d in query_dirs():
        for path in sorted(d.glob("*.rq")):
            if path.stem not in found:
                found[path.stem] = _parse_header(path.stem, path, path.read_text(encoding="utf-8"))
    return dict(sorted(found.items()))


def lookup(name_or_text: str) -> tuple[str, NamedQuery | None]:
    """The query text for a ``.rq`` path, a named query or literal SPARQL."""
    text = str(name_or_text).strip()
    named = named_queries()
    if re.fullmatch(r"[\w\-]+", text):
        if text in named:
            return named[text].text, named[text]
        close = closest(text, named)
        hint = f" Did you mean {close!r}?" if close else ""
        raise QueryError(f"No query named {text!r}.{hint} Available names: {', '.join(named) or '(none)'}")
    if text.endswith(".rq") and "\n" not in text:
        path = Path(text)
        if not path.is_file():
            raise QueryError(f"Query file {text!r} not found")
        return path.read_text(encoding="utf-8"), _parse_header(
            path.stem, path, path.read_text(encoding="utf-8")
        )
    return str(name_or_text), None


def to_term(name: str, value: Any, kind: str | None = None) -> Identifier:
    """The RDF term to bind ``?name`` to: strings are literals unless ``kind`` is ``iri``."""
    import pyoxigraph as ox

    if isinstance(value, ox.NamedNode):
        value = URIRef(value.value)
    elif isinstance(value, ox.Literal):
        value = Literal(value.value, datatype=URIRef(value.datatype.value), lang=value.language)
    if isinstance(value, URIRef | Literal):
        term: Identifier = value
    elif isinstance(value, Identifier):
        raise QueryError(f"Cannot bind ?{name} to {value!r}: only IRIs and literals can be bound")
    elif kind == "iri":
        term = URIRef(str(value))
    elif isinstance(value, bool | int | float | Decimal | dt.date | dt.datetime | str):
        term = Literal(value)
    else:
        raise QueryError(
            f"Cannot bind ?{name} to a {type(value).__name__}: use a str, number, date or URIRef"
        )
    if isinstance(term, URIRef) and not is_iri(str(term)):
        raise QueryError(f"?{name} must be an IRI, got {str(value)!r}")
    return term


def prepare(name_or_text: str, bindings: Mapping[str, Any]) -> tuple[str, dict[str, Identifier]]:
    """Resolve a query and turn ``bindings`` into RDF terms, checking every variable exists."""
    text, named = lookup(name_or_text)
    kinds = {p.name: p.kind for p in named.params} if named else {}
    known = variables(text)
    terms = {}
    for name, value in bindings.items():
        if name not in known:
            opts = ", ".join(f"?{p}" for p in (kinds or sorted(known))) or "(none)"
            raise QueryError(f"The query has no variable ?{name} to bind. Bindable: {opts}")
        terms[name] = to_term(name, value, kinds.get(name))
    for group in named.needs if named is not None else ():
        if named is not None and not any(v in terms for v in group):
            how = " or ".join(f"--param {v}=..." for v in group)
            raise QueryError(
                f"The query {named.name!r} needs ?{' or ?'.join(group)} bound (it answers nothing without): "
                f"pass {how}"
            )
    return text, terms


def query_error(text: str, err: BaseException) -> QueryError:
    """A :class:`QueryError` in plain words with the line and a caret (:mod:`kg.sparql.diagnose`)."""
    from kg.sparql.diagnose import explain

    return explain(text, err)


def _python(term: Any) -> Any:
    """A pyoxigraph or rdflib term as a plain Python value (IRIs as str)."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode | URIRef):
        return str(term.value if isinstance(term, ox.NamedNode) else term)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        term = Literal(term.value, datatype=URIRef(term.datatype.value), lang=term.language)
    if isinstance(term, Literal):
        return term.toPython()
    return term if isinstance(term, bool | int | float | str) else str(term)


def run(
    store_or_graph: Any, text: str, terms: Mapping[str, Identifier], params: Sequence[Param] = ()
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run ``text`` on a pyoxigraph Store or an rdflib Graph; return column names and raw rows.

    ``params`` are the query's declared parameters: on Oxigraph, bound ``name``
    parameters are resolved to the actors they name first (see :func:`anchored`).
    """
    import pyoxigraph as ox

    guard.check(text)
    try:
        if isinstance(store_or_graph, ox.Store):
            result = store_or_graph.query(anchored(store_or_graph, text, terms, params))
            if isinstance(result, ox.QueryBoolean):
                return ["ask"], [(bool(result),)]
            if isinstance(result, ox.QueryTriples):
                return ["subject", "predicate", "object"], [
                    (t.subject, t.predicate, t.object) for t in result
                ]
            return [v.value for v in result.variables], [tuple(row) for row in result]
        res = store_or_graph.query(text, initBindings=dict(terms))
        if res.type == "ASK":
            return ["ask"], [(bool(res.askAnswer),)]
        if res.type in ("CONSTRUCT", "DESCRIBE"):
            return ["subject", "predicate", "object"], [tuple(t) for t in res]
        return [str(v) for v in res.vars or ()], [tuple(row) for row in res]
    except QueryError:
        raise
    except Exception as err:  # both engines raise their own parse/eval errors
        raise query_error(text, err) from err


def query(graph_dir: Any, name_or_text: str, /, *, engine: str = "oxigraph", **bindings: Any) -> pd.DataFrame:
    """Run a named or literal SPARQL query over a built graph, returning a DataFrame.

    Args:
        graph_dir: a ``kg build`` output folder (or a ``graph.ttl`` file), or an
            open pyoxigraph ``Store`` / rdflib ``Graph``.
        name_or_text: a name from ``queries/`` (``"leaders"``), a ``.rq`` path or SPARQL text.
        engine: ``oxigraph`` (the store) or ``rdflib`` (parses ``graph.ttl`` into memory).
        **bindings: values for the query's variables; ``str`` becomes a literal
            unless the query declares the variable ``iri`` (or pass ``rdflib.URIRef``).

    Returns:
        One column per projected variable; IRIs as ``str``, literals as Python
        values, unbound as ``None``. ``ASK`` gives one ``ask`` column; ``CONSTRUCT``
        gives ``subject``, ``predicate``, ``object``.

    Raises:
        QueryError: unknown query name, bad SPARQL (quoting the parser and the
            line), an update, a ``SERVICE`` clause or a variable the query lacks.
    """
    import pandas as pd
    import pyoxigraph as ox
    from rdflib import Graph

    text, terms = prepare(name_or_text, bindings)
    if isinstance(graph_dir, ox.Store | Graph):
        source = graph_dir
    elif engine == "oxigraph":
        from kg.sparql import store

        source = store.open(graph_dir)
    elif engine == "rdflib":
        from kg.rdf import serialize as rdf

        source = rdf.read(graph_dir)
    else:
        raise QueryError(f"Unknown engine {engine!r}. Available engines: {', '.join(ENGINES)}")
    columns, rows = run(source, text, terms, parse_params(text))
    return pd.DataFrame([[_python(v) for v in row] for row in rows], columns=columns, dtype=object)


def to_json(df: pd.DataFrame) -> str:
    """The rows of a :func:`query` result as a JSON array of objects (dates ISO, decimals as numbers)."""
    import json

    def safe(value: Any) -> Any:
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, dt.date | dt.datetime | dt.time):
            return value.isoformat()
        if value is None or isinstance(value, str | int | float | bool):
            return value
        return str(value)

    rows = [
        {str(k): safe(v) for k, v in zip(df.columns, row, strict=True)} for row in df.itertuples(index=False)
    ]
    return json.dumps(rows, ensure_ascii=False, indent=1)
