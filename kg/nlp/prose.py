"""Where a Doc is prose, for the mentions and relations of the stage (rule ``kg.prose-only.v1``).

kg's tokenizer (:class:`ProseTokenizer`, around the model's own) finds the non-prose
regions of the text (:func:`kg.ingest.prose.regions`: tables, quotes, headlines in
capitals, datelines, bylines, tickers, sign-offs) and leaves them on
``doc._.kg_regions``; it also joins the lines of a hard-wrapped paragraph (wire copy
breaks "Eastern\nBloc" and "Pacific\nTrans-Ocean Resources" across lines, and a
recognizer trained on one sentence per line reads a new line as a boundary). A new line
becomes a space, so every offset stays that of the input text. A name found in a quote or a
headline, or written all in capitals, is an actor's mention only when the prose of the
document names that actor too (a name in a table is left to the recognizer, which was
trained on wire copy with its results tables); a place in a dateline stays a place; tickers,
bylines and sign-offs name no actor. No relation is read from a sentence that starts
outside prose.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kg.ingest.prose import Region, regions
from kg.lexicon import known_place

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Regions whose names never stand for an actor.
NO_ACTORS = frozenset({"ticker", "byline", "wire"})
#: Regions no relation is read from.
NO_RELATIONS = frozenset({"table", "quote", "headline", "byline", "wire"})


def mark(doc: Doc) -> Doc:
    """The ``kg_prose`` component: the regions of a Doc made without kg's tokenizer."""
    if doc._.kg_regions is None:
        doc._.kg_regions = regions(doc.text)
    return doc


#: Whitespace that ends a paragraph: a blank line, or a new line indented by two spaces or more.
PARAGRAPH = re.compile(r"\n\s*\n|\n[ \t]{2,}")
#: The shortest line taken for one that a wire service wrapped in mid-sentence.
WRAPPED = 50
#: A line that ends a sentence (or a heading): its new line is kept.
_ENDED = re.compile(r"[.!?:;\"')\]]\s*$")


def unwrap(text: str, found: list[Region]) -> str:
    r"""``text`` with the new lines inside prose paragraphs made spaces (same length).

    Only a long line is taken for a wrapped one (:data:`WRAPPED`: wire copy wraps at
    60 to 70 characters), or a paragraph's short first line before a long one (what is left
    of a lead line whose dateline was cut off: "A shareholder group led by Far\nHills, N.J.,
    investor ..."), and never the first line (an article's title). A new line
    stays where a sentence or a line outside prose ends, before a blank or indented line
    (a new paragraph), and at the end of the text.

    Examples:
        >>> unwrap("TRADE\nThe figures exclude all barter trade with the old Eastern\nBloc, they said.", [])
        'TRADE\nThe figures exclude all barter trade with the old Eastern Bloc, they said.'
        >>> lead = "A group led by Far\nHills, N.J., investor Ruth Calder said it raised its stake."
        >>> unwrap("STAKE\n\n" + lead, [])[7:]
        'A group led by Far Hills, N.J., investor Ruth Calder said it raised its stake.'
    """
    if "\n" not in text:
        return text
    out = list(text)
    where = Regions(r for r in found if r.kind != "ticker")
    start = 0
    for end in (i for i, c in enumerate(text) if c == "\n"):
        line = text[start:end]
        after = text[end + 1 : end + 2]
        if (
            start > 0
            and (len(line.rstrip()) >= WRAPPED or _cut_lead(text, start, end))
            and after not in ("", "\n", " ", "\t")
            and (not _ENDED.search(line) or _initials_go_on(line, text, end + 1))
            and where.kind_at(start + len(line) - len(line.lstrip())) is None
            and where.kind_at(end + 1) is None
        ):
            out[end] = " "
        start = end + 1
    return "".join(out)


#: Initials with stops that end a line: "Kenneth J.", "of S.G.".
_INITIALS = re.compile(r"(?:^|[\s(])((?:[A-Z]\.){1,3})$")
#: A word that opens the next line's name: a capital, then letters.
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'-]*")
#: Initials after which a sentence may end: the times of day (a place's, "U.S.", the gazetteer knows).
_ENDING_INITIALS = frozenset({"A.M.", "P.M."})


def _initials_go_on(line: str, text: str, at: int) -> bool:
    r"""The full stop that ends ``line`` is its last initial's, and the name goes on at ``at`` on the
    next line ("a bond led by S.G.\nWarburg and Co Ltd", "Kenneth J.\nSeverinson was named"):
    the initials are no place's ("the U.S.\nThe talks") and the next line opens with a capitalised
    word that is no stop word (spaCy's English list: "The", "He", "It").

    Examples:
        >>> _initials_go_on("a bond led by S.G.", "S.G.\nWarburg", 5)
        True
        >>> _initials_go_on("imports from the U.S.", "U.S.\nWarburg", 5)
        False
        >>> _initials_go_on("a bond led by S.G.", "S.G.\nThe bank", 5)
        False
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    found = _INITIALS.search(line.rstrip())
    word = _NAME_WORD.match(text, at)
    if found is None or word is None:
        return False
    initials = found.group(1)
    if initials in _ENDING_INITIALS or known_place(initials.lower()):
        return False
    return word.group(0).lower() not in STOP_WORDS


def _cut_lead(text: str, start: int, end: int) -> bool:
    """The line from ``start`` to ``end`` opens a paragraph and a long line follows it."""
    if text[max(0, start - 2) : start] != "\n\n":
        return False
    stop = text.find("\n", end + 1)
    return len(text[end + 1 : stop if stop >= 0 else len(text)].rstrip()) >= WRAPPED


class ProseTokenizer:
    """The model's tokenizer, given the text with its prose paragraphs unwrapped; the regions
    found in the text as given go on ``doc._.kg_regions``."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        found = regions(text)
        doc = self.tokenizer(unwrap(text, found))
        doc._.kg_regions = found
        return doc

    def __getattr__(self, name: str) -> Any:  # vocab, rules, explain, to_bytes, ... of the model's tokenizer
        if name == "tokenizer":
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


class Regions:
    """Non-prose regions (of one Doc: ``Regions(doc._.kg_regions)``), looked up by character offset."""

    def __init__(self, found: Iterable[Region] | None) -> None:
        self.regions: list[Region] = list(found or [])
        self._starts = [r.start for r in self.regions]

    def kind_at(self, char: int) -> str | None:
        """The kind of the region holding the character at ``char``, or ``None`` in prose."""
        found = self.at(char)
        return found.kind if found is not None else None

    def at(self, char: int) -> Region | None:
        """The region holding the character at ``char``, or ``None`` in prose."""
        n = bisect_right(self._starts, char) - 1
        if n >= 0 and char < self.regions[n].end:
            return self.regions[n]
        return None
