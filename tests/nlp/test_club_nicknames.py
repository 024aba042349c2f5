"""A club's nickname is the club the article names (``kg/data/club_nicknames.tsv``)."""

from __future__ import annotations

import pytest

from kg.nlp.extract import extract_one
from tests.helpers import names_of, same_entity

JOINED = [
    (
        "Arsenal beat Chelsea 2-1 on Saturday. The Gunners are now three points clear at the top.",
        "Arsenal",
        "Gunners",
    ),
    ("Liverpool drew with Everton on Sunday. The Reds are fifth in the table.", "Liverpool", "Reds"),
    # the club's name read as its town's, and the nickname as a person's
    (
        "Police clashed with fans after the game at West Ham. The Hammers' fans had sung all night.",
        "West Ham",
        "Hammers",
    ),
    (
        "The visitors struck late at Portsmouth. Pompey had their best chance when a shot was tipped over.",
        "Portsmouth",
        "Pompey",
    ),
    # the club named by two actors: the first, the full name
    (
        "Newcastle won 2-0 on Saturday, said Newcastle United boss Graeme Souness. The Toon are fourth.",
        "Newcastle United",
        "Toon",
    ),
    # the nickname before the club's name, and as long as it
    (
        "The Red Devils won again on Saturday. Manchester United are now second in the table.",
        "Manchester United",
        "Red Devils",
    ),
]


@pytest.mark.parametrize(("text", "club", "nickname"), JOINED, ids=[n for *_, n in JOINED])
def test_a_clubs_nickname_is_the_club_the_article_names(nlp, text: str, club: str, nickname: str) -> None:
    r = extract_one(text, nlp)
    assert same_entity(r, club, nickname), [(e.name, e.aliases) for e in r.entities]
    names = names_of(r)
    assert names.get(club) == "Organization" and nickname not in names, names


def test_a_nickname_two_named_clubs_share_joins_neither(nlp) -> None:
    r = extract_one("Liverpool drew at home. The Reds are fifth, while Manchester United won again.", nlp)
    assert not same_entity(r, "Liverpool", "Reds"), [(e.name, e.aliases) for e in r.entities]
    assert not same_entity(r, "Manchester United", "Reds"), [(e.name, e.aliases) for e in r.entities]


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # the fans' group is no club of a town: "United" is Manchester United
        (
            "Shares in Manchester United rose 5% on Monday after a new offer from Malcolm Glazer. The "
            "fans' group Shareholders United said it would fight the bid. A proposal was received by "
            "David Gill, United's chief executive, on Friday.",
            False,
        ),
        # two clubs of towns: "United" is neither
        (
            "Manchester United and Sheffield United will meet in the FA Cup. United were delighted "
            "with the draw, said the manager.",
            True,
        ),
    ],
)
def test_a_club_s_last_word_alone_is_the_one_town_s_club_that_ends_with_it(
    nlp, text: str, apart: bool
) -> None:
    names = names_of(extract_one(text, nlp))
    assert ("United" in names) == apart, names
