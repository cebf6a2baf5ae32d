"""Offline testing for Firecrawl Interact: a local server backed by Debian's Chromium (extra ``local``).

``from firecrawl_sdk.testing import LocalInteractServer``; pytest fixtures in
``firecrawl_sdk.testing.pytest_plugin``. Nothing here is imported by ``import firecrawl_sdk``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

try:  # the extra's packages: a clear message instead of a bare ModuleNotFoundError later
    import markdownify  # noqa: F401  (the scrape's markdown)
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
    import websockets  # noqa: F401
except ImportError as exc:
    raise ImportError(
        f"firecrawl_sdk.testing needs the extra `local` ({exc.name} is missing): "
        "pip install 'firecrawl-sdk[local]'",
        name=exc.name,
    ) from exc

if TYPE_CHECKING:
    from ._server import AsyncLocalInteractServer, ChromiumNotFound, LocalInteractServer

__all__ = ["AsyncLocalInteractServer", "ChromiumNotFound", "LocalInteractServer"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import _server

        return getattr(_server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
