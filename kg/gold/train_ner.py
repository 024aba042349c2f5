"""``kg train ner``: the news recognizer kg ships (``kg/data/ner``), trained reproducibly.

Data, each through a label mapping to PER / ORG / LOC / MISC:

* CoNLL-2003 train, whole articles (``train_docs.jsonl``, sentences joined by new lines),
  so the model sees capitalised headlines, datelines and results tables as raw wire copy
  has them. One sixteenth of the articles (the first hex digit of md5(doc id) is 0) is
  held out to choose the epoch; CoNLL-2003 dev is never read here.
* CoNLL04 train: Peop / Org / Loc; its ``Other`` spans (dates, amounts, common nouns)
  teach nothing (missing, neither entity nor outside).
* DWIE dev, only its ``train`` part (:func:`kg.gold.train.dwie_part`): persons,
  organizations and locations; other, misc, event and ethnicity mentions teach nothing.

The model is the base English pipeline's own recognizer, fine-tuned with kg's labels added
(``INITS``: ``source``, the default; ``tok2vec`` starts a new recognizer of the same
architecture from the base model's token encoder only). Starting from the base model is
the best start a CPU model has without word vectors, and keeps what it learnt from
OntoNotes' many genres: on CoNLL-2003 the two starts score alike (held-out 0.834 and
0.851, dev 0.906 and 0.902), on composed sentences of BBC and wire style the ``source``
start types firms, parties and laws better (``tests/nlp``).

Training runs with a fixed seed in one of two ways (:data:`OPS`; README, *Reproducing the
recognizer*):

* ``blis``, the default and the shipped recognizer's recipe: thinc's default operations, whose
  matrix products BLIS computes with the kernels it picks for the processor. On a processor with
  AVX-512 it gives the shipped weights back byte for byte (measured on an AMD EPYC with AVX-512);
  elsewhere BLIS takes other kernels and the weights differ (:func:`avx512` is recorded, and a
  warning logged).
* ``numpy``: thinc's numpy operations on one thread through numpy's OpenBLAS with its Haswell
  kernels (:data:`KERNELS`), so the processor's own kernels do not decide the weights; they are
  not the shipped ones.

The training text's vocabulary is stripped from the saved model: it computes its features from
the text at run time and keeps no word list of the licensed corpora.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import ConfigError, InputError
from kg.gold.evaluate import read_jsonl
from kg.gold.train import dwie_part
from kg.settings import best_model, processor, versions

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

log = logging.getLogger(__name__)

SEED = 13
DROPOUT = 0.2
#: Words per minibatch.
BATCH_WORDS = 1000
MAX_EPOCHS = 30
#: Epochs without a better held-out score before training stops, by recipe (:data:`OPS`): the
#: shipped recipe stopped three epochs after its best (14); the held-out score wanders by 0.01
#: from epoch to epoch, and the numpy recipe's run peaked at epoch 17, after six below epoch 10's.
PATIENCE = {"blis": 3, "numpy": 10}
#: How training computes: the shipped recipe (thinc's default operations) or numpy's OpenBLAS.
OPS = tuple(PATIENCE)
LABELS = ("PER", "ORG", "LOC", "MISC")
#: The spaCy versions the recognizer loads on (its architecture is the same across 3.8), written
#: to its ``meta.json``; spaCy would write the minor range of the version it was trained on.
SPACY_VERSIONS = ">=3.8.7,<3.9.0"
#: Recorded in ``training.json`` beside the processor and the OpenBLAS kernels and version.
LIBRARIES = ("spacy", "thinc", "numpy", "blis")
#: The OpenBLAS kernels training computes with (``OPENBLAS_CORETYPE``; threadpoolctl calls
#: them the ``architecture``). Haswell's need AVX2. OpenBLAS picks them when numpy loads it,
#: so ``kg train ner`` runs itself again with the variable set when they differ.
KERNELS = "Haswell"
#: How the model starts: the base recognizer's token encoder only, or the whole recognizer.
INITS = ("source", "tok2vec")
#: The base English pipeline's recognizer (``en_core_web_sm`` 3.8), which kg's copies.
NER_MODEL: dict[str, Any] = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": 96,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
            "rows": [5000, 1000, 2500, 2500],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": 96,
            "depth": 4,
            "window_size": 1,
            "maxout_pieces": 3,
        },
    },
}
SCORED = ("PER", "ORG", "LOC")
CONLL04_LABELS = {"Peop": "PER", "Org": "ORG", "Loc": "LOC"}
DWIE_LABELS = {"type::person": "PER", "type::organization": "ORG", "type::location": "LOC"}
#: DWIE types whose mentions teach nothing (their spans are marked missing).
DWIE_UNKNOWN = frozenset({"type::other", "type::misc", "type::event", "type::ethnicity"})

Span3 = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Sources:
    """The gold files to train on; only ``conll2003`` is required."""

    conll2003: Path
    conll04: Path | None = None
    dwie: Path | None = None

    def check(self) -> None:
        for path in (self.conll2003, self.conll04, self.dwie):
            if path is not None and not Path(path).is_file():
                raise InputError(f"{path}: no such file")


def openblas() -> dict[str, str | None]:
    """The kernels and version of the OpenBLAS numpy computes with here (None if it has none).

    Examples:
        >>> sorted(openblas())
        ['kernels', 'version']
    """
    import numpy  # noqa: F401  (loads its OpenBLAS)
    from threadpoolctl import threadpool_info

    for lib in threadpool_info():
        if lib.get("internal_api") == "openblas" and "numpy" in str(lib.get("filepath", "")):
            return {"kernels": lib.get("architecture"), "version": lib.get("version")}
    return {"kernels": None, "version": None}


def held_out(doc_id: str) -> bool:
    """Whether a CoNLL-2003 training article is kept apart to choose the epoch.

    Examples:
        >>> sum(held_out(f"train-doc-{i}") for i in range(1600)) in range(60, 140)
        True
    """
    return hashlib.md5(doc_id.encode("utf-8")).hexdigest()[0] == "0"


def _doc(nlp: Language, text: str, ents: list[Span3], missing: list[tuple[int, int]]) -> Doc:
    """``text`` as spaCy tokenizes it, with gold entities; spans that do not align, overlap
    or are marked missing teach nothing."""
    doc = nlp.make_doc(text)
    spans: list[Span] = []
    unknown: list[Span] = []
    taken: set[int] = set()
    for start, end, label in sorted(ents, key=lambda x: (x[0], -(x[1] - x[0]))):
        span = doc.char_span(start, end, label=label, alignment_mode="strict")
        if span is None:
            loose = doc.char_span(start, end, alignment_mode="expand")
            if loose is not None:
                unknown.append(loose)
            continue
        tokens = set(range(span.start, span.end))
        if tokens & taken:
            unknown.append(span)
            continue
        taken |= tokens
        spans.append(span)
    for start, end in missing:
        loose = doc.char_span(start, end, alignment_mode="expand")
        if loose is not None:
            unknown.append(loose)
    gaps = {i for span in unknown for i in range(span.start, span.end)} - taken
    doc.set_ents(spans, missing=[doc[i : i + 1] for i in sorted(gaps)], default="outside")
    return doc


def read_conll2003(nlp: Language, path: Path) -> tuple[list[Doc], list[Doc]]:
    """CoNLL-2003 articles: (to train on, held out to choose the epoch)."""
    train: list[Doc] = []
    held: list[Doc] = []
    for row in read_jsonl(path):
        doc = _doc(nlp, row["text"], [(e["start"], e["end"], e["type"]) for e in row["entities"]], [])
        (held if held_out(row.get("doc_id", row["id"])) else train).append(doc)
    return train, held


def read_conll04(nlp: Language, path: Path) -> list[Doc]:
    out = []
    for row in read_jsonl(path):
        ents = [
            (e["start"], e["end"], CONLL04_LABELS[e["type"]])
            for e in row["entities"]
            if e["type"] in CONLL04_LABELS
        ]
        missing = [(e["start"], e["end"]) for e in row["entities"] if e["type"] not in CONLL04_LABELS]
        out.append(_doc(nlp, row["text"], ents, missing))
    return out


def read_dwie(nlp: Language, path: Path) -> list[Doc]:
    """DWIE's ``train`` part; a lower-case "-ism" typed as an actor teaches nothing."""
    out = []
    for row in read_jsonl(path):
        if dwie_part(row["id"]) != "train":
            continue
        text, ents, missing = row["text"], [], []
        for entity in row["entities"]:
            for m in entity["mentions"]:
                surface = text[m["start"] : m["end"]]
                label = DWIE_LABELS.get(entity["type"])
                if label is not None and not (surface[:1].islower() and "ism" in surface):
                    ents.append((m["start"], m["end"], label))
                elif label is not None or entity["type"] in DWIE_UNKNOWN:
                    missing.append((m["start"], m["end"]))
        out.append(_doc(nlp, text, ents, missing))
    return out


def _base_recognizer(base: str | None) -> Language:
    import spacy

    source = spacy.load(
        base or best_model(), exclude=["tagger", "parser", "lemmatizer", "attribute_ruler", "tok2vec"]
    )
    if "ner" not in source.pipe_names:
        raise ConfigError(f"The base pipeline {base!r} has no 'ner' component to start from")
    return source


def start_model(init: str, base: str | None = None) -> Language:
    """A blank English pipeline with a recognizer to train (see :data:`INITS`)."""
    import spacy

    if init not in INITS:
        raise ConfigError(f"Unknown start {init!r}. Available starts: {', '.join(INITS)}")
    nlp = spacy.blank("en")
    if init == "source":
        nlp.add_pipe("ner", source=_base_recognizer(base))
    else:
        nlp.add_pipe("ner", config={"model": NER_MODEL})
    ner: Any = nlp.get_pipe("ner")
    for label in LABELS:
        if label not in ner.labels:
            ner.add_label(label)
    return nlp


def _optimizer(nlp: Language, init: str, examples: list[Any], base: str | None) -> Any:
    """Resume the sourced recognizer, or initialise a new one with the base encoder's weights."""
    if init == "source":
        return nlp.resume_training()
    optimizer = nlp.initialize(lambda: examples[:300])
    encoder = _base_recognizer(base).get_pipe("ner").model.get_ref("tok2vec")  # type: ignore[attr-defined]
    nlp.get_pipe("ner").model.get_ref("tok2vec").from_bytes(encoder.to_bytes())  # type: ignore[attr-defined]
    return optimizer


def score(nlp: Language, gold: list[Doc]) -> tuple[float, dict[str, float]]:
    """Exact-span typed F1 over PER, ORG and LOC, overall and per type."""
    predicted = list(nlp.pipe((d.text for d in gold), batch_size=64))

    def spans(docs: list[Doc]) -> set[tuple[int, int, int, str]]:
        return {
            (n, e.start_char, e.end_char, e.label_)
            for n, d in enumerate(docs)
            for e in d.ents
            if e.label_ in SCORED
        }

    g, p = spans(gold), spans(predicted)
    per = {t: _f1({x for x in g if x[3] == t}, {x for x in p if x[3] == t}) for t in SCORED}
    return _f1(g, p), per


def _f1(gold: set[Any], pred: set[Any]) -> float:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def train(
    sources: Sources,
    out: str | Path,
    *,
    seed: int = SEED,
    init: str = INITS[0],
    max_epochs: int = MAX_EPOCHS,
    base: str | None = None,
    on_epoch: Callable[[dict[str, Any]], None] | None = None,
    ops: str = "blis",
) -> dict[str, Any]:
    """Train the recognizer and write it to the folder ``out``; returns what was measured.

    The best epoch on the held-out articles is kept. ``out`` is replaced only when
    training has finished (the model is written beside it first). ``ops`` (:data:`OPS`): ``blis``
    gives the shipped weights on a processor with AVX-512, ``numpy`` computes through numpy's
    OpenBLAS on one thread, whose kernels should be :data:`KERNELS`. Where the weights cannot be
    the recipe's, a warning says why.
    """
    from contextlib import ExitStack

    from thinc.api import use_ops
    from threadpoolctl import threadpool_limits

    if ops not in OPS:
        raise ConfigError(f"ops {ops!r}: choose one of {', '.join(OPS)}")
    blas = openblas()
    if ops == "blis" and avx512() is False:
        log.warning("no AVX-512 here: BLIS computes with other kernels than the shipped weights' own")
    elif ops == "blis" and blis_kernels() == "generic":
        log.warning(
            "BLIS knows no kernels for this processor ('generic'): the weights will differ from the shipped"
        )
    if ops == "numpy" and blas["kernels"] != KERNELS:
        log.warning(
            "numpy's OpenBLAS computes with %s kernels, not %s: the weights will differ from the recipe's",
            blas["kernels"],
            KERNELS,
        )
    with ExitStack() as stack:
        if ops == "numpy":
            stack.enter_context(threadpool_limits(limits=1, user_api="blas"))
            stack.enter_context(use_ops("numpy", use_blis=False))
        return _train(sources, Path(out), seed, init, max_epochs, base, on_epoch, ops, blas)


@cache
def blis_kernels() -> str | None:
    """The sub-configuration of kernels BLIS picks for this processor ("zen3", "skx", or "generic"
    for one it does not know, as BLIS 1.3 an AMD EPYC of family 26), as BLIS reports it when asked
    (``BLIS_ARCH_DEBUG``, in a process of its own, since BLIS picks once per process; asked once
    per process here too), or None where it does not say.

    Examples:
        >>> blis_kernels() is None or blis_kernels().isidentifier()
        True
    """
    code = "import numpy, blis.py; a = numpy.ones((2, 2), dtype='f'); blis.py.gemm(a, a)"
    env = {**os.environ, "BLIS_ARCH_DEBUG": "1"}
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
        )
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r"sub-configuration '([^']+)'", done.stdout + done.stderr)
    return found.group(1) if found else None


def avx512() -> bool | None:
    """Whether the processor has AVX-512 (numpy's reading of it), or None where numpy does not say.

    Examples:
        >>> avx512() in (True, False, None)
        True
    """
    try:
        from numpy._core._multiarray_umath import __cpu_features__
    except ImportError:
        return None
    found = __cpu_features__.get("AVX512F")
    return None if found is None else bool(found)


def _train(
    sources: Sources,
    out: Path,
    seed: int,
    init: str,
    max_epochs: int,
    base: str | None,
    on_epoch: Callable[[dict[str, Any]], None] | None,
    ops: str,
    blas: dict[str, str | None],
) -> dict[str, Any]:
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.training.batchers import minibatch_by_words
    from spacy.util import fix_random_seed

    sources.check()
    fix_random_seed(seed)
    rng = random.Random(seed)
    started = time.perf_counter()
    nlp = start_model(init, base)
    docs, held = read_conll2003(nlp, sources.conll2003)
    counts = {"conll2003": len(docs), "held_out": len(held)}
    if sources.conll04 is not None:
        docs += read_conll04(nlp, sources.conll04)
        counts["conll04"] = len(docs) - counts["conll2003"]
    if sources.dwie is not None:
        before = len(docs)
        docs += read_dwie(nlp, sources.dwie)
        counts["dwie_train_part"] = len(docs) - before
    examples = [
        Example(Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]), d)
        for d in docs
    ]
    optimizer = _optimizer(nlp, init, examples, base)
    nlp.meta["spacy_version"] = SPACY_VERSIONS
    staged = out.with_name(out.name + ".training")
    best, best_epoch, stale, history = -1.0, 0, 0, []
    for epoch in range(1, max_epochs + 1):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch_by_words(examples, size=BATCH_WORDS, tolerance=0.2, discard_oversize=False):
            nlp.update(batch, drop=DROPOUT, sgd=optimizer, losses=losses)
        with nlp.use_params(optimizer.averages):
            f1, per_type = score(nlp, held)
            if f1 > best:
                best, best_epoch, stale = f1, epoch, 0
                shutil.rmtree(staged, ignore_errors=True)
                nlp.to_disk(staged)
            else:
                stale += 1
        minutes = round((time.perf_counter() - started) / 60, 1)
        loss = round(float(losses.get("ner", 0.0)), 1)
        history.append(
            {"epoch": epoch, "loss": loss, "held_out_f1": f1, "per_type_f1": per_type, "minutes": minutes}
        )
        log.info("%s", json.dumps(history[-1]))
        if on_epoch is not None:
            on_epoch(history[-1])
        if stale >= PATIENCE[ops]:
            break
    _strip_strings(staged)
    report = {
        "seed": seed,
        "libraries": versions(*LIBRARIES),
        "processor": processor(),
        **(
            {"ops": "blis", "avx512": avx512(), "blis_kernels": blis_kernels()}
            if ops == "blis"
            else {"ops": "numpy, one thread", "openblas": blas}
        ),
        "init": init,
        "documents": counts,
        "tokens": sum(len(d) for d in docs),
        "labels": list(LABELS),
        "epochs_run": len(history),
        "best_epoch": best_epoch,
        "held_out_f1": best,
        "history": history,
    }
    (staged / "training.json").write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    if out.exists():
        shutil.rmtree(out)
    staged.rename(out)
    return report


def _strip_strings(path: Path) -> None:
    """Keep only the blank vocabulary's strings and the labels in ``vocab/strings.json``."""
    import spacy

    keep = set(spacy.blank("en").vocab.strings)
    nlp = spacy.load(path)
    keep |= {label for _, pipe in nlp.pipeline for label in getattr(pipe, "labels", ())}  # type: ignore[attr-defined]
    (path / "vocab" / "strings.json").write_text(json.dumps(sorted(keep)), encoding="utf-8")
