"""The base model's lemmatizer, with its word lists looked up instead of read through.

spaCy's rule lemmatizer tries a word's suffix rules and keeps the forms its language's word
list for the part of speech has (``lemma_index``: 57,528 nouns, 20,993 adjectives and 8,700 verbs in
``en_core_web_sm`` 3.8). The model stores those lists as lists, so each ``form in index`` reads
one from the start. The lemmatizer keeps what it found per word, part of speech and morphology,
so the cost falls on each process's first documents, and kg starts one process per core: on
150 BBC articles the lemmatizer took 1.0 CPU-second the first time and 0.29 the second.
:func:`speed_up` swaps each list for a :class:`WordList`, the same list that answers ``in`` from
a set, and has the lemmatizer remember every answer (:class:`Remembered`; spaCy's forgets those
that need no rule: a singular noun, a name), which took it to 0.20 and 0.10 CPU-seconds, with the
same lemmas (``tests/nlp/test_lemmas.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Token

#: How many answers :class:`Remembered` keeps before it starts again: about 11 MB (tracemalloc);
#: 400 BBC articles give 13,981 words with their parts of speech and morphologies.
REMEMBERED = 50_000


class WordList(list[str]):
    """A list of words that answers ``in`` from a set; it pickles and packs as its list does.
    Do not change it: the set does not follow.

    Examples:
        >>> words = WordList(["child", "mouse"])
        >>> "mouse" in words, "mice" in words, words == ["child", "mouse"]
        (True, False, True)
    """

    def __init__(self, words: Iterable[str] = ()) -> None:
        super().__init__(words)
        self.members = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self.members


class Remembered:
    """A rule lemmatizer's ``lemmatize`` that remembers each answer by the word, its part of
    speech and its morphology, which are all spaCy's English rules read; up to
    :data:`REMEMBERED` answers, then it starts again."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.found: dict[tuple[int, int, int], list[str]] = {}

    def __call__(self, token: Token) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]
        found = self.found.get(key)
        if found is None:
            if len(self.found) >= REMEMBERED:
                self.found.clear()
            found = self.found[key] = self.lemmatizer.rule_lemmatize(token)
        return found


def speed_up(nlp: Language) -> bool:
    """Give the pipeline's rule lemmatizer :class:`WordList` word lists and a
    :class:`Remembered` ``lemmatize``; ``False`` when it has no lemmatizer, or one whose answers
    may depend on more than :class:`Remembered` reads (another mode, another language's rules)."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.pipeline import Lemmatizer

    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if (
        not isinstance(lemmatizer, Lemmatizer)
        or type(lemmatizer) not in (Lemmatizer, EnglishLemmatizer)
        or lemmatizer.mode != "rule"
    ):
        return False
    lookups = lemmatizer.lookups
    if lookups.has_table("lemma_index"):
        table = lookups.get_table("lemma_index")
        for key, words in list(table.items()):
            if isinstance(words, list) and not isinstance(words, WordList):
                table[key] = WordList(words)
    if not isinstance(lemmatizer.lemmatize, Remembered):
        lemmatizer.lemmatize = Remembered(lemmatizer)  # type: ignore[method-assign]
    return True
