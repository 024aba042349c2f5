"""The news recognizer reads a Doc laid out as the articles it learned from.

kg's recognizer (:mod:`kg.nlp.ner`) learned from CoNLL-2003's articles, CoNLL04's sentences
and DWIE's articles as spaCy tokenizes them: one sentence or heading per line, so a single
new line is the only white space it has seen between two words. Wire copy and web pages
break their paragraphs with a blank line ("\\n\\n") or a new line and an indent
("\\n    "), which spaCy keeps as tokens the recognizer never saw; next to one, the first
word of a paragraph fell out of its name ("Slater Industries Inc said" after the headline
gave "Industries Inc"). :class:`NewsRecognizer` runs the recognizer on a copy of the Doc in
which every run of white space that holds a new line is one "\\n" and any other white space
token is left out, then puts its names back on the Doc's own tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, cast

from kg.errors import ConfigError
from kg.nlp import prose

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import EntityRecognizer
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc
    from thinc.api import Model

#: A new line, as the recognizer's training articles separate their sentences.
NEW_LINE = "\n"
#: The last characters of a word that may end a sentence.
ENDS = frozenset(".!?\n")
#: Docs the recognizer reads at once.
BATCH = 64

#: The tokenizer the recognizer's pipeline is loaded with: kg takes only its ``ner`` component,
#: and an empty tokenizer loads at once, where spaCy's English exceptions took 0.14 CPU-s a load.
NO_TOKENIZER = "kg_no_tokenizer"


def _no_tokenizer() -> Callable[[Language], Tokenizer]:
    from spacy.tokenizer import Tokenizer

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


def line_view(doc: Doc) -> tuple[Doc, list[int]]:
    r"""A copy of ``doc`` with one "\n" for each run of white space that holds a new line
    and no other white space tokens, and the index in ``doc`` of each of its tokens.

    A table's lines (``doc._.kg_regions``) keep their own white space: set off by one new line,
    an earnings table's row ("Loans 22.75 billion vs 19.00 billion") reads as a team's in the
    results tables CoNLL-2003's articles are full of. A sentence starts after each new line, and
    where the Doc's starts one after a full stop (the recognizer starts no name that crosses one:
    "Windsor Castle. A"); the copy keeps the tokenizer's normal forms ("Fla." for Florida).

    Examples:
        >>> import spacy
        >>> doc = spacy.blank("en")("SALE\n\nSlater Industries  Inc said\n    It")
        >>> view, index = line_view(doc)
        >>> [t.text for t in view], index
        (['SALE', '\n', 'Slater', 'Industries', 'Inc', 'said', '\n', 'It'], [0, 1, 2, 3, 5, 6, 7, 8])
    """
    from spacy.tokens import Doc

    words: list[str] = []
    spaces: list[bool] = []
    index: list[int] = []
    found = doc._.kg_regions if doc.has_extension("kg_regions") else None
    tables = prose.Regions(r for r in found or () if r.kind == "table")
    for token in doc:
        if token.is_space and tables.at(token.idx + len(token.text)) is None:
            if NEW_LINE not in token.text or not words or words[-1] == NEW_LINE:
                continue
            words.append(NEW_LINE)
            spaces.append(False)
        else:
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
        index.append(token.i)
    starts = _sentence_starts(doc, index, words) if doc.has_annotation("SENT_START") else None
    view = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)
    for word, i in zip(view, index, strict=True):
        if not word.is_space and doc[i].norm != word.norm:
            word.norm_ = doc[i].norm_
    return view, index


def _sentence_starts(doc: Doc, index: list[int], words: list[str]) -> list[bool | int | None]:
    """A sentence starts after every new line, as in the recognizer's training articles (no name
    runs on over a paragraph's end: "E.F. Hutton and Co Inc.\n    Hutton led"), and where the
    parser starts one after a full stop, a question or an exclamation mark; the parser's others
    are left open ("Canada | Mining Corp said" after a headline)."""
    return [
        True
        if k == 0
        or words[k - 1] == NEW_LINE
        or (doc[i].is_sent_start and words[k - 1][-1] in ENDS and not _opening_initials(words, k - 1))
        else None
        for k, i in enumerate(index)
    ]


def _opening_initials(words: list[str], k: int) -> bool:
    """``words[k]`` is initials with stops that open a line ("M.S. Carriers Inc said"): the first
    word of a name, whose stop ends no sentence."""
    return (k == 0 or words[k - 1] == NEW_LINE) and len(words[k]) > 2 and "." in words[k][:-1]


class NewsRecognizer:
    """The ``kg_ner`` component: the ``ner`` of the spaCy pipeline at ``path``, run on each
    Doc's :func:`line_view`; its names (people, organizations, places and CoNLL-2003's
    other names) become the Doc's entities."""

    def __init__(self, nlp: Language, path: Path) -> None:
        import spacy

        if NO_TOKENIZER not in spacy.registry.tokenizers.get_all():
            spacy.registry.tokenizers.register(NO_TOKENIZER, func=_no_tokenizer)
        source = spacy.load(
            path, config={"nlp": {"tokenizer": {"@tokenizers": NO_TOKENIZER}}}, exclude=["tokenizer"]
        )
        if "ner" not in source.pipe_names:
            raise ConfigError(f"The pipeline at {str(path)!r} has no 'ner' component")
        self.ner = cast("EntityRecognizer", source.get_pipe("ner"))
        for label in self.ner.labels:
            nlp.vocab.strings.add(label)

    @property
    def model(self) -> Model:
        """The recognizer's thinc model."""
        return self.ner.model

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = BATCH) -> Iterator[Doc]:
        from spacy.tokens import Span

        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            views = [line_view(doc) for doc in batch]
            copies = [view for view, _ in views]
            self.ner.set_annotations(copies, self.ner.predict(copies))
            for doc, (view, index) in zip(batch, views, strict=True):
                doc.ents = [Span(doc, index[e.start], index[e.end - 1] + 1, label=e.label) for e in view.ents]
            yield from batch
