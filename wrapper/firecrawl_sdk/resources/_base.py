"""What every resource shares: send a prepared call through the generated client."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs
import httpx
from firecrawl_api.types import UNSET

from .._exceptions import APIResponseValidationError, FirecrawlError
from .._transport import call_timeout

if TYPE_CHECKING:
    from .._client import AsyncFirecrawl, Firecrawl

T = TypeVar("T")


@attrs.frozen
class Call:
    """A validated request: the generated endpoint module, its arguments, the expected model."""

    endpoint: ModuleType
    kwargs: dict[str, Any]
    returns: type[Any]
    timeout: httpx.Timeout | None = None


@contextlib.contextmanager
def _parse_errors(call: Call) -> Iterator[None]:
    try:
        yield
    except FirecrawlError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"the response does not match the spec's {call.returns.__name__}: {type(exc).__name__}: {exc}"
        ) from exc


def _expect(call: Call, parsed: Any) -> Any:
    if not isinstance(parsed, call.returns):
        raise APIResponseValidationError(f"expected a {call.returns.__name__}, got {type(parsed).__name__}")
    return parsed


def unset_if_none(value: Any) -> Any:
    """None (the SDK's "not given") becomes the generated ``UNSET``: the field is not sent."""
    return UNSET if value is None else value


def read_timeout_at_least(client_timeout: httpx.Timeout, seconds: float) -> httpx.Timeout:
    """``client_timeout`` with its read (and pool) timeout raised to at least ``seconds``."""
    read = client_timeout.read
    if read is not None and read >= seconds:
        return client_timeout
    return httpx.Timeout(
        connect=client_timeout.connect, read=seconds, write=client_timeout.write, pool=client_timeout.pool
    )


class SyncResource:
    def __init__(self, client: Firecrawl) -> None:
        self._client = client

    def _send(self, call: Call) -> Any:
        with call_timeout(call.timeout), _parse_errors(call):
            response = call.endpoint.sync_detailed(client=self._client.api_client, **call.kwargs)
        return _expect(call, response.parsed)


class AsyncResource:
    def __init__(self, client: AsyncFirecrawl) -> None:
        self._client = client

    async def _send(self, call: Call) -> Any:
        with call_timeout(call.timeout), _parse_errors(call):
            response = await call.endpoint.asyncio_detailed(client=self._client.api_client, **call.kwargs)
        return _expect(call, cast(Any, response).parsed)
