"""Read articles from files and folders into :class:`~kg.records.Document` records.

``.txt`` and ``.md``: one document each, id = path relative to the input root.
``.jsonl``: one document per line (``id``, ``text``; optional ``title``, ``date``,
``url``, ``source``); dates become ISO 8601 (:mod:`kg.ingest.dates`). ``.html``: the
article's main text. Anything else, or bad content, is skipped with its reason; the run
goes on.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError
from kg.ingest.dates import iso_date
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
            if not root.exists():
                self._skip(str(root), "no such file or folder")
                continue
            for path in _files(root):
                for doc in self._read(path, root):
                    if doc.id in seen:
                        self._skip(str(path), f"duplicate document id {doc.id!r}")
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

    def _read(self, path: Path, root: Path) -> Iterator[Document]:
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            self._skip(str(path), f"unsupported file type {suffix or '(none)'!r}; expected one of {SUFFIXES}")
            return
        try:
            text = _read_text(path)
        except InputError as err:
            self._skip(str(path), str(err))
            return
        rel = path.name if root.is_file() else path.relative_to(root).as_posix()
        if suffix == ".jsonl":
            yield from self._jsonl(path, text)
        elif suffix in (".html", ".htm"):
            title, body = html_text(text)
            if not body.strip():
                self._skip(str(path), "no article text in the HTML")
                return
            yield Document(id=rel, text=body, title=title, source=str(path))
        else:
            yield Document(id=rel, text=text, title=_first_line(text), source=str(path))

    def _jsonl(self, path: Path, text: str) -> Iterator[Document]:
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as err:
                self._skip(str(path), f"malformed JSON ({err.msg})", n)
                continue
            if not isinstance(row, dict):
                self._skip(str(path), "line is not a JSON object", n)
                continue
            body = row.get("text")
            if not isinstance(body, str) or not body.strip():
                self._skip(str(path), "no 'text' field" if body is None else "empty or non-string 'text'", n)
                continue
            doc_id = str(row.get("id") or f"{path.stem}:{n}")
            yield Document(
                id=doc_id,
                text=body,
                title=_str_or_none(row.get("title")),
                date=self._date(doc_id, _str_or_none(row.get("date"))),
                url=_str_or_none(row.get("url")),
                source=_str_or_none(row.get("source")) or str(path),
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


def _files(root: Path) -> Iterator[Path]:
    if root.is_file():
        yield root
        return
    for path in sorted(root.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(root).parts):
            yield path


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"not valid UTF-8 (byte {err.start})") from err
    return text.replace("\r\n", "\n")


def _first_line(text: str) -> str | None:
    line = text.strip().split("\n", 1)[0].strip()
    return (line[:117] + "...") if len(line) > 120 else (line or None)


def _str_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


class _MainText(HTMLParser):
    """Collect the text of <title>, and of <article> (or <body>) paragraphs."""

    SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "noscript", "form", "svg"})
    BLOCK = frozenset(
        {"p", "h1", "h2", "h3", "h4", "li", "br", "div", "blockquote", "tr", "article", "section"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.body: list[str] = []
        self.article: list[str] = []
        self._stack: list[str] = []
        self._skip = 0
        self._in_article = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        if tag == "article":
            self._in_article += 1
        if tag in self.BLOCK:
            self._newline()
        self._stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        if tag == "article" and self._in_article:
            self._in_article -= 1
        if tag in self.BLOCK:
            self._newline()
        if tag in self._stack:
            while self._stack and self._stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        data = " ".join(data.split("\n"))  # line breaks in the source are not paragraph breaks
        if self._stack and self._stack[-1] == "title":
            self.title.append(data)
        elif not self._skip:
            self.body.append(data)
            if self._in_article:
                self.article.append(data)

    def _newline(self) -> None:
        self.body.append("\n")
        if self._in_article:
            self.article.append("\n")


def html_text(html: str) -> tuple[str | None, str]:
    """The title and main text of an HTML page (``<article>`` when there is one).

    Examples:
        >>> html_text("<html><title>T</title><nav>menu</nav><p>Hi <b>there</b>.</p></html>")
        ('T', 'Hi there.')
    """
    parser = _MainText()
    parser.feed(html)
    parser.close()
    chunks = parser.article if "".join(parser.article).strip() else parser.body
    lines = [" ".join(line.split()) for line in "".join(chunks).split("\n")]
    title = " ".join("".join(parser.title).split()) or None
    return title, "\n\n".join(line for line in lines if line)
