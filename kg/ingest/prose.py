"""Find the parts of a news article that are not prose.

Wire copy mixes prose with earnings tables, price quotes, sports results, datelines, bylines,
capitalised headlines, ticker codes and sign-offs. The named-entity model makes junk actors out of
them ("Shr", "Avg", "Revs"), so the NLP stage asks :func:`regions` where they are.

Lines are judged by what they hold and where they stand: a table row by its numbers (spelled
ones too), ``vs``, units such as ``mln`` or ``cts``, column gaps and how few lowercase words it
has; a short label line ("Nine mths") only between, above or below rows; a line that carries on a
hard-wrapped prose paragraph stays prose whatever it holds, so "4,340, 4,345 and 4,350 dlrs."
ending a sentence is never a table. A table is a run of rows in one block (consecutive non-blank
lines), or rows one per block with single blank lines between them (a BBC match report's facts).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["KINDS", "Region", "counts", "regions"]

KINDS = ("table", "quote", "dateline", "byline", "headline", "ticker", "wire")

# Line classes, decided from a line's own content first, then from its neighbours.
_PROSE, _STRONG, _WEAK, _LABEL, _CAPS = "P", "R", "W", "L", "C"
_DATELINE, _BYLINE, _WIRE = "D", "B", "X"
_ROWS = frozenset((_STRONG, _WEAK))
_RUN = frozenset((_STRONG, _WEAK, _LABEL, _CAPS))

_NUM = re.compile(
    r"(?<!\S)[(\[+\-$£€]*(?:\d[\d,.]*|\.\d+)(?:[-/:]\d[\d.,]*)*(?:%|[A-Za-z]{1,2})?[)\]]?[.,;:]?(?!\S)"
    r"|(?<!\S)-{2,}(?!\S)"
)
_LOWER = re.compile(r"(?<!\S)[(\"`]*[a-z][a-z'\-]*[.,;:)\"'!?]*(?!\S)")
_CAPWORD = re.compile(r"(?<!\S)[(\"'`]*[A-Z][A-Za-z&'.\-/]*[.,;:)\"'!?]*(?!\S)")
# Abbreviations of figures that tables carry instead of prose words.
_UNIT = re.compile(
    r"(?<!\S)\(?(?:vs|v|mln|bln|billion|million|cts?|dlrs?|pct|shrs?|avg|stg|pts|points|mths?|qtrs?|yen)"
    r"[.,;:)]?(?!\S)"
)
_MONEY_UNIT = re.compile(r"(?<!\S)(?:vs|mln|bln|billion|million|cts?|shrs?)\.?(?!\S)", re.IGNORECASE)
_NUMWORDS = (
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh"
    r"|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|nil|n/a|na)\b|n\.a\.)"
)
_SPELLED = frozenset(  # numbers as wire tables spell them
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen"
    " seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety nil"
    " n/a na n.a".split()
)
_NUMISH = rf"(?:[-+($£]*\.?\d|(?i:{_NUMWORDS}))"
# A figure, "vs", a figure, with at most two words on either side: "Shr loss 26 cts vs profit eight cts",
# "Final div nil vs same".
_VS = re.compile(
    rf"(?<!\S){_NUMISH}\S*(?:\s+\S+){{0,2}}?\s+vs\.?\s+(?:\S+\s+){{0,2}}?"
    rf"(?:{_NUMISH}|same|not available|not given)"
)
_LAST_COLUMN = re.compile(r"\S(?: {2,}|\t)[-+($£]*\.?\d\S*$")
_LEADER = re.compile(r"\.{3,}")
_GAP = re.compile(r"\S(?: {2,}|\t)(?=\S)")
_PRICE = re.compile(r"\d\.\d{2,}|(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])")
_DIGIT = re.compile(r"\d")
_ABBREV = re.compile(
    r"(?<![A-Za-z])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|No|Gen|Sen|Rep|Gov)\.$"
)
_END = re.compile(r"[.!?:\-]['\")\]]*$")
_DROP_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")
_DROP_UPPER = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A place in capitals, then up to two regions ("PHOENIX, Ariz.", "MILWAUKEE , Wisconsin").
_REGION = r"[A-Z][A-Za-z]*(?:\.[A-Z][a-z]*)*(?: ?\.)?"
_PLACE = rf"[A-Z][A-Z.'&\-]+(?:\s+[A-Z][A-Z.'&\-]*){{0,2}}(?:\s*,\s*{_REGION}(?:\s+{_REGION}){{0,2}}){{0,2}}"
_DATELINE_RE = re.compile(
    rf"{_PLACE}\s+\d{{4}}-\d\d-\d\d\b"
    rf"|{_PLACE}\s*,\s*(?i:{_MONTH})\s+\d{{1,2}}(?:\s*\(Reuters?\))?\s*(?:--|-|—|–)"
    rf"|{_PLACE}\s*\(Reuters?\)\s*(?:--|-|—|–)"
)
_NAME = r"(?:[A-Z][a-z]*(?:[A-Z][a-z]+)?(?:[-'][A-Z]?[a-z]+)*\.?|[A-Z][A-Z'\-]+)"
_PARTICLE = r"(?:de|da|dal|van|von|der|den|del|la|le|al|bin|ibn|du|di|dos)"
_IN_LISTS = re.compile(rf"(?<!\S)(?:{_PARTICLE}|capt\)[,;.]?)(?!\S)")  # lower case in a line-up
_NAMES = rf"{_NAME}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME}){{1,3}}"
_BYLINE_RE = re.compile(rf"By\s+({_NAMES})(?:\s*,?\s*Reuters?)?")
_NAME_LINE_RE = re.compile(_NAMES)
_NOT_NAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June"
    " July August September October November December The This That Then Next Last Early Late".split()
)
_WIRE_RE = re.compile(
    r"(?i:reuters?)(?:\s*&#3;)?|&#3;|MORE"
    r"|--+\s*\S.*(?:[Nn]ews ?room|[Dd]esk|[Bb]ureau|\+?\d[\d\-() ]{6,}\d).*"
)
_ENTITY = re.compile(r"&#3;")
#: News agencies an article credits at its end, after its editors' initials: "hc/rc (Reuters, AFP, AP)".
_AGENCIES = frozenset(
    "afp ap dpa reuters kna epd sid efe ansa interfax tass itar-tass xinhua pti ians lusa bloomberg apa"
    " kyodo yonhap".split()
)
_CREDITS = re.compile(r"(?<!\S)[a-z]{1,4}(?:\s*/\s*[a-z]{1,4})+\s*\(\s*([^()]{1,80}?)\s*\)\s*$")
#: An article's last words naming its editor, after its author or the agencies' credits:
#: "Author: Martin Polansky (jc) Editor: Rob Mudge", "tkw/AFP/AP/dpa Editor: Jennifer Abramsohn".
_SIGNED = re.compile(
    r"(?:\bAuthors?\s*:\s*[^\n:]{2,120}?\s+|(?<!\S)[a-z]{1,4}(?:\s*/\s*[A-Za-z]{2,10})+\s+)?"
    r"\bEditors?\s*:\s*[A-Z][\w'.\-]*(?:\s*(?:[/,&]|and)?\s*[A-Z][\w'.\-]*){0,7}\s*$"
)
#: Most words of a title line; a longer first line is a paragraph.
TITLE_WORDS = 15
#: A ticker in angle brackets, with its exchange after a stop ("<KLM.AS>") or a space as Reuters
#: writes Stockholm's and London's ("<VOLV ST>", "<BP L>"); not a firm's legal form ("<BASF AG>").
_TICKER = re.compile(r"<[A-Z0-9][A-Z0-9&'\-]{0,5}(?:\.[A-Z]{1,3}| (?:ST|L|HK|TO|PA|AS|MI))?>")


@dataclass(frozen=True, slots=True)
class Region:
    """A stretch of an article that is not prose.

    Attributes:
        kind: One of :data:`KINDS`.
        start: Offset of the first character in the text.
        end: Offset just past the last character (exclusive).
        lines: How many whole lines the region covers; 0 for a part of a line
            (a ticker, or a dateline followed by its sentence).
    """

    kind: str
    start: int
    end: int
    lines: int


def regions(text: str) -> list[Region]:
    """Find the non-prose regions of an article.

    Args:
        text: The article, lines separated by ``"\\n"``.

    Returns:
        Regions sorted by start, never overlapping, each trimmed of the whitespace
        around it. Prose gets no region.

    Examples:
        >>> text = "LONDON, March 3 - Acme Corp <ACME> said profits rose.\\n    Shr 41 cts vs 80 cts"
        >>> [(r.kind, text[r.start : r.end]) for r in regions(text)]
        [('dateline', 'LONDON, March 3 -'), ('ticker', '<ACME>'), ('table', 'Shr 41 cts vs 80 cts')]
    """
    page = _read(text)
    _in_context(page)
    _tables(page)
    _title(page)
    found = _line_regions(page)
    found.extend(_inline(page))
    found.sort(key=lambda r: r.start)
    return found


def counts(found: Iterable[Region]) -> dict[str, dict[str, int]]:
    """Count regions for ``report.json``.

    Args:
        found: Regions, as from :func:`regions` (over one or many documents).

    Returns:
        ``{"lines": {kind: n}, "blocks": {kind: n}}``: whole lines covered and
        regions found per kind, in :data:`KINDS` order, kinds with zero left out.

    Examples:
        >>> counts(regions("BIG NEWS TODAY\\n\\nShr 1 ct vs 2 cts\\nNet 5 mln vs 6 mln"))
        {'lines': {'table': 2, 'headline': 1}, 'blocks': {'table': 1, 'headline': 1}}
    """
    n_lines = dict.fromkeys(KINDS, 0)
    n_blocks = dict.fromkeys(KINDS, 0)
    for region in found:
        n_lines[region.kind] += region.lines
        n_blocks[region.kind] += 1
    return {
        "lines": {k: n for k, n in n_lines.items() if n},
        "blocks": {k: n for k, n in n_blocks.items() if n},
    }


@dataclass(slots=True)
class _Page:
    """An article cut into lines, with what has been decided about each."""

    text: str
    body: list[str] = field(default_factory=list)  # each line's content, whitespace trimmed
    start: list[int] = field(default_factory=list)  # where that content starts in text
    indent: list[int] = field(default_factory=list)
    cls: list[str] = field(default_factory=list)  # line class, see _classify
    kind: list[str] = field(default_factory=list)  # region kind of a whole line, "" for none
    prefix: dict[int, int] = field(default_factory=dict)  # line -> end of its dateline prefix


def _read(text: str) -> _Page:
    page = _Page(text)
    body, start, indents, cls = page.body, page.start, page.indent, page.cls
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.lstrip()
        line = stripped.rstrip()
        indent = len(raw) - len(stripped)
        c = _classify(line)
        if c != _DATELINE and line[:2].isupper():
            m = _DATELINE_RE.match(line)
            if m:  # "LONDON, March 3 - Acme said ...": the rest of the line decides
                page.prefix[len(body)] = pos + indent + m.end()
                c = _classify(line[m.end() :].lstrip()) or _PROSE
        body.append(line)
        start.append(pos + indent)
        indents.append(indent)
        cls.append(c)
        pos += len(raw) + 1
    page.kind = [""] * len(body)
    return page


def _is_caps(line: str) -> bool:
    upper = len(line) - len(line.translate(_DROP_UPPER))
    if upper < 4:
        return False
    lower = len(line) - len(line.translate(_DROP_LOWER))
    return lower * 10 <= upper and len(_CAPWORD.findall(line)) >= 2


def _classify(line: str) -> str:
    """The class of one line from its content alone."""
    if not line:
        return ""
    if line[:2].isupper() and _DATELINE_RE.fullmatch(line):
        return _DATELINE
    if line[0] in "Rr&-M" and _WIRE_RE.fullmatch(line):
        return _WIRE
    if line.startswith("By ") and _is_byline(line):
        return _BYLINE
    if "..." in line:
        line = _LEADER.sub("  ", line)  # dotted leaders are column gaps: "Currency......206,490"
    vs = " vs" in line and _VS.search(line) is not None
    lower = len(_LOWER.findall(line))
    if lower >= 8 and not vs:
        return _PROSE  # the common case, decided early: no row, label or headline has eight
    caps = lower < 4 and _is_caps(line)
    gap = "  " in line and _GAP.search(line) is not None
    spelled = _spelled(line)
    if not (vs or gap or spelled or _DIGIT.search(line)):
        if caps:
            return _CAPS
        if lower and lower == line.count(" v "):
            return _WEAK  # a fixture: "Leeds v Stoke"
        return _LABEL if _is_label(line) else _listed(line, lower)
    units = len(_UNIT.findall(line))
    nums = len(_NUM.findall(line)) + spelled
    lower = max(0, lower - units - spelled)
    if caps:
        words = len(_CAPWORD.findall(line)) - units
        if nums >= 2 and (nums >= words or (nums * 2 >= words and (gap or _quoted(line)))):
            return _STRONG
        return _CAPS
    if nums and ((lower <= 3 and vs) or (lower <= 1 and gap) or (nums >= 2 and lower == 0)):
        return _STRONG
    if nums and lower < nums:
        return _WEAK
    if gap and not nums and not lower:
        return _WEAK  # words in columns: "JUN7    UNTRD"
    if gap and nums and lower <= 3 and _LAST_COLUMN.search(line):
        return _WEAK  # a label and its figure: "Superior Bahia cocoa beans      2,062N"
    return _LABEL if _is_label(line) else _listed(line, lower)


def _spelled(line: str) -> int:
    """How many numbers a line spells out ("nine", "nil", "N.A.")."""
    return sum(word.strip("().,;:").lower() in _SPELLED for word in line.split())


def _listed(line: str, lower: int) -> str:
    """A list of names ("Cech, Ferreira, Terry (Huth 80), de Zeeuw"): a line-up or a list of results."""
    items = line.count(",") + line.count(";")
    if not items or (lower and lower > len(_IN_LISTS.findall(line))):
        return _PROSE
    return _STRONG if items >= 4 else _WEAK


def _is_label(line: str) -> bool:
    """A short line that could name a part of a table ("Nine mths", "Division one")."""
    if len(line) > 40 or (len(line) > 6 and _END.search(line) and line[-1] not in ":-"):
        return False
    return len(_LOWER.findall(line)) <= 3


def _is_byline(line: str) -> bool:
    m = _BYLINE_RE.fullmatch(line)
    return m is not None and not _NOT_NAMES.intersection(m.group(1).split())


def _is_name_line(line: str) -> bool:
    return bool(_NAME_LINE_RE.fullmatch(line)) and not _NOT_NAMES.intersection(line.split())


def _is_wrapped_caps(line: str) -> bool:
    return "  " not in line and _is_caps(line)


def _ended(line: str) -> bool:
    """Whether a line ends a sentence or an introduction (not at "Feb." or "Mr.")."""
    return _END.search(line) is not None and _ABBREV.search(line) is None


def _in_context(page: _Page) -> None:
    """Demote lines that carry on a wrapped prose paragraph; find bylines above datelines."""
    body, indent, cls = page.body, page.indent, page.cls
    demoted = False
    for i in range(1, len(body)):
        c, prev = cls[i], cls[i - 1]
        was_demoted, demoted = demoted, False
        if c not in _RUN and c != _WIRE:
            if (
                (c == _DATELINE or i in page.prefix)
                and prev in (_PROSE, _LABEL)
                and _is_name_line(body[i - 1])
            ):
                cls[i - 1] = _BYLINE
            continue
        if _ended(body[i - 1]) or (indent[i] > 0 and indent[i] >= indent[i - 1]):
            continue
        if prev == _LABEL and body[i][0].islower():
            cls[i - 1] = cls[i] = _PROSE  # "Results of the league\nmatches on Saturday:" is a sentence
        elif prev == _PROSE and not (was_demoted and len(body[i - 1]) < 50):
            # Reuters indents a paragraph's first line only: a line at the same or a smaller indent
            # after prose that has not ended carries on that prose; through a demoted line only if
            # that line was itself long enough to have been wrapped.
            cls[i], demoted = _PROSE, True
        elif prev == _CAPS and c == _STRONG and len(body[i - 1]) >= 40 and _is_wrapped_caps(body[i]):
            cls[i] = _CAPS  # the second line of a long headline
    _caps_prose(page)
    for i in range(len(body) - 2, 0, -1):
        # A line that the next prose line carries on is prose too ("The United States, Japan,").
        nxt = body[i + 1]
        if cls[i] in _RUN and cls[i + 1] == _PROSE and nxt and not _ended(body[i]):
            if nxt[0].islower() or (indent[i + 1] == 0 and len(body[i]) >= 50):
                cls[i] = _PROSE


def _caps_prose(page: _Page) -> None:
    """Capitalised lines wrapped like a paragraph below the title are prose in capitals, not headlines."""
    body, cls, n = page.body, page.cls, len(page.cls)
    i = 1  # below the title
    while i < n:
        j = i
        while (
            j < n and cls[j] == _CAPS and len(body[j]) >= 40 and not _ended(body[j]) and "  " not in body[j]
        ):
            j += 1
        if j < n and cls[j] == _CAPS and "  " not in body[j]:
            if j - i >= 2 or (j > i and page.indent[i] > page.indent[j]):
                cls[i : j + 1] = [_PROSE] * (j + 1 - i)
        i = j + 1


def _tables(page: _Page) -> None:
    """Decide each run of candidate lines: a table, a quote, headlines or prose."""
    cls, n = page.cls, len(page.cls)
    i = 0
    while i < n:
        if cls[i] not in _RUN:
            i += 1
            continue
        j = i
        while j < n and (cls[j] in _RUN or _bridged(cls, j)):
            j += 1
        _decide_run(page, i, j)
        i = j


def _title(page: _Page) -> None:
    """An article's first line set off by a blank line, short and with no full stop, is its title
    in sentence case ("Classy Henman makes winning start", "'Standoff' on Deutsche's LSE bid"): a
    headline, whose names stand for actors only when the prose names them too."""
    body, cls = page.body, page.cls
    if (
        len(body) > 2
        and body[0]
        and not body[1]
        and any(body[2:])
        and not page.kind[0]
        and cls[0] in (_PROSE, _LABEL, _WEAK, _STRONG)
        and 0 not in page.prefix
        and len(body[0].split()) <= TITLE_WORDS
        and not body[0].rstrip("'\")").endswith(".")
    ):
        page.kind[0] = "headline"


def _bridged(cls: list[str], j: int) -> bool:
    """A single blank line between two rows (a BBC match report's facts) does not end a table.

    Not below the first line, which is the title.
    """
    return not cls[j] and 1 < j < len(cls) - 1 and cls[j - 1] in _ROWS and cls[j + 1] in _ROWS


def _decide_run(page: _Page, i: int, j: int) -> None:
    body, cls, kind = page.body, page.cls, page.kind
    rows = [k for k in range(i, j) if cls[k] in _ROWS]
    for k in range(i, j):
        if cls[k] == _CAPS:
            kind[k] = "headline"
    if not rows or (len(rows) < 2 and cls[rows[0]] != _STRONG):
        return
    first, last = rows[0], rows[-1]
    while first > i and _is_header(body[first - 1], cls[first - 1]):
        first -= 1
    while last + 1 < j and (
        (cls[last + 1] == _CAPS and _is_header(body[last + 1], _CAPS))
        or (cls[last + 1] == _LABEL and (body[last].endswith(",") or not _LOWER.search(body[last + 1])))
    ):
        last += 1
    quoted = sum(_quoted(body[k]) for k in rows)
    money = any(_MONEY_UNIT.search(body[k]) for k in rows)
    table = "quote" if quoted * 2 >= len(rows) and not money else "table"
    for k in range(first, last + 1):
        kind[k] = table


def _quoted(line: str) -> bool:
    """Whether a line holds at least two prices ("101.20", "5-3/8")."""
    return len(_PRICE.findall(line)) >= 2


def _is_header(line: str, c: str) -> bool:
    """A label or column heading next to a table's rows."""
    if c == _LABEL:
        # "Division one", "Nine mths", "Scorers:"; not "Results of matches on Saturday:".
        lower = len(_LOWER.findall(line)) - _spelled(line)
        return lower <= (0 if line.endswith(":") else 2)
    return c == _CAPS and (len(line) <= 30 or _GAP.search(line) is not None)


def _line_regions(page: _Page) -> list[Region]:
    """Whole-line regions, consecutive lines of one kind merged into one region."""
    by_class = {_DATELINE: "dateline", _BYLINE: "byline", _WIRE: "wire"}
    found: list[Region] = []
    prev_kind, prev_line = "", -2
    for i, c in enumerate(page.cls):
        kind = page.kind[i] or by_class.get(c, "")
        if not kind or not page.body[i]:
            continue
        start, end = page.start[i], page.start[i] + len(page.body[i])
        if kind == prev_kind and prev_line == i - 1:
            last = found[-1]
            found[-1] = Region(kind, last.start, end, last.lines + 1)
        else:
            found.append(Region(kind, start, end, 1))
        page.kind[i] = kind
        prev_kind, prev_line = kind, i
    return found


def _inline(page: _Page) -> list[Region]:
    """Regions inside prose lines: a dateline prefix, tickers, wire entities and the credits."""
    found = [Region("dateline", page.start[i], end, 0) for i, end in page.prefix.items() if not page.kind[i]]
    for pattern, kind in ((_TICKER, "ticker"), (_ENTITY, "wire")):
        for m in pattern.finditer(page.text):
            i = bisect_right(page.start, m.start()) - 1
            if i >= 0 and not page.kind[i] and m.start() >= page.prefix.get(i, 0):
                found.append(Region(kind, m.start(), m.end(), 0))
    credits = _credits(page)
    if credits is not None:
        found.append(credits)
    signed = _signed(page)
    if signed is not None and not (credits is not None and credits.start <= signed.start < credits.end):
        found.append(signed)
    return found


def _signed(page: _Page) -> Region | None:
    """The byline that ends an article with its author and its editor, "Author: Martin Polansky
    (jc) Editor: Rob Mudge", or with its editor after the agencies' credits, "tkw/AFP/AP/dpa
    Editor: Jennifer Abramsohn", on a line of its own or after the last sentence."""
    m = _SIGNED.search(page.text)
    return None if m is None else _at_the_end(page, m, "byline")


def _at_the_end(page: _Page, m: re.Match[str], kind: str) -> Region | None:
    """The region of ``kind`` a sign-off match ``m`` covers, unless it falls in a line already set
    aside; a whole line when it starts one."""
    i = bisect_right(page.start, m.start()) - 1
    if i < 0 or page.kind[i]:
        return None
    end = m.start() + len(m.group(0).rstrip())
    return Region(kind, m.start(), end, 1 if m.start() == page.start[i] else 0)


def _credits(page: _Page) -> Region | None:
    """The sign-off that ends an article with its editors' initials and the news agencies it
    draws on, "hc/rc (Reuters, AFP, AP)", on a line of its own or after the last sentence."""
    m = _CREDITS.search(page.text)
    if m is None:
        return None
    names = [n.strip().lower() for n in re.split(r"[,/]", m.group(1))]
    if not any(n in _AGENCIES for n in names):
        return None  # "fines and/or (jail)": no agency, no sign-off
    return _at_the_end(page, m, "wire")
