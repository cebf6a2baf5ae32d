"""``execute``: run node, python or bash code against a session's browser, under a keeper."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import _process

RUNNERS = Path(__file__).resolve().parent / "runners"
_MAX_OUTPUT = 1_000_000


@dataclass(frozen=True)
class ExecOutcome:
    stdout: str
    stderr: str
    exit_code: int | None
    killed: bool
    result: str | None
    error: str | None

    def fields(self) -> dict[str, Any]:
        """The spec's result fields of an execute (standalone or scrape-bound); ``result`` falls back
        to ``stdout``."""
        return {
            "stdout": self.stdout,
            "result": self.result if self.result is not None else self.stdout,
            "stderr": self.stderr,
            "exitCode": self.exit_code,
            "killed": self.killed,
            "error": self.error,
        }


class RunnerUnavailable(RuntimeError):
    """The language's runtime (node + playwright-core) cannot be found."""


def _command(language: str, code_file: Path, node_modules: Path) -> list[str]:
    if language == "python":
        return [sys.executable, str(RUNNERS / "execute_py.py")]
    if language == "bash":
        return ["bash", str(code_file)]
    if not (node_modules / "playwright-core").is_dir():
        raise RunnerUnavailable(
            f"node execute needs playwright-core in {node_modules}: run "
            "`python -m firecrawl_sdk.testing install-node` (or `npm ci` in a checkout)"
        )
    return ["node", str(RUNNERS / "execute.mjs")]


async def run(
    language: str,
    code: str,
    *,
    cdp_url: str,
    timeout: float,
    node_modules: Path,
    work_dir: Path,
    started: Callable[[_process.Keeper], None] | None = None,
    record: Path | None = None,
) -> ExecOutcome:
    """Run ``code`` under a keeper; after ``timeout`` seconds all it started is killed (``killed``).

    What the code leaves running (background jobs, ``setsid``, the agent-browser daemon) lives on under
    the keeper until the session ends (``started`` gets the keeper so the session can end it).
    """
    with tempfile.TemporaryDirectory(dir=work_dir, prefix="exec-") as tmp:
        folder = Path(tmp)
        code_file, result_file = folder / "code", folder / "result.json"
        code_file.write_text(code, encoding="utf-8")
        env = {  # nothing of the server's environment (its API key) reaches executed code
            "CDP_URL": cdp_url,
            "PATH": os.pathsep.join([str(work_dir / "bin"), os.environ.get("PATH") or os.defpath]),
            "HOME": str(work_dir),
            "LANG": "C.UTF-8",
            "FIRECRAWL_CODE_FILE": str(code_file),
            "FIRECRAWL_RESULT_FILE": str(result_file),
            "FIRECRAWL_PLAYWRIGHT_CORE": str(node_modules / "playwright-core"),
        }
        with open(folder / "stdout", "wb") as out, open(folder / "stderr", "wb") as err:
            keeper = await _process.spawn(
                _command(language, code_file, node_modules), stdout=out, stderr=err, cwd=folder,
                env=env, record=record,
            )  # fmt: skip
        if started is not None:
            started(keeper)
        killed = False
        try:
            exit_code = await asyncio.wait_for(keeper.wait_main(), timeout)
        except TimeoutError:
            killed = True
            await keeper.stop(graceful=False)  # SIGKILL to the runner and all it started
            exit_code = -9
        extra = _read_json(result_file)
        return ExecOutcome(
            stdout=_read(folder / "stdout"),
            stderr=_read(folder / "stderr"),
            exit_code=_shell_code(exit_code),
            killed=killed,
            result=extra.get("result"),
            error=extra.get("error")
            or (f"Execution timed out after {timeout:g} seconds" if killed else None),
        )


def _shell_code(code: int | None) -> int | None:
    """A process ended by signal N reports 128 + N, as shells do (the timeout kill: 137)."""
    return 128 - code if code is not None and code < 0 else code


def _read(path: Path) -> str:
    with open(path, "rb") as f:
        return f.read(_MAX_OUTPUT).decode("utf-8", errors="replace")


def _read_json(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: str(v) for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}
