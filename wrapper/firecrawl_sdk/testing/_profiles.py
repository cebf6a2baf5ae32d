"""Persistent browser profiles: one directory per ``profile.name``, one saving session at a time."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _process
from ._cdp import CDPClient, CDPError

if TYPE_CHECKING:
    from ._chromium import Browser

COOKIES = "firecrawl-cookies.json"  # every cookie, session ones included (Chromium drops those at exit)
_COOKIE_FIELDS = (
    "name", "value", "domain", "path", "secure", "httpOnly", "sameSite", "priority", "sourceScheme",
    "sourcePort",
)  # fmt: skip

# Chromium's lock files and caches are not worth copying (and may vanish while a saver runs).
_SKIP = shutil.ignore_patterns(
    "Singleton*", "DevToolsActivePort", "Cache", "Code Cache", "GPUCache", "*Cache*", "Crashpad"
)


def profile_dir(state_dir: Path, name: str) -> Path:
    """A safe, stable directory for any 1-128 character name: a readable slug plus a hash."""
    slug = re.sub(r"[^A-Za-z0-9_-]", "_", name)[:40]
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:16]
    return state_dir / "profiles" / f"{slug}-{digest}"


def copy_profile(source: Path, target: Path) -> None:
    """Start a read-only session from a copy of the profile (an empty one if it does not exist yet)."""
    if source.is_dir():
        # A file changing under a concurrent saver is skipped: the copy is still a usable profile.
        with contextlib.suppress(shutil.Error):
            shutil.copytree(source, target, ignore=_SKIP, symlinks=True, dirs_exist_ok=True)
    target.mkdir(parents=True, exist_ok=True)


class SaverLocks:
    """One saving session per profile, across every server sharing the state dir (``flock``).

    The lock file sits next to the profile directory; the kernel drops it when its holder dies.
    """

    def __init__(self, state_dir: Path) -> None:
        self._state_dir = state_dir
        self._held: dict[str, int] = {}

    def acquire(self, name: str) -> bool:
        if name in self._held:
            return False
        folder = profile_dir(self._state_dir, name)
        folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = _process.hold(folder.with_name(folder.name + ".lock"))
        if fd is None:
            return False
        self._held[name] = fd
        return True

    def release(self, name: str) -> None:
        _process.release(self._held.pop(name, None))


async def save_cookies(browser: Browser, user_data_dir: Path) -> None:
    """Write every cookie of the running browser to ``user_data_dir`` (mode 0600), before it closes."""
    async with CDPClient(browser) as cdp:
        cookies = (await cdp.send("Storage.getCookies"))["cookies"]
    path = user_data_dir / COOKIES
    fd = os.open(path.with_suffix(".tmp"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(fd, "w", encoding="utf-8") as f:
        json.dump(cookies, f)
    os.replace(path.with_suffix(".tmp"), path)


async def restore_cookies(browser: Browser, user_data_dir: Path) -> None:
    """Give a freshly started browser the cookies its profile saved (no file: nothing to do)."""
    try:
        saved = json.loads((user_data_dir / COOKIES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    cookies = [_cookie_param(c) for c in saved if isinstance(c, dict)]
    if cookies:
        async with CDPClient(browser) as cdp:
            try:
                await cdp.send("Storage.setCookies", {"cookies": cookies})
            except CDPError:  # one cookie the browser refuses: keep the others
                for cookie in cookies:
                    with contextlib.suppress(CDPError):
                        await cdp.send("Storage.setCookies", {"cookies": [cookie]})


def _cookie_param(cookie: dict[str, Any]) -> dict[str, Any]:
    param = {k: cookie[k] for k in _COOKIE_FIELDS if k in cookie}
    if not cookie.get("session") and isinstance(cookie.get("expires"), int | float) and cookie["expires"] > 0:
        param["expires"] = cookie["expires"]
    return param
