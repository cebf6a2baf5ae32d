"""Replace the vendored OpenAPI document and report what changed.

Usage: python tools/update_spec.py SPEC [--commit SHA]

SPEC is a path or an http(s) URL of an OpenAPI 3.x JSON document. It is
written byte for byte to openapi/<file>, openapi/PROVENANCE.json is rewritten
(source, today's date, sha256, operation count; ``--commit`` records the
upstream commit), and the operations, parameters and fields added or removed,
and the changed constraints, defaults and enums are printed (tools/spec_diff.py).
Overlay actions whose target no longer matches are listed: `make generate`
will stop at the first of them.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import sys
import urllib.request
from pathlib import Path
from typing import Any

import spec_diff
from build_spec import OPENAPI, display, load_overlay
from jsonpath_ng.ext import parse  # type: ignore[attr-defined,unused-ignore]
from oas_patch.overlay import apply_overlay  # type: ignore[import-untyped]

# Fields describing one upstream commit: dropped unless --commit restates them.
COMMIT_FIELDS = ("source_commit", "last_changed_in")


def fetch(source: str) -> bytes:
    if source.startswith(("http://", "https://")):
        with urllib.request.urlopen(source, timeout=60) as response:
            data: bytes = response.read()
            return data
    return Path(source).read_bytes()


def parse_document(data: bytes, source: str) -> dict[str, Any]:
    try:
        document = json.loads(data)
    except ValueError as exc:
        raise SystemExit(
            f"update-spec: {source} is not JSON ({exc}); the vendored spec is a JSON file."
        ) from exc
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3."):
        raise SystemExit(f"update-spec: {source} is not an OpenAPI 3.x document (no `openapi: 3.x` field).")
    if not isinstance(document.get("paths"), dict):
        raise SystemExit(f"update-spec: {source} has no `paths` object.")
    return document


def provenance(
    old: dict[str, Any], source: str, data: bytes, operations: int, commit: str | None
) -> dict[str, Any]:
    record = {k: v for k, v in old.items() if k not in COMMIT_FIELDS}
    if commit:
        record["source_commit"] = commit
    record["date"] = datetime.date.today().isoformat()
    record["operations"] = operations
    record["sha256"] = hashlib.sha256(data).hexdigest()
    record["copied_from"] = source
    return record


def stale_overlay_actions(document: dict[str, Any], overlay: dict[str, Any]) -> list[str]:
    """Every overlay action whose target matches nothing (applying the rest in order)."""
    document = json.loads(json.dumps(document))
    stale = []
    for number, action in enumerate(overlay["actions"], start=1):
        if parse(action["target"]).find(document):
            apply_overlay(document, {"actions": [action]})
        else:
            stale.append(f"action {number} ({action.get('description', '')}): target {action['target']!r}")
    return stale


def update(source: str, openapi_dir: Path = OPENAPI, commit: str | None = None) -> str:
    """Vendor ``source`` into ``openapi_dir``, rewrite its provenance, return the report."""
    record_path = openapi_dir / "PROVENANCE.json"
    old_record = json.loads(record_path.read_text())
    vendored = openapi_dir / old_record["file"]
    old_doc = json.loads(vendored.read_text())
    data = fetch(source)
    new_doc = parse_document(data, source)

    diff = spec_diff.diff_specs(old_doc, new_doc)
    count = len(spec_diff.operations(new_doc))
    vendored.write_bytes(data)
    record = provenance(old_record, source, data, count, commit)
    record_path.write_text(json.dumps(record, indent=2) + "\n")

    lines = [
        f"update-spec: {display(vendored)} <- {source}",
        f"  sha256 {old_record['sha256'][:12]} -> {record['sha256'][:12]}; "
        f"{len(spec_diff.operations(old_doc))} -> {count} operations",
        spec_diff.format_report(diff),
        "",
    ]
    stale = stale_overlay_actions(new_doc, load_overlay(openapi_dir))
    if stale:
        lines.append(
            f"Overlay actions that no longer match ({len(stale)}); `make generate` will stop at the first:"
        )
        lines += [f"  {line}" for line in stale]
    else:
        lines.append("Every overlay action still matches.")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", help="path or http(s) URL of the new OpenAPI document")
    parser.add_argument("--commit", help="upstream commit the document comes from")
    args = parser.parse_args(argv[1:])
    print(update(args.spec, commit=args.commit))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
