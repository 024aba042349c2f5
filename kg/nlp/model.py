"""The spaCy pipeline kg parses with: the English model plus kg's components.

:func:`load` loads the model named in :class:`~kg.settings.Settings` (or the best one
installed) and adds the components of :mod:`kg.nlp.components` at the end.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from kg.errors import ConfigError
from kg.nlp import attributes, lemmas, prose
from kg.nlp.components import register
from kg.nlp.ner import add_recognizer, recognizer_path
from kg.nlp.registry import check_disabled
from kg.settings import Settings, best_model

if TYPE_CHECKING:
    from spacy.language import Language

log = logging.getLogger(__name__)

#: Components of the English pipelines kg never reads.
UNUSED = ("senter", "textcat", "entity_linker", "trainable_lemmatizer", "spancat")


def load(settings: Settings | None = None) -> Language:
    """Load the model once, with kg's components at the end of the pipeline.

    Raises:
        ConfigError: no such model, or ``settings.disabled_rules`` names a rule that
            does not exist or cannot be switched off.
    """
    import spacy

    settings = settings or Settings()
    check_disabled(settings.disabled_rules)
    register()
    from kg.nlp import factories

    factories.declare()
    name = settings.model or best_model()
    # The layers' matrix products go to numpy's BLAS, not to blis (thinc's default): the blis
    # wheels on PyPI select blis's generic kernel on CPUs they do not know (they did on the AMD
    # EPYC kg is measured on), where numpy's OpenBLAS multiplies the tok2vec layers' matrices
    # three to four and a half times as fast (``benchmarks/throughput.py`` measures both). The
    # parsers' step-by-step products stay with blis, inside spaCy.
    with use_ops("numpy", use_blis=False):
        try:
            nlp = spacy.load(name, exclude=list(UNUSED))
        except OSError as err:
            raise ConfigError(f"Cannot load spaCy pipeline {name!r}: {err}") from err
        recognizer = recognizer_path(settings.ner)
        if recognizer is not None:
            add_recognizer(nlp, recognizer)
    attributes.speed_up(nlp)
    lemmas.speed_up(nlp)
    nlp.tokenizer = prose.ProseTokenizer(nlp.tokenizer)
    nlp.add_pipe("kg_prose", first=True)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser")
    nlp.add_pipe("kg_mentions")
    nlp.add_pipe("kg_relations", config={"disabled_rules": list(settings.disabled_rules)})
    nlp.max_length = max(nlp.max_length, settings.max_chars * 2)
    log.info("loaded %s %s with %s", nlp.meta.get("name"), nlp.meta.get("version"), nlp.pipe_names)
    return nlp


def one_thread() -> threadpool_limits:
    """Numpy's BLAS on one thread while kg parses: kg runs one process per core, and a
    second BLAS thread per process only spins (it cost a third more CPU time, no less wall time).

    Examples:
        >>> with one_thread():
        ...     pass
    """
    return threadpool_limits(limits=1, user_api="blas")


def model_id(nlp: Language) -> str:
    """Name and version of the loaded model, for cache keys and reports."""
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"
