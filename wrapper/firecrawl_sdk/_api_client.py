"""The generated client bound to the SDK's transport (imported on first use: attrs costs ~7 ms)."""

from __future__ import annotations

import httpx
from firecrawl_api.client import AuthenticatedClient


class APIClient(AuthenticatedClient):
    """The generated ``firecrawl_api`` client, bound to the SDK's transport.

    Pass it as ``client=`` to any generated operation (``firecrawl_api.api...``):
    it gets the same auth, timeouts, retries, validation and typed errors. It is an
    ``AuthenticatedClient`` for the type checker; the key itself is added by the SDK's
    transport (only for ``base_url``), never stored here. Its ``with_*``
    helpers would rebuild an httpx client without that transport, so they are
    disabled: use ``Firecrawl.with_options`` instead.
    """

    def with_headers(self, headers: dict[str, str]) -> AuthenticatedClient:
        raise NotImplementedError(
            "with_headers() would drop the SDK's transport; use Firecrawl.with_options()"
        )

    def with_cookies(self, cookies: dict[str, str]) -> AuthenticatedClient:
        raise NotImplementedError(
            "with_cookies() would drop the SDK's transport; use Firecrawl.with_options()"
        )

    def with_timeout(self, timeout: httpx.Timeout) -> AuthenticatedClient:
        raise NotImplementedError(
            "with_timeout() would drop the SDK's transport; use Firecrawl.with_options()"
        )
