"""The endpoint's ``/`` page: a query editor that works offline (no CDN, no framework).

Results are put on the page with ``textContent`` only, so no name or sentence
in the graph can become markup, and the page is served with a Content Security
Policy (:func:`policy`) that lets only its own inline script and style run and
lets it talk to its own server only.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any

_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg SPARQL</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
textarea{width:100%;height:18em;font:13px monospace}
select,button{font-size:14px;margin:.3em .3em .3em 0}
#desc{color:#555;margin:.3em 0}
table{border-collapse:collapse;margin-top:1em}
td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left;max-width:40em}
th{background:#f3f3f3}
#status{margin-top:.5em;color:#555}
#status.err{color:#b00}
</style></head><body>
<h1>kg SPARQL endpoint</h1>
<label>Named query <select id="named"><option value="">(write your own)</option></select></label>
<div id="desc"></div>
<textarea id="q" spellcheck="false"></textarea><br>
<button id="run">Run</button> <span id="status"></span>
<div id="out"></div>
<script id="queries" type="application/json">__QUERIES__</script>
<script>
"use strict";
const queries = JSON.parse(document.getElementById("queries").textContent);
const sel = document.getElementById("named"), q = document.getElementById("q");
const desc = document.getElementById("desc"), status = document.getElementById("status");
const out = document.getElementById("out");
for (const item of queries) {
  const o = document.createElement("option");
  o.value = item.name; o.textContent = item.name; sel.appendChild(o);
}
sel.addEventListener("change", () => {
  const item = queries.find(x => x.name === sel.value);
  desc.textContent = item ? item.description : "";
  if (item) q.value = item.query;
});
q.value = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 20";
function cell(term) {
  const td = document.createElement("td");
  td.textContent = term ? term.value : "";
  if (term && term.type === "uri") td.title = "IRI";
  return td;
}
async function run() {
  status.className = ""; status.textContent = "running..."; out.replaceChildren();
  const t0 = performance.now();
  try {
    const resp = await fetch("sparql", {method: "POST",
      headers: {"Content-Type": "application/sparql-query",
                "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
      body: q.value});
    const text = await resp.text();
    const ms = Math.round(performance.now() - t0);
    if (!resp.ok) { status.className = "err"; status.textContent = resp.status + ": " + text; return; }
    if (!(resp.headers.get("Content-Type") || "").includes("json")) {
      const pre = document.createElement("pre"); pre.textContent = text; out.appendChild(pre);
      status.textContent = ms + " ms"; return;
    }
    const data = JSON.parse(text);
    if ("boolean" in data) { status.textContent = "ASK: " + data.boolean + " (" + ms + " ms)"; return; }
    const table = document.createElement("table"), head = document.createElement("tr");
    for (const v of data.head.vars) {
      const th = document.createElement("th"); th.textContent = v; head.appendChild(th);
    }
    table.appendChild(head);
    for (const b of data.results.bindings) {
      const tr = document.createElement("tr");
      for (const v of data.head.vars) tr.appendChild(cell(b[v]));
      table.appendChild(tr);
    }
    out.appendChild(table);
    const cut = resp.headers.get("X-KG-Truncated") ? " (truncated)" : "";
    status.textContent = data.results.bindings.length + " rows" + cut + ", " + ms + " ms";
  } catch (err) { status.className = "err"; status.textContent = String(err); }
}
document.getElementById("run").addEventListener("click", run);
q.addEventListener("keydown", e => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) run(); });
</script></body></html>
"""


def page(named: Mapping[str, Any]) -> bytes:
    """The HTML page listing ``named`` queries (:class:`kg.sparql.query.NamedQuery` by name)."""
    data = [{"name": q.name, "description": q.description, "query": q.text} for q in named.values()]
    # "<" escaped so no query text can close the <script> element.
    blob = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    blob = blob.replace("&", "\\u0026")
    return _PAGE.replace("__QUERIES__", blob).encode("utf-8")


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
