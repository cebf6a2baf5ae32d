"""``Firecrawl`` and ``AsyncFirecrawl``: configuration, the httpx client, resources."""

from __future__ import annotations

import os
import time
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import httpx

from . import _options
from ._body import ACCEPT_ENCODING, DEFAULT_MAX_RESPONSE_SIZE
from ._logging import remember_secret
from ._surface._resources import AsyncResources, Resources
from ._transport import (
    AsyncClientTransport,
    AsyncPolicyTransport,
    ClientTransport,
    LazyAsyncHTTPTransport,
    LazyHTTPTransport,
    Policy,
    PolicyTransport,
)

if TYPE_CHECKING:
    from ._api_client import APIClient

DEFAULT_BASE_URL = "https://api.firecrawl.dev/v2"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2


class _BaseClient:
    _http: Any
    _inner: Any

    def __init__(
        self,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout,
        max_retries: int,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        base = _options.base_url(base_url or os.environ.get("FIRECRAWL_BASE_URL") or DEFAULT_BASE_URL)
        key = _options.api_key(api_key if api_key is not None else os.environ.get("FIRECRAWL_API_KEY"))
        self._configure(timeout, max_retries, max_response_size)
        self.base_url = base
        self._api_key = key
        self._owns_pool = True
        if key:
            remember_secret(key)
            _options.warn_if_plain_http(base)

    def _configure(self, timeout: float | httpx.Timeout, max_retries: int, max_response_size: int) -> None:
        self.timeout = _options.timeout(timeout)
        self.max_retries = _options.max_retries(max_retries)
        self.max_response_size = _options.max_response_size(max_response_size)

    def __repr__(self) -> str:
        key = "set" if self._api_key else "unset"
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, api_key=<{key}>, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries})"
        )

    def _policy(self) -> Policy:
        return Policy(
            base_url=self.base_url,
            api_key=self._api_key,
            max_retries=self.max_retries,
            max_response_size=self.max_response_size,
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_response_size: int | None = None,
    ) -> Self:
        """A copy with other defaults, sharing this client's connection pool (closing it
        closes the copy too)."""
        clone = object.__new__(type(self))
        clone._configure(
            self.timeout if timeout is None else timeout,
            self.max_retries if max_retries is None else max_retries,
            self.max_response_size if max_response_size is None else max_response_size,
        )
        clone.base_url, clone._api_key = self.base_url, self._api_key
        clone._owns_pool = False
        clone._inner = self._inner
        if "_sleep" in vars(self):  # an overridden hook (tests) carries over to the copy
            vars(clone)["_sleep"] = vars(self)["_sleep"]
        clone._setup()
        return clone

    def _setup(self) -> None:
        raise NotImplementedError

    @cached_property
    def api_client(self) -> APIClient:
        """The generated client on this SDK's transport: pass it as ``client=`` to any
        ``firecrawl_api.api`` operation to get the same auth, timeouts, retries and errors."""
        from ._api_client import APIClient

        client = APIClient(base_url=self.base_url, token="", timeout=self.timeout)
        if isinstance(self._http, httpx.AsyncClient):
            client.set_async_httpx_client(self._http)
        else:
            client.set_httpx_client(self._http)
        return client


class Firecrawl(Resources, _BaseClient):
    """Synchronous client for the Firecrawl API v2.

    ``api_key`` defaults to ``FIRECRAWL_API_KEY``; without one no ``Authorization``
    header is sent (the docs: no key needed to get started; a key raises the rate
    limits); ``base_url`` to ``FIRECRAWL_BASE_URL``, else the spec's
    ``https://api.firecrawl.dev/v2`` (nothing is appended to it; no user:password@,
    ?query or #fragment; plain http to a host that is not loopback gives an
    ``InsecureBaseURLWarning``). ``timeout``: seconds (connect at most 5 s) or an
    ``httpx.Timeout``. ``max_retries``: see the README's retry rules.
    ``max_response_size``: bytes a response body may have, on the wire and once
    decompressed (default 64 MiB); past it reading stops with ``ResponseTooLargeError``.
    ``http_client``: an ``httpx.Client`` to send through (proxies, certificates, a mock
    transport); the SDK's policy wraps it, and redirects are never followed.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(api_key, base_url, timeout, max_retries, max_response_size)
        self._inner: httpx.BaseTransport = (
            ClientTransport(http_client) if http_client is not None else LazyHTTPTransport()
        )
        self._setup()

    def _setup(self) -> None:
        self._transport = PolicyTransport(self._inner, self._policy(), sleep=lambda delay: self._sleep(delay))
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=self.timeout,
            transport=self._transport,
            headers={"Accept-Encoding": ACCEPT_ENCODING},
            trust_env=False,
        )
        self._headers = self._http.headers

    def _send(self, request: httpx.Request) -> httpx.Response:
        """An SDK method's request, straight to the policy transport (``httpx.Client.send`` would
        add ~70 us a call and nothing the SDK uses: no auth flow, redirects, hooks or cookies).
        A closed client's transport raises ``ClientClosedError``."""
        return self._transport.handle_request(request)

    def _sleep(self, seconds: float) -> None:
        """Every wait of this client: retry backoff and job polling. Tests replace it on the
        instance (``fc._sleep = delays.append``) instead of patching ``time.sleep``."""
        time.sleep(seconds)

    def close(self) -> None:
        """Close the connection pool (a ``with_options`` copy leaves it to its origin); a later
        call on this client or its copies raises ``ClientClosedError``."""
        if self._owns_pool:
            self._inner.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


class AsyncFirecrawl(AsyncResources, _BaseClient):
    """Asynchronous client: the same surface as :class:`Firecrawl`, awaited."""

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(api_key, base_url, timeout, max_retries, max_response_size)
        self._inner: httpx.AsyncBaseTransport = (
            AsyncClientTransport(http_client) if http_client is not None else LazyAsyncHTTPTransport()
        )
        self._setup()

    def _setup(self) -> None:
        self._transport = AsyncPolicyTransport(
            self._inner, self._policy(), sleep=lambda delay: self._sleep(delay)
        )
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=self.timeout,
            transport=self._transport,
            headers={"Accept-Encoding": ACCEPT_ENCODING},
            trust_env=False,
        )
        self._headers = self._http.headers

    async def _send(self, request: httpx.Request) -> httpx.Response:
        """See :meth:`Firecrawl._send`."""
        return await self._transport.handle_async_request(request)

    async def _sleep(self, seconds: float) -> None:
        """Every wait of this client: retry backoff and job polling. Tests replace it on the
        instance with a coroutine function instead of patching ``asyncio.sleep``."""
        import asyncio  # on first async use only (import cost)

        await asyncio.sleep(seconds)

    async def close(self) -> None:
        """Close the connection pool (a ``with_options`` copy leaves it to its origin); a later
        call on this client or its copies raises ``ClientClosedError``."""
        if self._owns_pool:
            await self._inner.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.close()
