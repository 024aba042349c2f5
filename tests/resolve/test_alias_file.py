"""The user's alias file: CSV or YAML, checked types, and checked before any extraction."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg
from kg.build import pipeline
from kg.cli import app
from kg.errors import InputError
from kg.records import DocResult, Document, Entity, Mention
from kg.resolve.actors import AliasRules, resolve
from kg.settings import Settings
from tests.helpers import articles


def doc(doc_id: str, *names: tuple[str, str]) -> DocResult:
    return DocResult(
        doc=Document(id=doc_id, text="x"),
        entities=tuple(
            Entity(f"e{i}", name, kind, (Mention(0, len(name), name),))
            for i, (name, kind) in enumerate(names)
        ),
    )


CORPUS = [
    doc("a", ("Ana Lindqvist", "Person")),
    doc("b", ("Ana Lindqvist-Berg", "Person")),
    doc("c", ("Nordic Rail Union", "Organization"), ("NRU", "Organization")),
    doc("d", ("NO", "Place")),
]


def test_a_yaml_alias_file_is_read_as_yaml(tmp_path: Path) -> None:
    path = tmp_path / "aliases.yaml"
    path.write_text(
        "# forced and forbidden merges\n"
        "- canonical: Ana Lindqvist-Berg\n"
        "  type: Person\n"
        "  aliases: [Ana Lindqvist]\n"
        "- canonical: Nordic Rail Union\n"
        "  type: organization\n"
        "  never_merge:\n"
        "    - NRU\n"
        "- canonical: Norway\n"
        "  type: Place\n"
        "  aliases: NO|Kingdom of Norway\n",
        encoding="utf-8",
    )
    actors, index = resolve(CORPUS, rules=AliasRules.read(path))
    by_doc = {k: actors[n] for k, n in index.items()}
    assert by_doc[("a", "e0")] is by_doc[("b", "e0")]
    assert by_doc[("a", "e0")].label == "Ana Lindqvist-Berg"
    assert by_doc[("c", "e0")] is not by_doc[("c", "e1")]
    assert by_doc[("d", "e0")].label == "Norway"  # 'NO' stays text, not YAML's false


def test_yaml_and_csv_say_the_same(tmp_path: Path) -> None:
    csv = tmp_path / "aliases.csv"
    csv.write_text("canonical,type,aliases,never_merge\nAna Lindqvist-Berg,Person,Ana Lindqvist,\n")
    yaml = tmp_path / "aliases.yml"
    yaml.write_text("- {canonical: Ana Lindqvist-Berg, type: Person, aliases: Ana Lindqvist}\n")
    assert AliasRules.read(csv) == AliasRules.read(yaml)


@pytest.mark.parametrize(
    ("name", "body", "message"),
    [
        (
            "a.csv",
            "canonical,type,aliases\nAna Lindqvist,Person,\nNordic Rail Union,Persn,NRU\n",
            "a.csv:3: unknown type 'Persn' (did you mean 'Person'?); "
            "valid types: Person, Organization, Place, Group, Event, Work",
        ),
        (
            "a.yaml",
            "- canonical: Ana Lindqvist\n  type: Person\n"
            "- canonical: Nordic Rail Union\n  type: Organisation\n",
            "a.yaml:4: unknown type 'Organisation' (did you mean 'Organization'?); valid types: Person,",
        ),
        ("b.yaml", "- canonical: Ana\n  type: Person\n  alias: [A]\n", "b.yaml:3: unknown field 'alias'"),
        ("c.yaml", "canonical: Ana\n", "c.yaml:1: expected a list of actors"),
        ("d.yaml", "- [Ana\n", "d.yaml:2: cannot read alias file as YAML"),
        ("e.csv", "canonical,type\n,Person\n", "e.csv:2: each row needs 'canonical' and 'type'"),
        (
            "f.yaml",
            "- canonical: Ana\n  type: Person\n  wikidata: https://www.wikidata.org/wiki/Q1\n",
            "f.yaml:3: 'HTTPS://WWW.WIKIDATA.ORG/WIKI/Q1' is no Wikidata item id",
        ),
        ("g.csv", "canonical,type,wikidata\nAna,Person,Q0\n", "g.csv:2: 'Q0' is no Wikidata item id"),
    ],
)
def test_a_bad_alias_file_is_one_line_naming_the_file_and_line(
    tmp_path: Path, name: str, body: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputError) as err:
        AliasRules.read(path)
    assert str(err.value).startswith(f"{tmp_path / name}{message.removeprefix(name)}")
    assert "\n" not in str(err.value)


def test_the_alias_file_is_checked_before_any_extraction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Ana Lindqvist met Per Holm in Bergen.\n", encoding="utf-8")
    bad = tmp_path / "aliases.csv"
    bad.write_text("canonical,type\nAna Lindqvist,Persn\n", encoding="utf-8")
    monkeypatch.setattr(pipeline, "extract_documents", lambda *a, **k: pytest.fail("extraction started"))
    with pytest.raises(InputError, match="unknown type 'Persn'"):
        pipeline.build([src], tmp_path / "out", settings=Settings(n_process=1, aliases_file=str(bad)))
    assert not (tmp_path / "out").exists()
    result = CliRunner().invoke(
        app, ["build", str(src), "--out", str(tmp_path / "out"), "--aliases", str(bad)]
    )
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == [
        f"kg: error: {bad}:2: unknown type 'Persn' (did you mean 'Person'?); "
        "valid types: Person, Organization, Place, Group, Event, Work"
    ]


def test_a_wikidata_id_flows_to_the_graph_the_rdf_and_the_page(tmp_path: Path) -> None:
    from rdflib import OWL, Graph, URIRef

    src = articles(
        tmp_path / "in",
        a="Ana Lindqvist, the head of the Nordic Rail Union, visited Bergen on Monday.\n"
        "Lindqvist said the union would meet again in Oslo.\n",
        b="The Nordic Rail Union opened an office in Bergen.\n",
    )
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("canonical,type,wikidata\nNordic Rail Union,Organization,q4242\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["build", str(src), "--out", str(out), "--aliases", str(aliases)])
    assert result.exit_code == 0, result.output
    G = kg.read_graph(out)
    found = {d["label"]: d.get("wikidata") for _, d in G.nodes(data=True)}
    assert found["Nordic Rail Union"] == "Q4242"
    assert sum(1 for v in found.values() if v) == 1  # only the actor the file names
    rdf = Graph().parse(out / "graph.ttl")
    item = URIRef("http://www.wikidata.org/entity/Q4242")
    assert len(list(rdf.subjects(OWL.sameAs, item))) == 1
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "http://www.wikidata.org/entity/Q4242" in page
