"""Keeper: runs one command and owns everything it spawns, detached or not (a standalone script).

``python -I -S keeper.py STATUS_FD FD_MAP -- COMMAND...``. The keeper is a child subreaper, so every
process below it (``setsid``, double forks, detached node spawns) stays below it. It waits for one
byte on stdin (the server has opened a pidfd on it), starts COMMAND in a new session with the fds of
FD_MAP (``src:dst,...`` or ``-``) and writes ``pid N`` then ``exit CODE`` lines to STATUS_FD. What
COMMAND left running (background jobs, daemons) lives on below the keeper, reaped here.
SIGTERM (and the server's death): SIGTERM to every descendant, SIGKILL after a grace; SIGUSR1:
SIGKILL at once. Processes are signalled through pidfds checked against their start time.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import os
import signal
import sys
import time

_PR_SET_PDEATHSIG = 1
_PR_SET_CHILD_SUBREAPER = 36
_GRACE = 3.0


class _Stop(Exception):
    def __init__(self, graceful: bool) -> None:
        self.graceful = graceful


_SIGNALS = (signal.SIGTERM, signal.SIGUSR1, signal.SIGHUP, signal.SIGINT)


def _on_signal(signum: int, frame: object) -> None:
    signal.pthread_sigmask(signal.SIG_BLOCK, _SIGNALS)  # one stop: a second signal must not cut it short
    raise _Stop(graceful=signum != signal.SIGUSR1)


def _stat(pid: int) -> tuple[int, int, int] | None:
    """(ppid, pgid, starttime) of a live (non-zombie) process, None otherwise."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    if fields[0] in (b"Z", b"X"):
        return None
    return int(fields[1]), int(fields[2]), int(fields[19])


def descendants(root: int) -> dict[int, tuple[int, int]]:
    """Live descendants of ``root``: pid -> (pgid, starttime)."""
    table: dict[int, tuple[int, int, int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            info = _stat(int(entry))
            if info is not None:
                table[int(entry)] = info
    children: dict[int, list[int]] = {}
    for pid, (ppid, _, _) in table.items():
        children.setdefault(ppid, []).append(pid)
    found: dict[int, tuple[int, int]] = {}
    todo = list(children.get(root, []))
    while todo:
        pid = todo.pop()
        if pid not in found:
            found[pid] = (table[pid][1], table[pid][2])
            todo.extend(children.get(pid, []))
    return found


def send(pid: int, starttime: int, signum: int) -> None:
    """Signal ``pid`` only if it is still the process that started at ``starttime`` (pidfd: no reuse)."""
    try:
        fd = os.pidfd_open(pid)
    except OSError:
        return
    try:
        info = _stat(pid)
        if info is not None and info[2] == starttime:
            signal.pidfd_send_signal(fd, signum)
    except OSError:
        pass
    finally:
        os.close(fd)


def _reap() -> bool:
    """Reap every exited child without blocking; False once there are no children left."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return False
        if pid == 0:
            return True


def terminate_all(graceful: bool) -> None:
    """Signal every descendant (TERM then KILL after a grace, or KILL at once) until none is left."""
    me = os.getpid()
    if graceful:
        for pid, (_, start) in descendants(me).items():
            send(pid, start, signal.SIGTERM)
        deadline = time.monotonic() + _GRACE
        while _reap() and descendants(me) and time.monotonic() < deadline:
            time.sleep(0.02)
    for _ in range(200):  # new children of dying processes land here too: repeat until none
        alive = descendants(me)
        if not alive:
            break
        for pid, (_, start) in alive.items():
            send(pid, start, signal.SIGKILL)
        _reap()
        time.sleep(0.01)
    while _reap():
        time.sleep(0.01)


def _write(fd: int, line: str) -> None:
    with contextlib.suppress(OSError):
        os.write(fd, line.encode() + b"\n")


def main(argv: list[str]) -> int:
    status_fd = int(argv[1])
    fd_map = [tuple(int(x) for x in pair.split(":")) for pair in argv[2].split(",") if ":" in pair]
    command = argv[4:]
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    for signum in _SIGNALS:
        signal.signal(signum, _on_signal)
    main_pid = 0
    code = 0
    try:
        if not os.read(0, 1):  # the server is gone before we started
            return 1
        main_pid = os.fork()
        if main_pid == 0:
            for signum in _SIGNALS:
                signal.signal(signum, signal.SIG_DFL)
            signal.pthread_sigmask(signal.SIG_SETMASK, set())
            os.setsid()
            devnull = os.open(os.devnull, os.O_RDONLY)
            os.dup2(devnull, 0)
            moved = [(fcntl.fcntl(src, fcntl.F_DUPFD_CLOEXEC, 100), dst) for src, dst in fd_map]
            for fd in {status_fd, devnull, *(src for src, _ in fd_map)}:
                os.close(fd)
            for src, dst in moved:
                os.dup2(src, dst)  # inheritable: the command gets exactly these
            try:
                os.execvp(command[0], command)
            except OSError as exc:
                os.write(2, f"cannot run {command[0]}: {exc}\n".encode())
            os._exit(127)
        for src, _ in fd_map:
            os.close(src)
        _write(status_fd, f"pid {main_pid}")
        while True:
            pid, status = os.waitpid(-1, 0)
            if pid == main_pid:
                code = os.waitstatus_to_exitcode(status)
                _write(status_fd, f"exit {code}")
                os.close(status_fd)
                status_fd = -1
    except ChildProcessError:
        return 0
    except _Stop as stop:
        terminate_all(stop.graceful)
        if status_fd >= 0 and main_pid:
            _write(status_fd, "exit -9" if not stop.graceful else "exit -15")
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
