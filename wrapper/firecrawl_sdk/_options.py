"""The client's options, checked once at construction (nothing here runs per call).

Each check returns the value to use or raises ``InvalidParameterError`` naming the
option, what is allowed and what was given, with secrets shown as ``***``.
"""

from __future__ import annotations

import re
import warnings

import httpx

from ._exceptions import InsecureBaseURLWarning, InvalidParameterError
from ._logging import logger, redact

DEFAULT_CONNECT_TIMEOUT = 5.0
BASE_URL_RULE = "an http:// or https:// URL (the spec's servers URL, with /v2)"
_PRINTABLE = re.compile(r"[\x21-\x7e]+")  # what a header value may hold without quoting or folding


def timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise InvalidParameterError("timeout", "a positive number of seconds or an httpx.Timeout", value)
    return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_CONNECT_TIMEOUT))


def max_retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InvalidParameterError("max_retries", "an integer >= 0", value)
    return value


def max_response_size(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidParameterError("max_response_size", "a positive number of bytes", value)
    return value


def base_url(value: str) -> str:
    """http(s), a host, no ``user:password@`` (it would show in reprs and logs), no ``?query`` or
    ``#fragment`` (they would be dropped silently from every request)."""
    base = value.rstrip("/")
    try:
        url = httpx.URL(base)
    except (httpx.InvalidURL, TypeError):
        raise InvalidParameterError("base_url", BASE_URL_RULE, redact(str(value))) from None
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidParameterError("base_url", BASE_URL_RULE, redact(base))
    if url.userinfo:
        shown = str(url.copy_with(username=None, password=None)).replace("://", "://***@", 1)
        allowed = f"{BASE_URL_RULE}, without user:password@ (pass the key as api_key=)"
        raise InvalidParameterError("base_url", allowed, shown)
    if url.query or url.fragment or "?" in base or "#" in base:
        raise InvalidParameterError("base_url", f"{BASE_URL_RULE}, without ?query or #fragment", redact(base))
    return base


def api_key(key: str | None) -> str | None:
    """The key, or None; refused if it could not be sent as a header as it is (a trailing newline
    read from a file, a space, a non-ASCII character). The error shows where the odd character
    is, never the key: ``'***\\n'``."""
    if not key:
        return None
    if not isinstance(key, str) or not _PRINTABLE.fullmatch(key):
        shown = _PRINTABLE.sub("***", key) if isinstance(key, str) else "***"
        shown = re.sub(r"[^\x00-\x7f]", "<non-ASCII>", shown)
        raise InvalidParameterError(
            "api_key",
            "printable ASCII without spaces or control characters (a trailing newline from a file?); "
            "the key is shown as ***",
            shown,
        )
    return key


def is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    import ipaddress  # only for plain-http base URLs

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def warn_if_plain_http(base: str) -> None:
    """A key about to travel unencrypted: an ``InsecureBaseURLWarning`` and a log line (a
    self-hosted Firecrawl on an internal http host keeps working)."""
    url = httpx.URL(base)
    if url.scheme == "http" and not is_loopback(url.host):
        message = (
            f"the API key will be sent over plain http to {url.host} (base_url {base}); "
            "use https:// unless this network is trusted"
        )
        logger.warning(message)
        warnings.warn(message, InsecureBaseURLWarning, stacklevel=4)  # the line building the client
