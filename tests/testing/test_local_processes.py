"""The process model: what a session starts ends with it, nothing foreign is signalled, no DevTools port."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from firecrawl_sdk import ConflictError, Firecrawl, Profile
from firecrawl_sdk.testing import LocalInteractServer
from firecrawl_sdk.testing._process import starttime
from firecrawl_sdk.testing._profiles import profile_dir
from firecrawl_sdk.testing._sessions import SessionManager

from .conftest import pid_alive, text, wait_until

pytestmark = pytest.mark.chromium

DETACHED = {
    "bash": "setsid sleep 1000 > /dev/null 2>&1 &\necho $!",
    "python": (
        "import subprocess\np = subprocess.Popen(['sleep', '1000'], start_new_session=True)\nstr(p.pid)"
    ),
    "node": (
        "const { spawn } = require('node:child_process');\n"
        "const child = spawn('sleep', ['1000'], { detached: true, stdio: 'ignore' });\n"
        "child.unref();\n"
        "String(child.pid)"
    ),
}


def _manager(server: LocalInteractServer) -> SessionManager:
    manager: SessionManager = server._app.state.manager
    return manager


@pytest.mark.parametrize("language", ["bash", "python", "node"])
def test_a_detached_process_started_by_execute_is_gone_after_delete(fc: Firecrawl, language: str) -> None:
    session = fc.interact.create(ttl=60, stream_web_view=False)
    result = fc.interact.execute(text(session.id), DETACHED[language], language=language)  # type: ignore[arg-type]
    assert result.exit_code == 0, result.stderr
    pid = int(text(result.result).strip())
    assert pid_alive(pid)  # detached: it outlives the execute call, as the agent-browser daemon must
    fc.interact.delete(text(session.id))
    assert wait_until(lambda: not pid_alive(pid), 15), f"pid {pid} survived DELETE"


def test_expiry_ends_detached_processes_too(fc: Firecrawl, server: LocalInteractServer) -> None:
    session = fc.interact.create(ttl=60, activity_ttl=10, stream_web_view=False)
    result = fc.interact.execute(text(session.id), DETACHED["bash"], language="bash")
    pid = int(text(result.stdout).strip())
    assert pid_alive(pid)
    assert wait_until(lambda: not pid_alive(pid), 40), f"pid {pid} survived the session's expiry"


def test_orphans_of_a_killed_keeper_come_to_the_server_and_end_with_the_session(
    fc: Firecrawl, server: LocalInteractServer
) -> None:
    """A keeper SIGKILLed from outside: its processes reparent to the server (a subreaper), which
    recorded them, and DELETE still ends them."""
    session = fc.interact.create(ttl=60, stream_web_view=False)
    result = fc.interact.execute(text(session.id), DETACHED["bash"], language="bash")
    orphan = int(text(result.stdout).strip())
    record = _manager(server).sessions[text(session.id)].work_dir / "procs"
    assert wait_until(lambda: f"{orphan} " in record.read_text(), 10)
    keeper = _manager(server).sessions[text(session.id)].keepers[0]
    os.kill(keeper.pid, signal.SIGKILL)
    assert wait_until(lambda: _ppid(orphan) == os.getpid(), 10), _ppid(orphan)  # not init
    fc.interact.delete(text(session.id))
    assert wait_until(lambda: not pid_alive(orphan), 10)


def _ppid(pid: int) -> int | None:
    with contextlib.suppress(OSError):
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    return None


def _spawn_with_pid(target: int) -> subprocess.Popen[bytes] | None:
    """A process of ours that gets exactly ``target`` as its pid (``ns_last_pid``, root only), else None."""
    for _ in range(50):
        try:
            Path("/proc/sys/kernel/ns_last_pid").write_text(str(target - 1))
        except OSError:
            return None
        process = subprocess.Popen(["sleep", "1000"], start_new_session=True)
        if process.pid == target:
            return process
        process.kill()
        process.wait()
    return None


def test_a_reused_pid_of_a_finished_runner_is_never_signalled(
    fc: Firecrawl, server: LocalInteractServer
) -> None:
    """The security review's scenario: a finished runner's pid (and pgid) reused before DELETE."""
    session = fc.interact.create(ttl=60, stream_web_view=False)
    result = fc.interact.execute(text(session.id), "echo $$", language="bash")
    runner_pid = int(text(result.stdout).strip())  # its own process group: pgid == pid
    record = _manager(server).sessions[text(session.id)].work_dir / "procs"
    assert wait_until(lambda: not pid_alive(runner_pid), 10)
    foreign = _spawn_with_pid(runner_pid)  # real reuse where the kernel lets us choose the pid
    how = "reused"
    if foreign is None:  # elsewhere: a process of ours, with the server's records pointing at it
        foreign = subprocess.Popen(["sleep", "1000"], start_new_session=True)
        how = "recorded"
    with record.open("a") as f:  # as a stale record would: the pid, with the old process's start time
        f.write(f"{foreign.pid} {(starttime(foreign.pid) or 0) - 1}\n")
    try:
        assert os.getpgid(foreign.pid) == foreign.pid
        fc.interact.delete(text(session.id))
        assert foreign.poll() is None and pid_alive(foreign.pid), f"DELETE killed a {how} foreign pid"
        dead = server.state_dir / "sessions" / "left-by-a-dead-server"  # a restart reads such records
        dead.mkdir(mode=0o700)
        (dead / "owner.lock").touch()  # nobody holds it: its server is gone
        (dead / "procs").write_text(f"{foreign.pid} {(starttime(foreign.pid) or 0) - 1}\n")
        SessionManager(_manager(server).config)  # its start cleans up what dead servers left
        assert not dead.exists()
        assert foreign.poll() is None, "the state-dir cleanup killed a foreign pid"
        print(f"foreign process ({how} pid {foreign.pid}) survived DELETE and cleanup")
    finally:
        foreign.kill()
        foreign.wait()


def _listening_inodes() -> set[str]:
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with contextlib.suppress(OSError):
            for line in Path(table).read_text().splitlines()[1:]:
                fields = line.split()
                if fields[3] == "0A":  # TCP_LISTEN
                    inodes.add(fields[9])
    return inodes


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    with contextlib.suppress(OSError):
        for fd in os.listdir(f"/proc/{pid}/fd"):
            with contextlib.suppress(OSError):
                link = os.readlink(f"/proc/{pid}/fd/{fd}")
                if link.startswith("socket:["):
                    inodes.add(link[8:-1])
    return inodes


def _tree(pid: int) -> list[int]:
    from firecrawl_sdk.testing._process import descendants

    return [pid, *descendants(pid)]


def test_devtools_listens_on_no_port(fc: Firecrawl, server: LocalInteractServer) -> None:
    with fc.interact.session(ttl=60, stream_web_view=False) as session:
        pid = server.browser_pid(text(session.id))
        assert pid is not None and pid_alive(pid)
        browser_pids = _tree(pid)
        assert len(browser_pids) > 1  # the zygotes and renderers are checked too
        listening = _listening_inodes()
        for each in browser_pids:
            assert not (_socket_inodes(each) & listening), f"chromium pid {each} listens on TCP"
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        assert b"--remote-debugging-pipe" in cmdline
        assert not any(arg.startswith(b"--remote-debugging-port") for arg in cmdline)


def test_state_and_profile_dirs_are_private(fc: Firecrawl, server: LocalInteractServer) -> None:
    name = "private-dirs"
    with fc.interact.session(ttl=30, stream_web_view=False, profile=name) as session:
        work_dir = _manager(server).sessions[text(session.id)].work_dir
        folders = [server.state_dir, server.state_dir / "profiles", work_dir.parent, work_dir]
        folders.append(profile_dir(server.state_dir.resolve(), name))
        for folder in folders:
            assert folder.stat().st_mode & 0o777 == 0o700, folder


def test_one_saver_per_profile_across_servers_sharing_a_state_dir(
    fc: Firecrawl, server: LocalInteractServer
) -> None:
    name = "shared-across-servers"
    with (
        fc.interact.session(ttl=60, stream_web_view=False, profile=name) as saver,
        LocalInteractServer(state_dir=server.state_dir) as other,  # its start cleans up dead servers only
        Firecrawl(api_key=other.api_key, base_url=other.base_url, max_retries=0) as fc2,
    ):
        with pytest.raises(ConflictError):
            fc2.interact.create(ttl=30, profile=Profile(name=name, save_changes=True))
        lock = profile_dir(server.state_dir.resolve(), name) / "SingletonLock"
        assert lock.is_symlink()  # the live saver's Chromium lock was left alone
        still = fc.interact.execute(text(saver.id), "echo alive", language="bash")
        assert still.stdout == "alive\n"
        reader = fc2.interact.create(ttl=30, profile=Profile(name=name, save_changes=False))
        fc2.interact.delete(text(reader.id))
    with Firecrawl(api_key=server.api_key, base_url=server.base_url) as again:  # saver gone: free
        again.interact.delete(text(again.interact.create(ttl=30, profile=name).id))


@pytest.fixture
def cli_state(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "state"


def _serve(state_dir: Path) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "FIRECRAWL_LOCAL_API_KEY": "crash-test-key"}
    process = subprocess.Popen(
        [sys.executable, "-m", "firecrawl_sdk.testing", "serve", "--state-dir", str(state_dir)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    )  # fmt: skip
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first.startswith("Local Interact server: "), first
    return process, first.split(": ", 1)[1].strip()


def test_the_next_start_ends_what_a_sigkilled_server_left(cli_state: Path) -> None:
    process, base_url = _serve(cli_state)
    headers = {"Authorization": "Bearer crash-test-key"}
    try:
        with httpx.Client(base_url=base_url, headers=headers, timeout=60) as http:
            session = http.post("/interact", json={"ttl": 120, "streamWebView": False}).json()
            ran = http.post(
                f"/interact/{session['id']}/execute",
                json={"code": DETACHED["bash"], "language": "bash"},
            ).json()
        orphan = int(ran["stdout"].strip())
        procs = cli_state / "sessions" / session["id"] / "procs"
        assert wait_until(lambda: f"{orphan} " in procs.read_text(), 10)  # recorded with its start time
        keepers = [
            int(line.split()[0])
            for line in procs.read_text().splitlines()
            if _is_keeper(int(line.split()[0]))
        ]
        for pid in keepers:  # worst case: the keepers die first, then the server, all by SIGKILL
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        assert pid_alive(orphan)  # left behind: nobody is there to end it
        again, _ = _serve(cli_state)
        try:
            assert wait_until(lambda: not pid_alive(orphan), 10), "the next start did not end it"
            assert not (cli_state / "sessions" / session["id"]).exists()
        finally:
            again.terminate()
            again.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _is_keeper(pid: int) -> bool:
    with contextlib.suppress(OSError):
        return b"keeper.py" in Path(f"/proc/{pid}/cmdline").read_bytes()
    return False


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_server_stop_ends_detached_processes(cli_state: Path, how: signal.Signals) -> None:
    """SIGTERM: sessions destroyed; SIGKILL: each keeper's parent-death signal ends its processes."""
    process, base_url = _serve(cli_state)
    headers = {"Authorization": "Bearer crash-test-key"}
    try:
        with httpx.Client(base_url=base_url, headers=headers, timeout=60) as http:
            session = http.post("/interact", json={"ttl": 120, "streamWebView": False}).json()
            ran = http.post(
                f"/interact/{session['id']}/execute", json={"code": DETACHED["bash"], "language": "bash"}
            ).json()
        orphan = int(ran["stdout"].strip())
        assert pid_alive(orphan)
        process.send_signal(how)
        process.wait(30)
        assert wait_until(lambda: not pid_alive(orphan), 15), f"pid {orphan} survived the server"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_leaving_the_server_block_ends_detached_processes(tmp_path: Path) -> None:
    with (
        LocalInteractServer(state_dir=tmp_path) as server,
        Firecrawl(api_key=server.api_key, base_url=server.base_url) as fc,
    ):
        session = fc.interact.create(ttl=60, stream_web_view=False)
        result = fc.interact.execute(text(session.id), DETACHED["bash"], language="bash")
        orphan = int(text(result.stdout).strip())
    assert wait_until(lambda: not pid_alive(orphan), 15)


def test_cleanup_leaves_live_and_new_session_dirs_alone(tmp_path: Path) -> None:
    from firecrawl_sdk.testing._process import claim, cleanup_state, release

    sessions = tmp_path / "sessions"
    live, new, dead, abandoned = (sessions / name for name in ("live", "new", "dead", "abandoned"))
    for folder in (live, new, dead, abandoned):
        folder.mkdir(parents=True)
    held = claim(live)  # a live server's session
    (dead / "owner.lock").touch()  # its server is gone: nobody holds the lock
    old = time.time() - 120
    os.utime(abandoned, (old, old))  # made, never claimed, long ago
    try:
        assert cleanup_state(tmp_path) == 1
        assert live.is_dir() and new.is_dir()  # ``new``: between mkdir and claim() of another server
        assert not dead.exists() and not abandoned.exists()
    finally:
        release(held)


def test_delete_during_an_execute_ends_the_runner_and_its_children(
    fc: Firecrawl, server: LocalInteractServer
) -> None:
    session = fc.interact.create(ttl=60, stream_web_view=False)
    work_dir = _manager(server).sessions[text(session.id)].work_dir
    code = (
        'setsid sleep 1000 > /dev/null 2>&1 & echo $! > "$HOME/child.tmp"\n'
        'mv "$HOME/child.tmp" "$HOME/child"\n'
        "sleep 120"
    )
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(fc.interact.execute(text(session.id), code, language="bash", timeout=150))
        except Exception as exc:  # a 410 if the DELETE removed its directory first
            outcome.append(exc)

    worker = threading.Thread(target=run)
    started = time.monotonic()
    worker.start()
    assert wait_until(lambda: (work_dir / "child").exists(), 30)
    child = int((work_dir / "child").read_text())
    fc.interact.delete(text(session.id))
    worker.join(30)
    assert not worker.is_alive() and time.monotonic() - started < 60, "the runner outlived DELETE"
    assert wait_until(lambda: not pid_alive(child), 10)


def test_agent_browser_socket_dirs_of_dead_servers_go_at_the_next_start(
    fc: Firecrawl, server: LocalInteractServer, cli_state: Path
) -> None:
    """They live in /tmp (a socket path must be short), outside any state dir: any start cleans them."""
    with fc.interact.session(ttl=60, stream_web_view=False) as live:
        live_dir = _manager(server).sessions[text(live.id)].runtime_dir
        process, base_url = _serve(cli_state)
        try:
            headers = {"Authorization": "Bearer crash-test-key"}
            created = httpx.post(f"{base_url}/interact", json={"ttl": 60}, headers=headers, timeout=60).json()
            dead_dir = Path((cli_state / "sessions" / created["id"] / "runtime").read_text().strip())
            assert dead_dir.is_dir()
        finally:
            process.kill()
            process.wait(10)
        SessionManager(_manager(server).config)  # a start: cleans what dead servers left
        assert not dead_dir.exists()
        assert live_dir.is_dir()  # held by the live server
