"""The one private httpx API the SDK uses, pinned: ``Client._transport_for_url``.

``ClientTransport`` sends through a user's plain ``httpx.Client`` (no auth, no event hooks) by
asking it for its transport for the URL (mounts and proxies honoured), which saves the ~30 us of a
second ``send()`` per call; without that method it falls back to the public ``send()``. If an httpx
upgrade changes the method, these tests fail with a message saying what to do.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from firecrawl_sdk._transport import ClientTransport, _plain

CHANGED = (
    f"httpx {httpx.__version__} changed the private Client._transport_for_url that "
    "firecrawl_sdk._transport.ClientTransport relies on for plain user clients: make _plain() "
    "return False for this httpx (every request then goes through the public send()), or adapt "
    "ClientTransport to the new method"
)


def answer(name: str) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, text=name))


@pytest.mark.parametrize("client_class", [httpx.Client, httpx.AsyncClient])
def test_transport_for_url_picks_the_mounted_transport(client_class: Any) -> None:
    default, mounted = answer("default"), answer("mounted")
    client = client_class(transport=default, mounts={"https://mounted.test": mounted})
    try:
        assert client._transport_for_url(httpx.URL("https://api.test/v2/x")) is default, CHANGED
        assert client._transport_for_url(httpx.URL("https://mounted.test/v2/x")) is mounted, CHANGED
    except AttributeError:
        pytest.fail(CHANGED)


def test_the_fast_path_and_the_fallback_send_the_same(api_key: str) -> None:
    """With or without the private method, a plain client's request reaches the mounted transport."""
    mounted = answer("mounted")
    client = httpx.Client(transport=answer("default"), mounts={"https://mounted.test": mounted})
    assert _plain(client)
    request = httpx.Request("GET", "https://mounted.test/v2/x")
    fast = ClientTransport(client).handle_request(request)
    fast.read()
    public = client.send(request, stream=True, follow_redirects=False)
    public.read()
    assert fast.text == public.text == "mounted"


def test_clients_with_hooks_or_auth_go_through_send() -> None:
    assert not _plain(httpx.Client(auth=("u", "p")))
    assert not _plain(httpx.Client(event_hooks={"request": [print]}))
    assert not _plain(httpx.AsyncClient(event_hooks={"response": [print]}))
