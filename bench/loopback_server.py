"""The loopback server of bench row 3: a plain asyncio HTTP/1.1 server (keep-alive, Content-Length
bodies) answering ``POST /v2/interact`` (this SDK, raw httpx, raw aiohttp) and ``POST /v2/browser``
(firecrawl-py 4.55.0's path) with the same JSON. Small on purpose: at 200 concurrent requests the
clients, not the server, are what is measured (a framework server caps all of them alike).

``python bench/loopback_server.py PORT [CERTFILE KEYFILE]``: plain HTTP, or TLS with that certificate.
"""

from __future__ import annotations

import asyncio
import ssl
import sys

from bench_percall import SESSION_BODY

ROUTES = frozenset({b"/v2/interact", b"/v2/browser"})


def _response(status: bytes, body: bytes, close: bool = False) -> bytes:
    head = (
        b"HTTP/1.1 " + status + b"\r\ncontent-type: application/json\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n"
    )
    return head + (b"connection: close\r\n" if close else b"") + b"\r\n" + body


CREATED = _response(b"200 OK", SESSION_BODY)
CREATED_CLOSE = _response(b"200 OK", SESSION_BODY, close=True)
NOT_FOUND = _response(b"404 Not Found", b'{"success": false, "error": "not found"}')
UNSUPPORTED = _response(b"501 Not Implemented", b'{"success": false}', close=True)


class Http(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        assert self.transport is not None
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            lines = self.buffer[:end].split(b"\r\n")
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(b":")
                headers[name.strip().lower()] = value.strip().lower()
            if b"transfer-encoding" in headers:  # the clients here all send Content-Length
                self.transport.write(UNSUPPORTED)
                self.transport.close()
                return
            total = end + 4 + int(headers.get(b"content-length", b"0"))
            if len(self.buffer) < total:
                return
            self.buffer = self.buffer[total:]
            method, path = lines[0].split(b" ")[:2]
            close = headers.get(b"connection") == b"close"
            if method == b"POST" and path in ROUTES:
                self.transport.write(CREATED_CLOSE if close else CREATED)
            else:
                self.transport.write(NOT_FOUND)
            if close:
                self.transport.close()
                return


async def serve(port: int, tls: ssl.SSLContext | None) -> None:
    server = await asyncio.get_running_loop().create_server(Http, "127.0.0.1", port, backlog=1024, ssl=tls)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    context = None
    if len(sys.argv) > 3:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(sys.argv[2], sys.argv[3])
    asyncio.run(serve(int(sys.argv[1]), context))
