"""`make update-spec` and `make spec-history`: a new revision regenerates a working SDK, or the
update stops with a message and the working tree exactly as it was.

The `make` runs happen in a scratch checkout (tools/spec_history.py: a copy of this one with its
own git repository), never in this one.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import build_spec
import pytest
import spec_diff
import update_spec
from spec_history import Run, Scratch, suites_outcome

from ._openapi import HISTORY, ROOT

REVISIONS = sorted(HISTORY.glob("*.json")) if HISTORY.is_dir() else []
needs_history = pytest.mark.skipif(not REVISIONS, reason="../shared/openapi/history not available")
# What update-spec may write; a stop leaves every byte of it as it was.
UPDATED = ("openapi", "generated/firecrawl_api", "wrapper/firecrawl_sdk/_surface", "README.md")


def vendored() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(build_spec.verify_provenance().read_text())
    return document


def copy_openapi(tmp_path: Path) -> Path:
    target = tmp_path / "openapi"
    shutil.copytree(build_spec.OPENAPI, target)
    return target


def operation_count(path: Path) -> int:
    return len(spec_diff.operations(json.loads(path.read_text())))


# --- tools/update_spec.py on a copy of openapi/ -------------------------------------------------
def test_update_spec_rewrites_provenance_and_reports(tmp_path: Path) -> None:
    openapi = copy_openapi(tmp_path)
    document = vendored()
    before = len(spec_diff.operations(document))
    (method, path), (removed, _) = sorted(spec_diff.operations(document).items())[0]
    del document["paths"][path][method.lower()]
    document["paths"]["/new-endpoint"] = {"get": {"operationId": "newEndpoint", "responses": {}}}
    source = tmp_path / "new.json"
    source.write_text(json.dumps(document, indent=1))

    report = update_spec.update(str(source), openapi, commit="abc1234")

    assert (openapi / "firecrawl-v2.openapi.json").read_bytes() == source.read_bytes()
    record = json.loads((openapi / "PROVENANCE.json").read_text())
    assert (record["operations"], record["source_commit"], record["copied_from"]) == (
        before,
        "abc1234",
        str(source),
    )
    assert "last_changed_in" not in record  # it described the previous document
    assert record["source_repository"] == "firecrawl/firecrawl-docs"  # still applies
    build_spec.verify_provenance(openapi)  # the new record verifies
    assert f"{before} -> {before} operations" in report
    assert "+ GET /new-endpoint newEndpoint" in report
    assert f"- {removed}" in report


@needs_history
def test_update_spec_to_each_history_revision_reports_the_operations(tmp_path: Path) -> None:
    before = operation_count(build_spec.verify_provenance())
    for revision in REVISIONS:
        openapi = copy_openapi(tmp_path / revision.stem)
        report = update_spec.update(str(revision), openapi)
        diff = spec_diff.diff_specs(vendored(), json.loads(revision.read_text()))
        assert f"{before} -> {operation_count(revision)} operations" in report
        for op in diff.added:
            assert f"+ {op}" in report
        for old, new in diff.moved:
            assert f"{old.method} {old.path} -> {new.method} {new.path} ({new.operation_id})" in report


def test_update_spec_refuses_a_non_openapi_document(tmp_path: Path) -> None:
    openapi = copy_openapi(tmp_path)
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"swagger": "2.0", "paths": {}}')
    before = (openapi / "PROVENANCE.json").read_text()
    with pytest.raises(SystemExit, match=r"not an OpenAPI 3\.x document"):
        update_spec.update(str(bogus), openapi)
    assert (openapi / "PROVENANCE.json").read_text() == before


def test_update_spec_names_an_unreadable_source(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match=r"cannot read .*missing\.json"):
        update_spec.update(str(tmp_path / "missing.json"), copy_openapi(tmp_path))


def test_the_report_names_the_overlay_action_that_would_stop(tmp_path: Path) -> None:
    document = vendored()
    screenshot = next(
        member
        for member in document["components"]["schemas"]["Formats"]["items"]["oneOf"]
        if member.get("title") == "Screenshot"
    )
    screenshot["properties"]["type"]["enum"] = ["screenshot-v2"]
    source = tmp_path / "new.json"
    source.write_text(json.dumps(document))
    report = update_spec.update(str(source), copy_openapi(tmp_path))
    assert "The overlay stops on this revision" in report
    assert re.search(r"overlay action \d+ \(.*\): the target does not look as expected", report)


# --- make update-spec in a scratch checkout -------------------------------------------------------
@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Scratch:
    return Scratch(tmp_path_factory.mktemp("scratch") / "checkout")


def snapshot(checkout: Path) -> dict[str, str]:
    """sha256 of every file update-spec may write."""
    found = {}
    for name in UPDATED:
        base = checkout / name
        for path in [base] if base.is_file() else sorted(base.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                found[str(path.relative_to(checkout))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def with_broken_operation(document: dict[str, Any]) -> dict[str, Any]:
    """The spec plus an operation whose response is an array without `items`: the generator warns."""
    broken = copy.deepcopy(document)
    schema = {"type": "array"}
    broken["paths"]["/broken"] = {
        "get": {
            "operationId": "brokenOperation",
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}},
        }
    }
    return broken


def with_a_retyped_screenshot_format(document: dict[str, Any]) -> dict[str, Any]:
    """The spec with the member titled Screenshot no longer the screenshot format: the overlay stops."""
    retyped = copy.deepcopy(document)
    for member in retyped["components"]["schemas"]["Formats"]["items"]["oneOf"]:
        if member.get("title") == "Screenshot":
            member["properties"]["type"]["enum"] = ["screenshot-v2"]
    return retyped


@pytest.mark.spec_history
@pytest.mark.parametrize(
    ("change", "stage"),
    [
        (with_broken_operation, "generate: openapi-python-client failed or warned"),
        (with_a_retyped_screenshot_format, "the target does not look as expected"),
    ],
    ids=["generator fails", "overlay stops"],
)
def test_a_failing_update_leaves_the_tree_unchanged(
    scratch: Scratch, tmp_path: Path, change: Any, stage: str
) -> None:
    scratch.reset()
    before = snapshot(scratch.path)
    spec = tmp_path / "new.json"
    spec.write_text(json.dumps(change(vendored()), indent=2))

    run = scratch.update_spec(spec)

    assert run.returncode != 0
    assert stage in run.output, run.output[-3000:]
    assert "the working tree is unchanged" in run.output
    assert "Traceback" not in run.output
    assert run.clean, scratch.status()
    assert snapshot(scratch.path) == before


SCRAPE_CHECK = """
import json, httpx
from firecrawl_sdk import Firecrawl
sent = []
def answer(request):
    sent.append(request)
    return httpx.Response(200, json={"success": True, "data": {"markdown": "# Hi"}})
fc = Firecrawl("k", base_url="http://t/v2", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
print(json.dumps([fc.scrape("https://example.com").markdown, json.loads(sent[0].content)]))
"""

SESSION_CHECK = """
import json, httpx
from firecrawl_sdk import Firecrawl
sent = []
def answer(request):
    sent.append(request)
    return httpx.Response(200, json={"success": True, "id": "s1", "cdpUrl": "wss://x/cdp/s1"})
fc = Firecrawl("k", base_url="http://t/v2", http_client=httpx.Client(transport=httpx.MockTransport(answer)))
session = fc.interact.create(ttl=60)
print(json.dumps([session.id, sent[0].method, sent[0].url.path, json.loads(sent[0].content)]))
"""


def run_python(checkout: Path, code: str) -> Any:
    env = {"PYTHONPATH": f"{checkout / 'generated'}:{checkout / 'wrapper'}", "PATH": "/usr/bin:/bin"}
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def generated_endpoints(checkout: Path) -> int:
    api = checkout / "generated" / "firecrawl_api" / "api"
    return len([path for path in api.glob("*/*.py") if path.name != "__init__.py"])


def operation_path(spec: Path, operation_id: str) -> str | None:
    ops = spec_diff.operations(json.loads(spec.read_text())).values()
    return next((op.path for op, _ in ops if op.operation_id == operation_id), None)


@pytest.fixture(scope="module")
def history(scratch: Scratch) -> Iterator[dict[str, tuple[Run, list[str]]]]:
    """Each history revision through `make update-spec` (in turn, in the scratch checkout), with
    the problems found in the SDK it generated; once for all the tests below."""
    results = {}
    for spec in REVISIONS:
        scratch.reset()
        run = scratch.update_spec(spec)
        problems = []
        if run.generated:
            record = json.loads((scratch.path / "openapi" / "PROVENANCE.json").read_text())
            if record.get("source_commit") != spec.stem.rsplit("-", 1)[-1]:
                problems.append(f"PROVENANCE.json records commit {record.get('source_commit')}")
            if generated_endpoints(scratch.path) != operation_count(spec):
                problems.append(f"{generated_endpoints(scratch.path)} of {operation_count(spec)} generated")
            if run_python(scratch.path, SCRAPE_CHECK) != ["# Hi", {"url": "https://example.com"}]:
                problems.append("fc.scrape does not send the url alone")
            path = operation_path(spec, "createBrowserSession")
            if path and run_python(scratch.path, SESSION_CHECK) != ["s1", "POST", f"/v2{path}", {"ttl": 60}]:
                problems.append(f"fc.interact.create does not POST {path}")
        results[spec.name] = (run, problems)
    yield results
    scratch.reset()


@needs_history
@pytest.mark.spec_history
@pytest.mark.parametrize("revision", [spec.name for spec in REVISIONS])
def test_each_history_revision_generates_a_working_sdk_or_stops_cleanly(
    history: dict[str, tuple[Run, list[str]]], revision: str
) -> None:
    """Generated: every operation, the upstream commit recorded, fc.scrape and fc.interact.create
    (at whatever path this revision gives it) work. Stopped: a message, and nothing changed."""
    run, problems = history[revision]
    if run.generated:
        assert not problems, problems
    else:
        assert run.clean, f"{revision}: stopped and left changes behind"
        assert re.search(r"^(build_spec|update-spec|generate): ", run.output, re.M), run.output[-3000:]
        assert "Traceback" not in run.output, run.output[-3000:]


@needs_history
@pytest.mark.spec_history
def test_content_targeting_lets_every_history_revision_generate(
    history: dict[str, tuple[Run, list[str]]],
) -> None:
    """Each revision's stops came from overlay fixes that revision does not need; none is left."""
    stopped = {name: run.first_message() for name, (run, _) in history.items() if not run.generated}
    assert not stopped, stopped


@pytest.mark.spec_history
def test_spec_history_prints_a_table_and_leaves_the_checkout_untouched(tmp_path: Path) -> None:
    revisions = tmp_path / "history"
    revisions.mkdir()
    stopping = with_a_retyped_screenshot_format(vendored())
    (revisions / "2030-01-01-deadbeef.json").write_text(json.dumps(stopping))
    before = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout

    result = subprocess.run(
        [sys.executable, "tools/spec_history.py", "--history", str(revisions)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    header, _, row = result.stdout.splitlines()
    assert [cell.strip() for cell in header.split("|")] == [
        "revision",
        "operations",
        "outcome",
        "first message",
    ]
    cells = [cell.strip() for cell in row.split("|")]
    assert cells[:3] == ["2030-01-01-deadbeef.json", "", "stopped, tree clean"]
    assert re.match(r"build_spec: overlay action \d+ \(.*\): the target does not look as expected", cells[3])
    after = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    assert after == before


def test_suites_outcome_counts_each_suite_and_names_the_first_failure() -> None:
    """`make spec-history SUITES=...`: a cell per suite; a failing suite fails the row, first FAILED shown."""

    def ran(code: int, stdout: str) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess([], code, stdout, "")

    passed = ran(0, "....\n===== 4 passed, 1 skipped in 0.52s =====\n")
    skipped = ran(0, "s\n1 skipped in 0.10s\n")
    failed = ran(1, "F.\nFAILED tests/jobs/test_x.py::test_y - boom\n1 failed, 1 passed in 2.00s\n")
    assert suites_outcome([("tests/spec", passed), ("tests/faults", skipped)]) == (
        "tests/spec 4 passed, 1 skipped; tests/faults 1 skipped",
        "",
        True,
    )
    assert suites_outcome([("tests/spec", passed), ("tests/jobs", failed), ("tests/wrapper", failed)]) == (
        "tests/spec 4 passed, 1 skipped; tests/jobs FAILED (1 failed, 1 passed); "
        "tests/wrapper FAILED (1 failed, 1 passed)",
        "FAILED tests/jobs/test_x.py::test_y - boom",
        False,
    )
