"""``make test-min``: the tests on the lowest versions pyproject.toml allows, in a venv of their own.

1. ``.venv-min`` is made anew by uv (pinned in requirements/dev.txt) on the lowest Python that
   ``requires-python`` allows (no interpreter is downloaded: it must be on the machine).
2. The project is installed, editable, at ``--resolution lowest-direct``: each dependency
   pyproject.toml declares at its minimum, their own dependencies at the newest allowed. The test
   tools come at their requirements/dev.txt pins.
3. Each declared minimum must be the version installed (else the minimum is not what was tested).
4. pytest runs the given test paths (default: wrapper, spec, jobs, faults and the local server).

Two rounds in the same venv: every extra but ``aiohttp``, under the tests that do not need it; then
``aiohttp`` added (its httpx-aiohttp needs a newer httpx than the SDK itself: reported as raised),
under the tests that do.

Usage: ``python tools/test_min.py [pytest args...]``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv-min"
UV = Path(sys.executable).parent / "uv"
#: requirements/dev.txt pins the tests need besides the project (generation tools: tests/spec runs them).
TEST_TOOLS = (
    "pytest",
    "pytest-asyncio",
    "hypothesis",
    "openapi-schema-validator",
    "PyYAML",
    "oas-patch",
    "openapi-python-client",
    "ruff",
    "hatchling",  # tests/testing builds the wheel (with pip: the venv is seeded)
)
DEFAULT_TESTS = ("tests/wrapper", "tests/spec", "tests/jobs", "tests/faults", "tests/testing")
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^]]*\])?\s*(.*)$")


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def declared_minimums(project: dict[str, Any], extras: list[str]) -> dict[str, str]:
    """``name -> minimum`` of every runtime dependency and those of ``extras`` (each needs a ``>=``)."""
    requirements = list(project["dependencies"])
    for extra in extras:
        requirements.extend(project["optional-dependencies"][extra])
    minimums = {}
    for requirement in requirements:
        match = _REQUIREMENT.match(requirement.split(";", 1)[0])
        assert match, requirement
        name, specifiers = match.groups()
        lowest = re.search(r">=\s*([^,\s]+)", specifiers)
        if lowest is None:
            sys.exit(f"test-min: {requirement!r} in pyproject.toml has no minimum (>=): declare one")
        minimums[_key(name)] = lowest.group(1)
    return minimums


def tool_pins() -> list[str]:
    pins = {}
    for line in (ROOT / "requirements" / "dev.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            pins[_key(line.split("==", 1)[0])] = line.strip()
    missing = [tool for tool in TEST_TOOLS if _key(tool) not in pins]
    if missing:
        sys.exit(f"test-min: requirements/dev.txt pins no {', '.join(missing)}")
    return [pins[_key(tool)] for tool in TEST_TOOLS]


def _release(version: str) -> tuple[int, ...]:
    """``24.1`` and ``24.1.0`` are the same release."""
    parts = [int(part) for part in re.findall(r"\d+", version.split("+", 1)[0])]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def run(*command: str | Path, env: dict[str, str]) -> str:
    """Run ``command`` (shown first); its standard output."""
    print("+", " ".join(map(str, command)), flush=True)
    return subprocess.run(
        list(map(str, command)), check=True, text=True, env=env, stdout=subprocess.PIPE
    ).stdout


def install(extras: list[str], tools: Path, env: dict[str, str]) -> dict[str, str]:
    """The project with ``extras``, lowest-direct, and the test tools; ``name -> version`` installed."""
    spec = f"{ROOT}[{','.join(extras)}]" if extras else str(ROOT)
    run(UV, "pip", "install", "--quiet", "--resolution", "lowest-direct", "-e", spec, "-r", tools, env=env)
    frozen = run(UV, "pip", "freeze", "--quiet", env=env)
    return {_key(name): version for name, version in re.findall(r"^([^=\s]+)==(\S+)$", frozen, re.M)}


def check(minimums: dict[str, str], installed: dict[str, str], raised: dict[str, str]) -> None:
    """Each minimum is what got installed, except those ``raised`` names (``name -> by what``)."""
    wrong = []
    for name, minimum in sorted(minimums.items()):
        got = installed.get(name, "missing")
        note = f"  (raised by {raised[name]})" if name in raised else ""
        print(f"  {name:<14} >={minimum:<8} {got}{note}")
        if got == "missing" or (_release(got) != _release(minimum) and name not in raised):
            wrong.append(f"{name}: declared >={minimum}, installed {got}")
    if wrong:
        sys.exit("test-min: the minimums were not what got installed: " + "; ".join(wrong))


def main(pytest_args: list[str]) -> int:
    """Two rounds in one venv: every extra but ``aiohttp`` (whose httpx-aiohttp needs a newer httpx
    than the SDK does) under the tests that do not need it; then ``aiohttp`` added, under its tests."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    python = re.fullmatch(r">=\s*(\d+\.\d+)", project["requires-python"])
    assert python, f"requires-python {project['requires-python']!r}: expected >=X.Y"
    extras = list(project.get("optional-dependencies", {}))
    later = [extra for extra in extras if extra == "aiohttp"]
    first = [extra for extra in extras if extra not in later]
    env = {**os.environ, "UV_PYTHON_DOWNLOADS": "never", "VIRTUAL_ENV": str(VENV)}

    shutil.rmtree(VENV, ignore_errors=True)
    made = subprocess.run(
        [str(UV), "venv", "--quiet", "--seed", "--python", python.group(1), str(VENV)], env=env, check=False
    )
    if made.returncode:
        sys.exit(f"test-min: no Python {python.group(1)} (requires-python's minimum) on this machine")
    tools = VENV / "test-tools.txt"
    tools.write_text("\n".join(tool_pins()) + "\n")
    python_version = subprocess.run(
        [str(VENV / "bin" / "python"), "-c", "import platform; print(platform.python_version())"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    pytest = [str(VENV / "bin" / "python"), "-m", "pytest", "-p", "no:cacheprovider"]
    tests = pytest_args or [*DEFAULT_TESTS, "-q"]

    print(f"\ntest-min: Python {python_version}, extras {first}; declared minimum -> installed")
    check(declared_minimums(project, first), install(first, tools, env), raised={})
    code = subprocess.run([*pytest, *tests, "-k", "not aiohttp"], cwd=ROOT, check=False).returncode
    if code or not later:
        return code

    installed = install(extras, tools, env)
    minimums = declared_minimums(project, extras)
    raised = {  # httpx-aiohttp's own minimum of httpx is above the SDK's
        name: "httpx-aiohttp" for name in ("httpx",) if _release(installed[name]) != _release(minimums[name])
    }
    print(f"\ntest-min: Python {python_version}, extras {extras}; declared minimum -> installed")
    check(minimums, installed, raised)
    return subprocess.run([*pytest, *tests, "-k", "aiohttp"], cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
