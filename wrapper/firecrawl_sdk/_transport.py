"""All transport policy, at the httpx layer: auth, per-call timeouts, retries,
error mapping and redaction. Every generated operation goes through it.

``PolicyTransport`` (sync) and ``AsyncPolicyTransport`` wrap an inner httpx
transport; both loops delegate every decision to :class:`Policy`.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

from . import _retries
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    error_message,
    status_error_class,
)
from ._logging import logger, redact

#: Set in ``request.extensions`` by whoever validated a request already (the SDK's own methods).
VALIDATED = "firecrawl_sdk.validated"

#: Added to a 401/429 of a keyless client (the docs: no key needed to start, a key raises the limits).
KEYLESS_HINT = "a Firecrawl API key (api_key= or FIRECRAWL_API_KEY) raises the rate limits"


class JSONResponse(httpx.Response):
    """A fully read response whose JSON body was parsed (once) by the transport.

    The transport turns the inner transport's response into one in place (see
    :func:`_as_json_response`): no second ``httpx.Response`` is built per call. Its
    body, read and decoded by the transport, is ``body``; ``content``, the ``read``
    methods and ``json`` answer from it.
    """

    parsed_json: Any = None
    body: bytes = b""

    @property
    def content(self) -> bytes:
        return self.body

    def read(self) -> bytes:
        return self.body

    async def aread(self) -> bytes:
        return self.body

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        yield self.body

    async def aiter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        yield self.body

    def json(self, **kwargs: Any) -> Any:
        return self.parsed_json


class _Retry(Exception):
    def __init__(self, delay: float) -> None:
        self.delay = delay


class Policy:
    """Decisions shared by the sync and async transports."""

    def __init__(self, *, base_url: str, api_key: str | None, max_retries: int) -> None:
        self.base_url = httpx.URL(base_url.rstrip("/") + "/")
        self.api_key = api_key
        self.max_retries = max_retries

    def prepare(self, request: httpx.Request) -> float | None:
        """Validate, add auth (only for ``base_url``) and the per-call timeout; return the attempt deadline.

        A request for ``base_url`` that the SDK's own methods did not validate (a generated
        function called with ``fc.api_client``, say) is validated here: a request that breaks
        the spec raises :class:`InvalidParameterError` and is never sent.
        """
        owned = self.owns(request.url)
        if owned and VALIDATED not in request.extensions:
            self.validate(request)
        if self.api_key and owned:
            request.headers["Authorization"] = f"Bearer {self.api_key}"
        read: float | None = request.extensions.get("timeout", {}).get("read")
        return read

    def validate(self, request: httpx.Request) -> None:
        """Match method + path to an operation and check its parameters and JSON body (else: pass)."""
        from . import _validation  # imported on the first request: it is not needed to build a client

        raw_path = request.url.raw_path.split(b"?", 1)[0].decode("latin-1")
        relative = "/" + raw_path[len(self.base_url.raw_path.split(b"?", 1)[0]) :]
        matched = _validation.route(request.method, relative)
        if matched is None:
            return
        operation_id, path = matched
        query = _validation.query_values(operation_id, request.url.params)
        body = None
        if _validation.is_json_body(operation_id):
            try:
                content = request.content
            except httpx.RequestNotRead:  # a streamed body: the server judges it
                return
            if content:
                try:
                    body = json.loads(content)
                except ValueError:
                    return
        _validation.validate_request(operation_id, path=path, query=query, body=body)
        request.extensions[VALIDATED] = True

    def owns(self, url: httpx.URL) -> bool:
        base = self.base_url
        return (url.scheme, url.host, url.port) == (base.scheme, base.host, base.port) and (
            url.path + "/"
        ).startswith(base.path)

    def on_error(self, request: httpx.Request, error: Exception, attempt: int) -> _Retry:
        """A transport error: return a retry, or raise the SDK's connection error."""
        method = request.method
        if attempt < self.max_retries and _retries.retryable_error(method, error):
            delay = _retries.backoff(attempt)
            if delay is not None:
                self._log_retry(request, attempt, delay, type(error).__name__)
                return _Retry(delay)
        timeout = isinstance(error, (httpx.TimeoutException, TimeoutError))
        kind = APITimeoutError if timeout else APIConnectionError
        what = "timed out" if timeout else "failed"
        detail = redact(str(error) or type(error).__name__, self.api_key or "")
        raise kind(f"{method} {self.show(request.url)} {what}: {detail}", request=request) from error

    def on_response(self, request: httpx.Request, raw: httpx.Response, content: bytes, attempt: int) -> Any:
        """A complete response: return it (success), a retry, or raise the mapped error."""
        response = _as_json_response(raw, content, request)
        status = response.status_code
        if logger.isEnabledFor(logging.DEBUG):  # show() redacts: only pay for it when logging
            logger.debug(
                "%s %s -> %s (attempt %d)", request.method, self.show(request.url), status, attempt + 1
            )
        body = self._json(response)
        if 200 <= status < 300:
            if body is _INVALID and status != 204:
                raise APIResponseValidationError(
                    f"{request.method} {self.show(request.url)} returned {status} with a body that is not "
                    f"JSON ({response.headers.get('content-type', 'no content type')})",
                    response=response,
                    body=content[:1000],
                )
            response.parsed_json = body
            return response
        if attempt < self.max_retries and _retries.retryable_status(request.method, status):
            delay = _retries.backoff(attempt, response.headers)
            if delay is not None:
                self._log_retry(request, attempt, delay, f"HTTP {status}")
                return _Retry(delay)
        error_body = None if body is _INVALID else body
        message = error_message(
            status, response.reason_phrase, error_body, response.headers.get("content-type", "")
        )
        if not self.api_key and status in (401, 429):
            message += f" (no API key was sent: {KEYLESS_HINT})"
        error_class = status_error_class(status)
        raise error_class(redact(message, self.api_key or ""), response=response, body=error_body)

    @staticmethod
    def _json(response: httpx.Response) -> Any:
        if not response.content:
            return _INVALID
        try:
            return json.loads(response.content)
        except ValueError:
            return _INVALID

    def _log_retry(self, request: httpx.Request, attempt: int, delay: float, reason: str) -> None:
        logger.info(
            "retrying %s %s after %s in %.2fs (retry %d of %d)",
            request.method,
            self.show(request.url),
            reason,
            delay,
            attempt + 1,
            self.max_retries,
        )

    def show(self, url: httpx.URL) -> str:
        return redact(str(url.copy_with(query=None)) if url.query else str(url), self.api_key or "")


_INVALID: Any = object()


def _asyncio() -> Any:
    """asyncio, imported on first async use (it costs ~9 ms at import time)."""
    import asyncio

    return asyncio


def _as_json_response(raw: httpx.Response, content: bytes, request: httpx.Request) -> JSONResponse:
    """``raw`` made a read :class:`JSONResponse` in place (its class and body): building a second
    ``httpx.Response`` instead costs ~7 us per call. A body still encoded (gzip, ...) is decoded
    first; a transport's own ``Response`` subclass is copied rather than changed."""
    encoding = raw.headers.get("content-encoding")
    if encoding is not None:
        content = httpx.Response(200, headers={"content-encoding": encoding}, content=content).content
        del raw.headers["content-encoding"]
    if type(raw) is not httpx.Response:
        raw = httpx.Response(raw.status_code, headers=raw.headers, extensions=raw.extensions)
    raw.__class__ = JSONResponse
    response: JSONResponse = raw  # type: ignore[assignment]
    response.body = content
    response.request = request
    return response


def _already_read(raw: httpx.Response) -> bytes | None:
    """The body, if a response hook of the user's client already read (and decoded) it."""
    if not raw.is_stream_consumed:
        return None
    raw.headers.pop("content-encoding", None)  # ``content`` is decoded already: do not decode twice
    return raw.content


def _deadline_error(request: httpx.Request, timeout: float) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(f"response body not complete within {timeout:g}s", request=request)


class PolicyTransport(httpx.BaseTransport):
    """Sync transport applying :class:`Policy` around ``inner``."""

    def __init__(self, inner: httpx.BaseTransport, policy: Policy) -> None:
        self.inner, self.policy = inner, policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        timeout = self.policy.prepare(request)
        attempt = 0
        while True:
            try:
                raw = self.inner.handle_request(request)
                content = self._read(raw, request, timeout)
                outcome = self.policy.on_response(request, raw, content, attempt)
            except APIError:
                raise
            except Exception as error:  # transport errors: mapped (and maybe retried) by the policy
                outcome = self.policy.on_error(request, error, attempt)
            if not isinstance(outcome, _Retry):
                return outcome  # type: ignore[no-any-return]
            time.sleep(outcome.delay)
            attempt += 1

    @staticmethod
    def _read(raw: httpx.Response, request: httpx.Request, timeout: float | None) -> bytes:
        content = _already_read(raw)
        if content is not None:
            return content
        deadline = None if timeout is None else time.monotonic() + timeout
        chunks = []
        try:
            for chunk in raw.stream:  # type: ignore[union-attr]
                chunks.append(chunk)
                if deadline is not None and time.monotonic() > deadline:
                    raise _deadline_error(request, timeout or 0)
        finally:
            raw.close()
        return b"".join(chunks)

    def close(self) -> None:
        self.inner.close()


class AsyncPolicyTransport(httpx.AsyncBaseTransport):
    """Async transport applying :class:`Policy` around ``inner``."""

    def __init__(self, inner: httpx.AsyncBaseTransport, policy: Policy) -> None:
        self.inner, self.policy = inner, policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeout = self.policy.prepare(request)
        attempt = 0
        while True:
            try:
                raw = await self.inner.handle_async_request(request)
                content = await self._read(raw, request, timeout)
                outcome = self.policy.on_response(request, raw, content, attempt)
            except APIError:
                raise
            except Exception as error:  # transport errors: mapped (and maybe retried) by the policy
                outcome = self.policy.on_error(request, error, attempt)
            if not isinstance(outcome, _Retry):
                return outcome  # type: ignore[no-any-return]
            await _asyncio().sleep(outcome.delay)
            attempt += 1

    @staticmethod
    async def _read(raw: httpx.Response, request: httpx.Request, timeout: float | None) -> bytes:
        content = _already_read(raw)
        if content is not None:
            return content

        async def collect() -> bytes:
            chunks: list[bytes] = [chunk async for chunk in raw.stream]  # type: ignore[union-attr]
            return b"".join(chunks)

        try:
            if timeout is None:
                return await collect()
            try:
                async with _asyncio().timeout(timeout):  # no extra task per call, unlike wait_for
                    return await collect()
            except TimeoutError:
                raise _deadline_error(request, timeout) from None
        finally:
            await raw.aclose()

    async def aclose(self) -> None:
        await self.inner.aclose()


class LazyHTTPTransport(httpx.BaseTransport):
    """``httpx.HTTPTransport`` created on the first request (httpcore costs ~11 ms to import)."""

    def __init__(self) -> None:
        self._transport: httpx.HTTPTransport | None = None
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            with self._lock:
                if self._transport is None:
                    self._transport = httpx.HTTPTransport()
        return self._transport.handle_request(request)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()


class LazyAsyncHTTPTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncHTTPTransport`` created on the first request."""

    def __init__(self) -> None:
        self._transport: httpx.AsyncHTTPTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            self._transport = httpx.AsyncHTTPTransport()
        return await self._transport.handle_async_request(request)

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()


class ClientTransport(httpx.BaseTransport):
    """Sends through a user's ``httpx.Client`` (its proxies, certificates, transport)."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if _plain(self.client):  # the client's transport (mounts, proxies) without a second send()
            return self.client._transport_for_url(request.url).handle_request(request)
        return self.client.send(request, stream=True)

    def close(self) -> None:
        self.client.close()


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through a user's ``httpx.AsyncClient``."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if _plain(self.client):
            return await self.client._transport_for_url(request.url).handle_async_request(request)
        return await self.client.send(request, stream=True)

    async def aclose(self) -> None:
        await self.client.aclose()


def _plain(client: httpx.Client | httpx.AsyncClient) -> bool:
    """No auth, event hooks or redirect following: ``send()`` would only add overhead (~30 us)."""
    hooks = client.event_hooks
    return (
        client.auth is None
        and not client.follow_redirects
        and not hooks["request"]
        and not hooks["response"]
        and hasattr(client, "_transport_for_url")
    )
