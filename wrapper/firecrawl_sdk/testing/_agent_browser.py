"""``agent-browser`` for bash execute: a per-session command already bound to the session's ``cdpUrl``.

The npm package ``agent-browser`` (pinned in ``package.json``) ships native binaries in its ``bin``
folder. Each session gets ``<session dir>/bin/agent-browser``, a script that runs the binary with
``AGENT_BROWSER_CDP="$CDP_URL"`` (its ``--cdp``, kept out of the command line), so the docs' commands
(``agent-browser open URL``, ``snapshot -i``, ``click @e5``) run as written. Its daemon (which keeps
the ``@eN`` refs between calls) lives in the session's ``HOME`` and ends with the session.
"""

from __future__ import annotations

import os
import platform
import shlex
import stat
import tempfile
from pathlib import Path

PREFIX = "fc-ab-"  # socket dirs: <socket_parent()>/fc-ab-*, each claimed by its server (owner.lock)
_ARCH = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}


def binary(node_modules: Path) -> Path | None:
    """The native agent-browser binary for this machine in ``node_modules``, made executable; else None."""
    arch = _ARCH.get(platform.machine().lower())
    if arch is None:
        return None
    path = node_modules / "agent-browser" / "bin" / f"agent-browser-linux-{arch}"
    if not path.is_file():
        return None
    if not os.access(path, os.X_OK):  # npm does not keep the mode when the postinstall script is skipped
        try:
            path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        except OSError:
            return None
    return path


def socket_parent() -> str | None:
    """``/tmp`` (short: a socket path allows ~100 bytes), else the default temporary directory."""
    return "/tmp" if os.path.isdir("/tmp") else None


def install(bin_dir: Path, node_modules: Path) -> Path:
    """Write ``bin_dir/agent-browser``: the binary bound to ``$CDP_URL``, or a clear error if missing.

    Returns the daemon's socket directory (a short path: sockets allow ~100 bytes; remove it at the end).
    """
    bin_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    sockets = Path(tempfile.mkdtemp(prefix=PREFIX, dir=socket_parent()))
    found = binary(node_modules)
    if found is None:
        message = f"agent-browser is not in {node_modules}: run python -m firecrawl_sdk.testing install-node"
        body = f"echo {shlex.quote(message)} >&2\nexit 127\n"
    else:
        body = (  # the cdpUrl goes in the environment (--cdp would show its token in `ps`)
            f"export AGENT_BROWSER_SOCKET_DIR={shlex.quote(str(sockets))}\n"
            'export AGENT_BROWSER_CDP="$CDP_URL" AGENT_BROWSER_NO_VERSION_CHECK=1\n'
            f'exec {shlex.quote(str(found))} "$@"\n'
        )
    script = bin_dir / "agent-browser"
    script.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    script.chmod(0o700)
    return sockets
