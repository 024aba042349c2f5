"""Read articles from files and folders into :class:`~kg.records.Document` records.

``.txt`` and ``.md``: one document each, id = path relative to the input root.
``.jsonl``: one document per line (``id``, ``text``; optional ``title``, ``date``,
``url``, ``source``); dates become ISO 8601 (:mod:`kg.ingest.dates`). ``.html``: the
article's main text. Anything else, or bad content, is skipped with its reason; the run
goes on. Text is UTF-8, or UTF-16 or UTF-32 with a byte-order mark; a JSON Lines file is
split on ``\\n`` alone and a line that is not valid UTF-8 is skipped by itself; a lone
surrogate in its strings (``"\\ud83d"``, half an emoji) becomes U+FFFD. Which
files are read, and what is said of the others (links, pipes, unreadable folders), is
:mod:`kg.ingest.files`. A file name that is not UTF-8 shows its bad bytes as ``%XX``
in the document id (``caf%E9.txt``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

from kg.errors import InputError
from kg.ingest.dates import iso_date
from kg.ingest.files import decode, display, jsonl_lines, read_bytes, unicode_text, walk
from kg.records import Document

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm")


@dataclass(slots=True)
class Skipped:
    """Where a skipped input was and why it was skipped."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class Ingest:
    """Reads inputs, yielding documents and collecting what it skips."""

    inputs: Iterable[str | Path]
    skipped: list[Skipped] = field(default_factory=list)
    #: (document id, date as given) of the dates that could not be read (:mod:`kg.ingest.dates`).
    unread_dates: list[tuple[str, str]] = field(default_factory=list)

    def __iter__(self) -> Iterator[Document]:
        seen: set[str] = set()
        for root in map(Path, self.inputs):
            for path, rel in walk(root, self._skip):
                for doc in self._read(path, rel):
                    if doc.id in seen:
                        self._skip(display(path), f"duplicate document id {doc.id!r}")
                        continue
                    seen.add(doc.id)
                    yield doc

    def _date(self, doc_id: str, raw: str | None) -> str | None:
        """The document's date in ISO 8601; one that cannot be read is kept as given, and noted."""
        if raw is None:
            return None
        iso = iso_date(raw)
        if iso is None:
            self.unread_dates.append((doc_id, raw))
            log.warning("%s: date %r could not be read; kept as given", doc_id, raw)
            return raw
        return iso

    def _skip(self, path: str, reason: str, line: int | None = None) -> None:
        item = Skipped(path, reason, line)
        self.skipped.append(item)
        log.warning("skipped %s", item)

    def _read(self, path: Path, rel: str) -> Iterator[Document]:
        """The documents of the file at ``path`` (id ``rel``, or one per JSON line); bad ones are skipped."""
        where = display(path)
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            self._skip(
                where, f"unsupported file type {display(suffix) or '(none)'!r}; expected one of {SUFFIXES}"
            )
            return
        try:
            data = read_bytes(path)
            if suffix == ".jsonl":
                yield from self._jsonl(where, display(path.stem), jsonl_lines(data))
                return
            text = decode(data)
            title, body = html_text(text) if suffix in (".html", ".htm") else (_first_line(text), text)
        except InputError as err:
            self._skip(where, str(err))
            return
        if not body.strip():  # HTML only: decode() refuses a text file with no text
            self._skip(where, "no article text in the HTML")
            return
        yield Document(id=rel, text=body, title=title, source=where)

    def _jsonl(self, where: str, stem: str, lines: list[str | InputError]) -> Iterator[Document]:
        for n, line in enumerate(lines, start=1):
            if isinstance(line, InputError):
                self._skip(where, str(line), n)
                continue
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                self._skip(where, f"malformed JSON ({err.msg})", n)
                continue
            if not isinstance(row, dict):
                self._skip(where, "line is not a JSON object", n)
                continue
            body = row.get("text")
            if not isinstance(body, str) or not body.strip():
                self._skip(where, "no 'text' field" if body is None else "empty or non-string 'text'", n)
                continue
            doc_id = unicode_text(str(row.get("id") or f"{stem}:{n}"))
            yield Document(
                id=doc_id,
                text=unicode_text(body),
                title=_str_or_none(row.get("title")),
                date=self._date(doc_id, _str_or_none(row.get("date"))),
                url=_str_or_none(row.get("url")),
                source=_str_or_none(row.get("source")) or where,
            )


def read_documents(inputs: Iterable[str | Path]) -> tuple[list[Document], list[Skipped]]:
    """Read every document of ``inputs`` at once (small corpora, tests, notebooks).

    Examples:
        >>> docs, skipped = read_documents(["no/such/folder"])
        >>> docs, [s.reason for s in skipped]
        ([], ['no such file or folder'])
    """
    ingest = Ingest(inputs)
    docs = list(ingest)
    return docs, ingest.skipped


def _first_line(text: str) -> str | None:
    line = text.strip().split("\n", 1)[0].strip()
    return (line[:117] + "...") if len(line) > 120 else (line or None)


def _str_or_none(value: object) -> str | None:
    return unicode_text(str(value)) if value not in (None, "") else None


_SKIP = frozenset(
    {"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "svg", "template"}
)
_BLOCK = frozenset({"p", "h1", "h2", "h3", "h4", "li", "br", "div", "blockquote", "tr", "article", "section"})


def _text(root: Any) -> str:
    """The text under ``root`` with a line break at each block, without skipped elements.

    Walked with start/end events, not recursion, so nesting of any depth is fine.
    """
    out: list[str] = []
    skip = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""  # comments and processing instructions
        if event == "start":
            if tag in _SKIP:
                skip += 1
            elif not skip:
                if tag in _BLOCK:
                    out.append("\n")
                if tag and el.text:
                    out.append(el.text.replace("\n", " "))
            continue
        if tag in _SKIP:
            skip -= 1
        elif not skip and tag in _BLOCK:
            out.append("\n")
        if not skip and el.tail and el is not root:
            out.append(el.tail.replace("\n", " "))
    return "".join(out)


def html_text(html: str) -> tuple[str | None, str]:
    """The title and main text of an HTML page (``<article>`` when there is one).

    Parsed by lxml (libxml2's HTML parser: linear in the page, whatever stray or
    unclosed tags it has). Script, style, navigation, header, footer, aside and
    form text is left out; line breaks in the source are not paragraph breaks.

    Examples:
        >>> html_text("<html><title>T</title><nav>menu</nav><p>Hi <b>there</b>.</p></html>")
        ('T', 'Hi there.')
    """
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        doc = lxml.html.document_fromstring(html.encode("utf-8", errors="replace"), parser=parser)
    except (etree.ParserError, ValueError):  # "Document is empty": markup with no element at all
        return None, ""
    title = " ".join(" ".join(t.text_content() for t in doc.iter("title")).split()) or None
    articles = [
        _text(a) for a in doc.iter("article") if not any(p.tag == "article" for p in a.iterancestors())
    ]
    text = (
        "\n".join(articles)
        if "".join(articles).strip()
        else _text(doc.find("body") if doc.find("body") is not None else doc)
    )
    lines = [" ".join(line.split()) for line in text.replace("\r", "").split("\n")]
    return title, "\n\n".join(line for line in lines if line)
