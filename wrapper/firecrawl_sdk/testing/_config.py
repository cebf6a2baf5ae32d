"""Settings of one local Interact server (documented defaults; see ``LocalInteractServer``)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from ._chromium import default_chromium

DEFAULT_TTL = 300  # the schema's default (the docs page says 600)
DEFAULT_EXECUTE_TIMEOUT = 30
DEFAULT_MAX_SESSIONS = 10  # see the README (Local Interact server): 2 cores bound it, not 24 GB
DEFAULT_CREDITS_PER_MINUTE = 2.0  # the docs: 2 credits per browser minute (code), one-minute minimum


def default_node_modules() -> Path:
    """``$FIRECRAWL_LOCAL_NODE_MODULES``, else the repository's ``node_modules``, else ``./node_modules``."""
    env = os.environ.get("FIRECRAWL_LOCAL_NODE_MODULES")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[3] / "node_modules"
    return repo if repo.is_dir() else Path.cwd() / "node_modules"


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
