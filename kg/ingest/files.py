"""Find the files of an input and turn their bytes into text.

:func:`walk` lists the regular files of a file or folder, in a stable order, and says why
it leaves out anything else: links that lead nowhere or in a circle, links to folders (not
followed, as ``**`` globbing does not), folders it cannot read, named pipes, sockets and
devices. It learns an entry's type with ``stat`` and never opens one that is not a
regular file: opening a named pipe would block the build.

:func:`decode` reads UTF-8, and UTF-16 or UTF-32 when a byte-order mark says so;
:func:`jsonl_lines` splits JSON Lines on ``\\n`` alone (``str.splitlines`` would also
split on U+2028, U+2029 and U+0085, which JSON strings may hold) and decodes each line on
its own, so one bad byte costs its line, not the file.

File names are made valid text with :func:`display`: a name whose bytes are not UTF-8
shows each such byte as ``%XX``; :func:`unicode_text` does the same for strings of JSON.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.errors import InputError

#: Byte-order marks and their codecs, UTF-32's first: its little-endian mark starts with UTF-16's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
#: How far into a file without a byte-order mark a NUL byte marks it as binary.
SNIFF = 8192

#: What :func:`walk` calls with the path and the reason of each entry it leaves out.
Skip = Callable[[str, str], None]

_SURROGATES = re.compile("[\ud800-\udfff]")
_FILE_TYPES = (
    (stat.S_ISFIFO, "named pipe"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)


def display(path: str | os.PathLike[str]) -> str:
    """``path`` as valid text: each byte of the name that is not UTF-8 becomes ``%XX``.

    Python keeps such bytes as lone surrogates (``os.fsdecode``), which no UTF-8 file
    (``graph.json``, ``report.json``) can hold. The result is stable from run to run.

    Examples:
        >>> display(os.fsdecode(b"news/caf\\xe9.txt")), display("news/café.txt")
        ('news/caf%E9.txt', 'news/café.txt')
    """
    text = os.fspath(path)
    return _SURROGATES.sub(_escape, text) if _SURROGATES.search(text) else text


def unicode_text(text: str) -> str:
    """``text`` with each lone surrogate as U+FFFD, one character for one: offsets stay right.

    JSON may spell them (``"\\ud800"``, often half of an emoji cut off), but no UTF-8
    text, and so neither spaCy nor any output file, can hold one.

    Examples:
        >>> import json
        >>> [unicode_text(json.loads(s)) for s in ('"cut \\\\ud83d."', '"whole \\\\ud83d\\\\ude00."')]
        ['cut \ufffd.', 'whole 😀.']
    """
    return _SURROGATES.sub("\ufffd", text) if _SURROGATES.search(text) else text


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    # U+DC80..U+DCFF stand for the bytes 0x80..0xFF (surrogateescape); any other lone surrogate is no text.
    return f"%{code - 0xDC00:02X}" if 0xDC80 <= code <= 0xDCFF else "\ufffd"


def walk(root: Path, skip: Skip) -> Iterator[tuple[Path, str]]:
    """Each regular file of ``root`` with its id: its path below ``root`` (``root``'s name for a file).

    Folders are searched recursively in sorted order; names starting with ``.`` are
    passed over. Every other entry left out is handed to ``skip`` with its reason.

    Examples:
        >>> list(walk(Path("no/such/folder"), lambda path, why: print(path, "-", why)))
        no/such/folder - no such file or folder
        []
    """
    kind = _kind(root)
    if kind == "file":
        yield root, display(root.name)
        return
    if kind != "folder":
        skip(display(root), kind)
        return
    stack = [_listing(root, skip)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        kind = _kind(path)
        if kind == "folder" and not entry.is_symlink():
            stack.append(_listing(path, skip))
        elif kind == "file":
            yield path, display(path.relative_to(root).as_posix())
        else:
            skip(display(path), "symbolic link to a folder (not followed)" if kind == "folder" else kind)


def _listing(folder: Path, skip: Skip) -> Iterator[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            return iter(sorted(entries, key=lambda entry: entry.name))
    except OSError as err:
        skip(display(folder), f"cannot read the folder ({err.strerror})")
        return iter(())


def _kind(path: Path) -> str:
    """``"file"``, ``"folder"``, or why ``path`` is neither (found with ``stat``; nothing is opened)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        if os.path.islink(path) and err.errno == errno.ELOOP:
            return "symbolic link loop"
        if os.path.islink(path) and err.errno == errno.ENOENT:
            return "broken symbolic link (its target does not exist)"
        if err.errno == errno.ENOENT:
            return "no such file or folder"
        return f"cannot read ({err.strerror})"
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    name = next((name for test, name in _FILE_TYPES if test(mode)), "unknown file type")
    return f"not a regular file ({name})"


def read_bytes(path: Path) -> bytes:
    """The bytes of the file at ``path``; :class:`InputError` when it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(f"cannot read the file ({err.strerror})") from err


def decode(data: bytes) -> str:
    """A text file's bytes as text with ``\\n`` line ends.

    UTF-8 (its byte-order mark dropped), or UTF-16 or UTF-32 after their byte-order mark.
    :class:`InputError` for an empty or binary file, or bytes its encoding does not allow.

    Examples:
        >>> decode("Kyiv\\r\\n".encode("utf-16")), decode(b"\\xef\\xbb\\xbfKyiv")
        ('Kyiv\\n', 'Kyiv')
    """
    if not data.strip():
        raise InputError("empty file")
    bom = next(((codec, name) for mark, codec, name in BOMS if data.startswith(mark)), None)
    if bom is None and b"\x00" in data[:SNIFF]:
        raise InputError("binary file (contains NUL bytes)")
    codec, name = bom or ("utf-8", "UTF-8")
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as err:
        if b"\x00" in data[:SNIFF]:  # what looked like a byte-order mark began a binary file
            raise InputError("binary file (contains NUL bytes)") from err
        raise InputError(f"not valid {name} (byte {err.start})") from err
    if not text.strip():
        raise InputError("empty file")
    if "\x00" in text[:SNIFF]:
        raise InputError("binary file (contains NUL bytes)")
    return text.replace("\r\n", "\n")


def jsonl_lines(data: bytes) -> list[str | InputError]:
    """The lines of a JSON Lines file, split on ``\\n`` only; a line that is not text comes as its error.

    UTF-8 lines are decoded one by one, so a bad byte costs one line. A file with a UTF-16
    or UTF-32 byte-order mark is decoded whole first. :class:`InputError` for an empty or
    binary file.

    Examples:
        >>> jsonl_lines(b'{"a": "x\\xe2\\x80\\xa8y"}\\r\\n\\xff\\n{}')
        ['{"a": "x\\u2028y"}', InputError('not valid UTF-8 (byte 0 of the line)'), '{}']
    """
    if any(data.startswith(mark) for mark, codec, _ in BOMS if codec != "utf-8-sig"):
        return list(decode(data).split("\n"))
    if not data.strip():
        raise InputError("empty file")
    if b"\x00" in data[:SNIFF]:
        raise InputError("binary file (contains NUL bytes)")
    lines: list[str | InputError] = []
    for line in data.removeprefix(codecs.BOM_UTF8).split(b"\n"):
        try:
            lines.append(line.decode("utf-8").removesuffix("\r"))
        except UnicodeDecodeError as err:
            lines.append(InputError(f"not valid UTF-8 (byte {err.start} of the line)"))
    return lines
