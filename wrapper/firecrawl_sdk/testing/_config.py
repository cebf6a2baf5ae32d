"""Settings of one local Interact server (documented defaults; see ``LocalInteractServer``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import _node
from ._chromium import default_chromium

DEFAULT_TTL = 300  # the schema's default (the docs page says 600)
DEFAULT_EXECUTE_TIMEOUT = 30
DEFAULT_MAX_SESSIONS = 10  # see the README (Local Interact server): 2 cores bound it, not 24 GB
DEFAULT_CREDITS_PER_MINUTE = 2.0  # the docs: 2 credits per browser minute (code), one-minute minimum


def default_node_modules() -> Path:
    """Where node execute finds ``playwright-core`` and bash its ``agent-browser`` (see ``_node``)."""
    return _node.find()


@dataclass(frozen=True)
class ServerConfig:
    """Everything the app needs; secrets are excluded from ``repr``."""

    api_key: str = field(repr=False)
    state_dir: Path
    chromium: str = field(default_factory=default_chromium)
    node_modules: Path = field(default_factory=default_node_modules)
    max_sessions: int = DEFAULT_MAX_SESSIONS
    credit_budget: float | None = None
    credits_per_minute: float = DEFAULT_CREDITS_PER_MINUTE
    default_ttl: int = DEFAULT_TTL
    default_execute_timeout: int = DEFAULT_EXECUTE_TIMEOUT
    reap_interval: float = 0.25
    keep_destroyed: int = 1000
