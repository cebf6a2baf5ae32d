"""The pipeline's inputs agree: provenance hash, overlay, generator config; drift is reported."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import build_spec
import pytest
import yaml  # type: ignore[import-untyped]
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

from ._openapi import ROOT, operations, overlaid

CONFIG = ROOT / "generator-config.yml"
SURFACE = ROOT / "openapi" / "surface.yaml"


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
    spec.write_bytes(spec.read_bytes() + b"\n")  # still the same JSON, not the same bytes
    with pytest.raises(build_spec.SpecBuildError, match=r"firecrawl-v2\.openapi\.json has sha256"):
        build_spec.build(openapi)


def test_overlay_applies_to_the_vendored_spec() -> None:
    """Each action applies or is reported not needed; none stops (the build raises naming it)."""
    raw = json.loads(build_spec.verify_provenance().read_text())
    skipped: list[str] = []
    build_spec.apply_checked(raw, build_spec.load_overlay(), skipped.append)
    assert all(build_spec.NOT_NEEDED in line for line in skipped), skipped


def strict_action(overlay: dict[str, Any]) -> int:
    """Index of the first action that is always needed (no x-needs/x-operation/x-not-needed-if)."""
    return next(
        index
        for index, action in enumerate(overlay["actions"])
        if not {"x-needs", "x-operation", "x-not-needed-if", "copy"} & action.keys()
    )


def test_overlay_action_that_matches_nothing_is_named(tmp_path: Path) -> None:
    openapi = copy_openapi(tmp_path)
    overlay = yaml.safe_load((openapi / "overlay.yaml").read_text())
    index = strict_action(overlay)
    overlay["actions"][index]["target"] = "$.components.schemas.NoSuchSchema.title"
    (openapi / "overlay.yaml").write_text(yaml.safe_dump(overlay))
    with pytest.raises(build_spec.SpecBuildError, match=rf"overlay action {index + 1} \(.*NoSuchSchema"):
        build_spec.build(openapi)


def config() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(CONFIG.read_text())
    return data


def test_config_keys_are_generator_options() -> None:
    unknown = set(config()) - set(ConfigFile.model_fields)
    assert not unknown, f"generator-config.yml: unknown keys are silently ignored by the generator: {unknown}"


@cache
def generator_data(overrides: bool = True) -> GeneratorData:
    """The generator's own parse of the overlaid spec with our config (what `make generate` builds);
    ``overrides=False``: without class_overrides (the names the generator picks itself)."""
    config_file = ConfigFile.load_from_path(CONFIG)
    if not overrides:
        config_file = config_file.model_copy(update={"class_overrides": {}})
    loaded = Config.from_sources(
        config_file, MetaType.NONE, Path("openapi.overlaid.json"), "utf-8", True, None
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
    assert operations(), "the spec did not build"
    assert generated == len(operations()), f"{generated} of {len(operations())} operations generated"


def class_names(data: GeneratorData) -> set[str]:
    return {m.class_info.name for m in data.models} | {e.class_info.name for e in data.enums}


def default_name(key: str, overrides: dict[str, Any]) -> str:
    """The name the generator picks without overrides for the class ``key`` names: a nested class's
    key starts with its parent's new name (CreateSessionBodyProfile), which is undone."""
    parents = [
        other for other in overrides if other != key and key.startswith(overrides[other]["class_name"])
    ]
    if not parents:
        return key
    parent = max(parents, key=lambda other: len(overrides[other]["class_name"]))
    return default_name(parent, overrides) + key[len(overrides[parent]["class_name"]) :]


def test_every_class_override_is_used() -> None:
    """Each override renames a class wherever this revision of the spec has it (the generator
    silently ignores an override that matches nothing) and belongs to a known operation."""
    overrides: dict[str, Any] = config()["class_overrides"]
    defaults = {key: default_name(key, overrides) for key in overrides}
    known = {op.operation_id for op in operations()} | set(yaml.safe_load(SURFACE.read_text())["operations"])
    orphans = [
        k for k, name in defaults.items() if not any(name.startswith(i[:1].upper() + i[1:]) for i in known)
    ]
    assert not orphans, f"class_overrides of no operation of the spec or openapi/surface.yaml: {orphans}"
    built_here = class_names(generator_data(overrides=False))
    names = class_names(generator_data())
    unused = {
        key: override["class_name"]
        for key, override in overrides.items()
        if defaults[key] in built_here and override["class_name"] not in names
    }
    assert not unused, f"class_overrides that rename no class the generator builds: {unused}"


def run_tool(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, args)], capture_output=True, text=True, check=False, cwd=ROOT
    )


def test_edited_generated_file_is_reported(tmp_path: Path) -> None:
    committed = tmp_path / "firecrawl_api"
    shutil.copytree(
        ROOT / "generated" / "firecrawl_api", committed, ignore=shutil.ignore_patterns("__pycache__")
    )
    endpoints = sorted((committed / "api").glob("*/*.py"))
    edited = next(path for path in endpoints if '"url": "' in path.read_text())
    url_line = next(line for line in edited.read_text().splitlines() if '"url": "' in line)
    edited.write_text(edited.read_text().replace(url_line, url_line.replace('"url": "', '"url": "/edited')))
    model = next(path for path in sorted((committed / "models").glob("*.py")) if path.name != "__init__.py")
    model.unlink()
    (committed / "models" / "hand_written.py").write_text("X = 1\n")

    result = run_tool("tools/diff_generated.py", ROOT / "generated" / "firecrawl_api", committed)
    assert result.returncode == 1
    assert f"differs: {edited.relative_to(committed)}" in result.stdout
    assert f"+{url_line}" in result.stdout
    assert f"missing (would be generated): models/{model.name}" in result.stdout
    assert "extra (not generated from the spec): models/hand_written.py" in result.stdout

    clean = run_tool(
        "tools/diff_generated.py", ROOT / "generated" / "firecrawl_api", ROOT / "generated" / "firecrawl_api"
    )
    assert clean.returncode == 0, clean.stdout


def test_spec_changed_without_update_is_reported(tmp_path: Path) -> None:
    openapi = copy_openapi(tmp_path)
    spec = openapi / "firecrawl-v2.openapi.json"
    document = json.loads(spec.read_text())
    document["info"]["title"] = "edited by hand"
    spec.write_text(json.dumps(document))
    with pytest.raises(build_spec.SpecBuildError) as caught:
        build_spec.build(openapi)
    assert str(spec) in str(caught.value)
    assert "PROVENANCE.json" in str(caught.value)
    assert "make update-spec" in str(caught.value)
