"""Operations that tests of client behaviour (retries, errors, transport, limits) use as a vehicle.

Those rules depend on the HTTP method, not on the operation, so each test asks for a
GET, a DELETE or a POST and gets one the spec in openapi/ has: Interact's where the
revision has it (the rules were written against it), else the first fallback present.
Every candidate answers ``{"success": true}``-style bodies, so tests of behaviour
need no operation-specific payload. A revision with none of the candidates skips.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "firecrawl-v2.openapi.json"
JOB_ID = "123e4567-e89b-12d3-a456-426614174000"


@dataclass(frozen=True)
class Vehicle:
    operation_id: str
    method: str
    path: str  # relative to the base URL, path parameters filled in as the call fills them
    sdk_method: str  # "resource.method" of a client
    args: tuple[str, ...]
    success: dict[str, Any]  # a 200 body the SDK accepts for it

    @property
    def body(self) -> dict[str, Any] | None:
        """The JSON body the call sends (a POST's), for raw requests the transport must accept."""
        return BODIES.get(self.operation_id)

    def call(self, client: Any) -> Any:
        """Call it on ``client`` (a Firecrawl, or an AsyncFirecrawl's coroutine: await it)."""
        target = client
        for name in self.sdk_method.split("."):
            target = getattr(target, name)
        return target(*self.args)

    def __str__(self) -> str:
        return f"{self.method} {self.path} ({self.operation_id})"


def _session(**extra: Any) -> dict[str, Any]:
    from tests.wrapper.conftest import session_json

    return session_json(**extra)


URL = "https://example.com"
# (operationId, SDK method, its arguments, success body), most preferred first. The first
# argument, if any, fills the path parameter.
_CANDIDATES: dict[str, list[tuple[str, str, tuple[str, ...], Callable[[], dict[str, Any]]]]] = {
    "GET": [
        ("listBrowserSessions", "interact.list", (), lambda: {"success": True, "sessions": []}),
        ("getActiveCrawls", "crawl.active", (), lambda: {"success": True, "crawls": []}),
        ("getQueueStatus", "team.queue_status", (), lambda: {"success": True}),
    ],
    "DELETE": [
        ("deleteBrowserSession", "interact.delete", ("s",), lambda: {"success": True}),
        ("cancelCrawl", "crawl.cancel", (JOB_ID,), lambda: {"success": True}),
    ],
    "POST": [
        ("createBrowserSession", "interact.create", (), _session),
        ("crawlUrls", "crawl.start", (URL,), lambda: {"success": True, "id": "j"}),
        ("mapUrls", "map", (URL,), lambda: {"success": True, "links": []}),
    ],
}
BODIES: dict[str, dict[str, Any]] = {
    "createBrowserSession": {},
    "crawlUrls": {"url": URL},
    "mapUrls": {"url": URL},
}


@cache
def spec_paths() -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path) in the spec in openapi/."""
    found = {}
    for path, item in json.loads(SPEC.read_text()).get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (method.upper(), path)
    return found


def has_operation(operation_id: str) -> bool:
    return operation_id in spec_paths()


def require_operations(*operation_ids: str) -> None:
    """Skip unless the spec in openapi/ has every one of ``operation_ids`` (another revision lacks some)."""
    missing = [name for name in operation_ids if not has_operation(name)]
    if missing:
        pytest.skip(f"the spec in openapi/ has no operation {', '.join(missing)} (another revision)")


def vehicle(method: str) -> Vehicle:
    """A ``method`` operation the spec has; tests of a method's rules call it."""
    for operation_id, sdk_method, args, success in _CANDIDATES[method]:
        if has_operation(operation_id):
            path = re.sub(r"\{[^}]+\}", args[0] if args else "", spec_paths()[operation_id][1])
            return Vehicle(operation_id, method, path, sdk_method, args, success())
    names = ", ".join(candidate[0] for candidate in _CANDIDATES[method])
    pytest.skip(f"the spec in openapi/ has none of the {method} operations {names}")


def read() -> Vehicle:
    return vehicle("GET")


def delete() -> Vehicle:
    return vehicle("DELETE")


def create() -> Vehicle:
    return vehicle("POST")


#: Today's Interact operations at the method and path the local server and the Interact contract
#: tests use (an earlier revision named them /browser, or had none).
INTERACT_TODAY = {
    "createBrowserSession": ("POST", "/interact"),
    "listBrowserSessions": ("GET", "/interact"),
    "executeBrowserCode": ("POST", "/interact/{}/execute"),
    "deleteBrowserSession": ("DELETE", "/interact/{}"),
    "scrapeAndExtractFromUrl": ("POST", "/scrape"),
    "getScrapeStatus": ("GET", "/scrape/{}"),
    "interactWithScrapeBrowserSession": ("POST", "/scrape/{}/interact"),
    "stopInteractiveScrapeBrowserSession": ("DELETE", "/scrape/{}/interact"),
}


def misplaced(expected: dict[str, tuple[str, str]]) -> list[str]:
    """``operationId (METHOD path)`` of each ``expected`` operation the spec in openapi/ lacks or has
    at another method or path (path parameters compared as ``{}``)."""
    found = {
        name: (method, re.sub(r"\{[^}]+\}", "{}", path)) for name, (method, path) in spec_paths().items()
    }
    return [f"{name} ({' '.join(where)})" for name, where in expected.items() if found.get(name) != where]


class SkippedModule(pytest.Module):
    """A test module skipped without being imported (its imports need what the revision lacks)."""

    reason = ""

    def collect(self) -> Any:
        pytest.skip(self.reason)


def skipped_module(parent: pytest.Collector, module_path: Path, reason: str) -> pytest.Module:
    """For a ``pytest_pycollect_makemodule`` hook: ``module_path`` collected as one skip with ``reason``."""
    module = SkippedModule.from_parent(parent, path=module_path)
    module.reason = reason
    return module
