"""TIMEX3 types and values: what a time expression's parts mean against the article's date.

The rules of ``kg/data/timex.json`` find an expression and name its parts (a month,
a weekday, a number of units, "last", "ago", ...); one function per rule ``kind`` here
turns the parts into a TIMEX3 type and value (:mod:`kg.nlp.timevalue` says how values
are written), resolved against a :class:`Context`: the document's date (the anchor),
the tense of the verb the expression hangs from (a bare "Friday" in a past-tense
sentence is the last one) and the last date named before it (for "that day", "a year
earlier"). Without an anchor a relative expression keeps an underspecified value
(``XXXX-10``, ``XXXX-WXX-2``). A SET takes the value of its period (``P1W``,
``XXXX-WXX-2``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dateutil.relativedelta import SA, relativedelta

from kg.nlp.timevalue import (
    SEASON_START,
    STEP,
    UNKNOWN,
    WEEKDAYS,
    duration_value,
    fmt,
    holiday_date,
    parse_value,
    shift,
)

#: "last night", "this morning", "tomorrow evening": the day of a part of a day.
DAY_REL = {"this": 0, "last": -1, "tomorrow": 1, "yesterday": -1}
#: Tenses in which a bare weekday is the next one ("will meet Monday", "meet Monday"), not the last.
WEEKDAY_AHEAD = frozenset({"future", "present"})
#: How far ahead a day named in the past tense may lie (a deadline "was extended to Nov. 16"),
#: and behind one named in the future tense.
NEAR_DAYS = 31
#: "a year earlier" counts from the time mentioned before it; "a year ago" from the article's date.
#: Reporting periods: a figure for one compared with "a year ago" means the same period then.
#: (A year before a quarter is that quarter a year before; a month before it is no quarter.)
PERIODS = {"M": 1, "Q": 2, "H": 3, "Y": 4}
RELATIVE_TO_REFERENCE = frozenset({"earlier", "later", "before", "after"})


@dataclass(frozen=True, slots=True)
class Context:
    """What a value is resolved against.

    ``tense`` is ``past``, ``present`` or ``future``; ``reference`` is the value of the
    last date mentioned before the expression (``None`` at the start).
    """

    anchor: dt.date | None = None
    tense: str = "present"
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    """A TIMEX3 type and value, with its ``mod`` (``START``, ``END``, ``ON_OR_AFTER``, ...) if any."""

    type: str
    value: str
    mod: str | None = None


Parts = dict[str, Any]
Kind = Callable[[Parts, Context], "Timex | None"]


def _int(text: Any) -> int | None:
    if isinstance(text, int):
        return text
    return int(text) if isinstance(text, str) and text.isdigit() else None


# ------------------------------------------------------------------ kinds


def _date(p: Parts, ctx: Context) -> Timex | None:
    year, day = _int(p.get("year")), _int(p.get("day")) or p.get("day_ord")
    month = p.get("month") or _int(p.get("month_num"))
    mod = p.get("mod")
    if month is None:
        return Timex("DATE", f"{year:04d}", mod) if year else None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is None and p.get("rel_year") is not None and ctx.anchor is not None:
        year = ctx.anchor.year + p["rel_year"]
    if year is None:
        year = _year_of(month, day, p.get("rel"), ctx, weekday=p.get("weekday"))
    if year is None:
        return Timex("DATE", f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""), mod)
    if day is None:
        return Timex("DATE", f"{year:04d}-{month:02d}", mod)
    try:
        return Timex("DATE", dt.date(year, month, day).isoformat(), mod)
    except ValueError:
        return None


def _year_of(
    month: int, day: int | None, rel: int | None, ctx: Context, *, weekday: int | None = None
) -> int | None:
    """The year of a month (and day) named without one.

    "last March" is the latest before the anchor, "next March" the first after it; else
    the one nearest the anchor (on the weekday given with it, if any) that the tense
    allows: the past tense names no time more than a month ahead ("a visit slated for
    September", "a deadline extended to Nov. 16" are near), the future none more than a
    month behind.
    """
    a = ctx.anchor
    if a is None:
        return None
    here = (a.month, a.day if day else 0)
    there = (month, day or 0)
    if rel == -1:
        return a.year - 1 if there >= here else a.year
    if rel == 1:
        return a.year + 1 if there <= here else a.year
    if rel == 0:
        return a.year
    years = [a.year, a.year - 1, a.year + 1]
    if weekday is not None and day is not None:
        on_day = [y for y in years if _valid(y, month, day) and dt.date(y, month, day).weekday() == weekday]
        years = on_day or years

    days = {dt.date(y, month, min(day or 15, 28)): y for y in years}
    return days[_nearest(list(days), a, ctx.tense)]


def _nearest(days: list[dt.date], anchor: dt.date, tense: str) -> dt.date:
    """Of ``days``, the nearest to ``anchor`` that ``tense`` allows (see :func:`_year_of`)."""
    if tense == "past":
        days = [d for d in days if (d - anchor).days <= NEAR_DAYS] or days
    elif tense == "future":
        days = [d for d in days if (d - anchor).days >= -NEAR_DAYS] or days
    return min(days, key=lambda d: abs((d - anchor).days))


def _valid(year: int, month: int, day: int | None) -> bool:
    try:
        dt.date(year, month, day or 1)
    except ValueError:
        return False
    return True


def _weekday_date(wd: int, rel: int | None, ctx: Context) -> dt.date | None:
    a = ctx.anchor
    if a is None:
        return None
    if rel == -1:
        return a + relativedelta(days=-1, weekday=WEEKDAYS[wd](-1))
    if rel == 1:
        return a + relativedelta(days=+1, weekday=WEEKDAYS[wd](+1))
    if rel == 0:
        return a + dt.timedelta(days=wd - a.weekday())
    if ctx.tense in WEEKDAY_AHEAD:
        return a + relativedelta(weekday=WEEKDAYS[wd](+1))
    return a + relativedelta(weekday=WEEKDAYS[wd](-1))


def _weekday(p: Parts, ctx: Context) -> Timex | None:
    wd: int = p["weekday"]
    base = parse_value(ctx.reference) if ctx.reference and p.get("the") else None
    if base is not None and base[1] == "D":  # "the previous Friday": before the day just named
        ctx = Context(base[0], ctx.tense, ctx.reference)
    day = _weekday_date(wd, p.get("rel"), ctx)
    part = f"T{p['part']}" if p.get("part") else ""
    if day is None:
        return Timex("DATE", f"XXXX-WXX-{wd + 1}{part}")
    return Timex("DATE" if not part else "TIME", day.isoformat() + part)


def _day(p: Parts, ctx: Context) -> Timex | None:
    offset = p.get("day_word")
    if offset is None:
        offset = DAY_REL.get(str(p.get("day_rel", "this")).lower(), 0)
    part = p.get("part") or ("NI" if str(p.get("_text", "")).lower().endswith("tonight") else None)
    suffix = f"T{part}" if part else ""
    day = ctx.anchor
    base = parse_value(ctx.reference) if ctx.reference and p.get("the") else None
    if base is not None and base[1] == "D":
        day = base[0]  # "the morning" is the morning of the day just named
    if day is None:
        return Timex("DATE", "XXXX-XX-XX" + suffix, p.get("mod"))
    return Timex("TIME" if part else "DATE", (day + dt.timedelta(days=offset)).isoformat() + suffix)


def _clock(p: Parts, ctx: Context) -> Timex | None:
    if p.get("clock_word"):
        hh, mm = (int(x) for x in str(p["clock_word"]).split(":"))
    else:
        hour, minute = p.get("hour") or p.get("hour24"), p.get("minute") or p.get("minute24") or "0"
        hh, mm = int(str(hour)), int(str(minute))
        ampm = str(p.get("ampm") or "").lower()
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
        if hh > 24 or (ampm[:1] in ("a", "p") and not 1 <= int(str(hour)) <= 12):
            return None
    day: dt.date | None = None
    if p.get("weekday") is not None:
        day = _weekday_date(p["weekday"], None, ctx)
    elif p.get("month") and p.get("day"):
        found = _date(p, ctx)
        return Timex("TIME", f"{found.value}T{hh:02d}:{mm:02d}") if found else None
    else:
        base = parse_value(ctx.reference) if ctx.reference else None
        day = base[0] if base and base[1] == "D" else ctx.anchor  # "at 10 p.m." of the day just named
    return Timex("TIME", f"{day.isoformat() if day else 'XXXX-XX-XX'}T{hh:02d}:{mm:02d}")


def _relative(p: Parts, ctx: Context) -> Timex | None:
    unit: str = p["calendar_unit"]
    rel = p.get("rel", 0)
    a = ctx.anchor
    if p.get("the") and unit == "Q":
        rel = -1  # "the quarter" is the one reported on: the last one that ended
    if a is None:
        if rel == 0 and p.get("the") and unit == "WE":
            return Timex("DATE", UNKNOWN[unit])
        return Timex("DATE", UNKNOWN[unit], p.get("mod"))
    if unit == "W" and rel == 0 and p.get("the"):
        return Timex("DATE", f"{a.year:04d}-WXX")  # "the week": some week of this year
    if unit == "WE" and rel == 0 and p.get("the"):
        # "the weekend": the one just past, or the coming one
        day = a + relativedelta(weekday=SA(+1 if ctx.tense == "future" else -1))
        return Timex("DATE", fmt(day, unit))
    return Timex("DATE", fmt(shift(a, unit, rel), unit), p.get("mod"))


def _amount(p: Parts) -> float | str | None:
    if p.get("amount"):
        return float(str(p["amount"])) + (0.5 if "1/2" in str(p.get("_text", "")) else 0)
    if p.get("vague") or p.get("plural") or p.get("bare_unit"):
        return "X"
    n = p.get("num")
    if n is None:
        return 0.5 if "half" in str(p.get("_text", "")).lower() else 1.0
    if any(half in str(p.get("_text", "")).lower() for half in ("and a half", "1/2")):
        return float(n) + 0.5
    return float(n)


def _offset(p: Parts, ctx: Context) -> Timex | None:
    unit = p.get("unit")
    n = _amount(p)
    sign = 1 if str(p.get("direction", "")).lower() in ("later", "from now", "hence") else -1
    if n == "X" or unit is None:
        return Timex("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF")
    if unit in ("S", "MIN", "H"):
        unit = "D"
    assert isinstance(n, float)
    direction = str(p.get("direction", "")).lower()
    base = parse_value(ctx.reference) if ctx.reference else None
    if base is not None and direction not in RELATIVE_TO_REFERENCE:
        # "ago" counts from the article's date, but "$4 million a year ago" beside the
        # figure of a period just named compares with that period a year before
        period = PERIODS.get(base[1])
        base = base if p.get("compared") and period and PERIODS.get(unit, 0) >= period else None
    if base is not None:  # "a year earlier" than the time just mentioned, at its granularity
        day, ref_unit = base
        grain = unit if ref_unit == "SEASON" else ref_unit
        return Timex("DATE", fmt(shift(day, unit, sign * round(n)), grain))
    if ctx.anchor is None:
        return Timex("DATE", UNKNOWN.get(unit, "XXXX"))
    return Timex("DATE", fmt(shift(ctx.anchor, unit, sign * round(n)), unit))


def _anaphoric(p: Parts, ctx: Context) -> Timex | None:
    unit = p.get("calendar_unit") or "D"
    steps: int = p.get("anaphor", 0)
    part = f"T{p['part']}" if p.get("part") else ""
    base = parse_value(ctx.reference) if ctx.reference else None
    day = base[0] if base else ctx.anchor
    if day is None:
        return Timex("DATE", UNKNOWN.get(unit, "XXXX") + part)
    return Timex("DATE", fmt(shift(day, unit, steps), unit) + part)


def _duration(p: Parts, ctx: Context) -> Timex | None:
    unit = p.get("unit") or p.get("bare_unit")
    n = _amount(p)
    if unit is None or n is None:
        return None
    if unit == "S" and str(p.get("num", "")) == "1" and str(p.get("_text", "")).lower().startswith("a"):
        return None  # "a second" is an ordinal far more often than a second
    return Timex("DURATION", duration_value(n, unit))


def _fuzzy(p: Parts, ctx: Context) -> Timex | None:
    return Timex("DATE", str(p.get("fuzzy") or p.get("fuzzy_lead") or p.get("then") or p["ahead"]))


def _set(p: Parts, ctx: Context) -> Timex | None:
    if p.get("set_adverb"):
        return Timex("SET", str(p["set_adverb"]))
    if p.get("weekday") is not None:
        part = f"T{p['part']}" if p.get("part") else ""
        return Timex("SET", f"XXXX-WXX-{p['weekday'] + 1}{part}")  # "Tuesday nights": XXXX-WXX-2TNI
    if p.get("part"):
        return Timex("SET", f"XXXX-XX-XXT{p['part']}")
    unit = p.get("unit")
    return Timex("SET", duration_value(2 if p.get("other") else 1, unit)) if unit else None


def _decade(p: Parts, ctx: Context) -> Timex | None:
    if p.get("decade"):
        return Timex("DATE", str(p["decade"]), p.get("mod"))
    digit = _int(p.get("decade_short"))
    if digit is None:
        digit = p.get("decade_word")
    if digit is None:
        return None
    century = 19
    if ctx.anchor is not None and ctx.anchor.year >= 2000 and 2000 + 10 * digit <= ctx.anchor.year:
        century = 20
    return Timex("DATE", f"{century}{digit}", p.get("mod"))


def _century(p: Parts, ctx: Context) -> Timex | None:
    n = p.get("century_ord") or _int(p.get("century_num"))
    return Timex("DATE", f"{n - 1:02d}", p.get("mod")) if n else None


def _quarter(p: Parts, ctx: Context) -> Timex | None:
    year = _int(p.get("year")) or _int(p.get("year_of"))
    n = p.get("ord")
    if n is None and p.get("month"):  # "the September quarter": the quarter that ends then
        n = p["month"] // 3 if p["month"] % 3 == 0 else None
        if n is None:
            return None
    a = ctx.anchor
    if year is None and a is not None and p.get("rel_year") is not None:
        year = a.year + p["rel_year"]  # "the fourth quarter of last year"
    if p.get("earlier"):  # "the year-earlier quarter": that quarter a year before
        if a is None:
            return Timex("DATE", "XXXX-QX")
        last = shift(a, "Q", -1)
        return Timex("DATE", f"{last.year - 1:04d}-Q{n or (last.month - 1) // 3 + 1}")
    if n is None:
        return None
    if year is None and a is not None:
        year = a.year
        current = (a.month - 1) // 3 + 1
        if (ctx.tense == "past" and n > current) or p.get("rel") == -1:
            year -= 1
        elif p.get("rel") == 1:
            year += 1
    return Timex("DATE", f"{year:04d}-Q{n}" if year else f"XXXX-Q{n}")


def _half(p: Parts, ctx: Context) -> Timex | None:
    n = 1 if str(p.get("half", "")).lower() in ("first", "1st") else 2  # second, last
    year, a = _int(p.get("year")), ctx.anchor
    if year is None and a is not None:
        year = a.year + (p.get("rel_year") or 0)  # "the second half of next year"
        if p.get("rel_year") is None and ctx.tense == "past" and n > (a.month - 1) // 6 + 1:
            year -= 1  # "profit rose in the second half", said in spring: last year's
    return Timex("DATE", f"{year:04d}-H{n}" if year else f"XXXX-H{n}")


def _season(p: Parts, ctx: Context) -> Timex | None:
    code: str = p["season"]
    year = _int(p.get("year"))
    a, rel = ctx.anchor, p.get("rel")
    if year is None and a is not None:
        # the season of year y runs three months from its first month (winter into y + 1)
        def start(y: int) -> dt.date:
            return dt.date(y, SEASON_START[code], 1)

        def end(y: int) -> dt.date:
            return start(y) + STEP["M"] * 3 - dt.timedelta(days=1)

        years = range(a.year - 2, a.year + 2)
        if rel == -1:
            year = max(y for y in years if end(y) < a)
        elif rel == 1:
            year = min(y for y in years if start(y) > a)
        elif ctx.tense == "past":
            year = max(y for y in years if start(y) <= a)
        else:
            year = min(y for y in years if end(y) >= a)
    return Timex("DATE", f"{year:04d}-{code}" if year else f"XXXX-{code}", p.get("mod"))


def _holiday(p: Parts, ctx: Context) -> Timex | None:
    rule = str(p["holiday"])
    year = _int(p.get("year"))
    a = ctx.anchor
    if year is None and a is None:
        if p.get("week"):
            return Timex("DATE", "XXXX-WXX")
        return Timex("DATE", f"XXXX-{rule[:2]}" if rule[:2].isdigit() else "XXXX-XX-XX")
    if year is not None:
        day = holiday_date(rule, year)
    else:
        assert a is not None
        days = [holiday_date(rule, y) for y in (a.year - 1, a.year, a.year + 1)]
        day = _nearest(days, a, ctx.tense)
    return Timex("DATE", fmt(day, "W") if p.get("week") else day.isoformat())  # "Easter week": its week


def _year_end(p: Parts, ctx: Context) -> Timex | None:
    a = ctx.anchor
    if a is None:
        return Timex("DATE", "XXXX-12-31")
    year = a.year - 1 if ctx.tense == "past" and a.month < 12 else a.year
    return Timex("DATE", f"{year:04d}-12-31")


KINDS: dict[str, Kind] = {
    "year_end": _year_end,
    "date": _date,
    "weekday": _weekday,
    "day": _day,
    "clock": _clock,
    "relative": _relative,
    "offset": _offset,
    "anaphoric": _anaphoric,
    "duration": _duration,
    "fuzzy": _fuzzy,
    "set": _set,
    "decade": _decade,
    "century": _century,
    "quarter": _quarter,
    "half": _half,
    "season": _season,
    "holiday": _holiday,
}


def resolve(kind: str, parts: Parts, ctx: Context) -> Timex | None:
    """The TIMEX3 type and value of an expression of rule kind ``kind`` with ``parts``.

    Examples:
        >>> ctx = Context(dt.date(2024, 10, 3), tense="past")
        >>> resolve("weekday", {"weekday": 1}, ctx)
        Timex(type='DATE', value='2024-10-01', mod=None)
        >>> resolve("offset", {"num": 2, "unit": "Y", "direction": "ago"}, ctx).value
        '2022'
        >>> resolve("relative", {"rel": -1, "calendar_unit": "W"}, Context()).value
        'XXXX-WXX'
    """
    return KINDS[kind](parts, ctx)
