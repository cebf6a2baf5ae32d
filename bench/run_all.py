"""``make bench``: every benchmark of issue 5 in one run -> bench/RESULTS.md and bench/results.png.

1. Import: fresh processes per row (``bench_import``'s child and rows, plus this SDK and firecrawl-py).
2. Per-call overhead in-process on httpx.MockTransport (``bench_percall``), sync and async.
3. Loopback: one plain asyncio server (``loopback_server``), over HTTP and over TLS (a self-signed
   certificate made here with trustme), sequential latency and 200 concurrent creates
   (``bench_loopback``): raw httpx.AsyncClient (floor; also with keep-alive off), AsyncFirecrawl (also
   with ``import sniffio`` blocked, and over aiohttp: ``DefaultAioHttpClient``), raw aiohttp,
   firecrawl-py's AsyncFirecrawl.
4. The local Interact server on Chromium (``bench_local``), when ``firecrawl_sdk.testing`` is there:
   memory as deltas of the whole process tree (one lone session; each extra session).

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
LOOPBACK_RUNS = 3
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
PERCALL_OPERATIONS = (  # bench_percall operation, SDK call, request path of its floor, target
    ("create", "interact.create(ttl=60)", "/interact", 1.2),
    ("scrape", 'scrape(url, formats=["markdown"]) (~1 KB answer)', "/scrape (~1 KB)", 1.35),
    ("scrape50k", 'scrape(url, formats=["markdown"]) (~50 KB answer)', "/scrape (~50 KB)", 1.5),
)


def bench_percall() -> None:
    for mode, client, raw in (
        ("sync", "Firecrawl", "httpx.Client"),
        ("async", "AsyncFirecrawl", "httpx.AsyncClient"),
    ):
        section = f"2. Per-call overhead, {mode} (us/call, MockTransport)"
        floors: dict[str, list[float]] = {op: [] for op, _, _, _ in PERCALL_OPERATIONS}
        sdks: dict[str, list[float]] = {op: [] for op, _, _, _ in PERCALL_OPERATIONS}
        for _ in range(PERCALL_RUNS):  # operations interleaved run by run: load drifts hit both alike
            for op, _, _, _ in PERCALL_OPERATIONS:
                result = child_json([sys.executable, str(BENCH / "bench_percall.py"), mode, op])
                floors[op].append(float(result["floor_us"]))  # type: ignore[arg-type]
                sdks[op].append(float(result["sdk_us"]))  # type: ignore[arg-type]
        for op, call, path, limit in PERCALL_OPERATIONS:
            floor_text = f"{raw}.post {path} + json.loads"
            label = f"{client}.{call}"
            ROWS.append(Row(section, floor_text, "us", floors[op]))
            target = (f"<= {limit}x floor", floor_text, limit)
            ROWS.append(Row(section, label, "us", sdks[op], floor_text, targets=[target]))


# --- 3. loopback ----------------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def start_server(port: int, tls: tuple[str, str] | None = None) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(BENCH)}
    server = subprocess.Popen(
        [sys.executable, str(BENCH / "loopback_server.py"), str(port), *(tls or ())],
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


def self_signed(folder: Path) -> tuple[str, str, str]:
    """(certificate chain, key, CA) files for 127.0.0.1, made now by a throwaway CA (trustme)."""
    import trustme

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    chain, key, ca_file = folder / "cert.pem", folder / "key.pem", folder / "ca.pem"
    chain.write_bytes(b"".join(blob.bytes() for blob in cert.cert_chain_pems))
    cert.private_key_pem.write_to_path(str(key))
    ca.cert_pem.write_to_path(str(ca_file))
    return str(chain), str(key), str(ca_file)


FLOOR = "raw httpx.AsyncClient"
SDK = "AsyncFirecrawl"
NO_SNIFFIO = "AsyncFirecrawl, import sniffio blocked"
AIOHTTP = "AsyncFirecrawl over aiohttp (DefaultAioHttpClient)"
RAW_AIOHTTP = "raw aiohttp.ClientSession"
NO_KEEPALIVE = "raw httpx.AsyncClient, keep-alive off"
OFFICIAL = "firecrawl-py AsyncFirecrawl"
LOOPBACK_KINDS = (  # (bench_loopback kind, label, also over TLS)
    ("floor", FLOOR, True),
    ("floor-no-keepalive", NO_KEEPALIVE, True),
    ("sdk", SDK, True),
    ("sdk-no-sniffio", NO_SNIFFIO, False),
    ("sdk-aiohttp", AIOHTTP, True),
    ("raw-aiohttp", RAW_AIOHTTP, True),
    ("official", OFFICIAL, True),
)


def run_loopback(
    origin: str, kinds: list[tuple[str, str, str]], env: dict[str, str]
) -> dict[str, list[dict[str, float]]]:
    samples: dict[str, list[dict[str, float]]] = {label: [] for _, label, _ in kinds}
    for run in range(LOOPBACK_RUNS):
        order = kinds[run % len(kinds) :] + kinds[: run % len(kinds)]  # rotate: no row always first
        for kind, label, python in order:
            argv = [python, str(BENCH / "bench_loopback.py"), origin, kind]
            out = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=600, env=env)
            if out.returncode != 0:
                raise RuntimeError(f"{label}: {(out.stderr.strip().splitlines() or ['failed'])[-1]}")
            samples[label].append(json.loads(out.stdout.strip().splitlines()[-1]))
    return samples


def loopback_rows(tls: bool, samples: dict[str, list[dict[str, float]]], official: str) -> None:
    over = "TLS" if tls else "HTTP"
    seq = f"3{'c' if tls else 'a'}. Loopback {over}, sequential create (ms/call)"
    conc = f"3{'d' if tls else 'b'}. Loopback {over}, 200 concurrent creates (creates/s, median of 5 bursts)"
    latency_rows, throughput_rows = [], []
    for _, label, both in LOOPBACK_KINDS:
        if tls and not both:
            continue
        got = samples.get(label, [])
        floor = None if label == FLOOR else FLOOR
        lat = Row(seq, label, "ms", [g["latency_ms"] for g in got], floor)
        thr = Row(conc, label, "/s", [g["throughput"] for g in got], floor, higher_is_better=True)
        if got:
            lat.note = f"CPU {statistics.median(g['cpu_ms'] for g in got):.3f} ms/call"
        if label == OFFICIAL and official:
            lat.unavailable = thr.unavailable = official
        if label == SDK:
            lat.targets = [
                ("<= 1.25x floor latency", FLOOR, 1.25),
                ("faster than firecrawl-py", OFFICIAL, 1.0),
            ]
            thr.targets = [(">= 0.8x floor", FLOOR, 0.8)]
            if not tls:
                thr.targets.append(("ahead of sniffio blocked", NO_SNIFFIO, 1.0))
        if label == AIOHTTP:
            lat.targets = [("faster than firecrawl-py", OFFICIAL, 1.0)]
            thr.targets = [(">= 3x firecrawl-py", OFFICIAL, 3.0)]
            if not tls:
                thr.targets.insert(0, (">= 0.5x raw aiohttp", RAW_AIOHTTP, 0.5))
            if thr.samples and (raw := find_samples(samples, RAW_AIOHTTP)):
                thr.note = f"{thr.median / statistics.median(raw):.2f}x raw aiohttp"
        latency_rows.append(lat)
        throughput_rows.append(thr)
    ROWS.extend(latency_rows + throughput_rows)


def find_samples(samples: dict[str, list[dict[str, float]]], label: str) -> list[float]:
    return [g["throughput"] for g in samples.get(label, [])]


def bench_loopback(official: str) -> None:
    import tempfile

    env = {**os.environ, "PYTHONPATH": str(BENCH)}
    for tls in (False, True):
        kinds = [
            (kind, label, str(OFFICIAL_PYTHON) if kind == "official" else sys.executable)
            for kind, label, both in LOOPBACK_KINDS
            if (both or not tls) and not (kind == "official" and official)
        ]
        with tempfile.TemporaryDirectory() as folder:
            port = free_port()
            if tls:
                chain, key, ca_file = self_signed(Path(folder))
                server = start_server(port, (chain, key))
                run_env = {**env, "SSL_CERT_FILE": ca_file}  # every client here trusts it through this
            else:
                server, run_env = start_server(port), env
            try:
                samples = run_loopback(f"{'https' if tls else 'http'}://127.0.0.1:{port}", kinds, run_env)
            finally:
                server.terminate()
                server.wait(10)
        loopback_rows(tls, samples, official)


# --- 4. local server ------------------------------------------------------------------------
def bench_local() -> None:
    section = "4. Local Interact server (Chromium)"
    labels = (
        "time to a usable CDP session (s)",
        "sessions per minute (create, CDP, delete)",
        "memory of one lone session (MB PSS, delta)",
        "memory added per extra session (MB PSS, delta)",
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
    values: dict[str, list[float]] = {label: [] for label in labels}
    error = ""
    for _ in range(LOCAL_RUNS):
        try:
            result = child_json([sys.executable, str(BENCH / "bench_local.py")], timeout=300)
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            error = f"failed: {exc}"
            continue
        values[labels[0]].extend(result["ready_s"])  # type: ignore[arg-type]
        values[labels[1]].extend(60 / cycle for cycle in result["cycle_s"])  # type: ignore[attr-defined]
        values[labels[2]].extend(result["lone_mb"])  # type: ignore[arg-type]
        values[labels[3]].extend(result["extra_mb"])  # type: ignore[arg-type]
    for label, unit, better in zip(
        labels, ("s", "/min", "MB", "MB"), (False, True, False, False), strict=True
    ):
        ROWS.append(
            Row(
                section,
                label,
                unit,
                values[label],
                higher_is_better=better,
                unavailable="" if values[label] else error,
            )
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
        f"calls each), loopback {LOOPBACK_RUNS} per row (200 sequential creates, then 5 bursts of 200 "
        f"concurrent creates each), local server {LOCAL_RUNS}. Ratios are medians over the floor's median "
        "measured in the same run (for creates/s, higher is better). Written by `bench/run_all.py`; a "
        "benchmark, not a test. firecrawl-py keeps no connection alive: compare it with the keep-alive-off "
        "row, and over TLS, where each new connection pays a handshake.",
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
