"""pytest fixtures for testing code that uses Firecrawl Interact, offline, against real Chromium.

Enable in your ``conftest.py``::

    pytest_plugins = ["firecrawl_sdk.testing.pytest_plugin"]

``local_interact_server`` (session scope) is a running ``LocalInteractServer``; ``firecrawl_local`` is a
``Firecrawl`` client bound to it (closed after each test). Override ``local_interact_server_options``
(session scope, a dict of ``LocalInteractServer`` keyword arguments) to configure the server.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from firecrawl_sdk import Firecrawl

    from ._server import LocalInteractServer


@pytest.fixture(scope="session")
def local_interact_server_options() -> dict[str, Any]:
    """Keyword arguments for the session's ``LocalInteractServer`` (override this fixture)."""
    return {}


@pytest.fixture(scope="session")
def local_interact_server(
    local_interact_server_options: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LocalInteractServer]:
    """A local Interact server for the whole test session; every browser is gone after it."""
    from ._server import LocalInteractServer

    options = {"state_dir": tmp_path_factory.mktemp("firecrawl-local"), **local_interact_server_options}
    with LocalInteractServer(**options) as server:
        yield server


@pytest.fixture
def firecrawl_local(local_interact_server: LocalInteractServer) -> Iterator[Firecrawl]:
    """A ``Firecrawl`` client with the local server's ``base_url`` and ``api_key``."""
    from firecrawl_sdk import Firecrawl

    with Firecrawl(api_key=local_interact_server.api_key, base_url=local_interact_server.base_url) as client:
        yield client
