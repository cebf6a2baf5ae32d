"""Every process a session starts runs under a keeper (``runners/keeper.py``), a child subreaper.

Nothing is signalled by a bare pid or process group: the server holds a pidfd on each keeper,
opened while the keeper cannot have exited, and any other process is signalled through a pidfd
after its start time (``/proc/<pid>/stat``) is checked. Keepers and what they spawned are recorded
in the session directory (``procs``), so a server started after a SIGKILL of the previous one on the
same state dir ends them (:func:`cleanup_state`); a session directory is live while its owner holds
``owner.lock`` (``flock``).
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import fcntl
import os
import shutil
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

KEEPER = Path(__file__).resolve().parent / "runners" / "keeper.py"
_PR_SET_CHILD_SUBREAPER = 36
_GRACE = 3.0


def enable_subreaper() -> None:
    """Orphans of this process's descendants reparent to it instead of init (Linux prctl)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def stat(pid: int) -> tuple[int, int, int] | None:
    """(ppid, pgid, start time in clock ticks) of a live, non-zombie process; None otherwise."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None
    if fields[0] in (b"Z", b"X"):
        return None
    return int(fields[1]), int(fields[2]), int(fields[19])


def starttime(pid: int) -> int | None:
    info = stat(pid)
    return info[2] if info else None


def table() -> dict[int, tuple[int, int]]:
    """Every live process: pid -> (ppid, start time)."""
    found: dict[int, tuple[int, int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (info := stat(int(entry))) is not None:
            found[int(entry)] = (info[0], info[2])
    return found


def descendants(root: int, processes: dict[int, tuple[int, int]] | None = None) -> dict[int, int]:
    """Live descendants of ``root``: pid -> start time (from ``processes``, else a fresh ``table()``)."""
    processes = table() if processes is None else processes
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in processes.items():
        children.setdefault(ppid, []).append(pid)
    found: dict[int, int] = {}
    todo = list(children.get(root, []))
    while todo:
        pid = todo.pop()
        if pid not in found:
            found[pid] = processes[pid][1]
            todo.extend(children.get(pid, []))
    return found


def send(pid: int, start: int, signum: int) -> bool:
    """Signal ``pid`` only while it is the process that started at ``start``; True if signalled."""
    try:
        fd = os.pidfd_open(pid)
    except OSError:
        return False
    try:
        if starttime(pid) != start:  # the pid now names another process: leave it alone
            return False
        signal.pidfd_send_signal(fd, signum)
        return True
    except OSError:
        return False
    finally:
        os.close(fd)


def end_recorded(recorded: frozenset[tuple[int, int]]) -> None:
    """SIGKILL recorded processes that are still themselves (orphans of a keeper killed from outside,
    adopted by this subreaper), then reap those that became our zombies."""
    for pid, start in recorded:
        send(pid, start, signal.SIGKILL)
    for pid, start in recorded:
        try:
            with open(f"/proc/{pid}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if fields[0] == b"Z" and int(fields[1]) == os.getpid() and int(fields[19]) == start:
            with contextlib.suppress(OSError):
                os.waitpid(pid, os.WNOHANG)


def kill_tree(root: int, root_start: int) -> None:
    """SIGKILL ``root`` (if still itself) and all its descendants, identity-checked, until none is left."""
    for _ in range(100):
        alive = descendants(root) if starttime(root) == root_start else {}
        if not alive:
            break
        for pid, start in alive.items():
            send(pid, start, signal.SIGKILL)
    send(root, root_start, signal.SIGKILL)


@dataclass(eq=False)
class Keeper:
    """One command under its keeper: ``pid`` (keeper), ``main_pid`` (the command), exit code when known."""

    process: asyncio.subprocess.Process
    pidfd: int = field(repr=False)
    start: int
    status: asyncio.StreamReader = field(repr=False)
    main_pid: int = 0
    exit_code: int | None = None

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def alive(self) -> bool:
        return self.process.returncode is None

    def signal(self, signum: int) -> None:
        """Signal the keeper through its pidfd: never another process, even after it was reaped."""
        with contextlib.suppress(ProcessLookupError, OSError):
            signal.pidfd_send_signal(self.pidfd, signum)

    async def wait_main(self) -> int | None:
        """Wait until the command exits (``exit_code``, negative for a signal); None if unknown."""
        while self.exit_code is None:
            line = await self.status.readline()
            if not line:
                break
            self._parse(line)
        return self.exit_code

    def _parse(self, line: bytes) -> None:
        kind, _, value = line.decode().strip().partition(" ")
        if kind == "pid":
            self.main_pid = int(value)
        elif kind == "exit":
            self.exit_code = int(value)

    async def stop(self, graceful: bool = True) -> None:
        """End the command and everything it spawned: TERM then KILL after a grace (or KILL at once)."""
        if self.alive:
            self.signal(signal.SIGTERM if graceful else signal.SIGUSR1)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.process.wait(), _GRACE + 2.0)
        if self.alive:  # a keeper that does not answer: its tree, then itself, by identity
            kill_tree(self.pid, self.start)
            self.signal(signal.SIGKILL)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.process.wait(), 5.0)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            os.close(self.pidfd)
            self.pidfd = -1


async def spawn(
    command: list[str], *, stdout: IO[bytes] | int, stderr: IO[bytes] | int, cwd: Path | None = None,
    env: dict[str, str] | None = None, fds: dict[int, int] | None = None, record: Path | None = None,
) -> Keeper:  # fmt: skip
    """Start ``command`` under a keeper; ``fds`` maps our fds to the command's (they are closed here)."""
    fds = fds or {}
    status_r, status_w = os.pipe()
    go_r, go_w = os.pipe()
    fd_map = ",".join(f"{src}:{dst}" for src, dst in fds.items()) or "-"
    try:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-I", "-S", str(KEEPER), str(status_w), fd_map, "--", *command,
            stdin=go_r, stdout=stdout, stderr=stderr, cwd=cwd, env=env,
            pass_fds=(status_w, *fds), start_new_session=True,
        )  # fmt: skip
    except BaseException:
        os.close(status_r)
        os.close(go_w)
        raise
    finally:
        for fd in (status_w, go_r, *fds):
            os.close(fd)
    try:
        pidfd = os.pidfd_open(process.pid)  # the keeper waits for our byte on stdin: it is still itself
        start = starttime(process.pid) or 0
        if record is not None:
            append_record(record, process.pid, start)
        os.write(go_w, b"g")
    except OSError:
        os.close(status_r)
        raise
    finally:
        os.close(go_w)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    status_file = open(status_r, "rb", 0)  # noqa: SIM115  (the transport owns and closes it)
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), status_file)
    keeper = Keeper(process, pidfd, start, reader)
    line = await reader.readline()
    if line:
        keeper._parse(line)
    return keeper


# --- records in the state dir: what a SIGKILLed server left behind ------------------------------------
def append_record(path: Path, pid: int, start: int) -> None:
    """Remember ``pid`` (with its start time) as belonging to the session whose ``procs`` file is ``path``."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(fd, f"{pid} {start}\n".encode())
    finally:
        os.close(fd)


def record_descendants(
    work: list[tuple[Path, list[Keeper], frozenset[tuple[int, int]]]],
) -> list[set[tuple[int, int]]]:
    """For each (``procs`` file, keepers, already written): append the keepers' new descendants to the
    file; returns what was written for each (the caller adds it to its own set)."""
    processes = table()
    written: list[set[tuple[int, int]]] = []
    for path, keepers, known in work:
        new: set[tuple[int, int]] = set()
        for keeper in keepers:
            for pid, start in descendants(keeper.pid, processes).items() if keeper.alive else ():
                if (pid, start) not in known and (pid, start) not in new:
                    with contextlib.suppress(OSError):  # the session ended meanwhile
                        append_record(path, pid, start)
                        new.add((pid, start))
        written.append(new)
    return written


def claim(folder: Path) -> int:
    """Own a fresh session directory: ``owner.lock`` appears already locked (made aside, then renamed),
    so a cleanup by another server never sees it unlocked. Keep the fd open while the session lives."""
    aside = folder / f".owner.lock.{os.getpid()}"
    fd = os.open(aside, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.rename(aside, folder / "owner.lock")
    return fd


def hold(lock_path: Path, create: bool = True) -> int | None:
    """Take ``flock`` on ``lock_path`` without waiting: the fd (keep it open) or None if held elsewhere
    (or missing, unless ``create``)."""
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CLOEXEC | (os.O_CREAT if create else 0), 0o600)
    except FileNotFoundError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def release(fd: int | None) -> None:
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)


def cleanup_state(state_dir: Path) -> int:
    """End what dead servers left in ``state_dir/sessions``: recorded processes (by identity), dirs.

    A session directory whose ``owner.lock`` is held belongs to a live server and is left alone; one
    without it is being created (or its server died before starting anything: removed after a minute).
    Returns how many directories were cleaned.
    """
    cleaned = 0
    sessions = state_dir / "sessions"
    if not sessions.is_dir():
        return 0
    for folder in sessions.iterdir():
        if not folder.is_dir():
            continue
        lock = hold(folder / "owner.lock", create=False)
        if lock is None:
            with contextlib.suppress(OSError):
                if not (folder / "owner.lock").exists() and time.time() - folder.stat().st_mtime > 60:
                    shutil.rmtree(folder, ignore_errors=True)
            continue
        try:
            for pid, start in _records(folder / "procs"):
                if starttime(pid) == start:
                    kill_tree(pid, start)
            for line in _lines(folder / "runtime"):
                if Path(line).name.startswith("fc-ab-"):  # only the agent-browser socket dir we made
                    shutil.rmtree(line, ignore_errors=True)
            shutil.rmtree(folder, ignore_errors=True)
            cleaned += 1
        finally:
            release(lock)
    return cleaned


def cleanup_dirs(parent: Path, prefix: str) -> int:
    """Remove ``parent/prefix*`` directories of ours whose ``owner.lock`` nobody holds (their server
    died), or that were never claimed and are older than any session can live (2 h). Returns how many
    were removed."""
    removed = 0
    for folder in parent.glob(f"{prefix}*"):
        with contextlib.suppress(OSError):
            if not folder.is_dir() or folder.is_symlink() or folder.stat().st_uid != os.getuid():
                continue
            lock = hold(folder / "owner.lock", create=False)
            claimed = (folder / "owner.lock").exists()
            if lock is None and (claimed or time.time() - folder.stat().st_mtime < 7200):
                continue
            shutil.rmtree(folder, ignore_errors=True)
            release(lock)
            removed += 1
    return removed


def _records(path: Path) -> list[tuple[int, int]]:
    found = []
    for line in _lines(path):
        with contextlib.suppress(ValueError):
            pid, start = (int(x) for x in line.split())
            if pid > 0:
                found.append((pid, start))
    return found


def _lines(path: Path) -> list[str]:
    try:
        return [line for line in path.read_text().splitlines() if line.strip()]
    except (OSError, ValueError):
        return []
