"""Every error the SDK raises; all derive from :class:`FirecrawlError`.

::

    FirecrawlError
    ├── InvalidParameterError (also ValueError)   bad input, nothing was sent
    ├── WaitTimeoutError (also TimeoutError)      a job wait ran out: job_id, last_status
    ├── JobFailedError                            a job ended failed or cancelled: job_id, status, error
    ├── ClientClosedError (also RuntimeError)     the client (or the one it was copied from) is closed
    └── APIError
        ├── APIConnectionError                    no usable response
        │   └── APITimeoutError
        ├── APIResponseValidationError            2xx, but not the documented JSON
        │   └── ResponseTooLargeError             the body passed max_response_size (limit)
        └── APIStatusError                        status_code, message, body, response, request_id
            ├── BadRequestError 400, AuthenticationError 401, PaymentRequiredError 402,
            ├── PermissionDeniedError 403, NotFoundError 404, ConflictError 409, GoneError 410,
            └── UnprocessableEntityError 422, RateLimitError 429, InternalServerError >= 500
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "FirecrawlError",
    "GoneError",
    "InsecureBaseURLWarning",
    "InternalServerError",
    "InvalidParameterError",
    "JobFailedError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
]


class FirecrawlError(Exception):
    """Base class of every error raised by firecrawl_sdk."""


class InvalidParameterError(FirecrawlError, ValueError):
    """An argument breaks the spec's constraints; the request was not sent."""

    def __init__(self, param: str, allowed: str, value: object, *, json_name: str | None = None) -> None:
        self.param, self.allowed, self.value, self.json_name = param, allowed, value, json_name
        shown = repr(value)
        if len(shown) > 60:
            size = f"{len(value)} chars" if isinstance(value, str) else "?"
            size = f"{len(value)} items" if isinstance(value, (list, tuple, dict)) else size
            shown = f"{shown[:40]}...{shown[-12:]} ({size})"
        if json_name is None:  # an argument of the client itself
            super().__init__(f"{param} must be {allowed}; got {shown} ({type(value).__name__})")
        elif json_name == "":
            super().__init__(f"{param}: {allowed}; got {shown}")
        else:  # a request field: its Python name and its JSON name
            super().__init__(f'{param} (JSON "{json_name}"): {allowed}; got {shown}')


class InsecureBaseURLWarning(UserWarning):
    """The API key is about to be sent over plain http to a host that is not loopback."""


class ClientClosedError(FirecrawlError, RuntimeError):
    """A call on a closed client (``close()``, or the end of its ``with`` block), or on a
    ``with_options`` copy of one: they share the connection pool."""

    def __init__(self, client: str) -> None:
        super().__init__(
            f"this {client} client is closed (close() was called, or its `with` block ended); "
            "create a new client to send more requests"
        )


class WaitTimeoutError(FirecrawlError, TimeoutError):
    """Waiting for a job ran out of its ``timeout``; the job itself goes on on the server.

    ``last_status`` is the last status snapshot received (None if none arrived).
    """

    def __init__(self, job_id: str, timeout: float, last_status: Any) -> None:
        self.job_id, self.timeout, self.last_status = job_id, timeout, last_status
        status = _status_of(last_status)
        super().__init__(f"job {job_id} not finished after {timeout:g}s (last status: {status})")


class JobFailedError(FirecrawlError):
    """A job ended ``failed`` or ``cancelled``. ``error`` is the server's error text, if it gave one;
    ``last_status`` the terminal status snapshot."""

    def __init__(self, job_id: str, status: str, error: str | None, last_status: Any = None) -> None:
        self.job_id, self.status, self.error, self.last_status = job_id, status, error, last_status
        super().__init__(f"job {job_id} ended {status}" + (f": {error}" if error else ""))


def _status_of(snapshot: Any) -> str | None:
    status = snapshot.get("status") if isinstance(snapshot, dict) else getattr(snapshot, "status", None)
    return None if status is None else str(getattr(status, "value", status))


class APIError(FirecrawlError):
    """The request was sent (or attempted) and did not give a usable result."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


def _request_of(response: httpx.Response | None) -> httpx.Request | None:
    try:
        return None if response is None else response.request
    except RuntimeError:  # a response built without its request
        return None


class APIConnectionError(APIError):
    """No response: connection refused or reset, DNS failure, broken body."""


class APITimeoutError(APIConnectionError):
    """The request or its response body took longer than the timeout."""


class APIResponseValidationError(APIError):
    """A success status whose body is not the JSON the spec documents."""

    def __init__(self, message: str, *, response: httpx.Response | None = None, body: object = None) -> None:
        super().__init__(message, request=_request_of(response))
        self.response, self.body = response, body
        self.status_code = response.status_code if response is not None else None


class ResponseTooLargeError(APIResponseValidationError):
    """The response body (on the wire, or once decompressed) passed ``max_response_size``:
    reading stopped there. ``limit`` is that size in bytes."""

    def __init__(self, message: str, *, limit: int, response: httpx.Response | None = None) -> None:
        super().__init__(message, response=response)
        self.limit = limit


class APIStatusError(APIError):
    """The server answered with an error status (4xx/5xx)."""

    def __init__(
        self, message: str, *, response: httpx.Response, body: object, hint: str | None = None
    ) -> None:
        super().__init__(message, request=_request_of(response))
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.hint = (
            hint  # what the SDK suspects (a base_url without /v2, a redirect): in str(), not in message
        )
        self.request_id: str | None = response.headers.get("x-request-id")

    def __str__(self) -> str:
        hint = f" ({self.hint})" if self.hint else ""
        suffix = f" (request_id={self.request_id})" if self.request_id else ""
        return f"Error code: {self.status_code} - {self.message}{hint}{suffix}"

    @property
    def retry_after(self) -> float | None:
        """Seconds the server asks to wait (``Retry-After`` in seconds or as an HTTP date, or
        ``retry-after-ms``); None when it did not say."""
        from ._retries import retry_after_seconds

        return retry_after_seconds(self.response.headers)


class BadRequestError(APIStatusError):
    """400."""


class AuthenticationError(APIStatusError):
    """401: missing or wrong API key."""


class PaymentRequiredError(APIStatusError):
    """402: out of credits."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409: e.g. a second saving session on the same profile."""


class GoneError(APIStatusError):
    """410."""


class UnprocessableEntityError(APIStatusError):
    """422: the server's own validation refused the request."""


class RateLimitError(APIStatusError):
    """429: see ``retry_after``."""


class InternalServerError(APIStatusError):
    """Any status >= 500, non-standard ones (520, 599) included."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: GoneError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error status."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def error_message(status_code: int, reason: str, body: Any, content_type: str) -> str:
    """The server's message from an error body (``error``, else ``message``/``detail``/``title``)."""
    if isinstance(body, dict):
        for key in ("error", "message", "detail", "title"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
    kind = content_type.split(";")[0].strip() or "no content type"
    return f"HTTP {status_code} {reason}".rstrip() + f" (body is not a JSON error: {kind})"
