"""Persistent browser profiles: one directory per ``profile.name``, one saving session at a time."""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
from pathlib import Path

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
    """Which profile names have a saving session right now (single event loop: no thread lock needed)."""

    def __init__(self) -> None:
        self._held: set[str] = set()

    def acquire(self, name: str) -> bool:
        if name in self._held:
            return False
        self._held.add(name)
        return True

    def release(self, name: str) -> None:
        self._held.discard(name)
