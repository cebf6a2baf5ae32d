"""The pipeline's inputs agree: provenance hash, overlay targets, generator config; drift is reported."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import build_spec
import pytest
import update_spec
import yaml  # type: ignore[import-untyped]
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from ._openapi import ROOT, operations, overlaid

HISTORY = ROOT.parent / "shared" / "openapi" / "history"
CONFIG = ROOT / "generator-config.yml"


def copy_openapi(tmp_path: Path) -> Path:
    target = tmp_path / "openapi"
    shutil.copytree(build_spec.OPENAPI, target)
    return target


def test_vendored_spec_matches_provenance() -> None:
    record = json.loads((build_spec.OPENAPI / "PROVENANCE.json").read_text())
    assert build_spec.verify_provenance().name == record["file"]
    assert record["operations"] == sum(
        method in ("get", "put", "post", "delete", "patch")
        for item in overlaid()["paths"].values()
        for method in item
    )


def test_tampered_spec_is_refused(tmp_path: Path) -> None:
    openapi = copy_openapi(tmp_path)
    spec = openapi / "firecrawl-v2.openapi.json"
    spec.write_bytes(spec.read_bytes().replace(b'"Interact"', b'"Interakt"', 1))
    with pytest.raises(build_spec.SpecBuildError, match=r"firecrawl-v2\.openapi\.json has sha256"):
        build_spec.build(openapi)


def test_every_overlay_action_matches() -> None:
    raw = json.loads(build_spec.verify_provenance().read_text())
    overlay = build_spec.load_overlay()
    assert update_spec.stale_overlay_actions(raw, overlay) == []
    build_spec.apply_checked(raw, overlay)  # raises naming the first action that matches nothing


def test_overlay_action_that_matches_nothing_is_named(tmp_path: Path) -> None:
    openapi = copy_openapi(tmp_path)
    overlay = yaml.safe_load((openapi / "overlay.yaml").read_text())
    overlay["actions"][1]["target"] = "$.components.schemas.NoSuchSchema.title"
    (openapi / "overlay.yaml").write_text(yaml.safe_dump(overlay))
    with pytest.raises(build_spec.SpecBuildError, match=r"overlay action 2 \(.*NoSuchSchema"):
        build_spec.build(openapi)


def config() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(CONFIG.read_text())
    return data


def test_config_keys_are_generator_options() -> None:
    unknown = set(config()) - set(ConfigFile.model_fields)
    assert not unknown, f"generator-config.yml: unknown keys are silently ignored by the generator: {unknown}"


@cache
def generator_data() -> GeneratorData:
    """The generator's own parse of the overlaid spec with our config (what `make generate` builds)."""
    loaded = Config.from_sources(
        ConfigFile.load_from_path(CONFIG), MetaType.NONE, Path("openapi.overlaid.json"), "utf-8", True, None
    )
    data = GeneratorData.from_dict(overlaid(), config=loaded)
    assert isinstance(data, GeneratorData), data
    return data


def test_generator_parses_every_operation_without_warnings() -> None:
    data = generator_data()
    collections = data.endpoint_collections_by_tag.values()
    warnings = [*data.errors, *(error for c in collections for error in c.parse_errors)]
    assert not warnings, [f"{w.header}: {w.detail}" for w in warnings]
    generated = sum(len(c.endpoints) for c in collections)
    assert generated == len(operations()) == 51, f"{generated} of {len(operations())} operations generated"


def test_every_class_override_is_used() -> None:
    data = generator_data()
    names = {m.class_info.name for m in data.models} | {e.class_info.name for e in data.enums}
    unused = {
        key: override["class_name"]
        for key, override in config()["class_overrides"].items()
        if override["class_name"] not in names
    }
    assert not unused, (
        f"class_overrides that match no class the generator builds (silently ignored): {unused}"
    )
    assert names >= {"InteractSession", "InteractSessionSummary", "ExecuteResult", "DeleteSessionResult"}


def run_tool(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, args)], capture_output=True, text=True, check=False, cwd=ROOT
    )


def test_edited_generated_file_is_reported(tmp_path: Path) -> None:
    committed = tmp_path / "firecrawl_api"
    shutil.copytree(
        ROOT / "generated" / "firecrawl_api", committed, ignore=shutil.ignore_patterns("__pycache__")
    )
    edited = committed / "api" / "interact" / "create_browser_session.py"
    edited.write_text(edited.read_text().replace('"url": "/interact"', '"url": "/browser"'))
    (committed / "models" / "profile.py").unlink()
    (committed / "models" / "hand_written.py").write_text("X = 1\n")

    result = run_tool("tools/diff_generated.py", ROOT / "generated" / "firecrawl_api", committed)
    assert result.returncode == 1
    assert "differs: api/interact/create_browser_session.py" in result.stdout
    assert '+        "url": "/interact",' in result.stdout
    assert "missing (would be generated): models/profile.py" in result.stdout
    assert "extra (not generated from the spec): models/hand_written.py" in result.stdout

    clean = run_tool(
        "tools/diff_generated.py", ROOT / "generated" / "firecrawl_api", ROOT / "generated" / "firecrawl_api"
    )
    assert clean.returncode == 0, clean.stdout


def test_spec_changed_without_update_is_reported(tmp_path: Path) -> None:
    openapi = copy_openapi(tmp_path)
    spec = openapi / "firecrawl-v2.openapi.json"
    document = json.loads(spec.read_text())
    document["paths"]["/interact"]["post"]["summary"] = "edited by hand"
    spec.write_text(json.dumps(document))
    with pytest.raises(build_spec.SpecBuildError) as caught:
        build_spec.build(openapi)
    assert str(spec) in str(caught.value)
    assert "PROVENANCE.json" in str(caught.value)
    assert "make update-spec" in str(caught.value)


def test_update_spec_rewrites_provenance_and_reports(tmp_path: Path) -> None:
    openapi = copy_openapi(tmp_path)
    document = json.loads((openapi / "firecrawl-v2.openapi.json").read_text())
    del document["paths"]["/team/threat-protection"]
    document["paths"]["/interact/{sessionId}"]["get"] = {"operationId": "getBrowserSession", "responses": {}}
    session = document["paths"]["/interact"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    session["properties"]["ttl"]["maximum"] = 7200
    source = tmp_path / "new.json"
    source.write_text(json.dumps(document, indent=1))

    report = update_spec.update(str(source), openapi, commit="abc1234")

    assert (openapi / "firecrawl-v2.openapi.json").read_bytes() == source.read_bytes()
    record = json.loads((openapi / "PROVENANCE.json").read_text())
    assert (record["operations"], record["source_commit"], record["copied_from"]) == (
        50,
        "abc1234",
        str(source),
    )
    assert "last_changed_in" not in record  # it described the previous document
    assert record["source_repository"] == "firecrawl/firecrawl-docs"  # still applies
    build_spec.verify_provenance(openapi)  # the new record verifies
    assert "51 -> 50 operations" in report
    assert "+ GET /interact/{sessionId} getBrowserSession" in report
    assert "- GET /team/threat-protection getThreatProtection" in report
    assert "- PUT /team/threat-protection updateThreatProtection" in report
    assert "~ body ttl: maximum 3600 -> 7200" in report
    assert "Every overlay action still matches." in report


@pytest.mark.skipif(not HISTORY.is_dir(), reason="../shared/openapi/history not available")
def test_update_spec_to_history_revision(tmp_path: Path) -> None:
    openapi = copy_openapi(tmp_path)
    report = update_spec.update(str(HISTORY / "2026-06-16-a8c0c69d.json"), openapi)
    assert "51 -> 43 operations" in report
    assert "POST /interact -> POST /browser (createBrowserSession)" in report
    assert "- POST /interact createBrowserSession" in report
    assert "+ POST /browser createBrowserSession" in report


def test_update_spec_refuses_a_non_openapi_document(tmp_path: Path) -> None:
    openapi = copy_openapi(tmp_path)
    bogus = tmp_path / "bogus.json"
    bogus.write_text('{"swagger": "2.0", "paths": {}}')
    before = (openapi / "PROVENANCE.json").read_text()
    with pytest.raises(SystemExit, match=r"not an OpenAPI 3\.x document"):
        update_spec.update(str(bogus), openapi)
    assert (openapi / "PROVENANCE.json").read_text() == before


UPDATED_CLIENT_CHECK = """
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


def update_spec_in_a_copy(tmp_path: Path, spec: Path) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """``make update-spec SPEC=spec`` in a copy of the repository (sharing the venv)."""
    work = tmp_path / "repo"
    for name in ("openapi", "tools", "wrapper", "generated", "requirements"):
        shutil.copytree(ROOT / name, work / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("Makefile", "generator-config.yml", "README.md", "pyproject.toml"):
        shutil.copy(ROOT / name, work / name)
    (work / ".venv").symlink_to(ROOT / ".venv")
    update = subprocess.run(
        ["make", "--no-print-directory", "update-spec", f"SPEC={spec}"],
        cwd=work,
        capture_output=True,
        text=True,
        check=False,
    )
    return work, update


def run_with(work: Path, code: str) -> subprocess.CompletedProcess[str]:
    env = {"PYTHONPATH": f"{work / 'generated'}:{work / 'wrapper'}", "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)


@pytest.mark.skipif(not HISTORY.is_dir(), reason="../shared/openapi/history not available")
def test_update_spec_to_a_renamed_tag_and_path_keeps_the_sdk_working(tmp_path: Path) -> None:
    """2026-06-16: tag Browser, paths /browser. Keyed by operationId, fc.interact.create still works."""
    work, update = update_spec_in_a_copy(tmp_path, HISTORY / "2026-06-16-a8c0c69d.json")
    assert update.returncode == 0, update.stdout[-3000:] + update.stderr[-3000:]
    assert "skipped: this spec has no researchGetPaper" in update.stderr
    check = run_with(work, UPDATED_CLIENT_CHECK)
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout) == ["s1", "POST", "/v2/browser", {"ttl": 60}]


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


@pytest.mark.skipif(not HISTORY.is_dir(), reason="../shared/openapi/history not available")
@pytest.mark.parametrize(
    "revision", sorted(p.name for p in HISTORY.glob("*.json")) if HISTORY.is_dir() else []
)
def test_update_spec_on_every_history_revision_works_or_stops_cleanly(tmp_path: Path, revision: str) -> None:
    """Users track a live spec: a real upstream revision regenerates a working SDK, or update-spec
    stops with a message naming the overlay action that no longer fits (never a traceback)."""
    work, update = update_spec_in_a_copy(tmp_path, HISTORY / revision)
    output = update.stdout + update.stderr
    if update.returncode != 0:
        assert "Traceback" not in output, output[-3000:]
        assert re.search(r"build_spec: overlay action \d+ \(.+\) no longer matches the spec", output), output[
            -3000:
        ]
        return
    check = run_with(work, SCRAPE_CHECK)
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout) == ["# Hi", {"url": "https://example.com"}]
