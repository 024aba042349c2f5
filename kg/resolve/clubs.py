"""A club's name with and without the word of its kind (rule ``club-name``).

A match report writes "AC Milan" and the next one "Milan", "FC Barcelona" and "Barcelona",
"Sunderland FC" and "Sunderland" (:func:`kg.resolve.keys.club_key`), "Charlton Athletic" and
"Charlton" (:func:`kg.resolve.keys.team_key`). The bare name, an organization, joins the one
club the corpus names with it (never "Manchester", of City and United) when an article that
names it and one that names the club share another person or organization
(:func:`kg.resolve.sets.shared_company`): a team sheet's players, the other side, the league.
An article about the Roma people that took "Roma" for an organization shares nothing with AS
Roma's match reports, and keeps its own. A club's name written short word by word ("Man Utd",
"Sheff Utd", "West Brom") joins the one club it shortens (rule ``club-short``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from kg.lexicon import CLUB_TAILS
from kg.resolve.keys import club_key, shortens, team_key
from kg.resolve.sets import Corpus, companies, shared_company

ORG = "Organization"


def join_clubs(c: Corpus) -> None:
    """Join each bare name to the one club the corpus names with it and the initials of its kind,
    or with the word after a town's name, where their articles share company (see the module's
    docstring); then the names written short (:func:`join_club_abbreviations`)."""
    for key in (club_key, team_key):
        _join(c, key)
    join_club_abbreviations(c)


def _join(c: Corpus, key: Callable[[str], str]) -> None:
    clubs: dict[str, set[int]] = defaultdict(set)  # bare name -> the clubs (roots) named with it
    roots = c.roots()
    for (kind, name), where in c.distinct.items():
        if kind == ORG and (bare := key(name)) != name:
            clubs[bare].update(roots[i] for i in where)
    if not clubs:
        return
    _mentions, docs = c.weights(roots)
    company = companies(c, roots)
    decided: list[tuple[int, int]] = []
    for (kind, name), where in c.distinct.items():
        found = clubs.get(name, set())
        if kind != ORG or len(found) != 1:
            continue
        (club,) = found
        decided += [
            (club, i)
            for i in where
            if roots[i] != club and shared_company(company, docs[club], club, c.items[i][0])
        ]
    for club, i in decided:
        c.join(club, i, "club-name")


def join_club_abbreviations(c: Corpus) -> None:
    """A club's name written short word by word joins the one club of the corpus it shortens
    (rule ``club-short``): "Man Utd" Manchester United, "Sheff Utd" Sheffield United, "Notts Co"
    Notts County, "West Brom" West Bromwich Albion (:func:`kg.resolve.keys.shortens`)."""
    clubs: dict[tuple[str, ...], list[str]] = defaultdict(list)  # initials of the words -> club names
    for kind, name in c.distinct:
        words = name.split()
        if kind == ORG and len(words) > 1 and words[-1] in CLUB_TAILS:
            clubs[tuple(w[0] for w in words)].append(name)
            clubs[tuple(w[0] for w in words[:-1])].append(name)
    if not clubs:
        return
    roots = c.roots()
    decided: list[tuple[int, int]] = []
    for (kind, name), where in c.distinct.items():
        words = name.split()
        if kind != ORG or len(words) < 2:
            continue
        found = {
            roots[c.distinct[(ORG, club)][0]]
            for club in clubs.get(tuple(w[0] for w in words), ())
            if shortens(name, club)
        }
        if len(found) == 1:
            (club,) = found
            decided += [(club, i) for i in where if roots[i] != club]
    for club, i in decided:
        c.join(club, i, "club-short")
