"""Verify the vendored spec against its provenance record and apply the overlay.

Usage: python tools/build_spec.py OUT.json [--openapi DIR]

DIR (default openapi/) holds PROVENANCE.json, the vendored spec and overlay.yaml.
Stops with a message naming what drifted: a vendored file whose sha256 differs
from PROVENANCE.json, or an overlay action whose target is missing, ambiguous or
does not look as the action expects (each action is checked against the document
as the previous actions left it). Actions whose fix is not needed on this revision
are skipped with a notice.

Overlay actions (Overlay 1.1, plus these extensions; see openapi/overlay.yaml):
  target          JSONPath selecting exactly one node, by content (filters on title,
                  $ref, type or property names), never by position in a list
  x-expect        what the target must contain (a subset: every key given must be
                  there with that value; mappings compared key by key)
  x-expect-absent keys the target must not have (the fix would overwrite them)
  x-expect-each   what every element of a list target contains (as x-expect)
  x-same-as       {path, except}: the target equals the node ``path`` finds in the
                  vendored document, apart from the keys in ``except``
  x-needs         JSONPath of the thing the fix is for; when it finds nothing the
                  action is "not needed on this revision" and skipped
  x-operation     operationId the fix is for (the same, for an operation)
  x-not-needed-if JSONPath of what the fix adds: when upstream already has it, the action
                  is "not needed on this revision" and skipped
  x-enum-from     JSONPath into the vendored document: the update's ``enum`` is the
                  values it finds, in order (a list derived, not pasted)
  copy            (Overlay 1.1) JSONPath of one node copied to ``target``, which must
                  not exist yet: hoisted components are derived from upstream objects
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]
from jsonpath_ng import Child, DatumInContext, Fields, Index  # type: ignore[import-untyped,unused-ignore]
from jsonpath_ng.ext import parse  # type: ignore[attr-defined,unused-ignore]
from oas_patch.overlay import deep_update  # type: ignore[import-untyped]
from oas_patch.validator import validate  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi"
NOT_NEEDED = "not needed on this revision"
Json = dict[str, Any]


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


def load_overlay(openapi_dir: Path = OPENAPI) -> Json:
    overlay: Json = yaml.safe_load((openapi_dir / "overlay.yaml").read_text())
    report = validate(overlay, "sh")
    if report.startswith("!!!"):
        raise SpecBuildError(f"openapi/overlay.yaml is not a valid Overlay document:\n{report}")
    return overlay


def operation_ids(document: Json) -> set[str]:
    return {
        op["operationId"]
        for item in document.get("paths", {}).values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def find(path: str, document: Any) -> list[Any]:
    return [match.value for match in parse(path).find(document)]


def label(number: int, action: Json) -> str:
    return f"overlay action {number} ({action.get('description', 'no description')})"


def not_needed(document: Json, action: Json) -> str | None:
    """Why the action's fix is not needed on this document, or None when it is."""
    operation = action.get("x-operation")
    if operation is not None and operation not in operation_ids(document):
        return f"this spec has no operation {operation}"
    needs = action.get("x-needs")
    if needs is not None and not find(needs, document):
        return f"{needs} finds nothing"
    done = action.get("x-not-needed-if")
    if done is not None and find(done, document):
        return f"upstream already has {done}"
    return None


def contains(found: Any, expected: Any) -> bool:
    """``found`` has everything ``expected`` states (mappings key by key, anything else equal)."""
    if isinstance(expected, dict):
        return isinstance(found, dict) and all(
            key in found and contains(found[key], value) for key, value in expected.items()
        )
    return bool(found == expected)


def short(value: Any, limit: int = 300) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def check_expectations(where: str, node: Any, action: Json, upstream: Json) -> None:
    """Stop unless the node the action works on looks as the action says it should."""
    expected = action.get("x-expect")
    if expected is not None and not contains(node, expected):
        raise SpecBuildError(
            f"{where}: the target does not look as expected, so the fix may land on the wrong node.\n"
            f"  expected (x-expect): {short(expected)}\n  found: {short(node)}\n"
            "Check what upstream changed there and adjust the action in openapi/overlay.yaml."
        )
    each = action.get("x-expect-each")
    if each is not None and not (isinstance(node, list) and all(contains(item, each) for item in node)):
        raise SpecBuildError(
            f"{where}: not every element of the target looks as expected.\n"
            f"  expected of each (x-expect-each): {short(each)}\n  found: {short(node)}\n"
            "Check what upstream changed there and adjust the action in openapi/overlay.yaml."
        )
    present = [key for key in action.get("x-expect-absent", []) if isinstance(node, dict) and key in node]
    if present:
        raise SpecBuildError(
            f"{where}: the target now has {present} (x-expect-absent), which the fix would overwrite; "
            f"found: {short(node)}. Upstream may have fixed it: drop or adjust the action."
        )
    same = action.get("x-same-as")
    if same is not None:
        originals = find(same["path"], upstream)
        ignored = set(same.get("except", []))

        def strip(value: Any) -> Any:
            return {k: v for k, v in value.items() if k not in ignored} if isinstance(value, dict) else value

        if len(originals) != 1 or strip(originals[0]) != strip(node):
            original = short(originals[0]) if len(originals) == 1 else f"{len(originals)} nodes"
            raise SpecBuildError(
                f"{where}: the target is no longer the same as {same['path']} (x-same-as, apart from "
                f"{sorted(ignored)}), so one component cannot stand for both.\n"
                f"  target: {short(node)}\n  {same['path']}: {original}"
            )


def resolved_action(where: str, action: Json, upstream: Json) -> Json:
    """The action as applied: the update's ``enum`` filled in from ``x-enum-from``."""
    source = action.get("x-enum-from")
    if source is None:
        return action
    values = find(source, upstream)
    if not values:
        raise SpecBuildError(f"{where}: x-enum-from {source!r} finds nothing in the vendored document.")
    return {**action, "update": {**action["update"], "enum": values}}


def change(match: DatumInContext, action: Json) -> None:
    """Apply an ``update`` or ``remove`` to the one node ``match`` found (Overlay semantics:
    mappings merged deeply, lists extended, anything else replaced)."""
    if match.context is None or not isinstance(match.path, Fields | Index):
        raise SpecBuildError("an action changes a key of a mapping or an item of a list, not the root")
    parent = match.context.value
    key = match.path.fields[0] if isinstance(match.path, Fields) else match.path.indices[0]
    if action.get("remove"):
        del parent[key]
        return
    update = copy.deepcopy(action["update"])
    value = parent[key]
    if isinstance(value, dict) and isinstance(update, dict):
        deep_update(value, update)
    elif isinstance(value, list) and isinstance(update, list):
        value.extend(update)
    elif isinstance(value, list):
        value.append(update)
    else:
        parent[key] = update


def apply_copy(where: str, document: Json, action: Json, upstream: Json) -> None:
    sources = find(action["copy"], document)
    if len(sources) != 1:
        raise SpecBuildError(
            f"{where}: copy source {action['copy']!r} finds {len(sources)} nodes (exactly one expected)."
        )
    check_expectations(where, sources[0], action, upstream)
    target = parse(action["target"])
    parents = target.left.find(document) if isinstance(target, Child) else []
    last = target.right if isinstance(target, Child) else None
    if len(parents) != 1 or not isinstance(last, Fields) or not isinstance(parents[0].value, dict):
        raise SpecBuildError(f"{where}: copy target {action['target']!r} must name a key of one mapping.")
    parent, key = parents[0].value, last.fields[0]
    if key in parent:
        raise SpecBuildError(
            f"{where}: copy target {action['target']!r} already exists (upstream added a node of that "
            "name?); the copy would overwrite it. Rename the hoisted component in openapi/overlay.yaml."
        )
    parent[key] = copy.deepcopy(sources[0])


def apply_checked(document: Json, overlay: Json, notice: Callable[[str], None] | None = None) -> Json:
    """Apply the overlay action by action, checking each one's target before it is changed.

    ``notice`` receives one line per action skipped as not needed (default: stderr).
    """
    report = notice or (lambda line: print(line, file=sys.stderr))
    upstream = copy.deepcopy(document)
    for number, action in enumerate(overlay["actions"], start=1):
        where = label(number, action)
        reason = not_needed(document, action)
        if reason is not None:
            report(f"build_spec: {where}: {NOT_NEEDED} ({reason}); skipped")
            continue
        action = resolved_action(where, action, upstream)
        if "copy" in action:
            apply_copy(where, document, action, upstream)
            continue
        matches = parse(action["target"]).find(document)
        if not matches:
            raise SpecBuildError(
                f"{where} no longer matches the spec: target {action['target']!r} finds nothing. "
                "If the thing it fixes is gone on this revision, say so with `x-needs`; otherwise "
                "retarget the action in openapi/overlay.yaml."
            )
        if len(matches) > 1:
            raise SpecBuildError(
                f"{where}: target {action['target']!r} finds {len(matches)} nodes; an action changes "
                "exactly one. Narrow the filter in openapi/overlay.yaml."
            )
        check_expectations(where, matches[0].value, action, upstream)
        change(matches[0], action)
    return document


def build(openapi_dir: Path = OPENAPI, notice: Callable[[str], None] | None = None) -> Json:
    spec = verify_provenance(openapi_dir)
    return apply_checked(json.loads(spec.read_text()), load_overlay(openapi_dir), notice)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where the overlaid spec is written")
    parser.add_argument("--openapi", type=Path, default=OPENAPI, help="folder with the spec and overlay")
    args = parser.parse_args(argv[1:])
    try:
        document = build(args.openapi)
    except SpecBuildError as exc:
        print(f"build_spec: {exc}", file=sys.stderr)
        return 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
