"""Start and stop one headless Debian Chromium per session: under a keeper, CDP over a pipe (no port)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from . import _process
from ._cdp import CDPError, CDPPipe

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
    "--remote-debugging-pipe",  # DevTools on fds 3/4: reachable only through the server's proxy
)
_STALE = ("DevToolsActivePort", "SingletonLock", "SingletonSocket", "SingletonCookie")
# What Chromium needs of the server's environment (nothing else: the API key stays with the server).
_ENV = ("PATH", "HOME", "LANG", "LC_ALL", "TZ", "TMPDIR", "XDG_CACHE_HOME", "XDG_CONFIG_HOME",
        "FONTCONFIG_FILE", "FONTCONFIG_PATH")  # fmt: skip
INSTALL_HINT = (
    "install Debian's chromium (`sudo apt-get install chromium`) or pass the executable "
    "(`chromium=` / `--chromium PATH`)"
)


class BrowserLaunchError(RuntimeError):
    """Chromium did not start or did not answer on its DevTools pipe in time."""


def default_chromium() -> str:
    """``chromium`` on PATH (Debian's package), else ``/usr/bin/chromium``."""
    return shutil.which("chromium") or "/usr/bin/chromium"


def check(chromium: str) -> str:
    """The version line of ``chromium``; raises ``BrowserLaunchError`` saying how to install it."""
    path = shutil.which(chromium)
    if path is None:
        raise BrowserLaunchError(f"Chromium not found at {chromium!r}: {INSTALL_HINT}")
    try:
        done = subprocess.run(
            [path, "--version"], capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BrowserLaunchError(f"Chromium at {path!r} does not run ({exc}): {INSTALL_HINT}") from exc
    if done.returncode != 0:
        raise BrowserLaunchError(f"Chromium at {path!r} does not run: {done.stderr.strip()[:300]}")
    return done.stdout.strip()


@dataclass(eq=False)
class Browser:
    """A running Chromium: its keeper, DevTools pipe and profile directory."""

    keeper: _process.Keeper = field(repr=False)
    pipe: CDPPipe = field(repr=False)
    user_data_dir: Path

    @property
    def pid(self) -> int:
        """Chromium's own pid (the keeper's command)."""
        return self.keeper.main_pid


async def launch(
    chromium: str, user_data_dir: Path, log_path: Path, timeout: float = 20.0, record: Path | None = None
) -> Browser:
    """Start Chromium on ``user_data_dir`` (stale lock files removed: the caller owns the profile)."""
    user_data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    for name in _STALE:
        (user_data_dir / name).unlink(missing_ok=True)
    to_browser_r, to_browser_w = os.pipe()
    from_browser_r, from_browser_w = os.pipe()
    command = [chromium, *FLAGS, f"--user-data-dir={user_data_dir}", "about:blank"]
    try:
        with open(log_path, "ab") as log:
            keeper = await _process.spawn(
                command, stdout=log, stderr=log, env={k: v for k, v in os.environ.items() if k in _ENV},
                fds={to_browser_r: 3, from_browser_w: 4}, record=record,
            )  # fmt: skip
    except BaseException:
        os.close(to_browser_w)
        os.close(from_browser_r)
        raise
    pipe = CDPPipe(from_browser_r, to_browser_w)
    await pipe.start()
    browser = Browser(keeper, pipe, user_data_dir)
    try:
        await pipe.call("Browser.getVersion", timeout=timeout)
    except (CDPError, TimeoutError) as exc:
        await _stop(browser)
        tail = log_path.read_text(errors="replace")[-500:] if log_path.exists() else ""
        raise BrowserLaunchError(f"chromium did not start ({chromium}): {tail or exc}") from exc
    return browser


async def shutdown(browser: Browser, grace: float = 5.0) -> None:
    """Close gracefully over CDP (so cookies and localStorage reach the disk), then end its keeper."""
    if browser.keeper.alive and not browser.pipe.closed:
        with contextlib.suppress(CDPError, TimeoutError):
            await browser.pipe.call("Browser.close", timeout=grace)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(browser.keeper.wait_main(), grace)
    await _stop(browser)


async def _stop(browser: Browser) -> None:
    browser.pipe.close()
    await browser.keeper.stop()
    browser.keeper.close()
