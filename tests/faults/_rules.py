"""What each fault must lead to, written from the issue's retry rules (not from ``_retries.py``,
so a change there that breaks a rule fails the matrix), and the run's books for the summary line."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from firecrawl_sdk import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    FirecrawlError,
    InternalServerError,
    RateLimitError,
    ResponseTooLargeError,
)

from ..spec._openapi import Op, operations

#: Short names of the Interact family (the session scenarios script them); others go by operationId.
ALIASES = {
    "createBrowserSession": "create",
    "listBrowserSessions": "list",
    "executeBrowserCode": "execute",
    "deleteBrowserSession": "delete",
    "interactWithScrapeBrowserSession": "scrape_interact",
    "stopInteractiveScrapeBrowserSession": "scrape_stop",
}
#: Every operation of the spec, by the name the fault server counts it under (the table drives it).
SPEC_OPERATIONS: dict[str, Op] = {ALIASES.get(op.operation_id, op.operation_id): op for op in operations()}
OPERATIONS = tuple(SPEC_OPERATIONS)
#: POST and PATCH may create or bill something: retried only when the server certainly did not act.
ACTING_POSTS = frozenset(
    name for name, op in SPEC_OPERATIONS.items() if op.method.upper() in ("POST", "PATCH")
)
MAX_RETRIES = 2

_NOT_ACTED = frozenset({"refused", "429_seconds", "429_date", "503"})
# a 2xx is an answer, not a failure; a 401 or a redirect is the same on every attempt
_NEVER_RETRIED = frozenset({"invalid_json", "body_50mb", "gzip_bomb", "deep_json_401", "redirect_302"})

ERROR_CLASS: dict[str, type[FirecrawlError] | None] = {
    "refused": APIConnectionError,
    "reset_before": APIConnectionError,
    "reset_mid_body": APIConnectionError,
    "read_timeout": APITimeoutError,
    "truncated": APIConnectionError,
    "invalid_json": APIResponseValidationError,
    "html_502": InternalServerError,
    "429_seconds": RateLimitError,
    "429_date": RateLimitError,
    "503": InternalServerError,
    "trickle": APITimeoutError,
    "body_50mb": None,  # not a failure: 50 MB of valid JSON is a success
    "gzip_bomb": ResponseTooLargeError,  # inflates past the default max_response_size (64 MiB)
    "deep_json_401": AuthenticationError,  # JSON too deep to parse keeps the status's class
    "redirect_302": APIStatusError,  # never followed
}


def retryable(fault: str, operation: str) -> bool:
    if fault in _NEVER_RETRIED:
        return False
    if operation in ACTING_POSTS:
        return fault in _NOT_ACTED
    return True


@dataclass(frozen=True)
class Expected:
    error: type[FirecrawlError] | None  # None: success
    attempts: int


def expected(fault: str, operation: str, persistent: bool) -> Expected:
    """The outcome of ``operation`` when the fault happens once (then "ok") or on every attempt."""
    error = ERROR_CLASS[fault]
    if error is None:
        return Expected(None, 1)
    if not retryable(fault, operation):
        return Expected(error, 1)
    if persistent:
        return Expected(error, MAX_RETRIES + 1)
    return Expected(None, 2)


@dataclass
class Books:
    """Everything the summary line reports."""

    scenarios: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    posts_repeated: int = 0  # scenarios where the server received an acting POST more than once
    posts_repeated_disallowed: int = 0
    session_scenarios: int = 0
    leaks: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        outcomes = ", ".join(f"{name} {count}" for name, count in sorted(self.outcomes.items()))
        return (
            f"fault matrix: {self.scenarios} scenarios; outcomes: {outcomes}; "
            f"acting POSTs received more than once: {self.posts_repeated} scenarios "
            f"({self.posts_repeated_disallowed} where the rules forbid it); "
            f"session context manager: {self.session_scenarios} scenarios, {self.leaks} leaked sessions"
        )


BOOKS = Books()
