"""Type checks: the README quickstarts and examples/ pass ``mypy --strict`` (plus one runtime check).

Issue 8, part 6 ("Types are real"): the ```python blocks under ``## Quickstart`` in README.md
and every file in examples/ must pass ``mypy --strict`` with no ``cast`` and no ``type: ignore``.
Each block (up to the section's first subheading) is extracted to a temporary file and checked
by this venv's mypy with the project's mypy configuration (run from the repository root). A
control file that assigns an SDK result to ``int`` must be *rejected*: it proves the SDK's types
reach the user's mypy (a missing ``py.typed`` would make every value ``Any`` and the quickstart
would pass vacuously).
``make lint`` runs ``mypy --strict examples`` too; this test also covers the README.
The last test runs examples/scrape_crawl_map.py against a loopback server (crawl over 3 pages).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
EXAMPLES = sorted((ROOT / "examples").glob("*.py"))
FORBIDDEN = re.compile(r"\bcast\(|type:\s*ignore")
CONTROL = """from firecrawl_sdk import Firecrawl

not_an_int: int = Firecrawl().scrape("https://example.com")
"""


def readme_quickstarts() -> list[str]:
    """Every ```python block of the ``## Quickstart`` section, up to its next ``#``/``##``/``###`` heading.

    Parsed line by line: a ``# comment`` inside a code block is not a heading."""
    blocks: list[str] = []
    in_section = False
    fence: list[str] | None = None  # lines of the open ```python block; None outside one
    in_other_fence = False
    for line in README.read_text(encoding="utf-8").splitlines():
        if fence is not None or in_other_fence:
            if line.startswith("```"):
                if fence is not None:
                    blocks.append("\n".join(fence) + "\n")
                fence, in_other_fence = None, False
            elif fence is not None:
                fence.append(line)
        elif line.startswith("```"):
            if in_section and line.strip() == "```python":
                fence = []
            else:
                in_other_fence = True
        elif re.match(r"#{1,3} ", line):
            if in_section:
                break
            in_section = line.strip() == "## Quickstart"
    assert blocks, "README.md has no ```python block in its '## Quickstart' section"
    return blocks


QUICKSTARTS = {f"readme_quickstart_{n}.py": code for n, code in enumerate(readme_quickstarts(), 1)}


def _keywords(arguments: str) -> list[str]:
    """The keyword arguments of a call's argument text, not those of calls nested in it."""
    while re.search(r"\([^()]*\)", arguments):
        arguments = re.sub(r"\([^()]*\)", "", arguments)
    return re.findall(r"(?:^|,)\s*(\w+)=", arguments)


def unavailable(code: str) -> list[str]:
    """SDK methods ``code`` calls (by openapi/surface.yaml) whose operation, or a keyword argument's
    parameter or body field, the spec in openapi/ lacks: the example is for another revision."""
    import build_spec
    import spec_diff
    import yaml  # type: ignore[import-untyped]

    surface = yaml.safe_load((ROOT / "openapi" / "surface.yaml").read_text())["operations"]
    document = build_spec.build()
    spec = {op.operation_id: (path, obj) for (_, path), (op, obj) in spec_diff.operations(document).items()}
    missing = []
    for operation_id, entry in surface.items():
        resource, method = entry["method"].split(".")
        json_names = {python: json for json, python in (entry.get("rename") or {}).items()}
        for name in [method, *([entry["context"]["name"]] if entry.get("context") else [])]:
            called = rf"\.{resource}\(" if name == "__call__" else rf"\.{resource}\.{name}\("
            for call in re.finditer(called + r"((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)", code):
                if operation_id not in spec:
                    missing.append(f"operation {operation_id} ({resource}.{name})")
                    continue
                path, obj = spec[operation_id]
                known = set(spec_diff.request_fields(document, obj))
                known |= {param["name"] for param in spec_diff.parameters(document, path, obj).values()}
                for keyword in _keywords(call[1]):
                    json_name = json_names.get(keyword, re.sub(r"_(\w)", lambda m: m[1].upper(), keyword))
                    if json_name not in known:
                        missing.append(f"field {json_name} of {operation_id}")
    return sorted(set(missing))


def require_available(code: str, name: str) -> None:
    missing = unavailable(code)
    if missing:
        pytest.skip(f"{name} calls what the spec in openapi/ lacks (another revision): {', '.join(missing)}")


@pytest.fixture(scope="module")
def mypy_strict(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """One ``mypy --strict`` run over the quickstart, the examples and the control: errors per file."""
    tmp = tmp_path_factory.mktemp("typecheck")
    quickstarts = [tmp / name for name in QUICKSTARTS]
    for path in quickstarts:
        path.write_text(QUICKSTARTS[path.name], encoding="utf-8")
    control = tmp / "typecheck_control.py"
    control.write_text(CONTROL, encoding="utf-8")
    files = [*quickstarts, control, *EXAMPLES]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--show-error-codes",
            "--no-color-output",
            *map(str, files),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode in (0, 1), f"mypy crashed (exit {proc.returncode}):\n{proc.stdout}{proc.stderr}"
    errors: dict[str, list[str]] = {f.name: [] for f in files}
    for line in proc.stdout.splitlines():
        name = Path(line.split(":", 1)[0]).name
        if name in errors and ": error:" in line:
            errors[name].append(line)
    return errors


@pytest.mark.parametrize("name", list(QUICKSTARTS))
def test_readme_quickstart_passes_mypy_strict(name: str, mypy_strict: dict[str, list[str]]) -> None:
    require_available(QUICKSTARTS[name], f"README {name}")
    assert not FORBIDDEN.search(QUICKSTARTS[name]), f"README {name}: no cast() or type: ignore allowed"
    assert mypy_strict[name] == [], "\n".join(mypy_strict[name])


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_passes_mypy_strict(path: Path, mypy_strict: dict[str, list[str]]) -> None:
    require_available(path.read_text(encoding="utf-8"), path.name)
    assert not FORBIDDEN.search(path.read_text(encoding="utf-8")), f"{path.name} uses cast() or type: ignore"
    assert mypy_strict[path.name] == [], "\n".join(mypy_strict[path.name])


def test_sdk_types_reach_the_users_mypy(mypy_strict: dict[str, list[str]]) -> None:
    """Assigning ``fc.scrape(...)`` to ``int`` is an error: results are typed, not ``Any``."""
    errors = mypy_strict["typecheck_control.py"]
    assert any("[assignment]" in e and "ScrapeResponseData" in e for e in errors), errors


# --- examples/scrape_crawl_map.py runs (not only type-checks) against a loopback server -----------
CRAWL_ID = "8d1a6c0e-3b2f-4a5e-9c7d-1e2f3a4b5c6d"
PAGES = 3  # the finished crawl's documents arrive over 3 `next` pages


def _doc(n: int, **metadata: object) -> dict[str, object]:
    url = f"https://firecrawl.dev/page-{n}"
    return {
        "markdown": f"# Page {n}",
        "metadata": {"sourceURL": url, "url": url, "statusCode": 200, **metadata},
    }


class _FakeFirecrawl(BaseHTTPRequestHandler):
    """POST /v2/scrape, POST /v2/crawl, GET /v2/crawl/{id}[?skip=n], POST /v2/map: just enough."""

    def _send(self, body: dict[str, object]) -> None:
        raw = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        self.end_headers()
        self.wfile.write(raw)

    def do_POST(self) -> None:
        sent = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        assert sent["url"] == "https://firecrawl.dev", sent
        if self.path == "/v2/scrape":
            self._send({"success": True, "data": _doc(0, scrapeId="0b9f6c1e-2a3d-4e5f-8a7b-1c2d3e4f5a6b")})
        elif self.path == "/v2/crawl":
            assert sent == {"url": "https://firecrawl.dev", "limit": 5}, sent
            self._send({"success": True, "id": CRAWL_ID, "url": f"{self.base}/crawl/{CRAWL_ID}"})
        elif self.path == "/v2/map":
            self._send({"success": True, "links": [{"url": f"https://firecrawl.dev/{n}"} for n in range(7)]})
        else:
            self.send_error(404)

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        if path != f"/v2/crawl/{CRAWL_ID}":
            self.send_error(404)
            return
        page = int(query.removeprefix("skip=")) if query else 0
        body: dict[str, object] = {
            "status": "completed",
            "total": PAGES,
            "completed": PAGES,
            "data": [_doc(page)],
        }
        if page + 1 < PAGES:
            body["next"] = f"{self.base}/crawl/{CRAWL_ID}?skip={page + 1}"
        self._send(body)

    @property
    def base(self) -> str:
        return f"http://{self.headers['Host']}/v2"

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_scrape_crawl_map_example_runs_against_a_loopback_server() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _FakeFirecrawl)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        env = {
            **os.environ,
            "FIRECRAWL_BASE_URL": f"http://127.0.0.1:{server.server_address[1]}/v2",
            "FIRECRAWL_API_KEY": "fc-example-test",
        }
        proc = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "scrape_crawl_map.py")],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        server.shutdown()
        server.server_close()
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# Page 0"), proc.stdout
    assert "0b9f6c1e-2a3d-4e5f-8a7b-1c2d3e4f5a6b" in proc.stdout, proc.stdout
    assert f"completed {PAGES} documents" in proc.stdout, proc.stdout  # every `next` page followed
    assert "7 links: https://firecrawl.dev/0" in proc.stdout, proc.stdout
