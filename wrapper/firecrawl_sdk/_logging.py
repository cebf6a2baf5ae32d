"""Secret redaction for logs, exception text and reprs.

The SDK logs through ``firecrawl_sdk``; httpx (``httpx``) and httpcore (``httpcore.*``) log
requests and, at DEBUG, response headers verbatim. The same :class:`RedactingFilter` is
installed on all of them: no record they emit shows a bearer token, a secret-looking URL
query value or a URL password, nor any API key a client was built with (a key the server
echoes in a header included).
"""

from __future__ import annotations

import logging
import re

#: Query parameters that carry a credential: a name containing token, secret, signature, credential or
#: passw (``access_token``, ``X-Amz-Signature``, ``password``), or ending in key, sig, auth or jwt
#: (``key``, ``apiKey``, ``sig``, ``auth``); ``design=`` or ``keyword=`` stay readable
#: (tools/postprocess.py writes this same pattern into the generated models' reprs).
SECRET_QUERY = re.compile(
    r"(?i)([?&;#](?:[\w.\-]*?(?:token|secret|signature|credential|passw)[\w.\-]*"
    r"|[\w.\-]*?(?:key|sig|auth|authorization|jwt))=)[^&;#\s'\"\\]+"
)
#: The password of ``scheme://user:password@host``.
URL_PASSWORD = re.compile(r"(?i)([a-z][a-z0-9+.\-]*://[^/@\s:'\"]*:)[^/@\s'\"]+@")
BEARER = re.compile(r"(?i)(bearer\s+)[^\s'\",)]+")
SECRET_PATTERNS = (BEARER, SECRET_QUERY)

#: API keys of the clients built in this process: a filtered log record never shows them.
_known_secrets: set[str] = set()


#: Shorter keys are not remembered: redacting them would mangle ordinary words.
MIN_REMEMBERED_LENGTH = 8


def remember_secret(secret: str) -> None:
    """Redact ``secret`` from every record the filtered loggers emit from now on."""
    if len(secret) >= MIN_REMEMBERED_LENGTH:
        _known_secrets.add(secret)


def redact(text: str, *secrets: str) -> str:
    """Replace the given secrets, bearer tokens, secret query values and URL passwords with ``***``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    for pattern in SECRET_PATTERNS:
        text = pattern.sub(r"\1***", text)
    return URL_PASSWORD.sub(r"\1***@", text)


class RedactingFilter(logging.Filter):
    """Formats each record's message once, redacted, so no handler sees a secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage(), *_known_secrets)
        record.args = None
        return True


#: The loggers the filter is installed on (a filter on a logger only sees that logger's own records).
FILTERED_LOGGERS = (
    "firecrawl_sdk",
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)

_filter = RedactingFilter()
for _name in FILTERED_LOGGERS:
    logging.getLogger(_name).addFilter(_filter)

logger = logging.getLogger("firecrawl_sdk")
