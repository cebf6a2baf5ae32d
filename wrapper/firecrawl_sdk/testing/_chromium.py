"""Start and stop one headless Debian Chromium per session (own process group, parent-death signal)."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from . import _process
from ._cdp import CDPClient

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--window-size=1280,800",
    "--remote-debugging-port=0",
)
_STALE = ("DevToolsActivePort", "SingletonLock", "SingletonSocket", "SingletonCookie")


class BrowserLaunchError(RuntimeError):
    """Chromium did not start or did not publish its DevTools port in time."""


def default_chromium() -> str:
    """``chromium`` on PATH (Debian's package), else ``/usr/bin/chromium``."""
    return shutil.which("chromium") or "/usr/bin/chromium"


@dataclass
class Browser:
    """A running Chromium: its process (group leader), profile directory and DevTools websocket URL."""

    process: asyncio.subprocess.Process
    user_data_dir: Path
    ws_url: str

    @property
    def pid(self) -> int:
        return self.process.pid


async def launch(chromium: str, user_data_dir: Path, log_path: Path, timeout: float = 20.0) -> Browser:
    """Start Chromium on ``user_data_dir`` and wait for ``DevToolsActivePort``."""
    user_data_dir.mkdir(parents=True, exist_ok=True)
    for name in _STALE:
        (user_data_dir / name).unlink(missing_ok=True)
    with open(log_path, "ab") as log:
        process = await asyncio.create_subprocess_exec(
            chromium,
            *FLAGS,
            f"--user-data-dir={user_data_dir}",
            "about:blank",
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
            preexec_fn=_process.die_with_parent,
        )
    _process.track(process.pid)
    port_file = user_data_dir / "DevToolsActivePort"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        lines = port_file.read_text().splitlines() if port_file.exists() else []
        if len(lines) >= 2:
            return Browser(process, user_data_dir, f"ws://127.0.0.1:{int(lines[0])}{lines[1]}")
        if process.returncode is not None:
            break
        await asyncio.sleep(0.05)
    _process.kill_group(process.pid)
    tail = log_path.read_text(errors="replace")[-500:] if log_path.exists() else ""
    raise BrowserLaunchError(f"chromium did not start ({chromium}): {tail}")


async def shutdown(browser: Browser, grace: float = 5.0) -> None:
    """Close gracefully over CDP (so cookies and localStorage reach the disk), then kill the group."""
    if browser.process.returncode is None:
        with contextlib.suppress(Exception):
            async with CDPClient(browser, timeout=grace) as cdp:
                await cdp.send("Browser.close")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(browser.process.wait(), grace)
    _process.kill_group(browser.pid)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(browser.process.wait(), grace)
