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


@pytest.mark.parametrize(
    ("written", "name", "kind", "country"),
    [
        ("England", "England", "country", "United Kingdom"),
        ("Wales", "Wales", "country", "United Kingdom"),
        ("Hertfordshire", "Hertfordshire", "region", "United Kingdom"),
        ("County Durham", "County Durham", "region", "United Kingdom"),
        ("Alberta", "Alberta", "state", "Canada"),
        ("Bihar", "Bihar", "state", "India"),
        ("Burma", "Myanmar", "country", "Myanmar"),
        ("West Germany", "West Germany", "country", "West Germany"),  # 1987 wire copy's state
        ("Cardiff", "Cardiff", "city", "United Kingdom"),  # the city, not its council area
    ],
)
def test_nations_counties_and_provinces(written: str, name: str, kind: str, country: str) -> None:
    found = place(written)
    assert found is not None and (found.name, found.kind, found.country) == (name, kind, country), found


@pytest.mark.parametrize("written", ["Kerry", "Mayo", "Leinster", "Ulster"])
def test_a_county_named_like_a_person_or_a_province_named_like_a_team_is_no_place(written: str) -> None:
    # John Kerry; Ulster and Leinster are rugby sides as often as provinces
    assert place(written) is None
