"""The gazetteer finds places as English news writes them."""

from __future__ import annotations

import pytest

from kg.lexicon import place


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Montreal", "Montréal"),
        ("Zurich", "Zürich"),
        ("Sao Paulo", "São Paulo"),
        ("Bogota", "Bogotá"),
        ("St Louis", "St. Louis"),
        ("Kecskemet", "Kecskemét"),
    ],
)
def test_a_place_without_its_accents_or_with_st(written: str, name: str) -> None:
    found = place(written)
    assert found is not None and found.name == name, found


def test_a_small_towns_name_without_accents_is_no_place() -> None:
    # Göd, a Hungarian town of 20,000, is not "God"
    assert place("god") is None
    assert place("göd") is not None
