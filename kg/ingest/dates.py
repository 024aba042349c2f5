"""Publication dates as ISO 8601, whatever form the input gives them (python-dateutil).

Wire copy, feeds and exports write dates every way: "13-APR-1987 10:33:54.58", "March 3,
1987", "3/3/87" (month first), RFC 2822 ("Tue, 3 Mar 1987 10:33:54 GMT"), ISO 8601. A date
becomes ``YYYY-MM-DD``, a date with a time ``YYYY-MM-DDTHH:MM:SS`` (with its offset when the
input gives a zone), a month or a year alone ``YYYY-MM`` or ``YYYY``. Letters glued to the
end of a time ("07:11:25.12RM", a wire code) are dropped, and so are up to two short words
of letters after it ("14:02:56.54V RM", "08:45:34.42C G T M"), and a comment after a
``#``. When the time cannot be read ("31-MAR-1987 605:12:19.12") the date before it is
kept alone. What names no year, or cannot be read, is no date: :func:`iso_date` gives
``None`` and the reader keeps the text as given.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings

from dateutil import parser

#: Letters glued to the digits at the end ("07:11:25.12RM").
GLUED = re.compile(r"(?<=\d)[A-Za-z]+$")
#: Two defaults that differ in every field: what the input leaves out differs between them.
_DEFAULTS = (dt.datetime(1, 1, 1), dt.datetime(2, 2, 2))


def iso_date(raw: str) -> str | None:
    """``raw`` as an ISO 8601 date or date-time, or ``None`` when it names no date.

    Examples:
        >>> iso_date("13-APR-1987 10:33:54.58"), iso_date("27-MAR-1987 07:11:25.12RM")
        ('1987-04-13T10:33:54', '1987-03-27T07:11:25')
        >>> iso_date("27-MAR-1987 14:02:56.54V RM"), iso_date("27-MAR-1987 08:45:34.42C G T M")
        ('1987-03-27T14:02:56', '1987-03-27T08:45:34')
        >>> iso_date("9-APR-1987 00:00:00.00  # added by hand"), iso_date("31-MAR-1987 605:12:19.12")
        ('1987-04-09T00:00:00', '1987-03-31')
        >>> iso_date("March 3, 1987"), iso_date("3/3/87"), iso_date("2024-10-03")
        ('1987-03-03', '1987-03-03', '2024-10-03')
        >>> iso_date("Tue, 03 Mar 1987 10:33:54 GMT"), iso_date("March 1987"), iso_date("1987")
        ('1987-03-03T10:33:54+00:00', '1987-03', '1987')
        >>> iso_date("2024-10-03T08:00:00Z"), iso_date("next Tuesday"), iso_date("March 3"), iso_date("")
        ('2024-10-03T08:00:00+00:00', None, None, None)
    """
    text = " ".join(raw.split())
    for candidate in dict.fromkeys(_candidates(text)):
        if not candidate:
            continue
        try:
            with warnings.catch_warnings():  # a zone name it does not know ("EST5") is left out
                warnings.simplefilter("ignore", parser.UnknownTimezoneWarning)
                first, second = (parser.parse(candidate, default=d) for d in _DEFAULTS)
        except (ValueError, OverflowError):
            continue
        if first.year != second.year:
            return None  # "March 3": no year, no date
        if first.month != second.month:
            return f"{first.year:04d}"
        if first.day != second.day:
            return f"{first.year:04d}-{first.month:02d}"
        if ":" in candidate:
            return first.isoformat(timespec="seconds")
        return first.date().isoformat()
    return None


def _candidates(text: str) -> list[str]:
    """``text``, without letters glued to its last digits, and without up to two trailing
    words of letters ("14:02:56.54V RM": wire codes after the time)."""
    text = text.split(" #", 1)[0].strip() or text  # a comment after the date
    out = [text if text.endswith("Z") else GLUED.sub("", text), text]
    words = text.split()
    for cut in (1, 2, 3, 4):
        if len(words) > cut and all(w.isalpha() and len(w) <= 3 for w in words[-cut:]):
            out.append(GLUED.sub("", " ".join(words[:-cut])))
    if len(words) > 1 and any(c.isdigit() for c in words[0]) and any(c.isalpha() for c in words[0]):
        out.append(words[0])  # last resort: the date before a time that cannot be read ("605:12:19")
    return out
