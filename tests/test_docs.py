"""The docs describe what kg writes, in the project itself.

Every field of ``graph.json`` and of ``kg extract``'s lines that a real build writes has a row in
the table of its section of ``docs/``; every predicate and type has its entry in
``docs/vocabulary.md``, whose types, symmetry and RDF alignment must match the code and the
ontology, and whose examples must come out of ``kg extract``; every RDF term a build or a change
set writes is named in ``docs/rdf.md``; every command is in the README, and no page sends a
reader to ``../shared``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import rdflib

from kg.records import ENTITY_TYPES, PREDICATES, SYMMETRIC_PREDICATES
from tests.conftest import ROOT, SEEDS

DOCS = ROOT / "docs"
README = ROOT / "README.md"
PAGES = ("README.md", "graph-json.md", "extract.md", "rdf.md", "vocabulary.md")

#: Invented articles that make a build write what the seeds do not: a relatedTo label, a
#: contested relation, a URL, non-prose lines set aside (and, from an alias file, a Wikidata id).
CORPUS = [
    {
        "id": "a",
        "title": "Berg in Lyon",
        "date": "2024-10-03",
        "url": "https://www.example.org/news/a",
        "text": "Since 2019 Anna Berg has lived in Lyon, her publisher said. Anna Berg praised Tom Hale. "
        "The Walden Foundation backed the Clean Rivers Plan.",
    },
    {
        "id": "b",
        "date": "2024-10-05",
        "source": "Example Wire",
        "text": "The Walden Foundation did not back the Clean Rivers Plan. "
        "Anna Berg praised Tom Hale on Friday.",
    },
]
WIRE = (
    "ACME SALES RISE IN MARCH\n\n"
    "LYON, March 3 - Acme Corp said its sales rose, chief executive Dana Whitfield told reporters.\n"
)


def read(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


# ---------------------------------------------------------------- parsing the pages


def sections(text: str, top: str) -> dict[str, list[str]]:
    """The lines under each ``##``/``###`` heading, keyed by the field path the heading names:
    its first backticked word without ``[]`` (``edges[].evidence`` is ``edges.evidence``), or
    ``""`` for the heading ``top``; headings that name no path are left out."""
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        heading = re.match(r"#{2,3} (.+)", line)
        if heading:
            title = heading.group(1).strip()
            named = re.match(r"`([^`]+)`", title)
            path = "" if title == top else named.group(1).replace("[]", "") if named else None
            current = out.setdefault(path, []) if path is not None else None
        elif current is not None:
            current.append(line)
    return out


def first_cells(lines: list[str]) -> set[str]:
    """The backticked names in the first cell of each table row."""
    names: set[str] = set()
    for line in lines:
        if line.startswith("| ") and not line.startswith("|--"):
            names.update(re.findall(r"`([^`]+)`", line.split("|")[1]))
    return names


def fields(value: Any, path: str, keyed: frozenset[str]) -> set[tuple[str, str]]:
    """``(path, field)`` of every key in a JSON value; the dicts at a ``keyed`` path are keyed by
    data (document ids, kinds), so their values are walked instead."""
    found: set[tuple[str, str]] = set()
    if isinstance(value, list):
        for item in value:
            found |= fields(item, path, keyed)
    elif isinstance(value, dict):
        if path in keyed:
            for item in value.values():
                if isinstance(item, dict):
                    found |= record(item, path, keyed)
        else:
            found |= record(value, path, keyed)
    return found


def record(value: dict[str, Any], path: str, keyed: frozenset[str]) -> set[tuple[str, str]]:
    found = set()
    for key, item in value.items():
        found.add((path, key))
        found |= fields(item, f"{path}.{key}".lstrip("."), keyed)
    return found


def undocumented(found: set[tuple[str, str]], page: dict[str, list[str]]) -> list[str]:
    missing = []
    for path, key in sorted(found):
        if path not in page:
            missing.append(f"no section for `{path}` (field {key!r})")
        elif key not in first_cells(page[path]):
            missing.append(f"`{path}`: {key!r}" if path else repr(key))
    return missing


# ---------------------------------------------------------------- what kg writes


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("docs-corpus")
    (folder / "news.jsonl").write_text("".join(json.dumps(d) + "\n" for d in CORPUS), encoding="utf-8")
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def corpus_graph_dir(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The invented corpus built with every edge kept (so the open relation's label shows)."""
    from kg.build.pipeline import build
    from kg.settings import Settings

    out = tmp_path_factory.mktemp("docs-corpus-out")
    aliases = tmp_path_factory.mktemp("docs-aliases") / "aliases.csv"
    aliases.write_text(
        "canonical,type,aliases,never_merge,wikidata\nWalden Foundation,Organization,,,Q4242\n"
    )
    settings = Settings(graph_min_confidence=0.0, n_process=1, aliases_file=str(aliases))
    build([corpus], out, settings=settings, html=False, store=False)
    return out


@pytest.fixture(scope="module")
def examples() -> dict[str, tuple[str, str, str, str]]:
    """``predicate -> (sentence, subject, predicate, object)`` of each example in vocabulary.md."""
    found = {}
    for predicate, lines in sections(read("vocabulary.md"), top="").items():
        for line in lines:
            m = re.match(r'\| example \| "(.+)" → (.+?) `(\w+)` (.+?) \|$', line)
            if m:
                found[predicate] = (m.group(1), m.group(2), m.group(3), m.group(4))
    return found


@pytest.fixture(scope="module")
def extracted(
    corpus: Path, examples: dict[str, tuple[str, str, str, str]], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, dict[str, Any]]:
    """``kg extract`` of the seeds, the invented corpus and every example of vocabulary.md, by id."""
    from kg.build.pipeline import extract_to_jsonl
    from kg.settings import Settings

    folder = tmp_path_factory.mktemp("docs-extract")
    rows = [{"id": f"example-{p}", "text": e[0]} for p, e in examples.items()]
    (folder / "examples.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = folder / "out.jsonl"
    extract_to_jsonl([SEEDS, corpus, folder / "examples.jsonl"], out, settings=Settings(n_process=1))
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {line["id"]: line for line in lines}


# ---------------------------------------------------------------- graph.json


@pytest.mark.parametrize("which", ["seeds", "corpus"])
def test_every_field_of_graph_json_is_documented(
    which: str, seeds_graph_dir: Path, request: pytest.FixtureRequest
) -> None:
    folder = seeds_graph_dir if which == "seeds" else request.getfixturevalue("corpus_graph_dir")
    data = json.loads((folder / "graph.json").read_text(encoding="utf-8"))
    found = fields(data, "", frozenset({"graph.documents"}))
    assert {("nodes", "geonames"), ("edges.evidence", "time_source")} & found, "the build lost its fields"
    missing = undocumented(found, sections(read("graph-json.md"), top="Top level"))
    assert not missing, f"graph.json fields not in docs/graph-json.md: {missing}"


def test_the_corpus_shows_the_fields_the_seeds_do_not(corpus_graph_dir: Path) -> None:
    data = json.loads((corpus_graph_dir / "graph.json").read_text(encoding="utf-8"))
    found = fields(data, "", frozenset({"graph.documents"}))
    assert {("edges", "label"), ("edges", "contested_by"), ("edges.evidence", "speaker_text")} <= found
    assert ("nodes", "wikidata") in found


@pytest.mark.parametrize(("name", "top"), [("graph-json.md", "Top level"), ("extract.md", "Each line")])
def test_each_field_is_documented_once_per_section(name: str, top: str) -> None:
    for path, lines in sections(read(name), top).items():
        rows = [re.findall(r"`([^`]+)`", line.split("|")[1]) for line in lines if line.startswith("| `")]
        names = [n for row in rows for n in row]
        assert len(names) == len(set(names)), f"{name}, `{path}`: a field has two rows"


# ---------------------------------------------------------------- kg extract


def test_every_field_of_kg_extract_is_documented(extracted: dict[str, dict[str, Any]]) -> None:
    found = fields(list(extracted.values()), "", frozenset({"set_aside.lines", "set_aside.blocks"}))
    assert {("", "set_aside"), ("relations", "label"), ("times", "mod")} <= found
    missing = undocumented(found, sections(read("extract.md"), top="Each line"))
    assert not missing, f"kg extract fields not in docs/extract.md: {missing}"


def test_every_kind_set_aside_is_documented() -> None:
    from kg.ingest.prose import KINDS

    text = read("extract.md")
    assert [k for k in KINDS if f"`{k}`" not in text] == []


# ---------------------------------------------------------------- vocabulary


def entry(predicate: str, row: str) -> str:
    lines = sections(read("vocabulary.md"), top="")[predicate]
    (cell,) = [line.split("|")[2].strip() for line in lines if line.startswith(f"| {row} |")]
    return cell


def test_every_type_and_predicate_has_its_entry() -> None:
    page = sections(read("vocabulary.md"), top="Entity types")
    assert [t for t in ENTITY_TYPES if t not in first_cells(page[""])] == []
    documented = {p for p in page if p in PREDICATES or re.fullmatch(r"[a-z][A-Za-z]+", p)}
    assert sorted(set(PREDICATES) - documented) == [], "predicates without a ### `name` section"
    assert sorted(documented - set(PREDICATES)) == [], "sections for predicates kg does not have"


@pytest.mark.parametrize("predicate", PREDICATES)
def test_types_and_symmetry_are_those_kg_checks(predicate: str) -> None:
    from kg.lexicon import lexicon

    cell = entry(predicate, "subject → object")
    assert cell.count("→") == 1, f"{predicate}: expected 'SUBJECT TYPES → OBJECT TYPES', got {cell!r}"
    left, right = cell.split("→")
    ranges = lexicon()["ranges"].get(predicate)
    if ranges:
        said = (set(re.findall(r"`(\w+)`", left)), set(re.findall(r"`(\w+)`", right.split("(")[0])))
        assert said == (set(ranges[0]), set(ranges[1])), f"{predicate}: the lexicon's ranges are {ranges}"
    else:
        assert "*any*" in left and "*any*" in right, f"{predicate}: kg checks no types for it"
    assert entry(predicate, "symmetric") == ("yes" if predicate in SYMMETRIC_PREDICATES else "no")


@pytest.mark.parametrize("predicate", PREDICATES)
def test_rdf_alignment_is_the_ontology(predicate: str) -> None:
    from rdflib import OWL, RDF, RDFS

    g = rdflib.Graph().parse(ROOT / "kg" / "rdf" / "ontology.ttl")
    term = rdflib.URIRef(f"https://w3id.org/kg/ontology#{predicate}")
    cell = entry(predicate, "RDF")
    named = set(re.findall(r"`([\w]+:\w+)`", cell))
    expected = {
        g.namespace_manager.normalizeUri(o)
        for p in (RDFS.subPropertyOf, RDFS.domain, RDFS.range)
        for o in g.objects(term, p)
    }
    if (term, RDF.type, OWL.SymmetricProperty) in g:
        expected.add("owl:SymmetricProperty")
    assert expected | {f"kg:{predicate}"} <= named, f"{predicate}: the ontology says {sorted(expected)}"


@pytest.mark.parametrize("predicate", PREDICATES)
def test_each_example_is_what_kg_extract_finds(
    predicate: str, examples: dict[str, tuple[str, str, str, str]], extracted: dict[str, dict[str, Any]]
) -> None:
    if predicate not in examples:
        assert entry(predicate, "example") == "none yet"
        assert entry(predicate, "found by").startswith("no rule"), f"{predicate} has no example"
        return
    sentence, subject, said, obj = examples[predicate]
    assert said == predicate
    line = extracted[f"example-{predicate}"]
    names = {e["id"]: e["name"] for e in line["entities"]}
    found = {
        (names[r["subject"]], r["predicate"], names[r["object"]])
        for r in line["relations"]
        if not r["negated"]
    }
    assert (subject, predicate, obj) in found, f"{sentence!r} gives {sorted(found)}"


# ---------------------------------------------------------------- RDF


def qname(iri: str) -> str | None:
    from kg.rdf.serialize import PREFIXES

    for prefix, ns in {**PREFIXES, "owl": str(rdflib.OWL)}.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return None


def rdf_terms(g: rdflib.Graph) -> set[str]:
    """The prefixed names of every property, class and datatype a graph uses."""
    iris = {str(p) for _, p, _ in g.triples((None, None, None))}
    iris |= {str(o) for o in g.objects(None, rdflib.RDF.type)}
    iris |= {str(o.datatype) for o in g.objects() if isinstance(o, rdflib.Literal) and o.datatype}
    return {q for q in map(qname, iris) if q}


def test_every_rdf_term_of_a_build_is_documented(seeds_graph_dir: Path, corpus_graph_dir: Path) -> None:
    from kg.rdf.vocab import TERMS

    used = set()
    for folder in (seeds_graph_dir, corpus_graph_dir):
        used |= rdf_terms(rdflib.Graph().parse(folder / "graph.ttl"))
    assert {"kg:eventTime", "owl:sameAs", "prov:wasAttributedTo"} <= used, "the builds lost their terms"
    used |= {f"kg:{t}" for t in TERMS}
    text = read("rdf.md")
    rows = first_cells(text.splitlines())
    relations = {f"kg:{p}" for p in PREDICATES}
    missing = sorted(t for t in used - relations if t not in rows)
    missing += sorted(t for t in used & relations if f"`{t}`" not in text)
    assert not missing, f"RDF terms not in docs/rdf.md: {missing}"


def test_every_term_of_a_change_set_is_documented(seeds_graph_dir: Path, corpus_graph_dir: Path) -> None:
    import pyoxigraph as ox

    from kg.graph import diff
    from kg.rdf.changes import to_trig

    changes = diff.diff(diff.read(seeds_graph_dir), diff.read(corpus_graph_dir))
    trig = to_trig(changes, base_iri="https://w3id.org/kg/id/")
    iris = set()
    for quad in ox.parse(trig.encode("utf-8"), ox.RdfFormat.TRIG):
        iris.add(quad.predicate.value)
        if isinstance(quad.object, ox.Literal):
            iris.add(quad.object.datatype.value)
        elif quad.predicate.value == str(rdflib.RDF.type):
            iris.add(quad.object.value)
    used = {q for q in map(qname, iris) if q}
    assert "kg:addedGraph" in used
    rows = first_cells(read("rdf.md").splitlines())
    assert sorted(used - rows - {f"kg:{p}" for p in PREDICATES}) == []


def test_prefixes_and_minted_iris_are_documented(seeds_graph_dir: Path) -> None:
    from kg.rdf.serialize import PREFIXES
    from kg.settings import BASE_IRI

    text = read("rdf.md")
    rows = first_cells(text.splitlines())
    assert sorted(p for p in [*PREFIXES, "owl"] if f"{p}:" not in rows) == []
    g = rdflib.Graph().parse(seeds_graph_dir / "graph.ttl")
    kinds = {str(s)[len(BASE_IRI) :].split("/")[0] for s in g.subjects() if str(s).startswith(BASE_IRI)}
    assert {"person", "doc", "assertion", "evidence", "merge"} <= kinds
    assert sorted(k for k in kinds if f"{k}/" not in text) == []


# ---------------------------------------------------------------- README and links


def test_every_command_is_in_the_readme() -> None:
    from kg.cli import app

    readme = README.read_text(encoding="utf-8")
    commands = [c.name or c.callback.__name__ for c in app.registered_commands if c.callback]
    for group in app.registered_groups:
        assert group.typer_instance is not None
        commands += [
            f"{group.name} {c.name or c.callback.__name__}"
            for c in group.typer_instance.registered_commands
            if c.callback
        ]
    assert len(commands) >= 12
    assert [c for c in commands if f"kg {c}" not in readme] == []


def test_no_page_sends_the_reader_outside_the_project() -> None:
    readme = README.read_text(encoding="utf-8")
    assert "CONTRACT.md" not in readme
    for page in DOCS.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        assert "../shared" not in text and "CONTRACT.md" not in text, page.name


def slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_links_between_the_pages_resolve() -> None:
    pages = [README, *sorted(DOCS.glob("*.md"))]
    assert {p.name for p in DOCS.glob("*.md")} == set(PAGES)
    for page in pages:
        for target in re.findall(r"\]\(([^)\s]+)\)", page.read_text(encoding="utf-8")):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            linked = (page.parent / path).resolve() if path else page
            assert linked.exists(), f"{page.name}: {target}"
            if anchor and linked.suffix == ".md":
                headings = re.findall(r"^#+ (.+)$", linked.read_text(encoding="utf-8"), re.M)
                assert anchor in {slug(h) for h in headings}, f"{page.name}: {target}"
    index = read("README.md")
    assert [p for p in PAGES[1:] if f"({p})" not in index] == []
    assert "(docs/README.md)" in README.read_text(encoding="utf-8")


def test_the_docs_state_the_graphs_confidence_floor_kg_uses() -> None:
    from kg.settings import Settings

    floor = f"{Settings().graph_min_confidence:g}"
    readme = README.read_text(encoding="utf-8")
    assert f"[--min-confidence {floor}]" in readme
    assert f"`--min-confidence` (default {floor}," in readme
    assert f"leaves out edges under {floor}" in (DOCS / "extract.md").read_text(encoding="utf-8")
    assert f"(default {floor})" in (DOCS / "graph-json.md").read_text(encoding="utf-8")
    assert f"the graph's default floor of {floor}" in (DOCS / "vocabulary.md").read_text(encoding="utf-8")
    guesses = f"{Settings().graph_classifier_min_confidence:g}"
    assert f"[--classifier-min-confidence {guesses}]" in readme
    assert f"`--classifier-min-confidence`\n(default {guesses}," in readme
    assert f"the classifier's alone under {guesses})" in (DOCS / "extract.md").read_text(encoding="utf-8")
    assert f"`--classifier-min-confidence` (default {guesses})" in (DOCS / "graph-json.md").read_text(
        encoding="utf-8"
    )
