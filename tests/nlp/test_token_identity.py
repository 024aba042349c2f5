"""spaCy makes a new ``Token`` on every access (``doc[0] is doc[0]`` is False), so kg compares
tokens by position. These tests pin the checks that once compared them with ``is`` and so
never held.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kg.nlp.extract import extract_one

NLP = Path(__file__).resolve().parents[2] / "kg" / "nlp"

#: Identity comparisons in kg/nlp that are not between spaCy objects: (file, operand).
NOT_TOKENS = {
    ("mentions.py", "known"),  # two lookups in one cached table of known organizations
    ("tokens.py", "found[0]"),  # a kept Doc and the Doc asked for: the same Doc, not an equal one
}

#: kg.pronoun.v2: a pronoun in a clause under a verb goes to that verb's subject (the nearest
#: one above), though another person is the subject of the sentence.
CLAUSE_SUBJECT = [
    ("Anna Berg rejected the offer that Maria Lund said she would accept.", "she", "Maria Lund"),
    ("Anna Berg opposed the budget that Maria Lund believed she could pass.", "she", "Maria Lund"),
    ("Peter Lund was furious before Tom Hale announced he would resign.", "he", "Tom Hale"),
    ("Peter Lund questioned the deal Tom Hale insisted he had signed.", "he", "Tom Hale"),
    ("When Tom Hale arrived, Peter Lund said he was tired.", "he", "Peter Lund"),
]


@pytest.mark.parametrize(
    ("text", "pronoun", "antecedent"), CLAUSE_SUBJECT, ids=[t[:40] for t, _, _ in CLAUSE_SUBJECT]
)
def test_a_pronoun_goes_to_the_subject_of_the_verb_its_clause_hangs_from(
    nlp, text: str, pronoun: str, antecedent: str
) -> None:
    r = extract_one(text, nlp)
    holders = [e.name for e in r.entities for m in e.mentions if m.rule == "pronoun" and m.text == pronoun]
    assert holders == [antecedent], [(e.name, [m.text for m in e.mentions]) for e in r.entities]


def _identity_comparisons(path: Path) -> list[tuple[int, str]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        for op, right in zip(node.ops, node.comparators, strict=True):
            constant = isinstance(left, ast.Constant) or isinstance(right, ast.Constant)  # "x is None"
            if isinstance(op, ast.Is | ast.IsNot) and not constant:
                found.append((node.lineno, ast.unparse(left)))
            left = right
    return found


def test_no_token_is_compared_by_identity() -> None:
    found = [
        f"{path.relative_to(NLP)}:{line} ({operand})"
        for path in sorted(NLP.rglob("*.py"))
        for line, operand in _identity_comparisons(path)
        if (str(path.relative_to(NLP)), operand) not in NOT_TOKENS
    ]
    assert not found, f"compare spaCy tokens by position (a.i == b.i), not with 'is': {found}"
