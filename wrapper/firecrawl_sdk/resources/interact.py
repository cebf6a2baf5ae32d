"""Interact sessions: what the generated ``client.interact`` methods do not say by themselves.

``create``/``list``/``execute``/``delete`` are generated (``firecrawl_sdk._surface.interact``);
this module adds ``session()``'s behaviour: create, yield, always delete — also when the
block raises, and (async) also when the caller is cancelled while the create is in flight.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import Any

from .._exceptions import APIError, GoneError, NotFoundError
from .._logging import logger
from .._operation import Operation
from ._base import AsyncResource, SyncResource


class InteractExtras(SyncResource):
    """Handwritten part of ``client.interact`` (sync)."""

    @contextlib.contextmanager
    def _context(self, create: Operation, delete: Operation, values: tuple[Any, ...]) -> Iterator[Any]:
        """Create, yield, delete. A failed delete after the block raised is logged, never raised
        over the block's exception. A session already gone (404/410) is not an error."""
        created = self._call(create, *values)
        session_id = str(created.id)
        try:
            yield created
        except BaseException:
            with _quietly(session_id):
                self._call(delete, session_id)
            raise
        with _already_gone_is_fine():
            self._call(delete, session_id)


class AsyncInteractExtras(AsyncResource):
    """Handwritten part of ``client.interact`` (async)."""

    @contextlib.asynccontextmanager
    async def _context(
        self, create: Operation, delete: Operation, values: tuple[Any, ...]
    ) -> AsyncIterator[Any]:
        """Create, yield, delete; see :meth:`InteractExtras._context`.

        The delete runs in a shielded task, so it completes even when the
        surrounding task is cancelled. A task cancelled while the create is in
        flight lets the create finish in the background and deletes its session.
        """
        creating = _background(self._call(create, *values))
        try:
            created = await asyncio.shield(creating)
        except asyncio.CancelledError:
            creating.add_done_callback(lambda task: self._delete_orphan(delete, task))
            raise
        session_id = str(created.id)
        try:
            yield created
        except BaseException:
            with _quietly(session_id):
                await _shielded(self._call(delete, session_id))
            raise
        with _already_gone_is_fine():
            await _shielded(self._call(delete, session_id))

    def _delete_orphan(self, delete: Operation, creating: asyncio.Task[Any]) -> None:
        """Delete the session a create made after its caller was cancelled."""
        if creating.cancelled() or creating.exception() is not None:
            return
        session_id = str(creating.result().id)
        logger.info("deleting interact session %s: its creator was cancelled", session_id)

        async def delete_it() -> None:
            with _quietly(session_id):
                await self._call(delete, session_id)

        _background(delete_it())


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
