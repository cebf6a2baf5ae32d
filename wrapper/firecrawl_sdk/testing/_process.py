"""Child processes that cannot outlive the server: own process group, parent-death signal, group kill."""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import signal
import threading

_PR_SET_PDEATHSIG = 1
_live_groups: set[int] = set()
_lock = threading.Lock()


def die_with_parent() -> None:
    """``preexec_fn``: ask Linux to SIGKILL this child when the thread that spawned it ends."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def track(pgid: int) -> None:
    """Remember a process group so that interpreter exit kills it (``atexit``)."""
    with _lock:
        _live_groups.add(pgid)


def kill_group(pgid: int) -> None:
    """SIGKILL a whole process group (no error if it is already gone) and forget it."""
    with _lock:
        _live_groups.discard(pgid)
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def group_alive(pgid: int) -> bool:
    """True while any process of the group exists (zombies of our own children excluded)."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _only_zombies(pgid)


def _only_zombies(pgid: int) -> bool:
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return False
    return True


@atexit.register
def _kill_all() -> None:
    with _lock:
        groups = list(_live_groups)
    for pgid in groups:
        kill_group(pgid)
