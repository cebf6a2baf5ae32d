"""Replace the vendored OpenAPI document and report what changed.

Usage: python tools/update_spec.py SPEC [--commit SHA] [--openapi DIR]

SPEC is a path or an http(s) URL of an OpenAPI 3.x JSON document. It is
written byte for byte to DIR/<file> (default openapi/; `make update-spec` passes
a scratch copy and moves it into place only when generation succeeded),
DIR/PROVENANCE.json is rewritten (source, today's date, sha256, operation count;
``--commit`` records the upstream commit), and what changed is printed
(tools/spec_diff.py): operations, parameters and fields, constraints, defaults,
enums, renamed tags and operationIds, description and summary counts. Then the
overlay is tried on the new document: the actions not needed on this revision
are listed, and the first that stops the build is named.
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
from build_spec import OPENAPI, SpecBuildError, apply_checked, display, load_overlay

# Fields describing one upstream commit: dropped unless --commit restates them.
COMMIT_FIELDS = ("source_commit", "last_changed_in")


def fetch(source: str) -> bytes:
    try:
        if source.startswith(("http://", "https://")):
            with urllib.request.urlopen(source, timeout=60) as response:
                data: bytes = response.read()
                return data
        return Path(source).read_bytes()
    except (OSError, ValueError) as exc:
        raise SystemExit(f"update-spec: cannot read {source}: {exc}") from exc


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


def overlay_report(document: dict[str, Any], overlay: dict[str, Any]) -> list[str]:
    """How the overlay fares on ``document``: actions not needed there, and the first that stops."""
    skipped: list[str] = []
    try:
        apply_checked(json.loads(json.dumps(document)), overlay, skipped.append)
    except SpecBuildError as exc:
        stop = ["The overlay stops on this revision; `make update-spec` will stop here:", f"  {exc}"]
    else:
        stop = ["Every needed overlay action applies."]
    lines = [f"Overlay actions not needed on this revision ({len(skipped)}):"] if skipped else []
    lines += [f"  {line.removeprefix('build_spec: ')}" for line in skipped]
    return lines + stop


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
    lines += overlay_report(new_doc, load_overlay(openapi_dir))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", help="path or http(s) URL of the new OpenAPI document")
    parser.add_argument("--commit", help="upstream commit the document comes from")
    parser.add_argument("--openapi", type=Path, default=OPENAPI, help="folder with PROVENANCE.json")
    args = parser.parse_args(argv[1:])
    try:
        print(update(args.spec, args.openapi, commit=args.commit))
    except SpecBuildError as exc:
        print(f"update-spec: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
