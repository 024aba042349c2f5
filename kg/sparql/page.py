"""The endpoint's ``/`` page: a query editor that works offline (no CDN, no framework).

The page is ``assets/query.html`` with ``query.css`` and ``query.js`` inlined and the
named queries (their text, description and declared parameters) as a JSON block. It
gives each named query's parameters an input (sent as ``$var=value``, so values are
bound, never pasted into the query), shows results in a box that scrolls, downloads
them as CSV (written in the browser from the result it already has) and draws a
``CONSTRUCT`` or ``DESCRIBE`` result as a graph (plain SVG, laid out in the page).

Text from the graph reaches the page through ``textContent`` only, so no name or
sentence can become markup, and the page is served with a Content Security Policy
(:func:`policy`) that lets only its own inline script and style run and lets it talk
to its own server only.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

_SLOTS = re.compile(r"__(STYLE|SCRIPT|QUERIES)__")


@cache
def _asset(name: str) -> str:
    return resources.files("kg.sparql").joinpath("assets", name).read_text(encoding="utf-8")


def _json_for_script(data: Any) -> str:
    """JSON that cannot close the ``<script>`` element it sits in (nor open a comment or CDATA)."""
    blob = json.dumps(data, ensure_ascii=False)
    return blob.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def page(named: Mapping[str, Any]) -> bytes:
    """The HTML page listing ``named`` queries (:class:`kg.sparql.query.NamedQuery` by name)."""
    data = [
        {
            "name": q.name,
            "description": q.description,
            "query": q.text,
            "params": [{"name": p.name, "kind": p.kind, "doc": p.doc, "target": p.target} for p in q.params],
            "needs": [list(group) for group in q.needs],
        }
        for q in named.values()
    ]
    parts = {"STYLE": _asset("query.css"), "SCRIPT": _asset("query.js"), "QUERIES": _json_for_script(data)}
    # One pass, so no query text can smuggle in a slot name that is filled after it.
    return _SLOTS.sub(lambda m: parts[m.group(1)], _asset("query.html")).encode("utf-8")


def _hashes(html: str, tag: str) -> str:
    found = re.findall(rf"<{tag}>(.*?)</{tag}>", html, flags=re.S)
    return " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in found
    )


def policy(html: bytes) -> str:
    """The ``Content-Security-Policy`` for a page built by :func:`page`: its own script and style only.

    Examples:
        >>> "script-src 'sha256-" in policy(page({}))
        True
    """
    text = html.decode("utf-8")
    return (
        "default-src 'none'; "
        f"script-src {_hashes(text, 'script')}; style-src {_hashes(text, 'style')}; "
        "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )
