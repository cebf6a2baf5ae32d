"""When a failed attempt is retried, and after how long.

GET, HEAD, OPTIONS, PUT and DELETE are idempotent: retried on connection errors,
timeouts, 408, 429 and any 5xx. POST and PATCH may create or execute something
(a billed session): retried only when the server certainly did not act, i.e. the
connection was never made (refused, connect or pool timeout), 429 or 503; never
after a read timeout, a reset, 500, 502 or 504.
"""

from __future__ import annotations

import datetime
import random
import time

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
NOT_ACTED_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
NOT_ACTED_STATUSES = frozenset({429, 503})
INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0


def retryable_error(method: str, error: Exception) -> bool:
    if method in IDEMPOTENT_METHODS:
        return isinstance(error, (httpx.TransportError, TimeoutError))
    return isinstance(error, NOT_ACTED_ERRORS)


def retryable_status(method: str, status_code: int) -> bool:
    if method in IDEMPOTENT_METHODS:
        return status_code in (408, 429) or status_code >= 500
    return status_code in NOT_ACTED_STATUSES


def retry_after_seconds(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds the server asks to wait (``retry-after-ms``, ``Retry-After`` seconds or HTTP date)."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    import email.utils  # only for HTTP-date values (~8 ms to import)

    try:
        when: datetime.datetime = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def backoff(attempt: int, headers: httpx.Headers | None = None) -> float | None:
    """Delay before retry number ``attempt + 1``; None when the server asks for more than the cap."""
    if headers is not None:
        asked = retry_after_seconds(headers)
        if asked is not None:
            return asked if asked <= MAX_RETRY_AFTER else None
    delay: float = min(INITIAL_BACKOFF * 2.0**attempt, MAX_BACKOFF)
    return delay * (1 - 0.25 * random.random())
