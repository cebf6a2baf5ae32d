"""Offline testing for Firecrawl Interact: a local server backed by Debian's Chromium (extra ``local``).

``from firecrawl_sdk.testing import LocalInteractServer``; pytest fixtures in
``firecrawl_sdk.testing.pytest_plugin``. Nothing here is imported by ``import firecrawl_sdk``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._server import AsyncLocalInteractServer, LocalInteractServer

__all__ = ["AsyncLocalInteractServer", "LocalInteractServer"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import _server

        return getattr(_server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
