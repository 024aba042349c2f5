"""TIMEX3 values as ISO 8601: formatting a day at a granularity, reading a value back, the
days a value covers, durations and holidays (python-dateutil for the arithmetic).

Values: ``2024-10-01`` (a day), ``2024-W40`` (a week), ``2024-W40-WE`` (its weekend),
``2024-10``, ``2024-Q4``, ``2024-H2``, ``2024-SU`` (a season), ``2024``, ``199`` (the
1990s), ``19`` (the 20th century), ``2024-10-01TMO`` / ``2024-10-01T09:00`` (a part of a
day, a clock time), ``P2Y`` / ``PT3H`` / ``PXW`` (durations), ``PRESENT_REF`` /
``PAST_REF`` / ``FUTURE_REF``; ``X`` stands for what is not known (``XXXX-10``).
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import easter
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

WEEKDAYS = (MO, TU, WE, TH, FR, SA, SU)
WEEKDAY_NAMES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
#: One step of each calendar unit.
STEP = {
    "D": relativedelta(days=1),
    "W": relativedelta(weeks=1),
    "WE": relativedelta(weeks=1),
    "F": relativedelta(weeks=2),
    "M": relativedelta(months=1),
    "Q": relativedelta(months=3),
    "H": relativedelta(months=6),
    "Y": relativedelta(years=1),
    "DE": relativedelta(years=10),
    "CE": relativedelta(years=100),
    "ML": relativedelta(years=1000),
}
#: A value when no anchor says which one, by unit.
UNKNOWN = {
    "D": "XXXX-XX-XX",
    "W": "XXXX-WXX",
    "WE": "XXXX-WXX-WE",
    "F": "XXXX-WXX",
    "M": "XXXX-XX",
    "Q": "XXXX-QX",
    "Y": "XXXX",
    "DE": "XXX",
    "CE": "XX",
    "ML": "X",
}
#: Duration units: ISO 8601 letter and how many of it one unit is; time units go after ``T``.
DURATION = {
    "S": ("S", 1, True),
    "MIN": ("M", 1, True),
    "H": ("H", 1, True),
    "D": ("D", 1, False),
    "W": ("W", 1, False),
    "F": ("W", 2, False),
    "M": ("M", 1, False),
    "Q": ("M", 3, False),
    "Y": ("Y", 1, False),
    "DE": ("Y", 10, False),
    "CE": ("Y", 100, False),
    "ML": ("Y", 1000, False),
}
#: Vague durations: "decades" is PXDE, not PXY.
VAGUE_UNIT = {"DE": "DE", "CE": "CE", "ML": "ML", "F": "W", "Q": "Q"}
#: A half of a unit in the next smaller one ("half an hour" is PT30M).
HALVES = {
    "Y": (6, "M", False),
    "M": (2, "W", False),
    "D": (12, "H", True),
    "H": (30, "M", True),
    "MIN": (30, "S", True),
}
#: Seasons: first month; winter runs into the next year.
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
FUZZY = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def anchor_date(date: str | None) -> dt.date | None:
    """The day of an ISO 8601 date or date-time; ``None`` when it names no single day.

    Examples:
        >>> anchor_date("2024-10-03T08:00:00+00:00"), anchor_date("2024-10"), anchor_date(None)
        (datetime.date(2024, 10, 3), None, None)
    """
    if not date or len(date) < 10:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


def fmt(day: dt.date, unit: str) -> str:
    """``day`` at the granularity of ``unit``.

    Examples:
        >>> d = dt.date(2024, 10, 3)
        >>> [fmt(d, u) for u in ("D", "W", "WE", "M", "Q", "Y", "DE", "CE")]
        ['2024-10-03', '2024-W40', '2024-W40-WE', '2024-10', '2024-Q4', '2024', '202', '20']
    """
    if unit == "D":
        return day.isoformat()
    if unit in ("W", "WE", "F"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "H":
        return f"{day.year:04d}-H{(day.month - 1) // 6 + 1}"
    digits = {"Y": 4, "DE": 3, "CE": 2, "ML": 1}.get(unit, 4)
    return f"{day.year:04d}"[:digits]


def shift(anchor: dt.date, unit: str, n: int) -> dt.date:
    step = STEP.get(unit, STEP["D"])
    return anchor + step * n


def parse_value(value: str) -> tuple[dt.date, str] | None:
    """The first day of a dated TIMEX3 value and its unit, or ``None`` (durations, XXXX, refs).

    Examples:
        >>> parse_value("2024-10"), parse_value("2024-W40"), parse_value("PXY")
        ((datetime.date(2024, 10, 1), 'M'), (datetime.date(2024, 9, 30), 'W'), None)
    """
    m = _VALUE.match(value)
    if m is None:
        return None
    if m["decade"] is not None:
        return dt.date(max(1, int(m["decade"]) * 10), 1, 1), "DE"
    if m["century"] is not None:
        return dt.date(max(1, int(m["century"]) * 100), 1, 1), "CE"
    year = int(m["year"])
    if m["week"]:
        start = dt.date.fromisocalendar(year, int(m["week"]), 6 if m["we"] else 1)
        return start, "WE" if m["we"] else "W"
    if m["quarter"]:
        return dt.date(year, 3 * int(m["quarter"]) - 2, 1), "Q"
    if m["half"]:
        return dt.date(year, 6 * int(m["half"]) - 5, 1), "H"
    if m["season"]:
        return dt.date(year, SEASON_START[m["season"]], 1), "SEASON"
    if m["day"]:
        return dt.date(year, int(m["month"]), int(m["day"])), "D"
    if m["month"]:
        return dt.date(year, int(m["month"]), 1), "M"
    return dt.date(year, 1, 1), "Y"


_VALUE = re.compile(
    r"^(?:(?P<decade>[0-9]{3})|(?P<century>[0-9]{2})|(?P<year>[0-9]{4})"
    r"(?:-W(?P<week>[0-9]{2})(?P<we>-WE)?|-Q(?P<quarter>[1-4])|-H(?P<half>[12])|-(?P<season>SP|SU|FA|WI)"
    r"|-(?P<month>[01][0-9])(?:-(?P<day>[0-3][0-9]))?)?)(?:T.*)?$"
)


def _number(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def duration_value(n: float | str, unit: str) -> str:
    """The ISO 8601 duration of ``n`` (or ``"X"``, some) ``unit``.

    Examples:
        >>> duration_value(2, "Y"), duration_value(1.5, "H"), duration_value("X", "W")
        ('P2Y', 'PT1H30M', 'PXW')
        >>> duration_value(2, "DE"), duration_value(1, "S")
        ('P20Y', 'PT1S')
        >>> duration_value(2.5, "Y"), duration_value(0.5, "D"), duration_value(3, "Q")
        ('P2Y6M', 'PT12H', 'P9M')
    """
    letter, times, clock = DURATION[unit]
    if n == "X":
        return f"P{'T' if clock else ''}X{VAGUE_UNIT.get(unit, letter)}"
    assert isinstance(n, (int, float))
    whole = int(n)
    date_part, time_part = "", ""
    if n != whole and unit in HALVES and n - whole == 0.5:
        per, smaller, small_clock = HALVES[unit]
        half = f"{per}{smaller}"
        n = whole
        if small_clock:
            time_part = half
        else:
            date_part = half
    if n:
        amount = f"{_number(n * times)}{letter}"
        if clock:
            time_part = amount + time_part
        else:
            date_part = amount + date_part
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def holiday_date(rule: str, year: int) -> dt.date:
    """The day a holiday rule of ``timex.json`` gives in ``year``.

    Examples:
        >>> holiday_date("12-25", 2024), holiday_date("11-TH4", 2024), holiday_date("easter-2", 2024)
        (datetime.date(2024, 12, 25), datetime.date(2024, 11, 28), datetime.date(2024, 3, 29))
        >>> holiday_date("05-MO-1", 2024)
        datetime.date(2024, 5, 27)
    """
    if rule.startswith("easter"):
        return easter(year) + dt.timedelta(days=int(rule[6:]))
    if "+" in rule:  # "11-02+TU": the first Tuesday on or after 2 November
        day, weekday_name = rule.split("+")
        month_day = dt.date(year, *(int(x) for x in day.split("-")))
        return month_day + relativedelta(weekday=WEEKDAYS[WEEKDAY_NAMES.index(weekday_name)](+1))
    month, rest = rule.split("-", 1)
    if rest.isdigit():
        return dt.date(year, int(month), int(rest))
    weekday, nth = WEEKDAYS[WEEKDAY_NAMES.index(rest[:2])], int(rest[2:])
    first = dt.date(year, int(month), 1)
    if nth > 0:
        return first + relativedelta(weekday=weekday(nth))
    return first + relativedelta(day=31, weekday=weekday(nth))


def interval(
    value: str, *, mod: str | None = None, anchor: dt.date | None = None
) -> tuple[str | None, str | None]:
    """The first and last day (ISO dates) a dated value covers; ``None`` for an open end.

    ``PRESENT_REF`` is the anchor's day, ``PAST_REF`` runs up to it and ``FUTURE_REF``
    from it; a ``mod`` of a signal opens one end ("since 2019": ``ON_OR_AFTER``). A value
    with no date (a duration, ``XXXX-10``) gives ``(None, None)``.

    Examples:
        >>> interval("2024-10"), interval("2024-W40"), interval("2019", mod="ON_OR_AFTER")
        (('2024-10-01', '2024-10-31'), ('2024-09-30', '2024-10-06'), ('2019-01-01', None))
        >>> interval("PAST_REF", anchor=dt.date(2024, 10, 3)), interval("P2Y")
        ((None, '2024-10-03'), (None, None))
    """
    if value in FUZZY:
        if anchor is None:
            return None, None
        day = anchor.isoformat()
        return {"PRESENT_REF": (day, day), "PAST_REF": (None, day), "FUTURE_REF": (day, None)}[value]
    try:
        parsed = parse_value(value)
    except ValueError:
        return None, None
    if parsed is None:
        return None, None
    start, unit = parsed
    end = start + (STEP["M"] * 3 if unit == "SEASON" else STEP[unit]) - dt.timedelta(days=1)
    if unit == "WE":
        end = start + dt.timedelta(days=1)
    first, last = start.isoformat(), end.isoformat()
    if mod == "ON_OR_AFTER":
        return first, None
    if mod == "AFTER":
        return (end + dt.timedelta(days=1)).isoformat(), None
    if mod == "ON_OR_BEFORE":
        return None, last
    if mod == "BEFORE":
        return None, (start - dt.timedelta(days=1)).isoformat()
    return first, last
