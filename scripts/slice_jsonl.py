"""Write N lines of a JSONL file drawn at random with a fixed seed, in their file order.

usage: python scripts/slice_jsonl.py INPUT.jsonl N SEED [EXCLUDE.jsonl] > slice.jsonl

For building or timing kg on a reproducible part of a corpus; the same arguments always
give the same lines. Lines whose ``id`` is in EXCLUDE.jsonl are left out before drawing
(a test slice apart from the one rules were tuned on). Keep the output outside the
repository (``/tmp``).
"""

from __future__ import annotations

import json
import random
import sys


def main(path: str, n: int, seed: int, exclude: str | None = None) -> None:
    skip: set[str] = set()
    if exclude:
        with open(exclude, encoding="utf-8") as f:
            skip = {json.loads(line)["id"] for line in f if line.strip()}
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and json.loads(line).get("id") not in skip]
    keep = sorted(random.Random(seed).sample(range(len(lines)), min(n, len(lines))))
    sys.stdout.writelines(lines[i] for i in keep)


if __name__ == "__main__":
    a = sys.argv[1:]
    main(a[0], int(a[1]), int(a[2]), a[3] if len(a) > 3 else None)
