"""The loopback server of bench row 3: one uvicorn process answering ``POST /v2/interact`` (this SDK,
raw httpx) and ``POST /v2/browser`` (firecrawl-py 4.55.0's path) with the same JSON.

``python bench/loopback_server.py PORT`` (prints "ready" once listening).
"""

from __future__ import annotations

import sys

import uvicorn
from bench_percall import SESSION_BODY
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route


async def create(request: Request) -> Response:
    await request.body()
    return Response(SESSION_BODY, media_type="application/json")


app = Starlette(
    routes=[Route("/v2/interact", create, methods=["POST"]), Route("/v2/browser", create, methods=["POST"])]
)

if __name__ == "__main__":
    uvicorn.run(
        app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False, backlog=1024
    )
