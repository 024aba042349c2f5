"""A team sheet's players (rule ``kg.squad.v1``).

A match report ends with the sides as lists of players, each an initial and a surname:
"G Murphy; G Dempsey, B O'Driscoll, S Horgan, D Hickie; R O'Gara, P Stringer". The
recognizer, trained on prose, reads some of them as firms or places, and others without their
initial ("Foley" a place, "K Maggs" a firm). On a line that is such a list, every item of that
shape is a person, initial and all; :mod:`kg.resolve.people` then joins "A Foley" to the
"Anthony Foley" the corpus names in full.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from kg.lexicon import place
from kg.nlp.tokens import text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: One player: initials ("G", "J-P", "CA"), an optional particle, a capitalised surname, and
#: perhaps the captain's mark or the club in brackets ("J Robinson (capt)", "J Bonnaire (Bourgoin)").
PARTICLES = r"(?:(?:de|del|dal|van|der|du|le|la|di|da|von|Du|De|Van|Le|La|Lo) )*"
INITIALS = r"(?:[A-Z]\.?(?:-[A-Z]\.?)?|[A-Z]{2})"
PLAYER = re.compile(
    rf"(?P<name>{INITIALS} {PARTICLES}[A-Z][A-Za-z'\u2019\-]+)(?: \((?P<club>[A-Za-z .&'-]+)\))?"
)
#: A captain's or vice-captain's mark in brackets, which is no club.
MARKS = frozenset({"capt", "capt.", "c", "captain", "vc", "vice-captain"})
#: A team's name and a colon before its players ("Ireland: ", "Replacements: ").
LABEL = re.compile(r"[A-Z0-9][\w .'&-]{0,30}: *")
#: An item of a line: up to a comma or semicolon outside brackets ("M Farah (Windsor, Slough AC)").
ITEM = re.compile(r"(?:[^,;(]|\([^)]*\))+")
#: Where ``Doc.user_data`` keeps the team sheets of a Doc's text.
SHEETS_KEY = "kg_sheets"
#: Where ``doc.spans`` keeps the players, whose initial "A" is no article ("A Foley").
PLAYERS_KEY = "kg_players"
#: The fewest players a line names to be a team sheet's.
MIN_PLAYERS = 3
#: The share of a line's items that must be players.
SHARE = 0.6
#: A football line-up's player: a surname or a full name, and the substitute who came on for
#: him and the minute in brackets ("Stone (Cisse 76)", "Paulo Ferreira", "El Karkouri").
WORD = r"[A-Z][A-Za-z'\u2019\-]+"
NAME = rf"(?:{INITIALS} )?{PARTICLES}{WORD}(?: {WORD}){{0,2}}"
LINEUP_ITEM = re.compile(rf"(?P<name>{NAME})(?: \((?P<sub>{NAME}) \d{{1,3}}\))?")
#: The fewest names a line-up's line lists (a side fields eleven), and the fewest such lines of a
#: report (two sides).
MIN_LINEUP, MIN_LINEUPS = 8, 2
#: What :func:`on_name_line` reads: a sentence's end, the breaks between a list's items, what
#: is in brackets ("(Burnley)", "(Jenas 77)", "(capt)"), and one listed name.
SENTENCE_END = re.compile(r"[.!?][\"'\u201d]?\s+")
LIST_BREAKS = re.compile(r"[,;]")
BRACKETS = re.compile(r"\([^)]*\)")
LISTED_NAME = re.compile(rf"(?:{INITIALS}\.? )?{PARTICLES}{WORD}(?: {WORD}){{0,2}}")


class Player(NamedTuple):
    """A player of a team sheet: the characters of the name, and of the club in brackets after it
    (``None`` when there is none, or when it is a captain's mark or a town's name, which is left
    to the recognizer: "(Leicester)" is the club, but one actor with the town the corpus names
    elsewhere, whose type the club must not make a firm's)."""

    start: int
    end: int
    club: tuple[int, int] | None


def sheets(text: str) -> list[tuple[int, int, list[Player]]]:
    """The team sheets' lines of ``text`` (their first and last characters) and their players.

    Examples:
        >>> text = "Ireland: G Murphy; B O'Driscoll, S Horgan (capt), D Hickie (Leinster)."
        >>> [(text[p.start : p.end], p.club and text[slice(*p.club)]) for p in sheets(text)[0][2]]
        [('G Murphy', None), ("B O'Driscoll", None), ('S Horgan', None), ('D Hickie', 'Leinster')]
        >>> sheets("Mr Blair met G Brown, J Prescott and the Queen.")
        []
        >>> sheets("J Pavey (Exeter Harriers).\\nK Wall (Basildon AC).")[0]
        (0, 27, [Player(start=0, end=7, club=(9, 24))])
        >>> sheets("M Riley (W Yorkshire).")
        [(0, 22, [Player(start=0, end=7, club=None)])]
    """
    found = []
    lineups = []
    offset = 0
    for line in text.splitlines(keepends=True):
        named = _line_players(line, offset)
        if named:
            found.append((offset, offset + len(line), named))
        elif listed := _lineup_players(line, offset):
            lineups.append((offset, offset + len(line), listed))
        offset += len(line)
    if len(lineups) >= MIN_LINEUPS:
        found = sorted(found + lineups)
    # a line of one or two names and their brackets is a results line only among others of
    # its kind: alone, ending a football report, "M Riley (W Yorkshire)." is the referee and his
    # county, and gives no club
    if sum(1 for _a, _b, named in found if len(named) < MIN_PLAYERS) < 2:
        found = [
            (a, b, named if len(named) >= MIN_PLAYERS else [p._replace(club=None) for p in named])
            for a, b, named in found
        ]
    return found


def _line_players(line: str, offset: int) -> list[Player]:
    """The players of one line when the line is a team sheet's list."""
    items = _items(line)
    hits = [(a, b, PLAYER.fullmatch(line, a, b)) for a, b in items]
    named = [m for _a, _b, m in hits if m is not None]
    # a results line names fewer: "J Pavey (Exeter Harriers)." is one athlete and her club
    clubbed = bool(named) and len(named) == len(items) and all(m.group("club") for m in named)
    if not clubbed and (len(named) < MIN_PLAYERS or len(named) < SHARE * len(items)):
        return []
    found = []
    for m in named:
        club = m.group("club")
        keep = club is not None and club.lower() not in MARKS and place(club.lower()) is None
        where = (m.start("club") + offset, m.end("club") + offset) if keep else None
        found.append(Player(m.start("name") + offset, m.end("name") + offset, where))
    return found


def _items(line: str) -> list[tuple[int, int]]:
    """The items of a line after its label, as character spans without the spaces and full stops
    around them: "Ireland: G Murphy; B O'Driscoll." -> "G Murphy", "B O'Driscoll"."""
    label = LABEL.match(line)
    start = label.end() if label else 0
    items = []
    for m in ITEM.finditer(line, start):
        a, b = m.start(), m.end()
        while a < b and line[a].isspace():
            a += 1
        while b > a and (line[b - 1].isspace() or line[b - 1] == "."):
            b -= 1
        if a < b:
            items.append((a, b))
    return items


def _lineup_players(line: str, offset: int) -> list[Player]:
    """The players of one line when the line is a football line-up's, only names and commas:
    "Hislop, Griffin, Primus, De Zeeuw, Taylor, Stone (Cisse 76), Quashie (Berkovic 83), ...".
    Such a line counts only where the text has two (:data:`MIN_LINEUPS`), one per side: a list
    of firms or towns alone on a line is no team. Fewer than half its names are places' (a
    surname may be a town's: "Griffin", "Taylor", "Stone")."""
    items = _items(line)
    if len(items) < MIN_LINEUP:
        return []
    found = []
    for a, b in items:
        hit = LINEUP_ITEM.fullmatch(line, a, b)
        if hit is None:
            return []
        for group in ("name", "sub"):
            if hit.group(group):
                found.append(Player(hit.start(group) + offset, hit.end(group) + offset, None))
    places = sum(place(line[p.start - offset : p.end - offset].lower()) is not None for p in found)
    return found if 2 * places < len(found) else []


def on_name_line(text: str, at: int) -> bool:
    """The sentence of ``text`` with character ``at`` is mostly a list of names, as a team sheet
    that :func:`sheets` does not read is: "Subs not used: Hislop, Quashie, Cisse.", "Coyne
    (Burnley), Jones (Wolves), ...", "Van Gisbergen; Lewsey, Erinle, Abbott, Voyce; ...". Three
    names or more (two after a label), each of capitalised words (three at most, an initial
    before them, brackets after them), and four in five of the items between its commas and
    semicolons after its label ("GreenFairyDotcom, Londonist, Hicksdesign, PlasticBag and London
    Underground Tube Blog are the nominees" is a sentence).

    >>> on_name_line("Subs:\\nKay, Parr, McGee, Rennick, Weston, Millar, Pattison.", 11)
    True
    >>> on_name_line("It's great. Subs not used: Hislop, Quashie, Cisse.", 27)
    True
    >>> on_name_line("Its customers include Boots, Burberry, Mothercare and Procter & Gamble.", 29)
    False
    >>> on_name_line("Nominees: Gawker, Londonist, Hicksdesign and Tube Blog are up.", 18)
    False
    """
    start = text.rfind("\n", 0, at) + 1
    for m in SENTENCE_END.finditer(text, start, at):
        start = m.end()
    stop = SENTENCE_END.search(text, at)
    end = text.find("\n", at)
    end = min(len(text) if end == -1 else end, stop.start() + 1 if stop else len(text))
    label, _, listed = BRACKETS.sub("", text[start:end]).rpartition(":")  # "Subs not used: ..."
    items = [item.strip(" .") for item in LIST_BREAKS.split(listed)]
    names = sum(1 for item in items if LISTED_NAME.fullmatch(item))
    return names >= (2 if label else 3) and 5 * names >= 4 * len(items)


def doc_sheets(doc: Doc) -> list[tuple[int, int, list[Player]]]:
    """:func:`sheets` of ``doc``'s text, read once per Doc (``Doc.text`` joins every token anew)."""
    found = doc.user_data.get(SHEETS_KEY)
    if found is None:
        found = doc.user_data[SHEETS_KEY] = sheets(text(doc))
    return found


def player_spans(doc: Doc) -> list[Span]:
    """The players of ``doc``'s team sheets as ``PERSON`` spans and their clubs as ``ORG`` spans,
    kept on ``doc.spans`` too."""
    spans = []
    for _start, _end, named in doc_sheets(doc):
        for p in named:
            bounds = [(p.start, p.end, "PERSON")] + ([(*p.club, "ORG")] if p.club is not None else [])
            for start, end, label in bounds:
                span = doc.char_span(start, end, label=label, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
    doc.spans[PLAYERS_KEY] = spans
    return spans


def player_at(doc: Doc, start: int) -> bool:
    """A team sheet's player or club starts at token ``start``."""
    return any(s.start == start for s in doc.spans.get(PLAYERS_KEY, ()))
