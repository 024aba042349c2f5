"""The package's shape: one folder per stage, imports one way, one table of rules."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest

from tests.conftest import ROOT


def _import_graph() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_graph", ROOT / "scripts" / "import_graph.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def layout() -> dict[str, object]:
    ig = _import_graph()
    G, T = ig.graph(ROOT / "kg")
    return dict(ig.report(G, T, ROOT / "kg"))


def test_imports_have_no_cycle_and_never_point_back_up(layout: dict[str, object]) -> None:
    assert layout["cycles"] == []
    assert layout["upward"] == []


def test_few_modules_beside_the_stage_folders(layout: dict[str, object]) -> None:
    assert layout["stage_folders"] == [
        "build",
        "gold",
        "graph",
        "ingest",
        "nlp",
        "rdf",
        "resolve",
        "sparql",
        "viz",
    ]
    assert int(str(layout["top_level_modules"])) <= 12, layout["top_level_files"]


def test_every_stage_folder_says_what_it_takes_and_gives() -> None:
    for folder in sorted(p for p in (ROOT / "kg").iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        init = (folder / "__init__.py").read_text(encoding="utf-8")
        assert init.lstrip().startswith('"""'), f"{folder.name}/__init__.py has no docstring"


def test_the_spacy_stage_imports_nothing_the_cache_version_leaves_out() -> None:
    from kg.build.cache import EXTRACTION_SOURCES, PACKAGE

    ig = _import_graph()
    G, _ = ig.graph(PACKAGE)
    reached = {m for n in G if n.startswith("kg.nlp") for m in G.successors(n)}
    outside = {m for m in reached if not m.startswith("kg.nlp")}
    covered = {"kg." + s.removesuffix(".py").replace("/", ".") for s in EXTRACTION_SOURCES}
    assert outside <= covered, outside - covered


def test_the_rule_registry_snapshot() -> None:
    from kg.nlp.registry import RELATION_RULES, RULES

    assert sorted(RULES) == [
        "kg.agency-seat.v1",
        "kg.agent-noun.v1",
        "kg.attribution.v1",
        "kg.capital.v1",
        "kg.classifier.v1",
        "kg.demonym.v1",
        "kg.demonym_mention.v1",
        "kg.event-time.v1",
        "kg.gazetteer.v1",
        "kg.honorific.v2",
        "kg.implied.v1",
        "kg.locative.v1",
        "kg.mentions.v1",
        "kg.name-ends.v1",
        "kg.name-join.v1",
        "kg.name-kind.v1",
        "kg.name-type.v2",
        "kg.ner.v1",
        "kg.noun.v1",
        "kg.open.v1",
        "kg.orgname.v1",
        "kg.paragraphs.v1",
        "kg.portfolio.v1",
        "kg.product.v1",
        "kg.pronoun.v2",
        "kg.prose-only.v1",
        "kg.residence.v1",
        "kg.role-coref.v1",
        "kg.role.v1",
        "kg.squad.v1",
        "kg.stated.v1",
        "kg.stated.v2",
        "kg.timex.v1",
        "kg.title-target.v1",
        "kg.title.v1",
        "kg.title.v2",
        "kg.title.v3",
        "kg.town-country.v1",
        "kg.verb.v1",
        "kg.work-title.v1",
    ]
    assert all(r.switchable for r in RELATION_RULES.values())
    assert all(callable(r.run) and r.does for r in RULES.values())


def test_every_rule_name_in_the_code_is_registered() -> None:
    import re

    from kg.nlp.registry import RULES

    named = set()
    for path in (ROOT / "kg").rglob("*.py"):
        if path.name != "registry.py":  # its docstring shows a misspelt name on purpose
            named |= set(re.findall(r"kg\.[a-z_-]+\.v\d+", path.read_text(encoding="utf-8")))
    # resolution across documents is the one rule outside the spaCy stage
    assert named - {"kg.resolve.v1"} <= set(RULES), named - set(RULES)


@pytest.mark.parametrize(
    ("disabled", "message"),
    [
        (("kg.verbs.v1",), "Unknown rule 'kg.verbs.v1'. Available rules: kg.title.v1, kg.verb.v1"),
        (("kg.pronoun.v2",), "Rule 'kg.pronoun.v2' cannot be switched off. Rules that can: kg.title.v1"),
    ],
)
def test_disabling_a_rule_that_is_not_there_raises(disabled: tuple[str, ...], message: str) -> None:
    from kg.errors import ConfigError
    from kg.nlp import model
    from kg.settings import Settings

    with pytest.raises(ConfigError, match=message.replace(".", r"\.")):
        model.load(Settings(disabled_rules=disabled))
