"""Write ``kg/data/common_words.tsv``: the words of the language of an English word list, the
entries written in small letters only.

Usage: python scripts/common_words.py /usr/share/dict/american-english > kg/data/common_words.tsv

The list is Debian's ``wamerican`` (SCOWL, size 50, by Kevin Atkinson: "Permission to use, copy,
modify, distribute and sell these word lists ... for any purpose is hereby granted without fee,
provided that the above copyright notice appears in all copies"). Its capitalised entries are
names ("Jupiter", "Carolina"); the rest are the language's words, which kg keeps.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

HEADER = """\
# Words of the language: the entries of Debian's wamerican word list (SCOWL size 50) written in
# small letters only, letters a-z, sorted. Made by scripts/common_words.py.
# SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify, distribute and
# sell these word lists, the associated scripts, the output created from the scripts, and its
# documentation for any purpose is hereby granted without fee, provided that the above copyright
# notice appears in all copies and that both that copyright notice and this permission notice
# appear in supporting documentation. Kevin Atkinson makes no representations about the
# suitability of this array for any purpose. It is provided "as is" without express or implied
# warranty.
# A person's name made of these words only, none a census name ("Calendar Girls", "Raging
# Bull"), names no one."""

WORD = re.compile(r"[a-z]+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("word_list", type=Path)
    args = parser.parse_args()
    lines = args.word_list.read_text(encoding="utf-8").splitlines()
    print(HEADER)
    print("\n".join(sorted({w for w in (line.strip() for line in lines) if WORD.fullmatch(w)})))


if __name__ == "__main__":
    main()
