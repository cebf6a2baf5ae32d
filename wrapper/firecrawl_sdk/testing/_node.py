"""The npm packages of node and bash execute (``playwright-core``, ``agent-browser``): found or installed.

Where they are looked for, in order: ``$FIRECRAWL_LOCAL_NODE_MODULES``; the repository's
``node_modules`` (a checkout with ``make setup``); ``./node_modules``; the user cache
``${XDG_CACHE_HOME:-~/.cache}/firecrawl-sdk/node/node_modules``. Installed from the wheel, the server
installs the pinned versions into that cache with npm the first time it starts (or run
``python -m firecrawl_sdk.testing install-node``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

PACKAGES = {"playwright-core": "1.64.1", "agent-browser": "0.41.2"}  # = package.json (a test checks)


class NodePackagesError(RuntimeError):
    """npm is missing or could not install the packages."""


def cache_dir() -> Path:
    """``${XDG_CACHE_HOME:-~/.cache}/firecrawl-sdk/node``: the npm prefix of the user's install."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "firecrawl-sdk" / "node"


def candidates() -> list[Path]:
    repo = Path(__file__).resolve().parents[3] / "node_modules"
    return [repo, Path.cwd() / "node_modules", cache_dir() / "node_modules"]


def complete(node_modules: Path) -> bool:
    return all((node_modules / name / "package.json").is_file() for name in PACKAGES)


def find() -> Path:
    """``$FIRECRAWL_LOCAL_NODE_MODULES`` when set; else the first candidate holding the packages; else
    the user cache (where ``install`` puts them)."""
    env = os.environ.get("FIRECRAWL_LOCAL_NODE_MODULES")
    if env:
        return Path(env)
    return next((folder for folder in candidates() if complete(folder)), cache_dir() / "node_modules")


def install(prefix: Path | None = None, timeout: float = 600.0) -> Path:
    """``npm install`` the pinned packages under ``prefix`` (default: the user cache); their node_modules."""
    prefix = prefix or cache_dir()
    npm = shutil.which("npm")
    if npm is None:
        raise NodePackagesError("npm is not on PATH: install Node.js (Debian: `sudo apt-get install npm`)")
    prefix.mkdir(mode=0o700, parents=True, exist_ok=True)
    specs = [f"{name}@{version}" for name, version in PACKAGES.items()]
    print(f"firecrawl-sdk: installing {' '.join(specs)} into {prefix} (once)", file=sys.stderr, flush=True)
    command = [npm, "install", "--prefix", str(prefix), "--no-audit", "--no-fund", "--ignore-scripts"]
    try:
        done = subprocess.run(
            [*command, "--loglevel=error", *specs], capture_output=True, text=True, timeout=timeout,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise NodePackagesError(f"npm install failed: {exc}") from exc
    if done.returncode != 0 or not complete(prefix / "node_modules"):
        raise NodePackagesError(f"npm install failed: {done.stderr.strip()[-500:]}")
    return prefix / "node_modules"
