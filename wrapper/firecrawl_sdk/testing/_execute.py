"""``execute``: run node, python or bash code against a session's browser in a killable process group."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

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


class RunnerUnavailable(RuntimeError):
    """The language's runtime (node + playwright-core) cannot be found."""


def _command(language: str, code_file: Path, node_modules: Path) -> list[str]:
    if language == "python":
        return [sys.executable, str(RUNNERS / "execute_py.py")]
    if language == "bash":
        return ["bash", str(code_file)]
    if not (node_modules / "playwright-core").is_dir():
        raise RunnerUnavailable(f"node execute needs playwright-core in {node_modules} (run `npm ci`)")
    return ["node", str(RUNNERS / "execute.mjs")]


async def run(
    language: str,
    code: str,
    *,
    cdp_url: str,
    timeout: float,
    node_modules: Path,
    work_dir: Path,
    started: Callable[[int], None] | None = None,
) -> ExecOutcome:
    """Run ``code``; ``timeout`` seconds later the whole process group is killed (``killed`` true)."""
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
            process = await asyncio.create_subprocess_exec(
                *_command(language, code_file, node_modules),
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                cwd=folder,
                env=env,
                start_new_session=True,
                preexec_fn=_process.die_with_parent,
            )
        _process.track(process.pid)
        if started is not None:
            started(process.pid)
        killed = False
        try:
            await asyncio.wait_for(process.wait(), timeout)
        except TimeoutError:
            killed = True
        finally:
            _process.kill_group(process.pid)  # also background children left behind
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(process.wait(), 5)
        extra = _read_json(result_file)
        return ExecOutcome(
            stdout=_read(folder / "stdout"),
            stderr=_read(folder / "stderr"),
            exit_code=_shell_code(process.returncode),
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
