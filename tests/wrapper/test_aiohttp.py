"""``DefaultAioHttpClient`` (the ``[aiohttp]`` extra): loaded only when asked for, a clear error without
the extra, aiohttp's own resend switched off. The policy over it runs in the fault matrix (tests/faults)."""

from __future__ import annotations

import subprocess
import sys

import httpx


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


def test_the_sdk_does_not_import_aiohttp_unless_asked() -> None:
    out = _run(
        "import sys, firecrawl_sdk; firecrawl_sdk.AsyncFirecrawl(api_key='x'); "
        "print(any(m.split('.')[0] in ('aiohttp', 'httpx_aiohttp') for m in sys.modules))"
    )
    assert out.stdout.strip() == "False", out.stderr


def test_without_the_extra_the_error_names_it() -> None:
    blocker = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('aiohttp', 'httpx_aiohttp'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from firecrawl_sdk import DefaultAioHttpClient\n"
    )
    out = _run(blocker)
    assert out.returncode != 0
    assert "pip install 'firecrawl-sdk[aiohttp]'" in out.stderr


def test_options_reach_the_aiohttp_transport() -> None:
    from firecrawl_sdk import DefaultAioHttpClient
    from firecrawl_sdk._aiohttp import AiohttpTransport

    client = DefaultAioHttpClient(limits=httpx.Limits(max_connections=7), proxy="http://127.0.0.1:9")
    transports = [client._transport, *client._mounts.values()]
    assert all(type(t) is AiohttpTransport for t in transports), transports
    assert all(t.limits.max_connections == 7 for t in transports)  # type: ignore[union-attr]
    assert client._mounts and all(t.proxy is not None for t in client._mounts.values())  # type: ignore[union-attr]


async def test_aiohttp_does_not_resend_on_its_own() -> None:
    """aiohttp resends an idempotent request once after a reset; the SDK's retry rules count attempts."""
    from firecrawl_sdk._aiohttp import AiohttpTransport

    transport = AiohttpTransport()
    session = transport.get_client()
    try:
        assert session._retry_connection is False
    finally:
        await session.close()
