"""graph.html in headless Chromium: offline, evidence on click, search, filters, and no script injection."""

from __future__ import annotations

import time
from pathlib import Path

import networkx as nx
import pytest

from kg import iri
from kg.graph.graph import add_fact
from kg.viz.page import CHROMIUM, CHROMIUM_ARGS, write_html

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists(), reason="needs Chromium at /usr/bin/chromium (apt-get install chromium)"
    ),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright Python package")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        yield b
        b.close()


class Opened:
    """A page on graph.html with every non-file request blocked and counted."""

    def __init__(self, browser, path: Path, *, bypass_csp: bool = False):
        self.context = browser.new_context(viewport={"width": 1300, "height": 800}, bypass_csp=bypass_csp)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.route("**/*", self._route)
        self.page.on(
            "console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None
        )
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.resolve().as_uri())
        deadline = time.monotonic() + 20
        # Polled: wait_for_function evaluates a string, which the page's CSP forbids (as it should).
        while not self.js("() => window.kgReady === true"):
            assert time.monotonic() < deadline, f"page not ready; errors: {self.errors}"
            self.page.wait_for_timeout(20)

    def _route(self, route):
        if route.request.url.startswith("file:"):
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def js(self, code: str, arg=None):
        return self.page.evaluate(code, arg)

    def details(self) -> str:
        return self.page.inner_text("#kg-details")


@pytest.fixture
def opened(browser, small_graph, tmp_path):
    path = tmp_path / "graph.html"
    write_html(small_graph, path, title="small")
    o = Opened(browser, path)
    yield o
    o.context.close()


def edge_index(o: Opened, sentence: str) -> int:
    return o.js("s => window.kg.data.edges.findIndex(e => e.ev.some(v => v[3] === s))", sentence)


def test_opens_offline_without_errors(opened, small_graph):
    assert opened.requests == []
    assert opened.errors == []
    assert opened.js("() => typeof window.network.getSelectedNodes") == "function"
    assert opened.js("() => window.network.body.data.nodes.length") == small_graph.number_of_nodes()
    assert opened.js("() => window.network.body.data.edges.length") == small_graph.number_of_edges()
    assert "6 of 6 actors" in opened.page.inner_text("#kg-stats")


def test_clicking_an_edge_shows_its_evidence(opened):
    i = edge_index(opened, "Mark Rutte visited Ukraine")
    # A real mouse click at the middle of the edge, in page coordinates.
    x, y = opened.js(
        """i => {
          const n = window.network, e = window.kg.data.edges[i];
          const a = n.getPosition(e.s), b = n.getPosition(e.t);
          const p = n.canvasToDOM({x: (a.x + b.x) / 2, y: (a.y + b.y) / 2});
          const r = document.getElementById("kg-graph").getBoundingClientRect();
          return [p.x + r.left, p.y + r.top];
        }""",
        i,
    )
    opened.page.mouse.click(x, y)
    assert opened.js("() => window.network.getSelectedEdges()") == [i]
    text = opened.details()
    assert "Mark Rutte visited Ukraine" in text
    assert "Rutte visits <Kyiv>" in text and "2024-10-03" in text and "confidence 80%" in text
    assert opened.page.inner_text("#kg-details mark.subj") == "Mark Rutte"
    assert opened.page.inner_text("#kg-details mark.obj") == "Ukraine"


def test_clicking_a_node_shows_its_relations(opened):
    opened.js("iri => window.kgShowNode(iri)", iri.mint("Person", "Mark Rutte"))
    text = opened.details()
    for part in (
        "Person",
        "Mark Rutte",
        "the NATO chief",
        "degree 4",
        "leaderOf",
        "not supports",
        "visited Ukraine",
    ):
        assert part in text


def test_search_by_alias_selects_the_actor(opened):
    opened.page.fill("#kg-search", "Zelenskyy")
    assert opened.page.inner_text("#kg-results").startswith("Volodymyr Zelensky")
    opened.page.press("#kg-search", "Enter")
    selected = opened.js("() => window.network.getSelectedNodes()")
    assert len(selected) == 1
    assert opened.js("i => window.kg.data.nodes[i].label", selected[0]) == "Volodymyr Zelensky"
    assert "Volodymyr Zelensky" in opened.details()


def test_negated_switch_hides_the_negated_edge(opened):
    i = edge_index(opened, "he is not in a position to support this plan")
    visible = "i => window.network.body.data.edges.get(i) !== null"
    assert opened.js(visible, i)
    assert opened.js("i => window.kg.edgesView.get(i).dashes", i) is True
    opened.page.check("#kg-hideweak")
    assert not opened.js(visible, i)
    assert opened.js(visible, edge_index(opened, "Mark Rutte visited Ukraine"))
    opened.page.uncheck("#kg-hideweak")
    assert opened.js(visible, i)


def test_filters_by_type_document_date_and_focus(opened):
    count = "() => [window.network.body.data.nodes.length, window.network.body.data.edges.length]"
    opened.page.uncheck("#kg-types input[data-name=Work]")
    assert opened.js(count) == [5, 4]
    opened.page.click("#kg-reset")
    opened.page.select_option("#kg-doc", label="2024-10-03 · Rutte visits <Kyiv>")
    assert opened.js("() => window.network.body.data.edges.length") == 3
    opened.page.click("#kg-reset")
    edges = "() => window.network.body.data.edges.length"
    total = opened.js(edges)
    opened.page.fill("#kg-from", "2024-10-01")
    assert opened.js(edges) == total  # undated edges are kept by default, dated ones are in range
    opened.page.uncheck("#kg-undated")
    assert opened.js(edges) == 3  # the undated ones drop out when asked
    opened.page.fill("#kg-to", "2024-10-02")
    assert opened.js(edges) == 0  # the dated ones hold on 2024-10-03, after the range
    opened.page.check("#kg-undated")
    assert opened.js(edges) == total - 3
    opened.page.click("#kg-reset")
    assert opened.js(edges) == total and opened.page.is_checked("#kg-undated")
    opened.js("() => window.kgSelect(window.kgSearch('zelensky')[0])")
    opened.page.select_option("#kg-hops", "1")
    labels = opened.js("() => window.network.body.data.nodes.map(n => n.label).sort()")
    assert labels == ["Mark Rutte", "Volodymyr Zelensky", "victory plan"]


def test_new_edges_are_marked_and_can_be_shown_alone(browser, small_graph, tmp_path):
    u, v, key = next(
        (u, v, k) for u, v, k, d in small_graph.edges(keys=True, data=True) if d["predicate"] == "visits"
    )
    path = tmp_path / "graph.html"
    write_html(small_graph, path, title="small", new_edges=[(u, v, key)])
    o = Opened(browser, path)
    try:
        assert o.page.is_visible("#kg-new-switch") and o.page.text_content("#kg-new-count") == "1"
        o.page.check("#kg-onlynew")
        assert o.js("() => window.network.body.data.edges.map(e => e.label)") == ["visits"]
        o.js("(i) => window.kgShowEdge(i)", edge_index(o, "Mark Rutte visited Ukraine"))
        assert "New since the last build" in o.details()
    finally:
        o.context.close()
    write_html(small_graph, path, title="small")
    o = Opened(browser, path)
    try:
        assert not o.page.is_visible("#kg-new-switch")  # a first build has nothing new to show
    finally:
        o.context.close()


PAYLOADS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '"><svg onload=window.__pwned=1>',
    "</script><script>window.__pwned=1</script>",
    "<!--<script>window.__pwned=1</script>-->",
    "\u2028<iframe src=javascript:window.__pwned=1>",
]


def hostile_graph() -> nx.MultiDiGraph:
    js_url = "javascript:window.__pwned=1"
    docs = {
        f"d{i}": {"id": f"d{i}", "title": p, "date": f"2024-01-0{i + 1}", "url": js_url, "source": p}
        for i, p in enumerate(PAYLOADS)
    }
    G = nx.MultiDiGraph(documents=docs)
    nodes = []
    for i, p in enumerate(PAYLOADS):
        node = iri.mint("Person", p)
        G.add_node(node, label=p, type="Person" if i % 2 else p, aliases=[p, p.upper()], mentions=1,
                   docs=[f"d{i}"], merges=[])  # fmt: skip
        nodes.append(node)
    for i, p in enumerate(PAYLOADS):
        a, b = nodes[i], nodes[(i + 1) % len(nodes)]
        add_fact(G, a, "relatedTo" if i % 2 else "supports", b, label=p if i % 2 else None, negated=i == 2,
                 evidence={"doc": f"d{i}", "start": 0, "end": 9, "text": f"{p} said {PAYLOADS[-1 - i]} {p}"},
                 confidence=0.9, rule=p, date=f"2024-01-0{i + 1}")  # fmt: skip
    return G


@pytest.mark.parametrize("bypass_csp", [False, True], ids=["with-csp", "without-csp"])
def test_hostile_names_never_run(browser, tmp_path, bypass_csp):
    G = hostile_graph()
    path = tmp_path / "graph.html"
    write_html(G, path, title=PAYLOADS[0], color_by="community")
    o = Opened(browser, path, bypass_csp=bypass_csp)
    try:
        n, m = G.number_of_nodes(), G.number_of_edges()
        assert o.js("() => window.network.body.data.nodes.length") == n
        for i in range(n):
            o.js("i => { window.network.selectNodes([i]); window.kgShowNode(i); }", i)
            assert o.js("i => window.kg.data.nodes[i].label", i) in o.details()
            x, y = o.js(
                """i => { const p = window.network.canvasToDOM(window.network.getPosition(i));
                          const r = document.getElementById("kg-graph").getBoundingClientRect();
                          return [p.x + r.left, p.y + r.top]; }""",
                i,
            )
            o.page.mouse.click(x, y)
            o.page.mouse.move(x + 1, y + 1)
        for i in range(m):
            o.js("i => { window.network.selectEdges([i]); window.kgShowEdge(i); }", i)
            assert "said" in o.details()
        for p in PAYLOADS:
            o.page.fill("#kg-search", p)
            o.page.press("#kg-search", "Enter")
        o.page.select_option("#kg-colorby", "type")
        o.page.select_option("#kg-doc", index=1)
        o.page.wait_for_timeout(350)  # let a hover tooltip show
        assert o.js("() => window.__pwned") is None
        assert o.js("() => document.querySelectorAll('img, svg, iframe, object, embed').length") == 0
        assert o.js("() => document.scripts.length") == 3
        assert (
            o.js("() => document.querySelectorAll('#kg-details a[href]').length") == 0
        )  # javascript: URL dropped
        assert o.page.title() == PAYLOADS[0]
        assert o.errors == [] and o.requests == []
    finally:
        o.context.close()


def test_places_link_to_geonames(browser, small_graph, tmp_path):
    from kg.graph.links import annotate

    path = tmp_path / "graph.html"
    write_html(annotate(small_graph.copy()), path, title="small")
    o = Opened(browser, path)
    try:
        o.js("() => window.kgSelect(window.kgSearch('ukraine')[0])")
        href = o.page.get_attribute("#kg-details a[href*='geonames']", "href")
        assert href == "https://sws.geonames.org/690791/" and "Same as" in o.details()
        assert o.requests == []  # a link, not a request
    finally:
        o.context.close()
