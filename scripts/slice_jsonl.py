"""Write N lines of a JSONL file drawn at random with a fixed seed, in their file order.

usage: python scripts/slice_jsonl.py INPUT.jsonl N SEED > slice.jsonl

For building or timing kg on a reproducible part of a corpus; the same arguments always
give the same lines. Keep the output outside the repository (``/tmp``).
"""

from __future__ import annotations

import random
import sys


def main(path: str, n: int, seed: int) -> None:
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if line.strip()]
    keep = sorted(random.Random(seed).sample(range(len(lines)), min(n, len(lines))))
    sys.stdout.writelines(lines[i] for i in keep)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
