"""A Doc's tokens and text, made once per Doc and reused by kg's rules.

spaCy makes a new :class:`~spacy.tokens.Token` for every ``doc[i]`` and every pass over a Doc,
and joins the text anew for every ``doc.text``. kg's rules read each Doc dozens of times, so
they ask :func:`tokens` and :func:`text` instead, which keep the last few Docs' tokens and text.

A Token is a view of its Doc: it reads the Doc's current annotation (tags, entities, sentence
starts), so a kept token answers as a new one would. A Doc whose length changed (merged or split
by a retokenizer) has its tokens made again.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Rutte", "visits", "Kyiv"])
    >>> [t.text for t in tokens(doc)], tokens(doc) is tokens(doc), text(doc)
    (['Rutte', 'visits', 'Kyiv'], True, 'Rutte visits Kyiv ')
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: How many Docs' tokens each thread keeps. kg's components after the recognizers take one Doc
#: through to the end, so one would do; a few more serve code that reads two Docs in turn.
KEPT = 4

_local = threading.local()


def _kept(doc: Doc) -> tuple[Doc, list[Token], str]:
    seen: dict[int, tuple[Doc, list[Token], str]] | None = getattr(_local, "seen", None)
    if seen is None:
        seen = _local.seen = {}
    found = seen.get(id(doc))
    # the entry holds its Doc, so no other Doc can have its id while it is kept
    if found is not None and found[0] is doc and len(found[1]) == len(doc):
        return found
    entry = (doc, list(doc), doc.text)
    seen.pop(id(doc), None)
    while len(seen) >= KEPT:
        del seen[next(iter(seen))]
    seen[id(doc)] = entry
    return entry


def tokens(doc: Doc) -> list[Token]:
    """``list(doc)``, made once for a Doc (do not change the list)."""
    return _kept(doc)[1]


def text(doc: Doc) -> str:
    """``doc.text``, joined once for a Doc."""
    return _kept(doc)[2]
