"""Verify the vendored spec against its provenance record and apply the overlay.

Usage: python tools/build_spec.py OUT.json

Stops with a message naming what drifted: a vendored file whose sha256 differs
from openapi/PROVENANCE.json, or an overlay action whose target matches nothing
(each action is checked against the document as the previous actions left it).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]
from jsonpath_ng.ext import parse  # type: ignore[attr-defined,unused-ignore]
from oas_patch.overlay import apply_overlay  # type: ignore[import-untyped]
from oas_patch.validator import validate  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi"


class SpecBuildError(Exception):
    """The vendored spec, its provenance or the overlay do not agree."""


def display(path: Path) -> str:
    """``path`` relative to the repository when inside it (messages name the file)."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def verify_provenance(openapi_dir: Path = OPENAPI) -> Path:
    record = json.loads((openapi_dir / "PROVENANCE.json").read_text())
    spec: Path = openapi_dir / record["file"]
    actual = hashlib.sha256(spec.read_bytes()).hexdigest()
    if actual != record["sha256"]:
        raise SpecBuildError(
            f"{display(spec)} has sha256 {actual}, but {display(openapi_dir / 'PROVENANCE.json')} records "
            f"{record['sha256']}: the vendored spec was changed by hand. Use `make update-spec SPEC=...`."
        )
    return spec


def load_overlay(openapi_dir: Path = OPENAPI) -> dict[str, Any]:
    overlay: dict[str, Any] = yaml.safe_load((openapi_dir / "overlay.yaml").read_text())
    report = validate(overlay, "sh")
    if report.startswith("!!!"):
        raise SpecBuildError(f"openapi/overlay.yaml is not a valid Overlay 1.0 document:\n{report}")
    return overlay


def operation_ids(document: dict[str, Any]) -> set[str]:
    return {
        op["operationId"]
        for item in document.get("paths", {}).values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def apply_checked(document: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """Apply the overlay action by action, refusing a target that matches nothing.

    An action with ``x-operation: <operationId>`` fixes that operation only: on a spec
    without the operation (an older or newer revision) it is skipped, with a notice.
    """
    present = operation_ids(document)
    for number, action in enumerate(overlay["actions"], start=1):
        fixes = action.get("x-operation")
        if fixes is not None and fixes not in present:
            print(f"build_spec: overlay action {number} skipped: this spec has no {fixes}", file=sys.stderr)
            continue
        if not parse(action["target"]).find(document):
            raise SpecBuildError(
                f"overlay action {number} ({action.get('description', 'no description')}) "
                f"no longer matches the spec: target {action['target']!r} finds nothing."
            )
        apply_overlay(document, {"actions": [action]})
    return document


def build(openapi_dir: Path = OPENAPI) -> dict[str, Any]:
    spec = verify_provenance(openapi_dir)
    return apply_checked(json.loads(spec.read_text()), load_overlay(openapi_dir))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        document = build()
    except SpecBuildError as exc:
        print(f"build_spec: {exc}", file=sys.stderr)
        return 1
    out = Path(argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
