"""Interact sessions (spec tag ``Interact``): a remote browser reached over CDP.

``create`` -> ``POST /interact``, ``list`` -> ``GET /interact``,
``execute`` -> ``POST /interact/{sessionId}/execute``, ``delete`` ->
``DELETE /interact/{sessionId}``, and ``session()``: create, yield, always delete.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any, Literal

import httpx
from firecrawl_api.api.interact import (
    create_browser_session,
    delete_browser_session,
    execute_browser_code,
    list_browser_sessions,
)
from firecrawl_api.models import (
    CodeLanguage,
    CreateSessionBody,
    DeleteSessionResult,
    ExecuteBody,
    ExecuteResult,
    InteractSession,
    InteractSessionList,
    InteractSessionSummary,
    Profile,
    SessionStatusFilter,
)
from firecrawl_api.types import UNSET

from .._exceptions import APIError, GoneError, InvalidParameterError, NotFoundError
from .._logging import logger
from .._validation import validate
from ._base import AsyncResource, Call, SyncResource, read_timeout_at_least, unset_if_none

Language = Literal["python", "node", "bash"] | CodeLanguage
#: Seconds added to ``execute(timeout=N)`` for the HTTP read timeout of that call.
EXECUTE_TIMEOUT_MARGIN = 10.0


def _profile(profile: Profile | str | None) -> Profile | None:
    if isinstance(profile, str):
        return Profile(name=profile, save_changes=UNSET)
    if profile is not None and not isinstance(profile, Profile):
        raise InvalidParameterError(
            "profile", "a Profile or a profile name (str)", profile, json_name="profile"
        )
    return profile


def create_call(
    ttl: int | None, activity_ttl: int | None, stream_web_view: bool | None, profile: Profile | str | None
) -> Call:
    profile_model = _profile(profile)
    validate(
        "createBrowserSession",
        ttl=ttl,
        activity_ttl=activity_ttl,
        stream_web_view=stream_web_view,
        profile=profile_model,
    )
    body = CreateSessionBody(
        ttl=unset_if_none(ttl),
        activity_ttl=unset_if_none(activity_ttl),
        stream_web_view=unset_if_none(stream_web_view),
        profile=unset_if_none(profile_model),
    )
    return Call(create_browser_session, {"body": body}, InteractSession)


def list_call(status: str | None) -> Call:
    validate("listBrowserSessions", status=status)
    return Call(
        list_browser_sessions,
        {"status": UNSET if status is None else SessionStatusFilter(status)},
        InteractSessionList,
    )


def execute_call(
    client_timeout: httpx.Timeout, session_id: str, code: str, language: Language | None, timeout: int | None
) -> Call:
    validate("executeBrowserCode", session_id=session_id, code=code, language=language, timeout=timeout)
    body = ExecuteBody(
        code=code,
        language=UNSET if language is None else CodeLanguage(language),
        timeout=unset_if_none(timeout),
    )
    http_timeout = None
    if timeout is not None:
        http_timeout = read_timeout_at_least(client_timeout, timeout + EXECUTE_TIMEOUT_MARGIN)
    return Call(execute_browser_code, {"session_id": session_id, "body": body}, ExecuteResult, http_timeout)


def delete_call(session_id: str) -> Call:
    validate("deleteBrowserSession", session_id=session_id)
    return Call(delete_browser_session, {"session_id": session_id}, DeleteSessionResult)


_DOC_CREATE = """Start a standalone browser session (``POST /interact``).

    ``ttl``: total lifetime, 30-3600 s. ``activity_ttl``: idle seconds before it is
    destroyed, 10-3600. ``stream_web_view``: stream the live view. ``profile``: a
    :class:`Profile` (``name`` 1-128 chars, ``save_changes``) or a profile name;
    only one session per profile may save changes at a time (else 409).
    An argument left as None is not sent, so the server's default applies: the
    docs page says ttl 600 / activityTtl 300, the schema says ttl 300 and no
    activityTtl default; the SDK does not guess. 402 -> PaymentRequiredError.
    """


class Interact(SyncResource):
    """``client.interact``: Interact sessions."""

    def create(
        self,
        *,
        ttl: int | None = None,
        activity_ttl: int | None = None,
        stream_web_view: bool | None = None,
        profile: Profile | str | None = None,
    ) -> InteractSession:
        result: InteractSession = self._send(create_call(ttl, activity_ttl, stream_web_view, profile))
        return result

    create.__doc__ = _DOC_CREATE

    def list(self, *, status: Literal["active", "destroyed"] | None = None) -> list[InteractSessionSummary]:
        """List sessions (``GET /interact``), optionally only ``"active"`` or ``"destroyed"`` ones."""
        result: InteractSessionList = self._send(list_call(status))
        return list(result.sessions or [])

    def execute(
        self, session_id: str, code: str, *, language: Language | None = None, timeout: int | None = None
    ) -> ExecuteResult:
        """Run ``code`` (1-100000 chars) in the session (``POST /interact/{sessionId}/execute``).

        ``language``: "python", "node" (the server's default) or "bash". ``timeout``:
        1-300 s; the HTTP read timeout of this call is raised to ``timeout`` + 10 s.
        Never retried after the request may have reached the server.
        """
        client_timeout = self._client.timeout
        result: ExecuteResult = self._send(execute_call(client_timeout, session_id, code, language, timeout))
        return result

    def delete(self, session_id: str) -> DeleteSessionResult:
        """Destroy the session (``DELETE /interact/{sessionId}``): its duration and credits billed."""
        result: DeleteSessionResult = self._send(delete_call(session_id))
        return result

    @contextlib.contextmanager
    def session(
        self,
        *,
        ttl: int | None = None,
        activity_ttl: int | None = None,
        stream_web_view: bool | None = None,
        profile: Profile | str | None = None,
    ) -> Iterator[InteractSession]:
        """Create a session, yield it, and delete it on exit, also when the block raises.

        A failure to delete after the block raised is logged, never raised over
        the block's exception. A session already gone (404/410) is not an error.
        """
        created = self.create(
            ttl=ttl, activity_ttl=activity_ttl, stream_web_view=stream_web_view, profile=profile
        )
        session_id = str(created.id)
        try:
            yield created
        except BaseException:
            with _quietly(session_id):
                self.delete(session_id)
            raise
        with _already_gone_is_fine():
            self.delete(session_id)


class AsyncInteract(AsyncResource):
    """``client.interact`` of :class:`AsyncFirecrawl`: Interact sessions."""

    async def create(
        self,
        *,
        ttl: int | None = None,
        activity_ttl: int | None = None,
        stream_web_view: bool | None = None,
        profile: Profile | str | None = None,
    ) -> InteractSession:
        result: InteractSession = await self._send(create_call(ttl, activity_ttl, stream_web_view, profile))
        return result

    create.__doc__ = _DOC_CREATE

    async def list(
        self, *, status: Literal["active", "destroyed"] | None = None
    ) -> list[InteractSessionSummary]:
        """List sessions (``GET /interact``), optionally only ``"active"`` or ``"destroyed"`` ones."""
        result: InteractSessionList = await self._send(list_call(status))
        return list(result.sessions or [])

    async def execute(
        self, session_id: str, code: str, *, language: Language | None = None, timeout: int | None = None
    ) -> ExecuteResult:
        """Run ``code`` in the session; see :meth:`Interact.execute`."""
        client_timeout = self._client.timeout
        result: ExecuteResult = await self._send(
            execute_call(client_timeout, session_id, code, language, timeout)
        )
        return result

    async def delete(self, session_id: str) -> DeleteSessionResult:
        """Destroy the session (``DELETE /interact/{sessionId}``)."""
        result: DeleteSessionResult = await self._send(delete_call(session_id))
        return result

    @contextlib.asynccontextmanager
    async def session(
        self,
        *,
        ttl: int | None = None,
        activity_ttl: int | None = None,
        stream_web_view: bool | None = None,
        profile: Profile | str | None = None,
    ) -> AsyncIterator[InteractSession]:
        """Create a session, yield it, delete it on exit; see :meth:`Interact.session`.

        The delete runs in a shielded task, so it completes even when the
        surrounding task is cancelled. A task cancelled while the create is in
        flight lets the create finish in the background and deletes its session.
        """
        creating = _background(
            self.create(ttl=ttl, activity_ttl=activity_ttl, stream_web_view=stream_web_view, profile=profile)
        )
        try:
            created: InteractSession = await asyncio.shield(creating)
        except asyncio.CancelledError:
            creating.add_done_callback(self._delete_orphan)
            raise
        session_id = str(created.id)
        try:
            yield created
        except BaseException:
            with _quietly(session_id):
                await _shielded(self.delete(session_id))
            raise
        with _already_gone_is_fine():
            await _shielded(self.delete(session_id))

    def _delete_orphan(self, creating: asyncio.Task[Any]) -> None:
        """Delete the session a create made after its caller was cancelled."""
        if creating.cancelled() or creating.exception() is not None:
            return
        session_id = str(creating.result().id)
        logger.info("deleting interact session %s: its creator was cancelled", session_id)

        async def delete() -> None:
            with _quietly(session_id):
                await self.delete(session_id)

        _background(delete())


_PENDING: set[asyncio.Task[Any]] = set()


def _background(coroutine: Any) -> asyncio.Task[Any]:
    """A task kept alive until done (the event loop holds tasks only weakly)."""
    task: asyncio.Task[Any] = asyncio.ensure_future(coroutine)
    _PENDING.add(task)
    task.add_done_callback(_PENDING.discard)
    return task


async def _shielded(coroutine: Any) -> Any:
    return await asyncio.shield(_background(coroutine))


@contextlib.contextmanager
def _already_gone_is_fine() -> Iterator[None]:
    with contextlib.suppress(NotFoundError, GoneError):
        yield


@contextlib.contextmanager
def _quietly(session_id: str) -> Iterator[None]:
    try:
        yield
    except (APIError, asyncio.CancelledError) as exc:
        if not isinstance(exc, (NotFoundError, GoneError)):
            logger.warning("could not delete interact session %s after an error: %s", session_id, exc)
