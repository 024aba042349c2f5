"""An organization's name misspelt in one word (rule ``spelling``).

Articles misspell names: "Massachussetts Institute of Technology", "Electronic Fronter
Foundation", "U.S. Agriculture Deapartment", "Strandard and Poor's Corp", and a British
article writes "Organisation" where an American one writes "Organization". Two names of two
words or more join when they differ in one word only and the two spellings of that word look
alike (:func:`kg.names.looks_alike`: one first letter, five letters or more, 0.9 alike or
more). Not when the two words differ only by a plural's "s" ("Court of Appeal", Britain's,
and "Court of Appeals", America's; "European Council" and "European Councils"), nor when
both are places or peoples kg knows ("Austrian" / "Australian"), nor for a body every government
has (:func:`kg.resolve.national.generic_body`: two articles' "Finance Ministry" may be two
countries', misspelt or not).
"""

from __future__ import annotations

from collections import defaultdict

from kg.lexicon import demonyms, place
from kg.names import looks_alike
from kg.resolve.national import generic_body
from kg.resolve.sets import MAX_BLOCK, Corpus

ORG = "Organization"


def join_misspelt(c: Corpus) -> None:
    """Join the organizations whose names differ by a misspelt word (see the module's docstring)."""
    blocks: dict[str, list[tuple[str, str]]] = defaultdict(list)  # name with one word out -> (name, word)
    for kind, name in c.distinct:
        words = name.split()
        if kind != ORG or len(words) < 2 or generic_body(name):
            continue
        for n, word in enumerate(words):
            blocks[" ".join([*words[:n], "*", *words[n + 1 :]])].append((name, word))
    decided: list[tuple[str, str]] = []
    for group in blocks.values():
        if len(group) > MAX_BLOCK:
            continue
        for n, (a, x) in enumerate(group):
            for b, y in group[n + 1 :]:
                if _misspelt(x, y):
                    decided.append((a, b))
    for a, b in decided:
        keep = c.distinct[(ORG, a)][0]
        for i in c.distinct[(ORG, b)]:
            c.join(keep, i, "spelling")


def _misspelt(a: str, b: str) -> bool:
    """``a`` and ``b`` are one word spelled two ways, not two words.

    Examples:
        >>> _misspelt("massachussetts", "massachusetts"), _misspelt("organisation", "organization")
        (True, True)
        >>> _misspelt("appeal", "appeals"), _misspelt("austrian", "australian")
        (False, False)
    """
    if a == b or not looks_alike(a, b) or a + "s" == b or b + "s" == a:
        return False
    return not all(place(w) is not None or w in demonyms() for w in (a, b))  # two places, or peoples
