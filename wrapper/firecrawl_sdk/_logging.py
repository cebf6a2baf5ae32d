"""The SDK's logger ``firecrawl_sdk``, with secrets redacted from every record."""

from __future__ import annotations

import logging
import re

SECRET_PATTERNS = (
    re.compile(r"(?i)(bearer\s+)[^\s'\",]+"),
    re.compile(r"(?i)([?&](?:token|key|api_key|apikey)=)[^&\s'\"]+"),
)


def redact(text: str, *secrets: str) -> str:
    """Replace bearer tokens, ``token=`` query values and the given secrets with ``***``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "***")
    for pattern in SECRET_PATTERNS:
        text = pattern.sub(r"\1***", text)
    return text


class RedactingFilter(logging.Filter):
    """Formats each record's message once, redacted, so no handler sees a secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        return True


logger = logging.getLogger("firecrawl_sdk")
logger.addFilter(RedactingFilter())
