"""The gazetteer finds places as English news writes them."""

from __future__ import annotations

import json

import pytest

from kg.lexicon import _tsv, place


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


@pytest.mark.parametrize(
    ("written", "kind", "country"),
    [
        # a county, borough or province over a smaller town of its name abroad
        ("Westminster", "city", "United Kingdom"),  # a London borough, not the town in Colorado
        ("Essex", "region", "United Kingdom"),
        ("Surrey", "region", "United Kingdom"),  # not the city of British Columbia
        ("Ontario", "state", "Canada"),  # not the city of California
        ("Goa", "state", "India"),
        # but not over a town of more people, nor as a region of New Zealand
        ("Victoria", "city", "Hong Kong"),
        ("Canterbury", "city", "United Kingdom"),
    ],
)
def test_a_county_or_province_over_a_small_town_abroad(written: str, kind: str, country: str) -> None:
    found = place(written)
    assert found is not None and (found.kind, found.country) == (kind, country), found


@pytest.mark.parametrize("written", ["Kerry", "Mayo", "Leinster", "Ulster"])
def test_a_county_named_like_a_person_or_a_province_named_like_a_team_is_no_place(written: str) -> None:
    # John Kerry; Ulster and Leinster are rugby sides as often as provinces
    assert place(written) is None


@pytest.mark.parametrize(
    ("written", "name", "country"),
    [
        ("Frankfurt", "Frankfurt am Main", "Germany"),
        ("Marseilles", "Marseille", "France"),
        ("Peking", "Beijing", "China"),
        ("Pusan", "Busan", "South Korea"),
    ],
)
def test_a_city_by_the_english_name_news_gives_it(written: str, name: str, country: str) -> None:
    hit = place(written)
    assert hit is not None and (hit.name, hit.kind, hit.country) == (name, "city", country)


@pytest.mark.parametrize(
    ("written", "country"),
    [
        ("Gulf", None),
        ("Middle East", None),
        ("Corsica", "France"),
        ("Midlands", "United Kingdom"),
        ("Thuringia", "Germany"),  # the states of Germany and Austria, the regions of Italy
        ("North Rhine-Westphalia", "Germany"),
        ("Tyrol", "Austria"),
        ("Tuscany", "Italy"),  # not the town of Canada, a suburb of Calgary
    ],
)
def test_regions_seas_and_islands_are_areas(written: str, country: str | None) -> None:
    hit = place(written)
    assert hit is not None and (hit.kind, hit.country) == ("area", country)


def test_every_area_of_the_list_is_one_the_gazetteer_had_not() -> None:
    # an area never takes a name the gazetteer had ("Northern Ireland", a nation in pycountry),
    # but a small town's abroad: such a row would be dead
    shadowed = [row[0] for row in _tsv("regions.tsv") if (hit := place(row[0])) is None or hit.kind != "area"]
    assert not shadowed


def test_no_word_of_the_lexicon_is_written_twice() -> None:
    # JSON keeps the last of two entries under one key: the first would be dead and misleading
    from importlib import resources

    twice: list[str] = []

    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        keys = [k for k, _ in items]
        twice.extend(sorted({k for k in keys if keys.count(k) > 1}))
        return dict(items)

    text = resources.files("kg.data").joinpath("lexicon.json").read_text("utf-8")
    json.loads(text, object_pairs_hook=pairs)
    assert not twice
