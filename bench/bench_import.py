"""Import cost of the generated client against ``import httpx`` (make bench-import).

Each row runs its code in RUNS fresh ``python -c`` processes; the child times the
code with ``time.perf_counter()`` and reports the modules it loaded and its peak
RSS. Prints median/min/max and the ratio of medians to the httpx floor. A
benchmark, not a test: always exits 0. Add rows to ROWS.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys

RUNS = 21
TARGET_RATIO = 1.5

FLOOR = ("import httpx", "import httpx")
# The target row: the whole generated surface is present, loaded lazily (a resource on first use).
SDK = ("import firecrawl_sdk + Firecrawl()", "import firecrawl_sdk\nfirecrawl_sdk.Firecrawl(api_key='x')")
ROWS: list[tuple[str, str]] = [
    FLOOR,
    SDK,
    (
        "... + first fc.scrape access",
        "import firecrawl_sdk\nfirecrawl_sdk.Firecrawl(api_key='x').scrape",
    ),
    (
        "Interact endpoints (4 modules)",
        "import firecrawl_api.api.interact.create_browser_session\n"
        "import firecrawl_api.api.interact.list_browser_sessions\n"
        "import firecrawl_api.api.interact.execute_browser_code\n"
        "import firecrawl_api.api.interact.delete_browser_session",
    ),
]

CHILD = """
import resource, sys, time, json
before = len(sys.modules)
start = time.perf_counter()
exec(compile({code!r}, "<bench>", "exec"))
elapsed = time.perf_counter() - start
print(json.dumps({{"ms": elapsed * 1000, "modules": len(sys.modules) - before,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def run_child(code: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD.format(code=code)], capture_output=True, text=True, check=False
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr.strip().splitlines()[-1] if out.stderr else "child failed")
    sample: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return sample


def measure(rows: list[tuple[str, str]], runs: int = RUNS) -> dict[str, list[dict[str, float]] | str]:
    """Rows interleaved round by round (load drifts hit every row alike); one warm-up round discarded."""
    results: dict[str, list[dict[str, float]] | str] = {label: [] for label, _ in rows}
    for round_number in range(runs + 1):
        for label, code in rows:
            samples = results[label]
            if isinstance(samples, str):
                continue
            try:
                sample = run_child(code)
            except RuntimeError as exc:
                results[label] = f"failed: {exc}"
                continue
            if round_number:
                samples.append(sample)
    return results


def main() -> int:
    print(f"import cost, {RUNS} fresh processes per row (time inside the child, perf_counter)\n")
    columns = ("median ms", 9), ("min", 7), ("max", 7), ("modules", 8), ("peak RSS MB", 11), ("ratio", 6)
    header = f"{'row':<34} " + " ".join(f"{name:>{width}}" for name, width in columns)
    print(header)
    print("-" * len(header))
    floor_ms = None
    for label, samples in measure(ROWS).items():
        if isinstance(samples, str):
            print(f"{label:<34} {samples}")
            continue
        times = [s["ms"] for s in samples]
        median = statistics.median(times)
        floor_ms = floor_ms or median
        print(
            f"{label:<34} {median:>9.1f} {min(times):>7.1f} {max(times):>7.1f} "
            f"{statistics.median(s['modules'] for s in samples):>8.0f} "
            f"{statistics.median(s['rss_mb'] for s in samples):>11.1f} {median / floor_ms:>5.2f}x"
        )
    print(f"\ntarget: every row at most {TARGET_RATIO}x `import httpx` (median)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
