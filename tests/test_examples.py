"""Type check (not a runtime test): the README quickstart and examples/ pass ``mypy --strict``.

Issue 8, part 6 ("Types are real"): the ```python blocks under ``## Quickstart`` in README.md
and every file in examples/ must pass ``mypy --strict`` with no ``cast`` and no ``type: ignore``.
Each block (up to the section's first subheading) is extracted to a temporary file and checked
by this venv's mypy with the project's mypy configuration (run from the repository root). A
control file that assigns an SDK result to ``int`` must be *rejected*: it proves the SDK's types
reach the user's mypy (a missing ``py.typed`` would make every value ``Any`` and the quickstart
would pass vacuously).
``make lint`` runs ``mypy --strict examples`` too; this test also covers the README.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
FORBIDDEN = re.compile(r"\bcast\(|type:\s*ignore")
CONTROL = """from firecrawl_sdk import Firecrawl

not_an_int: int = Firecrawl().scrape("https://example.com")
"""


def readme_quickstarts() -> list[str]:
    """Every ```python block of the ``## Quickstart`` section, up to its next ``#``/``##``/``###`` heading.

    Parsed line by line: a ``# comment`` inside a code block is not a heading."""
    blocks: list[str] = []
    in_section = False
    fence: list[str] | None = None  # lines of the open ```python block; None outside one
    in_other_fence = False
    for line in README.read_text(encoding="utf-8").splitlines():
        if fence is not None or in_other_fence:
            if line.startswith("```"):
                if fence is not None:
                    blocks.append("\n".join(fence) + "\n")
                fence, in_other_fence = None, False
            elif fence is not None:
                fence.append(line)
        elif line.startswith("```"):
            if in_section and line.strip() == "```python":
                fence = []
            else:
                in_other_fence = True
        elif re.match(r"#{1,3} ", line):
            if in_section:
                break
            in_section = line.strip() == "## Quickstart"
    assert blocks, "README.md has no ```python block in its '## Quickstart' section"
    return blocks


QUICKSTARTS = {f"readme_quickstart_{n}.py": code for n, code in enumerate(readme_quickstarts(), 1)}


@pytest.fixture(scope="module")
def mypy_strict(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """One ``mypy --strict`` run over the quickstart, the examples and the control: errors per file."""
    tmp = tmp_path_factory.mktemp("typecheck")
    quickstarts = [tmp / name for name in QUICKSTARTS]
    for path in quickstarts:
        path.write_text(QUICKSTARTS[path.name], encoding="utf-8")
    control = tmp / "typecheck_control.py"
    control.write_text(CONTROL, encoding="utf-8")
    files = [*quickstarts, control, *EXAMPLES]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--show-error-codes",
            "--no-color-output",
            *map(str, files),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode in (0, 1), f"mypy crashed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}"
    errors: dict[str, list[str]] = {f.name: [] for f in files}
    for line in proc.stdout.splitlines():
        name = Path(line.split(":", 1)[0]).name
        if name in errors and ": error:" in line:
            errors[name].append(line)
    return errors


@pytest.mark.parametrize("name", list(QUICKSTARTS))
def test_readme_quickstart_passes_mypy_strict(name: str, mypy_strict: dict[str, list[str]]) -> None:
    assert not FORBIDDEN.search(QUICKSTARTS[name]), f"README {name}: no cast() or type: ignore allowed"
    assert mypy_strict[name] == [], "\n".join(mypy_strict[name])


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_passes_mypy_strict(path: Path, mypy_strict: dict[str, list[str]]) -> None:
    assert not FORBIDDEN.search(path.read_text(encoding="utf-8")), f"{path.name} uses cast() or type: ignore"
    assert mypy_strict[path.name] == [], "\n".join(mypy_strict[path.name])


def test_sdk_types_reach_the_users_mypy(mypy_strict: dict[str, list[str]]) -> None:
    """Assigning ``fc.scrape(...)`` to ``int`` is an error: results are typed, not ``Any``."""
    errors = mypy_strict["typecheck_control.py"]
    assert any("[assignment]" in e and "ScrapeResponseData" in e for e in errors), errors
