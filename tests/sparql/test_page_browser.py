"""The query page of kg serve in headless Chromium: parameter inputs, scrolling, CSV, CONSTRUCT as a graph."""

from __future__ import annotations

import csv
import io
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.sparql import query as sparql
from kg.sparql.server import Endpoint

CHROMIUM = "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="needs Chromium at /usr/bin/chromium"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright Python package")

HOSTILE = '<img src=x onerror="alert(9)"><script>alert(8)</script>'
LEADS = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT { ?s ?p ?o . ?s rdfs:label ?a . ?o rdfs:label ?b . ?s a ?t . ?s kg:alias ?al }
WHERE { ?s ?p ?o . ?s rdfs:label ?a . ?o rdfs:label ?b . ?s a ?t . OPTIONAL { ?s kg:alias ?al }
        FILTER(?p IN (kg:leaderOf, kg:visits, kg:supports, kg:criticizes, kg:meetsWith)) }"""


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


@pytest.fixture
def endpoint(graph_dir: Path) -> Iterator[Endpoint]:
    with Endpoint(graph_dir, port=0, timeout=10, max_rows=1000, workers=1) as ep:
        yield ep


class Page:
    """The query page, with every request not to the endpoint blocked and counted, and dialogs recorded."""

    def __init__(self, browser, url: str, *, width: int = 1100, bypass_csp: bool = False):
        self.origin = url.rsplit("/", 1)[0]
        self.context = browser.new_context(
            viewport={"width": width, "height": 800}, bypass_csp=bypass_csp, accept_downloads=True
        )
        self.page = self.context.new_page()
        self.outside: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(url)
        self.wait(lambda: self.js("() => document.body.dataset.ready === 'true'"))

    def _route(self, route):
        if route.request.url.startswith(self.origin + "/"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def js(self, code: str, arg=None):
        return self.page.evaluate(code, arg)

    def wait(self, done, seconds: float = 20) -> None:
        deadline = time.monotonic() + seconds
        while not done():  # polled: wait_for_function evaluates a string, which the CSP forbids
            assert time.monotonic() < deadline, f"timed out; errors: {self.errors}"
            self.page.wait_for_timeout(25)

    def run(self) -> str:
        self.page.click("#run")
        self.wait(lambda: self.page.inner_text("#status") not in ("", "running..."))
        return self.page.inner_text("#status")


@pytest.fixture
def opened(browser, endpoint: Endpoint) -> Iterator[Page]:
    p = Page(browser, endpoint.url.removesuffix("sparql"))
    yield p
    assert p.outside == [] and p.errors == []
    p.context.close()


def test_a_named_query_gets_an_input_per_parameter_and_binds_them(opened: Page) -> None:
    page = opened.page
    assert page.is_hidden("#params")
    page.select_option("#named", "relations_of")
    named = sparql.named_queries()["relations_of"]
    inputs = page.eval_on_selector_all(
        "#param-rows input", "els => els.map(e => [e.dataset.var, e.placeholder])"
    )
    assert inputs == [[p.name, p.doc] for p in named.params] and len(inputs) == 2
    page.fill("input[data-var=name]", "rutte")
    assert " rows" in opened.run()
    others = opened.js(
        "() => [...document.querySelectorAll('#out tr')].slice(1).map(r => r.children[6].textContent)"
    )
    assert set(others) == {"NATO", "Ukraine", "Volodymyr Zelensky"}  # as the endpoint binds ?name
    page.fill("input[data-var=name]", 'x" } ; DROP ALL ; #')  # bound, never pasted: no rows, no error
    assert opened.run().startswith("0 rows")
    page.select_option("#named", "path_between")
    assert "Give ?a or ?from." in page.inner_text("#needs")
    status = opened.run()
    assert "Give ?a or ?from first." in status and page.locator("#out table").count() == 0
    page.select_option("#named", "")
    assert page.is_hidden("#params")


def test_results_scroll_inside_their_box(browser, endpoint: Endpoint) -> None:
    p = Page(browser, endpoint.url.removesuffix("sparql"), width=700)
    p.page.select_option("#named", "relations_of")
    p.page.fill("input[data-var=name]", "Mark Rutte")
    assert "rows" in p.run()
    sizes = p.js(
        """() => { const o = document.getElementById('out'), t = o.querySelector('table');
        return {table: t.getBoundingClientRect().width, box: o.clientWidth, scroll: o.scrollWidth,
                page: document.documentElement.scrollWidth, view: window.innerWidth,
                overflow: getComputedStyle(o).overflowX}; }"""
    )
    assert sizes["table"] > sizes["box"] and sizes["scroll"] > sizes["box"]  # wider than its box...
    assert sizes["overflow"] == "auto" and sizes["page"] <= sizes["view"]  # ...which scrolls, not the page
    p.js("() => { document.getElementById('out').scrollLeft = 10000; }")
    assert p.js("() => document.getElementById('out').scrollLeft") > 0
    assert p.outside == []
    p.context.close()


def test_csv_download_has_every_row_and_column(opened: Page, endpoint: Endpoint) -> None:
    page = opened.page
    assert page.is_disabled("#csv")
    page.select_option("#named", "relations_of")
    page.fill("input[data-var=name]", "rutte")
    status = opened.run()
    rows = int(status.split()[0])
    with page.expect_download() as info:
        page.click("#csv")
    download = info.value
    assert download.suggested_filename == "relations_of.csv"
    text = Path(download.path()).read_text(encoding="utf-8")
    table = list(csv.reader(io.StringIO(text)))
    assert (
        table[0]
        == sparql.named_queries()["relations_of"]
        .text.split("SELECT ", 1)[1]
        .split(" WHERE")[0]
        .replace("?", "")
        .split()
    )
    assert len(table) == rows + 1
    shown = opened.js(
        "() => [...document.querySelectorAll('#out tr')].slice(1).map(r => r.children[8].textContent)"
    )
    assert [r[8] for r in table[1:]] == shown  # the sentences, commas and quotes included
    assert opened.outside == []


def test_csv_quotes_and_keeps_formulas_as_text(opened: Page) -> None:
    result = {
        "name": "x",
        "vars": ["a", "b"],
        "rows": [
            [{"type": "literal", "value": 'say "hi", then\nleave'}, {"type": "literal", "value": "=1+1"}],
            [
                {"type": "literal", "value": "-0.5", "datatype": "http://www.w3.org/2001/XMLSchema#decimal"},
                None,
            ],
        ],
    }
    text = opened.js("r => window.kgQueryPage.toCsv(r)", result)
    assert list(csv.reader(io.StringIO(text))) == [
        ["a", "b"],
        ['say "hi", then\nleave', "'=1+1"],
        ["-0.5", ""],
    ]


def test_n_triples_are_read_with_their_escapes(opened: Page) -> None:
    text = (
        '<http://a/x> <http://a/p> "line\\none \\"q\\" \\u00e9\\U0001F600"@en .\n'
        "_:b1 <http://a/p> <http://a/y\\u0041> .\n"
        '<http://a/x> <http://a/n> "5"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
    )
    triples = opened.js("t => window.kgQueryPage.parseNTriples(t)", text)
    assert triples[0][2] == {"type": "literal", "value": 'line\none "q" é\U0001f600', "xml:lang": "en"}
    assert triples[1][0] == {"type": "bnode", "value": "b1"} and triples[1][2]["value"] == "http://a/yA"
    assert triples[2][2]["datatype"].endswith("#integer")


def test_construct_is_drawn_as_a_graph(opened: Page) -> None:
    page = opened.page
    page.fill("#q", LEADS)
    status = opened.run()
    assert "triples" in status
    assert page.is_visible("#graph") and page.is_hidden("#out") and page.is_visible("#views")
    labels = opened.js("() => [...document.querySelectorAll('#svg .nlabel')].map(t => t.textContent)")
    assert {"Mark Rutte", "NATO", "Ukraine", "Volodymyr Zelensky"} <= set(labels)
    edges = opened.js("() => [...document.querySelectorAll('#svg .elabel')].map(t => t.textContent)")
    assert {"leaderOf", "visits", "meetsWith", "criticizes"} <= set(edges)
    assert opened.js("() => document.querySelectorAll('#svg line').length") == len(edges)
    box = page.locator("#svg").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 300
    inside = opened.js(  # every node drawn inside the view
        """() => { const s = document.getElementById('svg').getBoundingClientRect();
        return [...document.querySelectorAll('#svg circle')].every(c => { const b = c.getBoundingClientRect();
        return b.left >= s.left && b.right <= s.right && b.top >= s.top && b.bottom <= s.bottom; }); }"""
    )
    assert inside
    rutte = page.locator("#svg circle", has=page.locator("title", has_text="Mark Rutte"))
    rutte.click()
    details = page.inner_text("#node-info")
    assert "https://w3id.org/kg/id/person/Mark_Rutte" in details and "the NATO chief" in details
    page.click("#show-table")
    assert page.is_visible("#out") and page.is_hidden("#graph")
    assert opened.js("() => document.querySelector('#out th').textContent") == "subject"
    page.click("#show-graph")
    assert page.is_visible("#graph")


def test_no_text_from_the_graph_or_the_queries_runs(browser, graph_dir: Path, monkeypatch) -> None:
    """With the CSP switched off, so only the page's own care keeps markup from running."""
    real = sparql.named_queries()["relations_of"]
    fake = sparql.NamedQuery(
        name=HOSTILE,
        path=real.path,
        text=real.text,
        description=HOSTILE + " </script><script>alert(7)</script>",
        params=(
            sparql.Param("name", "name", HOSTILE, "actor"),
            sparql.Param("actor", "iri", "</script><svg onload=alert(6)>"),
        ),
        needs=(),
    )
    monkeypatch.setattr(sparql, "named_queries", lambda: {HOSTILE: fake, "relations_of": real})
    with Endpoint(graph_dir, port=0, workers=1) as ep:
        p = Page(browser, ep.url.removesuffix("sparql"), bypass_csp=True)
        page = p.page
        page.select_option("#named", HOSTILE)
        assert HOSTILE in page.inner_text("#desc")
        assert p.js("() => document.querySelector('#param-rows input').placeholder") == HOSTILE
        page.fill("input[data-var=name]", '<script>alert("x")</script> "bob" o\'neil/\\')  # its label
        assert "rows" in p.run()
        assert "condemned NATO <img src=x onerror=alert(2)>" in page.inner_text("#out")
        with page.expect_download() as info:
            page.click("#csv")
        assert "<img src=x onerror=alert(2)>" in Path(info.value.path()).read_text(encoding="utf-8")
        page.fill("#q", LEADS)
        assert "triples" in p.run()
        labels = p.js("() => [...document.querySelectorAll('#svg .nlabel')].map(t => t.textContent)")
        assert any(label.startswith("<script>alert") for label in labels)
        hostile = page.locator("#svg circle", has=page.locator("title", has_text="<script>alert"))
        hostile.click()
        assert "<img src=x onerror=alert(1)>" in page.inner_text("#node-info")
        page.wait_for_timeout(300)
        counts = p.js(
            "() => [document.querySelectorAll('img, iframe, object, #svg image, #svg foreignObject').length,"
            " document.querySelectorAll('script').length]"
        )
        assert counts == [0, 2]  # the page's own two script elements only
        assert p.dialogs == [] and p.outside == []
        p.context.close()
