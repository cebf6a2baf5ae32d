"""firecrawl_sdk: a safe, typed wrapper over the generated Firecrawl API v2 client.

Names load on first use (PEP 562), so ``import firecrawl_sdk`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from firecrawl_api.models import (
        DeleteSessionResult,
        ExecuteResult,
        InteractSession,
        InteractSessionSummary,
        Profile,
        ScrapeInteractResult,
        StopInteractionResult,
    )

    from ._aiohttp import DefaultAioHttpClient
    from ._client import AsyncFirecrawl, Firecrawl
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APIResponseValidationError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConflictError,
        FirecrawlError,
        GoneError,
        InsecureBaseURLWarning,
        InternalServerError,
        InvalidParameterError,
        JobFailedError,
        NotFoundError,
        PaymentRequiredError,
        PermissionDeniedError,
        RateLimitError,
        ResponseTooLargeError,
        UnprocessableEntityError,
        WaitTimeoutError,
    )

_WHERE: dict[str, str] = {
    "APIConnectionError": "firecrawl_sdk._exceptions",
    "APIError": "firecrawl_sdk._exceptions",
    "APIResponseValidationError": "firecrawl_sdk._exceptions",
    "APIStatusError": "firecrawl_sdk._exceptions",
    "APITimeoutError": "firecrawl_sdk._exceptions",
    "AsyncFirecrawl": "firecrawl_sdk._client",
    "AuthenticationError": "firecrawl_sdk._exceptions",
    "BadRequestError": "firecrawl_sdk._exceptions",
    "ClientClosedError": "firecrawl_sdk._exceptions",
    "ConflictError": "firecrawl_sdk._exceptions",
    "DefaultAioHttpClient": "firecrawl_sdk._aiohttp",
    "DeleteSessionResult": "firecrawl_api.models",
    "ExecuteResult": "firecrawl_api.models",
    "Firecrawl": "firecrawl_sdk._client",
    "FirecrawlError": "firecrawl_sdk._exceptions",
    "GoneError": "firecrawl_sdk._exceptions",
    "InsecureBaseURLWarning": "firecrawl_sdk._exceptions",
    "InteractSession": "firecrawl_api.models",
    "InteractSessionSummary": "firecrawl_api.models",
    "InternalServerError": "firecrawl_sdk._exceptions",
    "InvalidParameterError": "firecrawl_sdk._exceptions",
    "JobFailedError": "firecrawl_sdk._exceptions",
    "NotFoundError": "firecrawl_sdk._exceptions",
    "PaymentRequiredError": "firecrawl_sdk._exceptions",
    "PermissionDeniedError": "firecrawl_sdk._exceptions",
    "Profile": "firecrawl_api.models",
    "RateLimitError": "firecrawl_sdk._exceptions",
    "ResponseTooLargeError": "firecrawl_sdk._exceptions",
    "ScrapeInteractResult": "firecrawl_api.models",
    "StopInteractionResult": "firecrawl_api.models",
    "UnprocessableEntityError": "firecrawl_sdk._exceptions",
    "WaitTimeoutError": "firecrawl_sdk._exceptions",
}

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncFirecrawl",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "DefaultAioHttpClient",
    "DeleteSessionResult",
    "ExecuteResult",
    "Firecrawl",
    "FirecrawlError",
    "GoneError",
    "InsecureBaseURLWarning",
    "InteractSession",
    "InteractSessionSummary",
    "InternalServerError",
    "InvalidParameterError",
    "JobFailedError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "Profile",
    "RateLimitError",
    "ResponseTooLargeError",
    "ScrapeInteractResult",
    "StopInteractionResult",
    "UnprocessableEntityError",
    "WaitTimeoutError",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
