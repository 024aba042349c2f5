"""The dependency path between two tokens: where they meet in the parse.

One helper for the classifier's path feature (:mod:`kg.nlp.classifier.features`), the
stated-relation checks (:mod:`kg.nlp.stated`) and the role rule (:mod:`kg.nlp.roles`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def arcs(a: Token, b: Token) -> tuple[list[Token], list[Token]] | None:
    """The dependency path between tokens ``a`` and ``b``: ``a`` up to the token where the
    two meet (included), and ``b`` up to just below it; ``None`` across sentences."""
    up = [a, *a.ancestors]
    at = {t.i: n for n, t in enumerate(up)}
    down = [b, *b.ancestors]
    for n, t in enumerate(down):
        if t.i in at:
            return up[: at[t.i] + 1], down[:n]
    return None
