"""``make bench``: every benchmark of issue 5 in one run -> bench/RESULTS.md and bench/results.png.

1. Import: fresh processes per row (``bench_import``'s child and rows, plus this SDK and firecrawl-py).
2. Per-call overhead in-process on httpx.MockTransport (``bench_percall``), sync and async.
3. Loopback: one uvicorn server (``loopback_server``), sequential latency and 200 concurrent creates
   (``bench_loopback``): raw httpx.AsyncClient (floor), AsyncFirecrawl, firecrawl-py's AsyncFirecrawl.
4. The local Interact server on Chromium (``bench_local``), when ``firecrawl_sdk.testing`` is there.

Every figure is the median of several fresh processes; each floor is measured in the same run,
interleaved with its rows. firecrawl-py 4.55.0 lives in ``bench/.venv-official`` (created here if
missing). A benchmark, not a test: it reports targets, it never fails on a timing.
"""

from __future__ import annotations

import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import bench_import

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OFFICIAL_VENV = BENCH / ".venv-official"
OFFICIAL_PYTHON = OFFICIAL_VENV / "bin" / "python"
OFFICIAL_PIN = "firecrawl-py==4.55.0"
PERCALL_RUNS = 5
LOOPBACK_RUNS = 5
LOCAL_RUNS = 2


@dataclass
class Row:
    section: str
    label: str
    unit: str
    samples: list[float]
    floor: str | None = None  # label of the floor row in the same section; None: this is a floor
    higher_is_better: bool = False
    targets: list[tuple[str, str, float]] = field(default_factory=list)  # (text, other label, limit)
    note: str = ""
    unavailable: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)


ROWS: list[Row] = []


def find(section: str, label: str) -> Row | None:
    return next((r for r in ROWS if r.section == section and r.label == label and r.samples), None)


def ratio(row: Row, other_label: str | None) -> float | None:
    other = find(row.section, other_label) if other_label else None
    if other is None or not row.samples:
        return None
    return row.median / other.median


# --- setup ----------------------------------------------------------------------------------
def ensure_official() -> str:
    """'' when firecrawl-py 4.55.0 is importable in its venv, else why not."""
    probe = "import importlib.metadata as m; print(m.version('firecrawl-py'))"
    if OFFICIAL_PYTHON.exists():
        out = subprocess.run([OFFICIAL_PYTHON, "-c", probe], capture_output=True, text=True, check=False)
        if out.stdout.strip() == OFFICIAL_PIN.split("==")[1]:
            return ""
    print(f"creating {OFFICIAL_VENV.relative_to(ROOT)} with {OFFICIAL_PIN} ...", flush=True)
    steps = [
        [sys.executable, "-m", "venv", "--clear", str(OFFICIAL_VENV)],
        [
            str(OFFICIAL_PYTHON),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            OFFICIAL_PIN,
        ],
    ]
    for step in steps:
        out = subprocess.run(step, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            return f"could not install {OFFICIAL_PIN}: {(out.stderr.strip().splitlines() or ['?'])[-1]}"
    return ""


def child_json(argv: list[str], timeout: float = 600) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(BENCH)}
    out = subprocess.run(
        argv, capture_output=True, text=True, check=False, timeout=timeout, env=env, cwd=ROOT
    )
    if out.returncode != 0:
        raise RuntimeError((out.stderr.strip().splitlines() or ["child failed"])[-1])
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


# --- 1. import ------------------------------------------------------------------------------
def bench_imports(official: str) -> None:
    section = "1. Import (ms, fresh process)"
    floor_label = bench_import.FLOOR[0]
    rows: list[tuple[str, str, str]] = [(label, code, sys.executable) for label, code in bench_import.ROWS]
    if not official:
        rows.append(("import firecrawl (firecrawl-py 4.55.0)", "import firecrawl", str(OFFICIAL_PYTHON)))
    samples: dict[str, list[dict[str, float]]] = {label: [] for label, _, _ in rows}
    failed: dict[str, str] = {}
    for round_number in range(bench_import.RUNS + 1):  # round 0: warm-up, discarded
        for label, code, python in rows:
            if label in failed:
                continue
            argv = [python, "-c", bench_import.CHILD.format(code=code)]
            try:
                sample = child_json(argv, timeout=120)
            except RuntimeError as exc:
                failed[label] = str(exc)
                continue
            if round_number:
                samples[label].append({k: float(v) for k, v in sample.items()})  # type: ignore[arg-type]
    for label, _, _ in rows:
        got = samples[label]
        row = Row(section, label, "ms", [s["ms"] for s in got], None if label == floor_label else floor_label)
        if got:
            row.note = (
                f"{statistics.median(s['modules'] for s in got):.0f} modules, "
                f"peak RSS {statistics.median(s['rss_mb'] for s in got):.1f} MB"
            )
        row.unavailable = failed.get(label, "")
        if label == bench_import.SDK[0]:
            row.targets = [("<= 1.5x httpx", floor_label, 1.5), ("<= 0.3x firecrawl-py", rows[-1][0], 0.3)]
        ROWS.append(row)
    if official:
        ROWS.append(
            Row(
                section, "import firecrawl (firecrawl-py 4.55.0)", "ms", [], floor_label, unavailable=official
            )
        )


# --- 2. per-call overhead -------------------------------------------------------------------
PERCALL_OPERATIONS = (  # bench_percall operation, SDK call, request path of its floor
    ("create", "interact.create(ttl=60)", "/interact"),
    ("scrape", 'scrape(url, formats=["markdown"])', "/scrape"),
)


def bench_percall() -> None:
    for mode, client, raw in (
        ("sync", "Firecrawl", "httpx.Client"),
        ("async", "AsyncFirecrawl", "httpx.AsyncClient"),
    ):
        section = f"2. Per-call overhead, {mode} (us/call, MockTransport)"
        floors: dict[str, list[float]] = {op: [] for op, _, _ in PERCALL_OPERATIONS}
        sdks: dict[str, list[float]] = {op: [] for op, _, _ in PERCALL_OPERATIONS}
        for _ in range(PERCALL_RUNS):  # operations interleaved run by run: load drifts hit both alike
            for op, _, _ in PERCALL_OPERATIONS:
                result = child_json([sys.executable, str(BENCH / "bench_percall.py"), mode, op])
                floors[op].append(float(result["floor_us"]))  # type: ignore[arg-type]
                sdks[op].append(float(result["sdk_us"]))  # type: ignore[arg-type]
        for op, call, path in PERCALL_OPERATIONS:
            floor_text = f"{raw}.post {path} + json.loads"
            label = f"{client}.{call}"
            ROWS.append(Row(section, floor_text, "us", floors[op]))
            ROWS.append(
                Row(section, label, "us", sdks[op], floor_text, targets=[("<= 1.3x floor", floor_text, 1.3)])
            )


# --- 3. loopback ----------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def start_server(port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(BENCH)}
    server = subprocess.Popen(
        [sys.executable, str(BENCH / "loopback_server.py"), str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.05)
    server.terminate()
    raise RuntimeError("the loopback server did not start")


def bench_loopback(official: str) -> None:
    kinds = [("floor", "raw httpx.AsyncClient", sys.executable), ("sdk", "AsyncFirecrawl", sys.executable)]
    if not official:
        kinds.append(("official", "firecrawl-py AsyncFirecrawl", str(OFFICIAL_PYTHON)))
    latency: dict[str, list[float]] = {label: [] for _, label, _ in kinds}
    throughput: dict[str, list[float]] = {label: [] for _, label, _ in kinds}
    port = free_port()
    server = start_server(port)
    try:
        for run in range(LOOPBACK_RUNS):
            order = kinds[run % len(kinds) :] + kinds[: run % len(kinds)]  # rotate: no row always first
            for kind, label, python in order:
                result = child_json(
                    [python, str(BENCH / "bench_loopback.py"), f"http://127.0.0.1:{port}", kind]
                )
                latency[label].append(float(result["latency_ms"]))  # type: ignore[arg-type]
                throughput[label].append(float(result["throughput"]))  # type: ignore[arg-type]
    finally:
        server.terminate()
        server.wait(10)
    seq, conc = (
        "3a. Loopback, sequential create (ms/call)",
        "3b. Loopback, 200 concurrent creates (creates/s)",
    )
    floor = "raw httpx.AsyncClient"
    latency_rows, throughput_rows = [], []
    for _, label, _ in kinds:
        is_floor = label == floor
        lat = Row(seq, label, "ms", latency[label], None if is_floor else floor)
        thr = Row(conc, label, "/s", throughput[label], None if is_floor else floor, higher_is_better=True)
        if label == "AsyncFirecrawl":
            lat.targets = [("<= 1.25x floor latency (>= 0.8x throughput)", floor, 1.25)]
            thr.targets = [(">= 0.8x floor", floor, 0.8)]
            if not official:
                lat.targets.append(("faster than firecrawl-py", "firecrawl-py AsyncFirecrawl", 1.0))
                thr.targets.append(("ahead of firecrawl-py", "firecrawl-py AsyncFirecrawl", 1.0))
        latency_rows.append(lat)
        throughput_rows.append(thr)
    if official:
        latency_rows.append(Row(seq, "firecrawl-py AsyncFirecrawl", "", [], floor, unavailable=official))
        throughput_rows.append(Row(conc, "firecrawl-py AsyncFirecrawl", "", [], floor, unavailable=official))
    ROWS.extend(latency_rows + throughput_rows)


# --- 4. local server ------------------------------------------------------------------------
def bench_local() -> None:
    section = "4. Local Interact server (Chromium)"
    labels = (
        "time to a usable CDP session (s)",
        "sessions per minute (create, CDP, delete)",
        "memory per live session (MB PSS)",
    )
    probe = subprocess.run(
        [sys.executable, "-c", "import firecrawl_sdk.testing._server"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        for label in labels:
            ROWS.append(
                Row(section, label, "", [], unavailable="not available (firecrawl_sdk.testing missing)")
            )
        return
    ready: list[float] = []
    per_minute: list[float] = []
    memory: list[float] = []
    error = ""
    for _ in range(LOCAL_RUNS):
        try:
            result = child_json([sys.executable, str(BENCH / "bench_local.py")], timeout=300)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            error = f"failed: {exc}"
            continue
        ready.extend(result["ready_s"])  # type: ignore[arg-type]
        per_minute.extend(60 / cycle for cycle in result["cycle_s"])  # type: ignore[attr-defined]
        memory.extend(result["session_mb"])  # type: ignore[arg-type]
    for label, unit, values, better in zip(
        labels, ("s", "/min", "MB"), (ready, per_minute, memory), (False, True, False), strict=True
    ):
        ROWS.append(
            Row(section, label, unit, values, higher_is_better=better, unavailable="" if values else error)
        )


# --- report ---------------------------------------------------------------------------------
def fmt(value: float) -> str:
    return f"{value:.3f}" if value < 10 else f"{value:.1f}" if value < 1000 else f"{value:.0f}"


def verdict(row: Row) -> str:
    parts = []
    for text, other, limit in row.targets:
        value = ratio(row, other)
        if value is None:
            parts.append(f"{text}: n/a")
            continue
        ok = value >= limit if row.higher_is_better else value <= limit
        if "ahead" in text or "faster" in text:
            ok = value > limit if row.higher_is_better else value < limit
        parts.append(f"{text}: {'met' if ok else 'MISSED'} ({value:.2f}x)")
    return "; ".join(parts)


def write_markdown(started: datetime, seconds: float) -> str:
    lines = [
        "# Benchmarks (`make bench`)",
        "",
        f"One run, {started:%Y-%m-%d %H:%M} UTC, {seconds:.0f} s; Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {platform.platform()}. Medians of fresh processes: import "
        f"{bench_import.RUNS} per row, per-call {PERCALL_RUNS} per operation (best of 3 rounds of 2,000 "
        f"calls each), loopback {LOOPBACK_RUNS} (200 sequential + 200 concurrent creates each), local server "
        f"{LOCAL_RUNS}. Ratios are medians over the floor's median measured in the same run "
        "(for creates/s, higher is better). Written by `bench/run_all.py`; a benchmark, not a test.",
        "",
    ]
    section = None
    for row in ROWS:
        if row.section != section:
            section = row.section
            lines += [
                "",
                f"## {section}",
                "",
                "| row | median | min | max | ratio to floor | targets | notes |",
            ]
            lines.append("|---|---:|---:|---:|---:|---|---|")
        if not row.samples:
            lines.append(f"| {row.label} | — | — | — | — | | {row.unavailable or 'not available'} |")
            continue
        r = ratio(row, row.floor)
        shown_ratio = (
            "floor" if row.floor is None and row.section[0] in "123" else "" if r is None else f"{r:.2f}x"
        )
        lines.append(
            f"| {row.label} | {fmt(row.median)} {row.unit} | {fmt(min(row.samples))} "
            f"| {fmt(max(row.samples))} | {shown_ratio} | {verdict(row)} | {row.note} |"
        )
    lines.append("")
    return "\n".join(lines)


def write_chart(path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    def panel(row: Row) -> str:  # the local-server figures have different units: one panel each
        return f"{row.section}: {row.label}" if row.section.startswith("4.") else row.section

    sections = list(dict.fromkeys(panel(row) for row in ROWS))
    fig, axes = plt.subplots(len(sections), 1, figsize=(10, 1.2 * len(sections) + 0.45 * len(ROWS)))
    for ax, section in zip(axes, sections, strict=True):
        rows = [row for row in ROWS if panel(row) == section]
        labels = [row.label for row in rows]
        medians = [row.median if row.samples else 0.0 for row in rows]
        low = [row.median - min(row.samples) if row.samples else 0.0 for row in rows]
        high = [max(row.samples) - row.median if row.samples else 0.0 for row in rows]
        colors = [
            "#888888"
            if row.floor is None and section[0] in "123"
            else "#d9822b"
            if "firecrawl-py" in row.label or "import firecrawl (" in row.label
            else "#2b6cb0"
            for row in rows
        ]
        ax.barh(labels, medians, xerr=[low, high], color=colors, capsize=3)
        ax.invert_yaxis()
        ax.set_title(section, fontsize=10, loc="left")
        ax.tick_params(labelsize=8)
        for index, row in enumerate(rows):
            if not row.samples:
                ax.text(0, index, "  not available", va="center", fontsize=8)
                continue
            r = ratio(row, row.floor)
            tag = f"  {fmt(row.median)} {row.unit}" + (f" ({r:.2f}x floor)" if r is not None else "")
            ax.text(max(row.samples), index, tag, va="center", fontsize=7)
        ax.margins(x=0.35)
    fig.suptitle(
        "firecrawl-sdk vs raw httpx (floor, grey) vs firecrawl-py 4.55.0 (orange); median, min-max",
        fontsize=10,
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main() -> int:
    started = datetime.now(UTC)
    t0 = time.monotonic()
    official = ensure_official()
    if official:
        print(official, file=sys.stderr)
    steps = (
        ("import", lambda: bench_imports(official)),
        ("per-call", bench_percall),
        ("loopback", lambda: bench_loopback(official)),
        ("local server", bench_local),
    )
    for name, step in steps:
        print(f"bench: {name} ...", flush=True)
        step()
    markdown = write_markdown(started, time.monotonic() - t0)
    (BENCH / "RESULTS.md").write_text(markdown)
    write_chart(BENCH / "results.png")
    print(markdown)
    print("wrote bench/RESULTS.md and bench/results.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
