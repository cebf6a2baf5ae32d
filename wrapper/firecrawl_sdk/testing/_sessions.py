"""Session records and their lifecycle: create, activity, expiry (the reaper), destroy, billing."""

from __future__ import annotations

import asyncio
import contextlib
import math
import secrets
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from . import _agent_browser, _chromium, _execute, _process
from ._cdp import CDPError
from ._config import ServerConfig
from ._constraints import CreateRequest
from ._profiles import SaverLocks, copy_profile, profile_dir, restore_cookies, save_cookies


class APIProblem(Exception):
    """An error answer: HTTP status, message for the body's ``error``, optional headers."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


@dataclass(eq=False)
class Session:
    """One Interact session. Tokens are secrets: they are left out of ``repr``."""

    id: str
    ttl: int
    activity_ttl: int
    stream_web_view: bool
    profile_name: str | None
    save_changes: bool
    work_dir: Path
    runtime_dir: Path
    created_at: datetime
    started: float
    browser: _chromium.Browser | None = field(default=None, repr=False)
    cdp_token: str = field(default_factory=lambda: secrets.token_urlsafe(24), repr=False)
    view_token: str = field(default_factory=lambda: secrets.token_urlsafe(24), repr=False)
    input_token: str = field(default_factory=lambda: secrets.token_urlsafe(24), repr=False)
    last_activity: float = 0.0
    last_activity_at: datetime | None = None
    busy: int = 0
    keepers: list[_process.Keeper] = field(default_factory=list, repr=False)  # one per execute
    owner_lock: int | None = field(default=None, repr=False)  # flock: this server owns work_dir
    runtime_lock: int | None = field(default=None, repr=False)  # and runtime_dir
    recorded: set[tuple[int, int]] = field(default_factory=set, repr=False)
    status: str = "active"
    duration_ms: int | None = None
    credits: float | None = None
    billed_from: float | None = None  # monotonic start of per-minute billing (None: ``started``)
    unbilled: bool = False  # a scrape's browser before its first interaction: no per-minute billing

    @property
    def expires_at(self) -> datetime:
        return self.created_at + timedelta(seconds=self.ttl)

    def touch(self) -> None:
        """Record activity (CDP traffic from a client, an execute call)."""
        self.last_activity = time.monotonic()
        self.last_activity_at = datetime.now(UTC)

    def elapsed_ms(self) -> int:
        return int((time.monotonic() - self.started) * 1000)

    def billable_ms(self) -> int | None:
        """Browser milliseconds billed per minute so far; None while ``unbilled``."""
        if self.unbilled:
            return None
        return int((time.monotonic() - (self.billed_from or self.started)) * 1000)


class SessionManager:
    """All sessions of one server; every method runs on the server's event loop."""

    def __init__(self, config: ServerConfig, origin: str = "http://127.0.0.1") -> None:
        self.config = config
        self.origin = origin  # where executed code reaches this server (loopback), for its CDP_URL
        self.sessions: dict[str, Session] = {}
        for folder in (config.state_dir, config.state_dir / "sessions", config.state_dir / "profiles"):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            folder.chmod(0o700)
        _process.enable_subreaper()
        _process.cleanup_state(config.state_dir)  # what a SIGKILLed server left behind
        parent = _agent_browser.socket_parent()
        _process.cleanup_dirs(Path(parent or tempfile.gettempdir()), _agent_browser.PREFIX)
        self._savers = SaverLocks(config.state_dir)
        self._billed = 0.0
        self._launching = 0
        self._late: set[asyncio.Future[None]] = set()  # runners stopped after their session ended

    # --- billing -----------------------------------------------------------------------------------
    def credits_for(self, duration_ms: int | None) -> float:
        """The documented rate: ``credits_per_minute`` (2) per browser minute, prorated by the second,
        one minute at least; 0 for a browser never billed (a scrape's, not interacted with)."""
        if duration_ms is None:
            return 0.0
        seconds = max(60, math.ceil(duration_ms / 1000))
        return round(seconds * self.config.credits_per_minute / 60, 4)

    def charge(self, credits: float) -> None:
        """Bill a flat amount (a scrape's credit) against ``credit_budget``."""
        self._billed += credits

    def credits_spent(self) -> float:
        live = sum(self.credits_for(s.billable_ms()) for s in self.active())
        return self._billed + live

    def check_budget(self) -> None:
        budget = self.config.credit_budget
        if budget is not None and self.credits_spent() >= budget:
            raise APIProblem(
                402, f"Payment required: the local credit budget of {budget:g} credits is spent."
            )

    # --- lookup ------------------------------------------------------------------------------------
    def active(self) -> list[Session]:
        return [s for s in self.sessions.values() if s.status == "active"]

    def get(self, session_id: str) -> Session:
        session = self.sessions.get(session_id)
        if session is None:
            raise APIProblem(404, "Interact session not found.")
        return session

    def get_active(self, session_id: str) -> Session:
        session = self.get(session_id)
        if session.status != "active":
            raise APIProblem(410, "Interact session has been destroyed.")
        return session

    # --- create ------------------------------------------------------------------------------------
    async def create(self, request: CreateRequest) -> Session:
        self.check_budget()
        live = len(self.active()) + self._launching
        if live >= self.config.max_sessions:
            raise APIProblem(
                429,
                f"Too many active interact sessions (the local limit is {self.config.max_sessions}).",
                {"Retry-After": str(self._retry_after())},
            )
        name, saving = request.profile_name, request.profile_name is not None and request.save_changes
        if name is not None and saving and not self._savers.acquire(name):
            raise APIProblem(
                409, f"Profile {name!r} is in use: only one saving session per profile is allowed."
            )
        self._launching += 1
        try:
            return await self._start(request)
        except BaseException:
            if name is not None and saving:
                self._savers.release(name)
            raise
        finally:
            self._launching -= 1

    async def _start(self, request: CreateRequest) -> Session:
        ttl = request.ttl or self.config.default_ttl
        session_id = str(uuid.uuid4())
        work_dir = self.config.state_dir / "sessions" / session_id
        work_dir.mkdir(mode=0o700, parents=True)
        owner_lock = _process.claim(work_dir)
        sockets = _agent_browser.install(work_dir / "bin", self.config.node_modules)
        runtime_lock = _process.claim(sockets)  # until the session ends; a later start removes it if not
        (work_dir / "runtime").write_text(f"{sockets}\n")
        session = Session(
            id=session_id,
            ttl=ttl,
            activity_ttl=request.activity_ttl or ttl,
            stream_web_view=request.stream_web_view,
            profile_name=request.profile_name,
            save_changes=request.profile_name is not None and request.save_changes,
            work_dir=work_dir,
            runtime_dir=sockets,
            created_at=datetime.now(UTC),
            started=time.monotonic(),
            owner_lock=owner_lock,
            runtime_lock=runtime_lock,
        )
        if session.profile_name is None:
            user_data = work_dir / "user-data"
        elif session.save_changes:
            user_data = profile_dir(self.config.state_dir, session.profile_name)
        else:
            user_data = work_dir / "user-data"
            source = profile_dir(self.config.state_dir, session.profile_name)
            await asyncio.to_thread(copy_profile, source, user_data)
        try:
            session.browser = await _chromium.launch(
                self.config.chromium, user_data, work_dir / "chromium.log", record=work_dir / "procs"
            )
            if session.profile_name is not None:
                await restore_cookies(session.browser, user_data)
        except BaseException as exc:  # cancelled too: nothing of a session that never was is left
            if session.browser is not None:
                await asyncio.shield(_chromium.shutdown(session.browser))
            shutil.rmtree(work_dir, ignore_errors=True)
            shutil.rmtree(sockets, ignore_errors=True)
            _process.release(owner_lock)
            _process.release(runtime_lock)
            if isinstance(exc, _chromium.BrowserLaunchError | CDPError | OSError):
                raise APIProblem(502, f"Failed to start the browser: {exc}") from exc
            raise
        session.touch()
        self.sessions[session_id] = session
        self._forget_old()
        return session

    def cdp_url(self, session: Session, origin: str | None = None) -> str:
        """The session's token-carrying ``cdpUrl`` (a secret) on ``origin`` (default: the server's)."""
        ws_origin = (origin or self.origin).replace("http", "ws", 1)
        return f"{ws_origin}/cdp/{session.id}?token={session.cdp_token}"

    # --- execute -----------------------------------------------------------------------------------
    async def execute(
        self, session: Session, language: str, code: str, timeout: float | None = None
    ) -> _execute.ExecOutcome:
        """Run ``code`` (node, python or bash) against ``session``'s browser; counts as activity.

        Raises ``APIProblem`` (402 budget spent, 410 destroyed, 502 runtime missing).
        """
        if session.status != "active":
            raise APIProblem(410, "Interact session has been destroyed.")
        self.check_budget()
        session.touch()
        session.busy += 1
        try:
            return await _execute.run(
                language,
                code,
                cdp_url=self.cdp_url(session),
                timeout=timeout or self.config.default_execute_timeout,
                node_modules=self.config.node_modules,
                work_dir=session.work_dir,
                started=lambda keeper: self._adopt(session, keeper),
                record=session.work_dir / "procs",
            )
        except _execute.RunnerUnavailable as exc:
            raise APIProblem(502, str(exc)) from exc
        except OSError as exc:  # its directory went with a DELETE that came meanwhile
            if session.status == "active":
                raise
            raise APIProblem(410, "Interact session has been destroyed.") from exc
        finally:
            session.busy -= 1
            session.touch()

    def _adopt(self, session: Session, keeper: _process.Keeper) -> None:
        """A runner started: the session ends it; one that started as the session ended, at once."""
        session.keepers.append(keeper)
        if session.status != "active":
            task = asyncio.ensure_future(keeper.stop(graceful=False))
            self._late.add(task)

            def forget(done: asyncio.Future[None]) -> None:
                self._late.discard(done)
                keeper.close()

            task.add_done_callback(forget)

    def _retry_after(self) -> int:
        now = time.monotonic()
        ends = [
            min(s.started + s.ttl, s.last_activity + s.activity_ttl) - now
            for s in self.active()
            if not s.busy
        ]
        return max(1, math.ceil(min(ends))) if ends else 1

    def _forget_old(self) -> None:
        destroyed = [s for s in self.sessions.values() if s.status != "active"]
        for old in destroyed[: max(0, len(destroyed) - self.config.keep_destroyed)]:
            del self.sessions[old.id]

    # --- destroy -----------------------------------------------------------------------------------
    async def destroy(self, session: Session) -> None:
        """End a session: its processes (TERM, then KILL), the browser closed gracefully after its
        cookies are saved (a saver), recorded orphans killed, files removed."""
        if session.status != "active":
            return
        session.status = "destroyed"
        session.duration_ms = session.elapsed_ms()
        session.credits = self.credits_for(session.billable_ms())
        self._billed += session.credits
        try:
            # what execute left running (the agent-browser daemon, detached processes): TERM, then KILL
            await asyncio.gather(*(k.stop() for k in session.keepers), return_exceptions=True)
            if session.browser is not None:
                if session.save_changes:
                    with contextlib.suppress(Exception):  # a crashed browser has nothing more to save
                        await save_cookies(session.browser, session.browser.user_data_dir)
                await _chromium.shutdown(session.browser)
            await asyncio.to_thread(_process.end_recorded, frozenset(session.recorded))  # orphans, if any
        finally:
            for keeper in session.keepers:
                keeper.close()
            if session.save_changes and session.profile_name is not None:
                self._savers.release(session.profile_name)
            await asyncio.to_thread(shutil.rmtree, session.work_dir, True)
            await asyncio.to_thread(shutil.rmtree, session.runtime_dir, True)
            _process.release(session.owner_lock)
            _process.release(session.runtime_lock)

    def due(self, now: float) -> list[Session]:
        """Sessions past ``expiresAt``, or idle for ``activityTtl`` (never while an execute runs)."""
        return [
            s
            for s in self.active()
            if now >= s.started + s.ttl or (not s.busy and now >= s.last_activity + s.activity_ttl)
        ]

    async def reap_forever(self, stop: asyncio.Event) -> None:
        """The reaper: checks every ``reap_interval`` seconds until ``stop`` is set."""
        next_record = 0.0
        while not stop.is_set():
            for session in self.due(time.monotonic()):
                with contextlib.suppress(Exception):
                    await self.destroy(session)
            if time.monotonic() >= next_record:  # for a server SIGKILLed later (see _process)
                next_record = time.monotonic() + 1.0
                with contextlib.suppress(Exception):
                    sessions, work = self._record_processes()
                    written = await asyncio.to_thread(_process.record_descendants, work)
                    for session, new in zip(sessions, written, strict=True):
                        session.recorded |= new
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), self.config.reap_interval)

    def _record_processes(
        self,
    ) -> tuple[list[Session], list[tuple[Path, list[_process.Keeper], frozenset[tuple[int, int]]]]]:
        """Forget keepers that have exited (on the loop); what to scan for each session's ``procs``."""
        sessions, work = self.active(), []
        for session in sessions:
            for keeper in [k for k in session.keepers if not k.alive]:
                keeper.close()
                session.keepers.remove(keeper)
            keepers = list(session.keepers)
            if session.browser is not None:
                keepers.append(session.browser.keeper)
            work.append((session.work_dir / "procs", keepers, frozenset(session.recorded)))
        return sessions, work

    async def close_all(self) -> None:
        await asyncio.gather(*(self.destroy(s) for s in self.active()), return_exceptions=True)
