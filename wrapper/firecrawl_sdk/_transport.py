"""All transport policy, at the httpx layer: auth, per-call timeouts, retries,
bounded bodies, error mapping and redaction. Every generated operation goes through it.

``PolicyTransport`` (sync) and ``AsyncPolicyTransport`` wrap an inner httpx
transport; both loops delegate every decision to :class:`Policy`.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx

from . import _body, _retries
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ClientClosedError,
    FirecrawlError,
    ResponseTooLargeError,
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


#: Added to a 404 when ``base_url`` (or the request's path) lacks the API version.
V2_HINT = "base_url should end in /v2"


class _Next:
    """What the loop does after a failed attempt: wait ``delay`` and retry, or raise ``error``
    (raised by the loop outside its ``except`` block, so no secret rides along as ``__context__``)."""

    def __init__(self, delay: float = 0.0, error: APIError | None = None) -> None:
        self.delay, self.error = delay, error


class Policy:
    """Decisions shared by the sync and async transports."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str | None,
        max_retries: int,
        max_response_size: int = _body.DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        self.base_url = httpx.URL(base_url.rstrip("/") + "/")
        self.api_key = api_key
        self.max_retries = max_retries
        self.max_response_size = max_response_size

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

    def on_error(self, request: httpx.Request, error: Exception, attempt: int) -> _Next:
        """A transport error: a retry, or the SDK's connection error to raise.

        The error keeps ``error`` as its ``__cause__`` unless that chain's text holds a
        secret (a key in an illegal header, say): then the traceback stops at the SDK's error.
        """
        method = request.method
        if attempt < self.max_retries and _retries.retryable_error(method, error):
            delay = _retries.backoff(attempt)
            if delay is not None:
                self._log_retry(request, attempt, delay, type(error).__name__)
                return _Next(delay)
        timeout = isinstance(error, (httpx.TimeoutException, TimeoutError))
        kind = APITimeoutError if timeout else APIConnectionError
        what = "timed out" if timeout else "failed"
        detail = redact(str(error) or type(error).__name__, self.api_key or "")
        failure = kind(f"{method} {self.show(request.url)} {what}: {detail}", request=request)
        import traceback  # only on a failure that is raised

        chain = "".join(traceback.format_exception(error))
        if redact(chain, self.api_key or "") == chain:
            failure.__cause__ = error
        failure.__suppress_context__ = True
        return _Next(error=failure)

    def too_large(self, request: httpx.Request, raw: httpx.Response, where: str) -> ResponseTooLargeError:
        limit = self.max_response_size
        raw.request = request
        return ResponseTooLargeError(
            f"{request.method} {self.show(request.url)} returned {raw.status_code} with a body larger than "
            f"max_response_size={limit} bytes ({limit / 2**20:g} MiB) {where}; reading stopped there "
            "(pass a larger max_response_size= to the client if such a response is expected)",
            limit=limit,
            response=raw,
        )

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
            if (body is _INVALID or body is _TOO_DEEP) and status != 204:
                kind = response.headers.get("content-type", "no content type")
                what = (
                    f"JSON nested deeper than the parser's limit ({len(content)} bytes)"
                    if body is _TOO_DEEP
                    else f"a body that is not JSON ({kind})"
                )
                raise APIResponseValidationError(
                    f"{request.method} {self.show(request.url)} returned {status} with {what}",
                    response=response,
                    body=content[:1000],
                )
            response.parsed_json = body
            return response
        if attempt < self.max_retries and _retries.retryable_status(request.method, status):
            delay = _retries.backoff(attempt, response.headers)
            if delay is not None:
                self._log_retry(request, attempt, delay, f"HTTP {status}")
                return _Next(delay)
        raise self.status_error(request, response, None if body is _INVALID or body is _TOO_DEEP else body)

    def status_error(self, request: httpx.Request, response: httpx.Response, body: Any) -> APIError:
        """The typed error of an error status: the server's message (only the key itself
        redacted), and a ``hint`` (shown by ``str()``) where the likely cause is known."""
        status = response.status_code
        content_type = response.headers.get("content-type", "")
        message = error_message(status, response.reason_phrase, body, content_type)
        if not self.api_key and status in (401, 429):
            message += f" (no API key was sent: {KEYLESS_HINT})"
        hint = None
        if status == 404 and not self._has_v2(request.url):
            hint = f"{V2_HINT}: requested {self.show(request.url)}, base_url is {self.show(self.base_url)}"
        elif 300 <= status < 400:
            target = redact(response.headers.get("location", "nowhere"), self.api_key or "")
            hint = f"a redirect to {target}: the SDK never follows redirects; check base_url"
        if self.api_key:
            message = message.replace(self.api_key, "***")
        return status_error_class(status)(message, response=response, body=body, hint=hint)

    def _has_v2(self, url: httpx.URL) -> bool:
        return self.base_url.path.endswith("/v2/") and url.path.startswith("/v2/")

    @staticmethod
    def _json(response: httpx.Response) -> Any:
        if not response.content:
            return _INVALID
        try:
            return json.loads(response.content)
        except ValueError:
            return _INVALID
        except RecursionError:
            return _TOO_DEEP

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
_TOO_DEEP: Any = object()


def _asyncio() -> Any:
    """asyncio, imported on first async use (it costs ~9 ms at import time)."""
    import asyncio

    return asyncio


def _as_json_response(raw: httpx.Response, content: bytes, request: httpx.Request) -> JSONResponse:
    """``raw`` made a read :class:`JSONResponse` in place (its class and body): building a second
    ``httpx.Response`` instead costs ~7 us per call. ``content`` is the body ``_read`` decoded
    within the limits (it removed ``Content-Encoding``); a transport's own ``Response`` subclass
    is copied rather than changed."""
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
    """Sync transport applying :class:`Policy` around ``inner``; ``sleep`` waits between attempts."""

    def __init__(
        self, inner: httpx.BaseTransport, policy: Policy, sleep: Callable[[float], object] = time.sleep
    ) -> None:
        self.inner, self.policy, self.sleep = inner, policy, sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        policy = self.policy
        timeout = policy.prepare(request)
        attempt = 0
        while True:
            try:
                raw = self.inner.handle_request(request)
                content = self._read(raw, request, timeout)
                outcome = policy.on_response(request, raw, content, attempt)
            except FirecrawlError:
                raise
            except Exception as error:  # transport errors: mapped (and maybe retried) by the policy
                outcome = policy.on_error(request, error, attempt)
            if not isinstance(outcome, _Next):
                return outcome  # type: ignore[no-any-return]
            if outcome.error is not None:
                raise outcome.error
            self.sleep(outcome.delay)
            attempt += 1

    def _read(self, raw: httpx.Response, request: httpx.Request, timeout: float | None) -> bytes:
        """The whole body, decoded, within the deadline and ``max_response_size``."""
        limit = self.policy.max_response_size
        try:
            content = _already_read(raw)
            if content is not None:
                return _body.check_size(content, limit)
            deadline = None if timeout is None else time.monotonic() + timeout
            body = _body.start(raw, limit)
            try:
                for chunk in raw.stream:  # type: ignore[union-attr]
                    body.feed(chunk)
                    if deadline is not None and time.monotonic() > deadline:
                        raise _deadline_error(request, timeout or 0)
            finally:
                raw.close()
            return body.content()
        except _body.BodyTooLarge as too_large:
            raise self.policy.too_large(request, raw, too_large.where) from None

    def close(self) -> None:
        self.inner.close()


class AsyncPolicyTransport(httpx.AsyncBaseTransport):
    """Async transport applying :class:`Policy` around ``inner``; ``sleep`` (default
    ``asyncio.sleep``) waits between attempts."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: Policy,
        sleep: Callable[[float], Awaitable[object]] | None = None,
    ) -> None:
        self.inner, self.policy, self.sleep = inner, policy, sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        policy = self.policy
        timeout = policy.prepare(request)
        attempt = 0
        while True:
            try:
                raw = await self.inner.handle_async_request(request)
                content = await self._read(raw, request, timeout)
                outcome = policy.on_response(request, raw, content, attempt)
            except FirecrawlError:
                raise
            except Exception as error:  # transport errors: mapped (and maybe retried) by the policy
                outcome = policy.on_error(request, error, attempt)
            if not isinstance(outcome, _Next):
                return outcome  # type: ignore[no-any-return]
            if outcome.error is not None:
                raise outcome.error
            await (self.sleep or _asyncio().sleep)(outcome.delay)
            attempt += 1

    async def _read(self, raw: httpx.Response, request: httpx.Request, timeout: float | None) -> bytes:
        """The whole body, decoded, within the deadline and ``max_response_size``."""
        limit = self.policy.max_response_size
        try:
            content = _already_read(raw)
            if content is not None:
                return _body.check_size(content, limit)
            body = _body.start(raw, limit)

            async def collect() -> bytes:
                async for chunk in raw.stream:  # type: ignore[union-attr]
                    body.feed(chunk)
                return body.content()

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
        except _body.BodyTooLarge as too_large:
            raise self.policy.too_large(request, raw, too_large.where) from None

    async def aclose(self) -> None:
        await self.inner.aclose()


class _Closed(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Stands in for the connection pool once the client is closed: every request raises
    ``ClientClosedError`` (no per-call check: the lazy transports hold it in place of the pool)."""

    def __init__(self, client: str) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        raise ClientClosedError(self.client)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        raise ClientClosedError(self.client)

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


class LazyHTTPTransport(httpx.BaseTransport):
    """``httpx.HTTPTransport`` created on the first request (httpcore costs ~11 ms to import)."""

    def __init__(self) -> None:
        self._transport: httpx.BaseTransport | None = None
        self._lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            with self._lock:
                if self._transport is None:
                    self._transport = httpx.HTTPTransport()
        return self._transport.handle_request(request)

    def close(self) -> None:
        transport, self._transport = self._transport, _Closed("Firecrawl")
        if transport is not None:
            transport.close()


class LazyAsyncHTTPTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncHTTPTransport`` created on the first request."""

    def __init__(self) -> None:
        self._transport: httpx.AsyncBaseTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._transport is None:
            self._transport = httpx.AsyncHTTPTransport()
        return await self._transport.handle_async_request(request)

    async def aclose(self) -> None:
        transport, self._transport = self._transport, _Closed("AsyncFirecrawl")
        if transport is not None:
            await transport.aclose()


class ClientTransport(httpx.BaseTransport):
    """Sends through a user's ``httpx.Client`` (its proxies, certificates, transport), never
    following redirects: a 3xx comes back to the policy, which raises it."""

    def __init__(self, client: httpx.Client) -> None:
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        client = self.client
        if client.is_closed:
            raise ClientClosedError("Firecrawl")
        if _plain(client):  # the client's transport (mounts, proxies) without a second send()
            return client._transport_for_url(request.url).handle_request(request)
        return client.send(request, stream=True, follow_redirects=False)

    def close(self) -> None:
        self.client.close()


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through a user's ``httpx.AsyncClient``, never following redirects."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        client = self.client
        if client.is_closed:
            raise ClientClosedError("AsyncFirecrawl")
        if _plain(client):
            return await client._transport_for_url(request.url).handle_async_request(request)
        return await client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        await self.client.aclose()


def _plain(client: httpx.Client | httpx.AsyncClient) -> bool:
    """No auth or event hooks: ``send()`` would only add overhead (~30 us, most of it cookie
    handling). Then the client's transport for the URL is used directly, through httpx's
    ``_transport_for_url`` (private: tests/wrapper/test_transport_httpx.py pins what it does, and
    without it every request goes through the public ``send()``)."""
    hooks = client.event_hooks
    return (
        client.auth is None
        and not hooks["request"]
        and not hooks["response"]
        and hasattr(client, "_transport_for_url")
    )
