"""A loopback Firecrawl server that plays real jobs: crawl, batch scrape, extract, agent.

Serves the spec's paths under ``/v2`` on 127.0.0.1 (a threaded ``http.server``; every route needs
``Authorization: Bearer <api_key>``, else 401):

- ``POST /crawl`` ``{url, limit?}``, ``POST /batch/scrape`` ``{urls}``, ``POST /extract``,
  ``POST /agent`` ``{prompt}`` start a job that runs by the :class:`Plan` queued with
  :meth:`JobServer.plan` (else the default plan);
- ``GET /crawl/{id}`` (and batch, extract, agent) is a poll: the job is running for ``plan.polls - 1``
  polls, then ends with ``plan.outcome`` (``polls=None``: never ends). Crawl and batch documents come
  in pages of ``plan.page_size`` with an absolute ``next`` link ``...?skip=N`` (also while running,
  as the spec says); a request with ``skip`` is a page, not a poll;
- ``GET /crawl/{id}/errors``, ``DELETE /crawl/{id}`` (cancel; the next poll says ``cancelled``), the
  same for ``/batch/scrape``; ``DELETE /agent/{jobId}``. The spec has no ``DELETE /extract/{id}``: an
  extract job is cancelled by its plan (``outcome="cancelled"``).

A second listener (``other_url``, another loopback port) serves the same pages without auth; a plan
with ``next_on="other"`` points the ``next`` links there, and every request records the
``Authorization`` header it carried. Every response is validated against the overlaid spec
(vendored document + ``openapi/overlay.yaml``); violations are collected in ``invalid``.
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import build_spec
from openapi_schema_validator import OAS30Validator, oas30_format_checker

SPEC: dict[str, Any] = build_spec.build()
_ERROR_SCHEMA = {  # statuses an operation does not document: the spec's usual error shape
    "type": "object",
    "required": ["error"],
    "properties": {"success": {"type": "boolean"}, "error": {"type": "string", "minLength": 1}},
}
EXPIRES = "2030-01-01T00:00:00Z"
CREATED = "2026-11-27T22:00:00Z"

# (method, pattern, spec path, family, action)
_ROUTES = [
    ("POST", r"/v2/crawl", "/crawl", "crawl", "start"),
    ("GET", r"/v2/crawl/(?P<id>[^/]+)/errors", "/crawl/{id}/errors", "crawl", "errors"),
    ("GET", r"/v2/crawl/(?P<id>[^/]+)", "/crawl/{id}", "crawl", "status"),
    ("DELETE", r"/v2/crawl/(?P<id>[^/]+)", "/crawl/{id}", "crawl", "cancel"),
    ("POST", r"/v2/batch/scrape", "/batch/scrape", "batch", "start"),
    ("GET", r"/v2/batch/scrape/(?P<id>[^/]+)/errors", "/batch/scrape/{id}/errors", "batch", "errors"),
    ("GET", r"/v2/batch/scrape/(?P<id>[^/]+)", "/batch/scrape/{id}", "batch", "status"),
    ("DELETE", r"/v2/batch/scrape/(?P<id>[^/]+)", "/batch/scrape/{id}", "batch", "cancel"),
    ("POST", r"/v2/extract", "/extract", "extract", "start"),
    ("GET", r"/v2/extract/(?P<id>[^/]+)", "/extract/{id}", "extract", "status"),
    ("POST", r"/v2/agent", "/agent", "agent", "start"),
    ("GET", r"/v2/agent/(?P<id>[^/]+)", "/agent/{jobId}", "agent", "status"),
    ("DELETE", r"/v2/agent/(?P<id>[^/]+)", "/agent/{jobId}", "agent", "cancel"),
]
ROUTES = [(m, re.compile(f"^{p}$"), t, f, a) for m, p, t, f, a in _ROUTES]
RUNNING = {"crawl": "scraping", "batch": "scraping", "extract": "processing", "agent": "processing"}


@dataclass
class Plan:
    """How the next job runs. ``documents``: crawl ``min(limit, 5)``, batch one per url."""

    polls: int | None = 3
    outcome: str = "completed"  # or "failed", "cancelled"
    error: str = "the crawl ran out of memory"
    documents: int | None = None
    page_size: int = 1  # 5 documents: the status page and 4 `next` pages
    next_on: str = "base"  # "other": next links point to the second listener
    page_faults: dict[int, list[int]] = field(default_factory=dict)  # page n (skip/page_size) -> statuses


@dataclass
class Job:
    family: str
    id: str
    plan: Plan
    documents: list[dict[str, Any]]
    polls: int = 0
    cancelled: bool = False
    faults: dict[int, deque[int]] = field(default_factory=dict)


@dataclass(frozen=True)
class Seen:
    listener: str  # "base" or "other"
    method: str
    path: str
    query: str
    authorization: str | None


class JobServer:
    """Start with ``with JobServer(api_key) as server:``; ``server.base_url`` ends in ``/v2``."""

    def __init__(self, api_key: str) -> None:
        self.api_key = api_key
        self.jobs: dict[str, Job] = {}
        self.requests: list[Seen] = []
        self.invalid: list[str] = []
        self._plans: deque[Plan] = deque()
        self._lock = threading.Lock()
        self._servers = {name: self._listener(name) for name in ("base", "other")}
        self._threads: list[threading.Thread] = []

    def url(self, listener: str) -> str:
        return f"http://127.0.0.1:{self._servers[listener].server_address[1]}/v2"

    @property
    def base_url(self) -> str:
        return self.url("base")

    @property
    def other_url(self) -> str:
        return self.url("other")

    def plan(self, **options: Any) -> Plan:
        """Queue the plan of the next job started."""
        plan = Plan(**options)
        with self._lock:
            self._plans.append(plan)
        return plan

    def add_job(self, family: str, urls: int = 5, **options: Any) -> str:
        """A job started server-side (no POST): its id. A batch gets ``urls`` urls."""
        self.plan(**options)
        body = {"url": "https://example.com/", "urls": [f"https://example.com/{n}" for n in range(urls)]}
        return str(self._start(family, body)["id"])

    def seen(self, job_id: str, *, pages: bool | None = None) -> list[Seen]:
        """Requests about ``job_id`` (``pages=True``: only ``next`` pages, False: only the others)."""
        with self._lock:
            found = [s for s in self.requests if f"/{job_id}" in s.path]
        return [s for s in found if pages is None or ("skip=" in s.query) == pages]

    def __enter__(self) -> JobServer:
        for server in self._servers.values():
            thread = threading.Thread(
                target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
            )
            thread.start()
            self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        for thread in self._threads:
            thread.join(timeout=5)

    # --- the jobs ---------------------------------------------------------------------------------
    def _start(self, family: str, body: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            plan = self._plans.popleft() if self._plans else Plan()
            job_id = str(uuid.uuid4())
            if family == "crawl":
                count = plan.documents if plan.documents is not None else min(int(body.get("limit", 5)), 5)
                urls = [f"{body['url'].rstrip('/')}/page-{n}" for n in range(count)]
            else:
                urls = list(body.get("urls") or [])[: plan.documents]
            documents = [_document(url, n) for n, url in enumerate(urls)]
            faults = {page: deque(statuses) for page, statuses in plan.page_faults.items()}
            self.jobs[job_id] = Job(family, job_id, plan, documents, faults=faults)
        reply: dict[str, Any] = {"success": True, "id": job_id}
        if family == "crawl":
            reply["url"] = f"{self.base_url}/crawl/{job_id}"
        if family == "batch":
            reply.update(url=f"{self.base_url}/batch/scrape/{job_id}", invalidURLs=[])
        return reply

    def _status(self, job: Job, skip: int | None) -> tuple[int, dict[str, Any]]:
        """A poll (``skip`` None) advances the job; a page shows its documents from ``skip``."""
        if skip is None:
            job.polls += 1
        plan = job.plan
        if job.cancelled:
            status = "cancelled"
        elif plan.polls is None or job.polls < plan.polls:
            status = RUNNING[job.family]
        else:
            status = plan.outcome
        if job.family in ("extract", "agent"):
            return 200, _result(job, status)
        if skip is not None:
            queued = job.faults.get(skip // plan.page_size)
            if queued:
                code = queued.popleft()
                return code, {"success": False, "error": f"page {skip // plan.page_size}: HTTP {code}"}
        total = len(job.documents)
        done = total if status == "completed" else min(total, job.polls * total // (plan.polls or 10))
        start = skip or 0
        body: dict[str, Any] = {
            "status": status,
            "total": total,
            "completed": done,
            "creditsUsed": done,
            "expiresAt": EXPIRES,
            "createdAt": CREATED,
            "data": job.documents[start : min(start + plan.page_size, done)],
        }
        if start + plan.page_size < done:
            path = "crawl" if job.family == "crawl" else "batch/scrape"
            body["next"] = f"{self.url(plan.next_on)}/{path}/{job.id}?skip={start + plan.page_size}"
        if status in ("completed", "failed", "cancelled"):
            body["completedAt"] = CREATED
        if status == "failed":
            body["error"] = plan.error
        return 200, body

    def handle(self, listener: str, method: str, target: str, headers: Any, raw: bytes) -> tuple[int, Any]:
        parts = urlsplit(target)
        auth = headers.get("Authorization")
        with self._lock:
            self.requests.append(Seen(listener, method, parts.path, parts.query, auth))
        for route_method, pattern, template, family, action in ROUTES:
            match = pattern.match(parts.path)
            if match is None or route_method != method:
                continue
            query = parse_qs(parts.query)
            skip = int(query["skip"][0]) if "skip" in query else None
            if listener == "other" and skip is None:
                return 404, {"success": False, "error": "the other listener serves only next pages"}
            if listener == "base" and auth != f"Bearer {self.api_key}":
                return 401, {"success": False, "error": "Unauthorized: missing or wrong API key"}
            code, body = self._route(family, action, match.groupdict().get("id"), skip, raw)
            self._validate(template, method, code, body)
            return code, body
        return 404, {"success": False, "error": f"no route {method} {parts.path}"}

    def _route(self, family: str, action: str, job_id: str | None, skip: int | None, raw: bytes) -> Any:
        if action == "start":
            body = json.loads(raw or b"{}")
            if family == "crawl" and not isinstance(body.get("url"), str):
                return 400, {"success": False, "error": "url is required"}
            if family == "batch" and not body.get("urls"):
                return 400, {"success": False, "error": "urls is required"}
            if family == "agent" and not isinstance(body.get("prompt"), str):
                return 400, {"success": False, "error": "prompt is required"}
            return 200, self._start(family, body)
        with self._lock:
            job = self.jobs.get(job_id or "")
            if job is None or job.family != family:
                return 404, {"success": False, "error": f"Job {job_id} not found"}
            if action == "status":
                return self._status(job, skip)
            if action == "errors":
                return 200, {"errors": [], "robotsBlocked": []}
            job.cancelled = True  # cancel
            return 200, {"success": True} if family == "agent" else {"status": "cancelled"}

    def _validate(self, template: str, method: str, code: int, body: Any) -> None:
        responses = SPEC["paths"][template][method.lower()]["responses"]
        documented = responses.get(str(code))
        schema = documented["content"]["application/json"]["schema"] if documented else _ERROR_SCHEMA
        validator = OAS30Validator(
            {**schema, "components": SPEC["components"]}, format_checker=oas30_format_checker
        )
        for error in validator.iter_errors(body):
            with self._lock:
                self.invalid.append(f"{method} {template} {code}: {error.message}")

    def _listener(self, name: str) -> ThreadingHTTPServer:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            wbufsize = 1 << 16  # headers and body in one write (flushed per request): no delayed-ACK stall
            disable_nagle_algorithm = True

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                code, body = server.handle(name, self.command, self.path, self.headers, raw)
                payload = json.dumps(body).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                if code == 503:
                    self.send_header("retry-after-ms", "10")
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_DELETE = _serve

            def log_message(self, format: str, *args: Any) -> None:
                pass

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler, bind_and_activate=False)
        httpd.request_queue_size = 128
        httpd.daemon_threads = True
        httpd.server_bind()
        httpd.server_activate()
        return httpd


def _document(url: str, n: int) -> dict[str, Any]:
    return {
        "markdown": f"# Page {n}\n\nScraped from {url}.",
        "metadata": {"title": f"Page {n}", "sourceURL": url, "url": url, "statusCode": 200},
    }


def _result(job: Job, status: str) -> dict[str, Any]:
    """An extract or agent status: ``data`` once completed, ``error`` once failed."""
    body: dict[str, Any] = {"success": True, "status": status, "expiresAt": EXPIRES}
    if status == "completed":
        body["data"] = {"pages": [doc["metadata"]["sourceURL"] for doc in job.documents], "answer": 42}
    if status == "failed":
        body["error"] = job.plan.error
    return body
