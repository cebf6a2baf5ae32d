"""Compare a fresh generation with the committed generated/ tree.

Usage: python tools/diff_generated.py FRESH COMMITTED

Exit 0 when identical; else prints which files were added, removed or changed
(with the first lines of each diff) and exits 1.
"""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

MAX_DIFF_LINES = 12


def files(root: Path) -> dict[str, Path]:
    return {
        str(p.relative_to(root)): p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }


def main(argv: list[str]) -> int:
    fresh_root, committed_root = Path(argv[1]), Path(argv[2])
    fresh, committed = files(fresh_root), files(committed_root)
    added = sorted(fresh.keys() - committed.keys())
    removed = sorted(committed.keys() - fresh.keys())
    changed = sorted(
        k for k in fresh.keys() & committed.keys() if fresh[k].read_bytes() != committed[k].read_bytes()
    )
    if not (added or removed or changed):
        print(f"check-generated: {committed_root} matches the spec + overlay + config ({len(fresh)} files)")
        return 0
    print(f"check-generated: {committed_root} has drifted from what openapi/ + generator-config.yml produce:")
    for name in added:
        print(f"  missing (would be generated): {name}")
    for name in removed:
        print(f"  extra (not generated from the spec): {name}")
    for name in changed:
        print(f"  differs: {name}")
        diff = difflib.unified_diff(
            committed[name].read_text().splitlines(),
            fresh[name].read_text().splitlines(),
            f"committed/{name}",
            f"generated/{name}",
            lineterm="",
            n=1,
        )
        for line in list(diff)[:MAX_DIFF_LINES]:
            print(f"      {line}")
    print("Run `make generate` (never edit generated/ by hand) and commit the result.")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
