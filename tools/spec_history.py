"""`make update-spec` on every revision of the upstream spec, in a scratch checkout.

Usage: python tools/spec_history.py [--history DIR] [--no-tests] [--suites "PATH ..."] [--keep]

The scratch checkout is a copy of this one (tracked and untracked-but-not-ignored
files, as they are now, with this checkout's .venv and node_modules) with its own git repository, in
a temporary folder. For each revision in DIR (default ../shared/openapi/history),
oldest first, it is reset to that state, `make update-spec SPEC=<file>
COMMIT=<commit>` runs there (the commit is the file name's last part, as in
2026-06-16-a8c0c69d.json), and when the SDK was generated `pytest tests/spec` runs
there too (--suites: these test paths instead, each on its own, e.g. "tests/spec
tests/wrapper tests/jobs tests/faults"). A stop must leave `git status` clean. Prints a table: revision |
operations | outcome | first message. This checkout is never written to.
Exits 1 when a revision neither generated and passed nor stopped cleanly.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HISTORY = ROOT.parent / "shared" / "openapi" / "history"
SHARED = (".venv", "node_modules")  # symlinked into the scratch checkout: Python; Prism for tests/contract
GIT_USER = ["-c", "user.name=spec-history", "-c", "user.email=spec-history@localhost"]
# Lines that say why a step stopped: the overlay, update_spec.py, the generator's warnings, a crash.
STOP_LINE = re.compile(
    r"^(build_spec: (?!.*not needed)|update-spec: (?!stopped)(?!.* <- )"
    r"|generate: |WARNING |Traceback|\w+Error: )"
)


@dataclass(frozen=True)
class Run:
    """One `make update-spec` in the scratch checkout."""

    revision: str
    returncode: int
    output: str
    clean: bool  # `git status` shows nothing changed
    operations: int | None  # of the new PROVENANCE.json, when it generated

    @property
    def generated(self) -> bool:
        return self.returncode == 0

    def first_message(self) -> str:
        """Why it stopped, or which overlay actions were not needed on this revision."""
        lines = [line.strip() for line in self.output.splitlines() if line.strip()]
        if self.generated:
            skipped = [line for line in lines if line.startswith("build_spec:") and "not needed" in line]
            if not skipped:
                return "every overlay action applied"
            return f"{len(skipped)} overlay action(s) not needed on this revision"
        reasons = [line for line in lines if STOP_LINE.search(line)]
        return (reasons or lines or ["(no output)"])[0]


class Scratch:
    """A copy of the checkout with its own git repository: update-spec runs there, never here."""

    def __init__(self, path: Path, source: Path = ROOT) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        files = git(source, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
        for name in filter(None, files):
            origin = source / name
            if origin.is_file():  # not a file deleted in the checkout
                (path / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(origin, path / name)  # mtimes kept: make sees the venv as up to date
        for shared in SHARED:  # the checkout's environments, used as they are
            if (source / shared).exists():
                (path / shared).symlink_to(source / shared)
        git(path, "init", "-q")
        (path / ".git" / "info" / "exclude").write_text("".join(f"{shared}\n" for shared in SHARED))
        git(path, "add", "-A")
        git(path, *GIT_USER, "commit", "-q", "-m", "scratch copy of the checkout")

    def reset(self) -> None:
        git(self.path, "reset", "-q", "--hard")
        git(self.path, "clean", "-q", "-fdx", *(arg for shared in SHARED for arg in ("-e", shared)))

    def status(self) -> str:
        return git(self.path, "status", "--porcelain")

    def update_spec(self, spec: Path) -> Run:
        commit = spec.stem.rsplit("-", 1)[-1]
        make = subprocess.run(
            ["make", "--no-print-directory", "update-spec", f"SPEC={spec.resolve()}", f"COMMIT={commit}"],
            cwd=self.path,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
        operations = None
        if make.returncode == 0:
            record = json.loads((self.path / "openapi" / "PROVENANCE.json").read_text())
            operations = int(record["operations"])
        clean = not self.status()
        return Run(spec.name, make.returncode, make.stdout, clean, operations)

    def pytest(self, *args: str) -> subprocess.CompletedProcess[str]:
        """pytest in the scratch checkout, importing its generated/ and wrapper/."""
        env = {**os.environ, "PYTHONPATH": f"{self.path / 'generated'}:{self.path / 'wrapper'}"}
        return subprocess.run(
            [str(self.path / ".venv" / "bin" / "python"), "-m", "pytest", "-p", "no:randomly", "-q", *args],
            cwd=self.path,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


def summary_line(output: str) -> str:
    """pytest's closing line (``12 passed, 1 skipped in 3.1s``)."""
    lines = [line.strip("= ") for line in output.splitlines() if line.strip()]
    return next(
        (line for line in reversed(lines) if re.search(r"\d+ (passed|failed|error|skipped)", line)), ""
    )


def first_failure(output: str) -> str:
    return next((line for line in output.splitlines() if line.startswith(("FAILED", "ERROR"))), "")


def counts(output: str) -> str:
    """pytest's closing counts without the time (``12 passed, 1 skipped``)."""
    return re.sub(r"\s+in [\d.]+s.*$", "", summary_line(output))


def suites_outcome(results: list[tuple[str, subprocess.CompletedProcess[str]]]) -> tuple[str, str, bool]:
    """The outcome cell (``tests/spec 12 passed; tests/wrapper ...``), the first failure
    (empty when every suite passed) and whether they all passed."""
    cells, failure = [], ""
    for suite, result in results:
        if result.returncode in (0, 5):  # 5: nothing collected (a suite skipped as a whole is 0)
            cells.append(f"{suite} {counts(result.stdout) or 'nothing collected'}")
            continue
        cells.append(f"{suite} FAILED ({counts(result.stdout)})")
        lines = result.stdout.strip().splitlines()
        failure = failure or first_failure(result.stdout) or (lines[-1] if lines else f"{suite} failed")
    return "; ".join(cells), failure, not failure


def row(scratch: Scratch, spec: Path, suites: list[str]) -> tuple[list[str], bool]:
    """One table row and whether the revision is acceptable (generated and passed, or a clean stop)."""
    run = scratch.update_spec(spec)
    operations = "" if run.operations is None else str(run.operations)
    if not run.generated:
        outcome = "stopped, tree clean" if run.clean else "stopped, TREE CHANGED"
        return [run.revision, operations, outcome, run.first_message()], run.clean
    if not suites:
        return [run.revision, operations, "generated", run.first_message()], True
    results = [(suite, scratch.pytest(suite, "-m", "not spec_history")) for suite in suites]
    outcome, failure, passed = suites_outcome(results)
    return [run.revision, operations, f"generated; {outcome}", failure or run.first_message()], passed


def table(rows: list[list[str]]) -> str:
    header = ["revision", "operations", "outcome", "first message"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
    lines = [
        " | ".join([*(cell.ljust(widths[i]) for i, cell in enumerate(r[:3])), r[3]]) for r in [header, *rows]
    ]
    lines.insert(1, "-+-".join("-" * width for width in [*widths, len(header[3])]))
    return "\n".join(line.rstrip() for line in lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--history", type=Path, default=HISTORY, help="folder of revisions (*.json)")
    parser.add_argument("--no-tests", action="store_true", help="run no tests after generation")
    parser.add_argument(
        "--suites",
        default="tests/spec",
        help='test paths run (each on its own) after generation, space-separated (default: "tests/spec")',
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch checkout (its path is printed)")
    args = parser.parse_args(argv[1:])
    revisions = sorted(args.history.glob("*.json"))
    if not revisions:
        print(f"spec-history: no *.json revisions in {args.history}", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="spec-history-"))
    try:
        scratch = Scratch(folder / "checkout")
        rows, acceptable = [], True
        for spec in revisions:
            scratch.reset()
            print(f"spec-history: {spec.name} ...", file=sys.stderr, flush=True)
            cells, ok = row(scratch, spec, [] if args.no_tests else args.suites.split())
            rows.append(cells)
            acceptable &= ok
        print(table(rows))
    finally:
        if args.keep:
            print(f"spec-history: scratch checkout kept in {folder / 'checkout'}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0 if acceptable else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
