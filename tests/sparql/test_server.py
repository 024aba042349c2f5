"""The SPARQL endpoint, started in-process on an ephemeral port."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message
from pathlib import Path
from urllib.parse import urlencode

import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

from kg.errors import KGError
from kg.rdf import serialize as rdf
from kg.sparql import query as sparql
from kg.sparql import store
from kg.sparql.server import Endpoint

LEADERS = sparql.named_queries()["leaders"].text


@pytest.fixture
def endpoint(graph_dir: Path) -> Iterator[Endpoint]:
    with Endpoint(graph_dir, port=0, timeout=5, max_rows=100) as ep:
        yield ep


def _get(url: str, method: str = "GET", **headers: str) -> tuple[int, Message, bytes]:
    """Status, headers (names in any case, as HTTP has them) and body."""
    req = urllib.request.Request(url, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def _post(url: str, body: bytes, ctype: str) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=body, headers={"Content-Type": ctype}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def _q(endpoint: Endpoint, query: str) -> str:
    return f"{endpoint.url}?{urlencode({'query': query})}"


def test_sparqlwrapper_json_csv_xml(endpoint: Endpoint) -> None:
    sw = SPARQLWrapper(endpoint.url)
    sw.setQuery(LEADERS)
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert [(r["leaderName"]["value"], r["orgName"]["value"]) for r in rows] == [("Mark Rutte", "NATO")]
    assert rows[0]["confidence"]["datatype"].endswith("#decimal")
    sw.setReturnFormat(CSV)
    text = sw.query().convert().decode()
    assert text.splitlines()[0] == "leader,leaderName,org,orgName,confidence" and "Mark Rutte" in text
    sw.setReturnFormat(XML)
    assert "Mark Rutte" in sw.query().convert().toxml()
    sw.setMethod(POST)
    sw.setReturnFormat(JSON)
    sw.setQuery("ASK { ?s ?p ?o }")
    assert sw.query().convert()["boolean"] is True


def test_sparqlwrapper_construct(endpoint: Endpoint) -> None:
    sw = SPARQLWrapper(endpoint.url)
    sw.setQuery(
        "PREFIX kg: <https://w3id.org/kg/ontology#> "
        "CONSTRUCT { ?s kg:leaderOf ?o } WHERE { ?s kg:leaderOf ?o }"
    )
    sw.setReturnFormat(TURTLE)
    g = rdflib.Graph().parse(data=sw.query().convert().decode(), format="turtle")
    assert len(g) == 1


def test_protocol_forms_and_negotiation(endpoint: Endpoint) -> None:
    q = "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l"
    status, body = _post(endpoint.url, q.encode(), "application/sparql-query")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 6
    status, body = _post(endpoint.url, urlencode({"query": q}).encode(), "application/x-www-form-urlencoded")
    assert status == 200
    status, headers, body = _get(_q(endpoint, q), Accept="text/tab-separated-values")
    assert headers["Content-Type"] == "text/tab-separated-values" and body.startswith(b"?l\n")
    status, headers, body = _get(_q(endpoint, "CONSTRUCT WHERE { ?s ?p ?o }"), Accept="application/n-triples")
    assert headers["Content-Type"] == "application/n-triples" and len(body.splitlines()) == 100
    assert headers["X-KG-Truncated"] == "true"  # max_rows=100 of all the triples
    status, headers, body = _get(
        _q(endpoint, "DESCRIBE <https://w3id.org/kg/id/organization/NATO>"), Accept="application/ld+json"
    )
    assert status == 200 and headers["Content-Type"] == "application/ld+json" and b"NATO" in body


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { <http://a/> <http://b/> <http://c/> }",
        "DROP ALL",
        "CLEAR DEFAULT",
        "LOAD <http://example.org/x.ttl>",
        "CREATE GRAPH <http://g/>",
        "PREFIX x: <http://x/> # SELECT\nDELETE WHERE { ?s ?p ?o }",
    ],
)
def test_updates_are_forbidden_and_change_nothing(endpoint: Endpoint, graph_dir: Path, update: str) -> None:
    assert _get(_q(endpoint, update))[0] == 403
    assert _post(endpoint.url, update.encode(), "application/sparql-update")[0] == 403
    assert (
        _post(endpoint.url, urlencode({"update": update}).encode(), "application/x-www-form-urlencoded")[0]
        == 403
    )
    assert _post(endpoint.url, update.encode(), "application/sparql-query")[0] == 403
    _, _, body = _get(_q(endpoint, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"))
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == str(len(rdf.read(graph_dir)))


def test_service_is_refused_but_the_word_in_a_string_is_fine(endpoint: Endpoint) -> None:
    status, _, body = _get(_q(endpoint, "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"))
    assert status == 400 and b"SERVICE" in body
    assert _get(_q(endpoint, 'SELECT * { ?s ?p "SERVICE" }'))[0] == 200


def test_bad_query_is_400_with_the_parser_message(endpoint: Endpoint) -> None:
    status, _, body = _get(_q(endpoint, "SELECT *\nWHERE { ?s ?p }"))
    assert status == 400 and b"line 2" in body
    assert _get(endpoint.url)[0] == 400
    assert _get(endpoint.url[: -len("sparql")] + "nope")[0] == 404


def test_cors_only_for_the_origins_asked_for(graph_dir: Path) -> None:
    with Endpoint(graph_dir, port=0, workers=1, cors=["*"]) as ep:
        _, headers, _ = _get(_q(ep, "ASK {}"), Origin="http://example.org")
        assert headers["Access-Control-Allow-Origin"] == "*"
        req = urllib.request.Request(ep.url, method="OPTIONS", headers={"Origin": "http://example.org"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert resp.status == 204
            assert "POST" in resp.headers["Access-Control-Allow-Methods"]
            assert resp.headers["Access-Control-Allow-Origin"] == "*"
    with Endpoint(graph_dir, port=0, workers=1) as ep:
        req = urllib.request.Request(ep.url, method="OPTIONS", headers={"Origin": "http://example.org"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert resp.status == 204 and "Access-Control-Allow-Origin" not in resp.headers


def test_query_page_works_offline_and_lists_named_queries(endpoint: Endpoint) -> None:
    status, headers, body = _get(endpoint.url[: -len("sparql")])
    html = body.decode()
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "http://" not in html.split("<script", 1)[0] and "https://cdn" not in html
    assert "innerHTML" not in html and "textContent" in html
    assert (
        "relations_of" in html
        and "</script>" not in html.split('type="application/json">', 1)[1].split("</script>", 1)[0]
    )
    _, _, body = _get(endpoint.url[: -len("sparql")] + "queries")
    listed = {q["name"]: q for q in json.loads(body)}
    assert {"leaders", "path_between"} <= listed.keys()
    assert {"name": "name", "kind": "name"} in [
        {k: p[k] for k in ("name", "kind")} for p in listed["relations_of"]["params"]
    ]
    assert listed["path_between"]["needs"]  # one of each group must be bound


def test_slow_query_times_out_with_503(tmp_path: Path) -> None:
    xsd_int = "<http://www.w3.org/2001/XMLSchema#integer>"
    lines = [f'<http://x/{i}> <http://x/p> "{i}"^^{xsd_int} .' for i in range(3000)]
    (tmp_path / "graph.nt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store.build(tmp_path)
    slow = "SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . FILTER(?b + ?d = -1) }"
    with Endpoint(tmp_path, port=0, timeout=0.2, workers=1) as ep:
        status, headers, body = _get(_q(ep, slow))
        assert status == 503 and headers["Retry-After"] and b"0.2 s" in body
    with Endpoint(tmp_path, port=0, timeout=0.2, max_rows=10) as ep:
        status, headers, body = _get(_q(ep, "SELECT * { ?a ?p ?b . ?c ?q ?d }"))  # rows stream: cut, not slow
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 10


def test_bad_settings_and_busy_port(graph_dir: Path, endpoint: Endpoint) -> None:
    with pytest.raises(KGError, match="positive"):
        Endpoint(graph_dir, port=0, timeout=0)
    port = int(endpoint.url.rsplit(":", 1)[1].split("/")[0])
    with pytest.raises(KGError, match=f"127.0.0.1:{port}"):
        Endpoint(graph_dir, port=port)


def test_dollar_parameters_bind_named_queries(endpoint: Endpoint) -> None:
    named = sparql.named_queries()

    def rows(query: str, **binds: str) -> tuple[int, list[dict]]:
        params = {"query": named[query].text, **{f"${k}": v for k, v in binds.items()}}
        status, _, body = _get(f"{endpoint.url}?{urlencode(params)}")
        return status, json.loads(body)["results"]["bindings"] if status == 200 else []

    status, found = rows("relations_of", name="RUTTE")
    assert status == 200 and {r["otherName"]["value"] for r in found} == {
        "NATO",
        "Ukraine",
        "Volodymyr Zelensky",
    }
    _, by_iri = rows("relations_of", actor=f"<{found[0]['actor']['value']}>")
    assert len(by_iri) == len(found)
    _, paths = rows("path_between", a="zelensky", b="the alliance")
    assert [(r["viaName"]["value"], r["hops"]["value"]) for r in paths] == [("Mark Rutte", "2")]
    assert rows("relations_of", name='x" } ; DROP ALL ; #') == (200, [])
    assert rows("relations_of", name="<NATO>") == (200, [])  # a declared name stays text, not an IRI
    status, _, body = _get(f"{endpoint.url}?{urlencode({'query': named['leaders'].text, '$nom': 'x'})}")
    assert status == 400 and b"no variable ?nom" in body
    status, _, body = _get(
        f"{endpoint.url}?{urlencode({'query': named['relations_of'].text, '$actor': 'Rutte'})}"
    )
    assert status == 400 and b"must be an IRI" in body


def test_sparqlwrapper_binds_a_named_query(endpoint: Endpoint) -> None:
    sw = SPARQLWrapper(endpoint.url)
    sw.setQuery(sparql.named_queries()["meetings"].text)
    assert sw.addParameter("$name", "zelenskyy")
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert [(r["aName"]["value"], r["bName"]["value"]) for r in rows] == [
        ("Mark Rutte", "Volodymyr Zelensky")
    ]


def test_query_page_carries_each_named_querys_parameters_and_a_strict_policy(endpoint: Endpoint) -> None:
    _, headers, body = _get(endpoint.url[: -len("sparql")])
    html = body.decode()
    blob = html.split('type="application/json">', 1)[1].split("</script>", 1)[0]
    named = {q["name"]: q for q in json.loads(blob)}
    assert named["relations_of"]["params"] == [
        {"name": p.name, "kind": p.kind, "doc": p.doc, "target": p.target}
        for p in sparql.named_queries()["relations_of"].params
    ]
    assert named["path_between"]["needs"] == [["a", "from"], ["b", "to"]]
    assert " src=" not in html and "<link" not in html  # everything inlined: nothing to fetch
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp
    assert "unsafe" not in csp and "http" not in csp and "*" not in csp


def test_query_page_json_cannot_close_its_script(graph_dir: Path) -> None:
    from kg.sparql.page import page

    real = sparql.named_queries()["leaders"]
    hostile = sparql.NamedQuery(
        name="x",
        path=real.path,
        text="# </script><script>alert(1)</script> __SCRIPT__ __STYLE__\nSELECT * {}",
        description="<!-- __QUERIES__",
        params=(sparql.Param("v", "literal", "</SCRIPT>&amp;"),),
    )
    html = page({"x": hostile}).decode()
    blob = html.split('type="application/json">', 1)[1].split("</script>", 1)[0]
    assert (
        json.loads(blob)[0]["query"] == hostile.text
        and json.loads(blob)[0]["params"][0]["doc"] == "</SCRIPT>&amp;"
    )
    assert html.count("<script>") == 1 and html.count("</script>") == 2


def test_endpoint_closes_even_when_its_wake_up_pipe_is_gone(graph_dir: Path) -> None:
    # CI once failed in close() writing to waitress's trigger pipe (EBADF): the loop must stop
    # on its own flag and release the port whatever became of the pipe.
    import socket

    ep = Endpoint(graph_dir, port=0, workers=1).start()
    assert _get(_q(ep, "ASK {}"))[0] == 200
    port = ep.server.effective_port
    ep.server.trigger.close()
    ep.close()
    assert ep._thread is not None and not ep._thread.is_alive()
    with socket.socket() as probe:  # nobody listens on the port any more (TIME_WAIT aside)
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind(("127.0.0.1", int(port)))
