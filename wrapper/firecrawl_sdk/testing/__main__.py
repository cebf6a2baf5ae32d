"""``python -m firecrawl_sdk.testing serve [--port N] [--state-dir DIR] ...`` and ``... install-node``."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m firecrawl_sdk.testing")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run a local Interact server backed by Debian's chromium")
    serve.add_argument("--host", default="127.0.0.1", help="bind address (default: loopback only)")
    serve.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    serve.add_argument("--state-dir", help="profiles live here (default: a temporary directory)")
    serve.add_argument("--chromium", help="chromium executable (default: chromium on PATH)")
    serve.add_argument(
        "--node-modules",
        help="node_modules with playwright-core and agent-browser (default: found or installed)",
    )
    serve.add_argument("--max-sessions", type=int, default=10, help="live sessions before 429 (default 10)")
    serve.add_argument("--credit-budget", type=float, help="credits before 402 (default: unlimited)")
    serve.add_argument(
        "--api-key-env",
        default="FIRECRAWL_LOCAL_API_KEY",
        help="environment variable holding the bearer key (default FIRECRAWL_LOCAL_API_KEY; random if unset)",
    )
    commands.add_parser(
        "install-node",
        help="npm install playwright-core and agent-browser into the user cache (node/bash execute)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "install-node":
        from . import _node

        try:
            print(_node.install(), flush=True)
        except _node.NodePackagesError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        return 0
    from ._server import ChromiumNotFound, LocalInteractServer

    server = LocalInteractServer(
        os.environ.get(args.api_key_env) or None,
        host=args.host,
        port=args.port,
        state_dir=args.state_dir,
        chromium=args.chromium,
        node_modules=args.node_modules,
        max_sessions=args.max_sessions,
        credit_budget=args.credit_budget,
    )
    stop = threading.Event()

    def _stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _stop)
    try:
        server.start()
    except ChromiumNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        generated = not os.environ.get(args.api_key_env)
        print(f"Local Interact server: {server.base_url}", flush=True)
        print(f"  FIRECRAWL_BASE_URL={server.base_url}", flush=True)
        if generated:  # the console is the only place a generated key can be read from
            print(f"  FIRECRAWL_API_KEY={server.api_key}", flush=True)
        else:
            print(f"  FIRECRAWL_API_KEY=${args.api_key_env}", flush=True)
        print("Ctrl-C stops it (every browser is closed).", flush=True)
        stop.wait()
    finally:
        server.stop()
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
