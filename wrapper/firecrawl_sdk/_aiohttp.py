"""``DefaultAioHttpClient``: ``AsyncFirecrawl`` sending through aiohttp (the ``[aiohttp]`` extra).

``AsyncFirecrawl(http_client=DefaultAioHttpClient())`` sends every request through
``httpx-aiohttp``'s transport (aiohttp's connection pool) instead of httpcore's; the SDK's
transport policy wraps it like any ``http_client``: auth, timeouts, retries, typed errors,
response limits and redaction. aiohttp's errors are mapped as httpcore's are, so that the
retry rules hold: only a connection that was never made is a connect error (after which
a POST may be retried); a disconnect, a truncated body or a read timeout is not.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx

try:
    import aiohttp
    import httpx_aiohttp
except ImportError as error:  # pragma: no cover - exercised without the extra installed
    raise ImportError(
        "DefaultAioHttpClient needs the aiohttp extra: pip install 'firecrawl-sdk[aiohttp]'"
    ) from error

__all__ = ["AiohttpTransport", "DefaultAioHttpClient"]

#: aiohttp's error -> httpx's, most specific first (the first match wins).
ERRORS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ClientProxyConnectionError, httpx.ProxyError),
    (aiohttp.ClientConnectorError, httpx.ConnectError),  # refused, name resolution, TLS handshake
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),  # includes waiting for a pooled connection
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),  # SocketTimeoutError: no byte within the read timeout
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),  # a body cut short
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),  # a malformed response
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    (aiohttp.ClientError, httpx.ReadError),
)


def mapped(error: BaseException) -> BaseException:
    """The httpx error for an aiohttp error (also when httpx-aiohttp already mapped it, by its cause)."""
    cause = error.__cause__ if isinstance(error, httpx.TransportError) else error
    if not isinstance(cause, aiohttp.ClientError):
        return error
    for aiohttp_class, httpx_class in ERRORS:
        if isinstance(cause, aiohttp_class):
            mapped_error = httpx_class(str(cause) or type(cause).__name__)
            mapped_error.__cause__ = cause
            return mapped_error
    return error  # pragma: no cover - ERRORS ends with aiohttp.ClientError


class _MappedStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self.inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self.inner:
                yield chunk
        except (httpx.TransportError, aiohttp.ClientError) as error:
            raise mapped(error) from error.__cause__ if isinstance(error, httpx.TransportError) else error

    async def aclose(self) -> None:
        try:
            await self.inner.aclose()
        except (httpx.TransportError, aiohttp.ClientError) as error:
            raise mapped(error) from error.__cause__ if isinstance(error, httpx.TransportError) else error


class AiohttpTransport(httpx_aiohttp.AiohttpTransport):
    """``httpx_aiohttp.AiohttpTransport`` with aiohttp's errors mapped by :data:`ERRORS`, and
    without aiohttp's own resend of an idempotent request after a reset: the SDK's retry rules
    decide every attempt (``max_retries``), whatever the transport."""

    def get_client(self) -> aiohttp.ClientSession:
        session = super().get_client()
        if hasattr(session, "_retry_connection"):  # aiohttp has no public switch for it
            session._retry_connection = False
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await super().handle_async_request(request)
        except (httpx.TransportError, aiohttp.ClientError) as error:
            raise mapped(error) from error.__cause__ if isinstance(error, httpx.TransportError) else error
        response.stream = _MappedStream(response.stream)  # type: ignore[arg-type]
        return response


class DefaultAioHttpClient(httpx_aiohttp.HttpxAiohttpClient):
    """An ``httpx.AsyncClient`` that sends through aiohttp: ``AsyncFirecrawl(http_client=...)``.

    Takes ``httpx.AsyncClient``'s arguments (``limits``, ``verify``, ``proxy``, ...); the
    SDK's own timeouts, retries and policy apply to every request sent through it.
    """

    def _init_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
        transport = kwargs.pop("transport", None)
        if transport is not None:
            return transport  # type: ignore[no-any-return]
        return AiohttpTransport(**_transport_options(kwargs))

    def _init_proxy_transport(
        self, proxy: httpx.Proxy, *args: Any, **kwargs: Any
    ) -> httpx.AsyncBaseTransport:
        return AiohttpTransport(proxy=proxy, **_transport_options(kwargs))


def _transport_options(kwargs: dict[str, Any]) -> dict[str, Any]:
    names = ("verify", "cert", "trust_env", "http1", "http2", "limits")
    return {name: kwargs[name] for name in names if name in kwargs}
