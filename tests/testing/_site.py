"""A loopback web site for the scrape tests: fixed pages, plus one that echoes the request headers."""

from __future__ import annotations

import contextlib
import html
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ARTICLE = """<!doctype html>
<html lang="en"><head><title>Loopback article</title>
<meta name="description" content="A page served by the test">
<meta property="og:title" content="OG loopback">
<style>body { color: #222 }</style></head>
<body>
<header class="site">Site header text</header>
<nav><a href="/home">Home</a></nav>
<main>
  <h1>Main heading</h1>
  <p class="lead">Some <b>bold</b> words and <a href="/next">a relative link</a>.</p>
  <div class="ad">Buy now advert</div>
  <img alt="pic" src="/small.png" srcset="/small.png 1x, /large.png 2x">
  <ul><li>first item</li><li>second item</li></ul>
  <p id="keep">Kept paragraph</p>
  <img alt="dot" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8">
</main>
<aside>Sidebar text</aside>
<footer>Footer text <a href="mailto:team@example.org">mail</a></footer>
<script>document.title = document.title; var hidden = "script text";</script>
</body></html>"""

FORM = """<!doctype html><html><head><title>Form</title></head><body>
<input id="q" name="q" aria-label="search">
<button id="go" onclick="document.getElementById('out').textContent = 'clicked:' +
  document.getElementById('q').value">Go</button>
<p id="out">idle</p><p id="keys">none</p>
<script>document.getElementById('q').addEventListener('keydown', (e) => {
  if (e.key === 'Enter') document.getElementById('keys').textContent = 'enter:' + e.target.value; });</script>
</body></html>"""

LATE = """<!doctype html><html><head><title>Late</title></head><body><p>early</p>
<script>setTimeout(() => { const p = document.createElement('p'); p.id = 'late';
p.textContent = 'late content'; document.body.appendChild(p); },
Number(new URLSearchParams(location.search).get('ms') || 400));</script></body></html>"""

TALL = """<!doctype html><html><head><title>Tall</title>
<style>body { margin: 0 } .block { height: 3000px; background: linear-gradient(#f00, #00f) }</style>
</head><body><div class="block">tall</div><p id="bottom">bottom</p></body></html>"""

WIDTH = """<!doctype html><html><head><title>Width</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><p id="w">?</p><script>document.getElementById('w').textContent =
'width:' + innerWidth + ' ua:' + navigator.userAgent;</script></body></html>"""

NEXT = """<!doctype html><html><head><title>First page</title></head>
<body><a id="next-page" href="/article">Next page</a></body></html>"""

PAGES = {
    "/hang": "<!doctype html><title>Hang</title>",
    "/": ARTICLE,
    "/article": ARTICLE,
    "/form": FORM,
    "/late": LATE,
    "/tall": TALL,
    "/width": WIDTH,
    "/next": NEXT,
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        if path == "/hang":  # answers late: a scrape with a short timeout gives up first
            time.sleep(3)
        if path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path == "/headers":
            rows = "".join(f"<li>{html.escape(k)}: {html.escape(v)}</li>" for k, v in self.headers.items())
            body, status = f"<!doctype html><title>Headers</title><ul>{rows}</ul>", 200
        else:
            page = PAGES.get(path)
            body, status = (page, 200) if page else ("<!doctype html><title>Missing</title><p>nope</p>", 404)
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a scrape that gave up
            self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve_site(tls_dir: Path | None = None) -> Iterator[str]:
    """The site's origin, ``http://127.0.0.1:PORT``, while the block runs; with ``tls_dir``, HTTPS with a
    self-signed certificate made there by ``openssl``."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    scheme = "http"
    if tls_dir is not None:
        cert, key = tls_dir / "cert.pem", tls_dir / "key.pem"
        request = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        subprocess.run(
            [*request, "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        scheme = "https"
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{scheme}://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(10)
