"""What changed between two revisions of an OpenAPI 3.0 document.

``diff_specs(old, new)`` lists operations added and removed (``METHOD path
operationId``) and, per operation present in both (matched by method and path,
else by operationId), parameters, request-body fields and response fields
added or removed, and changed constraints, defaults and enums. Schemas are
walked with ``$ref`` resolved; fields are named by dotted paths (``a.b``,
``items[]``, ``oneOf`` members as ``(Title)``). Operations whose operationId
changed at the same method and path, tags renamed (every operation of the old
tag now carries the new one, and neither name is used on the other side) and
how many ``description`` and ``summary`` texts changed, appeared or went are
reported too. ``format_report`` renders it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Schema keywords compared for each field; `required` is whether the parent requires it.
CONSTRAINTS = (
    "type",
    "format",
    "nullable",
    "required",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "default",
)
MAX_DEPTH = 12

Json = dict[str, Any]


@dataclass(frozen=True, order=True)
class Operation:
    method: str
    path: str
    operation_id: str

    def __str__(self) -> str:
        return f"{self.method} {self.path} {self.operation_id}"


@dataclass(frozen=True)
class Change:
    """One difference inside an operation: ``sign`` is ``+``, ``-`` or ``~``."""

    sign: str
    where: str  # "parameter", "body", "response 200", ...
    name: str
    detail: str = ""

    def __str__(self) -> str:
        text = f"{self.sign} {self.where} {self.name}".rstrip()
        return f"{text}: {self.detail}" if self.detail else text


@dataclass(frozen=True)
class TextChanges:
    """How many texts under one key (``description``, ``summary``) changed, appeared or went."""

    changed: int = 0
    added: int = 0
    removed: int = 0

    def __bool__(self) -> bool:
        return bool(self.changed or self.added or self.removed)

    def __str__(self) -> str:
        return f"{self.changed} changed, {self.added} added, {self.removed} removed"


@dataclass
class SpecDiff:
    added: list[Operation] = field(default_factory=list)
    removed: list[Operation] = field(default_factory=list)
    moved: list[tuple[Operation, Operation]] = field(default_factory=list)
    renamed: list[tuple[Operation, Operation]] = field(default_factory=list)  # same method + path
    renamed_tags: list[tuple[str, str, int]] = field(default_factory=list)  # old, new, operations
    changed: dict[Operation, list[Change]] = field(default_factory=dict)
    texts: dict[str, TextChanges] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """No operation, parameter or field changed (texts aside)."""
        return not (self.added or self.removed or self.moved or self.renamed or self.changed)


def resolve(document: Json, node: Any) -> tuple[Any, str | None]:
    """Follow ``$ref`` chains inside ``document``; returns the target and the last ref name."""
    name = None
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        ref: str = node["$ref"]
        seen.add(ref)
        if not ref.startswith("#/"):
            break
        name = ref.rsplit("/", 1)[-1]
        target: Any = document
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        node = target
    return node, name


def operations(document: Json) -> dict[tuple[str, str], tuple[Operation, Json]]:
    """``(METHOD, path) -> (Operation, operation object)`` for every operation."""
    found: dict[tuple[str, str], tuple[Operation, Json]] = {}
    for path, item in (document.get("paths") or {}).items():
        item, _ = resolve(document, item)
        for method in METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict):
                key = (method.upper(), path)
                found[key] = (Operation(method.upper(), path, str(op.get("operationId", "-"))), op)
    return found


def parameters(document: Json, path: str, op: Json) -> dict[str, Json]:
    """``"in name" -> parameter`` with path-level parameters overridden by operation-level ones."""
    item, _ = resolve(document, document["paths"][path])
    result: dict[str, Json] = {}
    for raw in [*(item.get("parameters") or []), *(op.get("parameters") or [])]:
        param, _ = resolve(document, raw)
        if isinstance(param, dict) and "name" in param:
            result[f"{param.get('in')} {param['name']}"] = param
    return result


def schema_fields(document: Json, schema: Any, prefix: str = "") -> dict[str, Json]:
    """Flatten a schema into ``dotted path -> {constraint: value, "enum": set}``; ``""`` is the root."""
    fields: dict[str, Json] = {}
    _walk(document, schema, prefix, fields, required=None, stack=())
    return fields


def _walk(
    document: Json,
    schema: Any,
    path: str,
    out: dict[str, Json],
    required: bool | None,
    stack: tuple[str, ...],
) -> None:
    node, ref = resolve(document, schema)
    if not isinstance(node, dict) or len(stack) > MAX_DEPTH:
        return
    if ref is not None:
        if ref in stack:  # recursive schema: record the field, stop descending
            out.setdefault(path, {"type": f"-> {ref}"})
            return
        stack = (*stack, ref)
    info = out.setdefault(path, {})
    for key in CONSTRAINTS:
        if key in node and key != "required":
            info.setdefault(key, node[key])
    if required is not None:
        info["required"] = info.get("required", False) or required
    if "enum" in node:
        info["enum"] = info.get("enum", frozenset()) | frozenset(map(_hashable, node["enum"]))
    for member in node.get("allOf") or []:
        _walk(document, member, path, out, None, stack)
    for keyword in ("oneOf", "anyOf"):
        members = [m for m in node.get(keyword) or [] if resolve(document, m)[0] not in ({"type": "null"},)]
        for index, member in enumerate(members):
            sub = path if len(members) == 1 else f"{path}({_member_label(document, member, index)})"
            _walk(document, member, sub, out, None, stack)
    names = set(node.get("required") or [])
    for name, prop in (node.get("properties") or {}).items():
        _walk(document, prop, f"{path}.{name}" if path else name, out, name in names, stack)
    if "items" in node:
        _walk(document, node["items"], f"{path}[]", out, None, stack)
    extra = node.get("additionalProperties")
    if isinstance(extra, dict) and extra:
        _walk(document, extra, f"{path}{{}}", out, None, stack)


def _member_label(document: Json, member: Any, index: int) -> str:
    node, ref = resolve(document, member)
    if isinstance(node, dict) and node.get("title"):
        return str(node["title"])
    return ref or f"#{index}"


def _hashable(value: Any) -> Any:
    return value if isinstance(value, str | int | float | bool | type(None)) else repr(value)


def request_fields(document: Json, op: Json) -> dict[str, Json]:
    body, _ = resolve(document, op.get("requestBody") or {})
    fields: dict[str, Json] = {}
    for media in (body.get("content") or {}).values():
        for name, info in schema_fields(document, media.get("schema") or {}).items():
            fields.setdefault(name, info)
    return fields


def response_fields(document: Json, op: Json) -> dict[str, dict[str, Json]]:
    """``status -> fields`` for every documented response (a response without a body has ``{}``)."""
    result: dict[str, dict[str, Json]] = {}
    for status, raw in (op.get("responses") or {}).items():
        response, _ = resolve(document, raw)
        fields: dict[str, Json] = {}
        for media in ((response or {}).get("content") or {}).values():
            for name, info in schema_fields(document, media.get("schema") or {}).items():
                fields.setdefault(name, info)
        result[str(status)] = fields
    return result


def collapse(names: set[str]) -> list[tuple[str, int]]:
    """Top-most names only, each with how many of ``names`` lie beneath it."""
    tops: list[tuple[str, int]] = []
    for name in sorted(n for n in names if n):
        if tops and _is_beneath(name, tops[-1][0]):
            tops[-1] = (tops[-1][0], tops[-1][1] + 1)
        else:
            tops.append((name, 0))
    return tops


def _is_beneath(name: str, parent: str) -> bool:
    return name.startswith(parent) and name[len(parent) : len(parent) + 1] in (".", "[", "(", "{")


def _describe(value: Any) -> str:
    return "(none)" if value is _MISSING else repr(value)


_MISSING = object()


def compare_fields(where: str, old: dict[str, Json], new: dict[str, Json]) -> Iterator[Change]:
    """Fields added, removed and changed between two flattened schemas."""
    for sign, names in (("+", new.keys() - old.keys()), ("-", old.keys() - new.keys())):
        for name, nested in collapse(names):
            yield Change(sign, where, name, f"with {nested} nested field(s)" if nested else "")
    for name in sorted(old.keys() & new.keys()):
        label = name or "(root)"
        a, b = old[name], new[name]
        for key in CONSTRAINTS:
            before, after = a.get(key, _MISSING), b.get(key, _MISSING)
            if key == "required":
                before, after = bool(a.get(key)), bool(b.get(key))
            if before != after:
                yield Change("~", where, label, f"{key} {_describe(before)} -> {_describe(after)}")
        before_enum, after_enum = a.get("enum", frozenset()), b.get("enum", frozenset())
        if before_enum != after_enum:
            parts = [f"+{v!r}" for v in sorted(after_enum - before_enum, key=repr)]
            parts += [f"-{v!r}" for v in sorted(before_enum - after_enum, key=repr)]
            yield Change("~", where, label, "enum " + " ".join(parts))


def _param_info(document: Json, param: Json) -> Json:
    info = dict(schema_fields(document, param.get("schema") or {}).get("", {}))
    info["required"] = bool(param.get("required"))
    return info


def compare_operation(
    old_doc: Json, old: tuple[Operation, Json], new_doc: Json, new: tuple[Operation, Json]
) -> list[Change]:
    (old_op, old_obj), (new_op, new_obj) = old, new
    changes: list[Change] = []
    if old_obj.get("tags") != new_obj.get("tags"):
        changes.append(Change("~", "tags", "", f"{old_obj.get('tags')} -> {new_obj.get('tags')}"))
    old_params = {k: _param_info(old_doc, p) for k, p in parameters(old_doc, old_op.path, old_obj).items()}
    new_params = {k: _param_info(new_doc, p) for k, p in parameters(new_doc, new_op.path, new_obj).items()}
    changes += compare_fields("parameter", old_params, new_params)
    changes += compare_fields("body", request_fields(old_doc, old_obj), request_fields(new_doc, new_obj))
    old_resp, new_resp = response_fields(old_doc, old_obj), response_fields(new_doc, new_obj)
    for status in sorted(new_resp.keys() - old_resp.keys()):
        changes.append(Change("+", "response", status))
    for status in sorted(old_resp.keys() - new_resp.keys()):
        changes.append(Change("-", "response", status))
    for status in sorted(old_resp.keys() & new_resp.keys()):
        changes += compare_fields(f"response {status}", old_resp[status], new_resp[status])
    return changes


TEXT_KEYS = ("description", "summary")
PLURAL = {"description": "descriptions", "summary": "summaries"}


def texts(document: Json) -> dict[str, dict[str, str]]:
    """``key -> {location: text}`` for every ``description``/``summary`` string; an operation's
    texts are located by its operationId, so a moved operation keeps its locations."""
    found: dict[str, dict[str, str]] = {key: {} for key in TEXT_KEYS}
    by_id = {
        ("paths", path, method.lower()): op.operation_id
        for (method, path), (op, _) in operations(document).items()
        if op.operation_id != "-"
    }

    def walk(node: Any, where: tuple[str, ...]) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in TEXT_KEYS and isinstance(value, str):
                    found[key]["/".join(where)] = value
                else:
                    here = (*where, str(key))
                    walk(value, ("operation", by_id[here]) if here in by_id else here)
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, (*where, str(index)))

    walk(document, ())
    return found


def compare_texts(old_doc: Json, new_doc: Json) -> dict[str, TextChanges]:
    old, new = texts(old_doc), texts(new_doc)
    result = {}
    for key in TEXT_KEYS:
        a, b = old[key], new[key]
        result[key] = TextChanges(
            changed=sum(a[where] != b[where] for where in a.keys() & b.keys()),
            added=len(b.keys() - a.keys()),
            removed=len(a.keys() - b.keys()),
        )
    return result


Pair = tuple[tuple[Operation, Json], tuple[Operation, Json]]  # an operation before and after


def renamed_tags(pairs: list[Pair]) -> list[tuple[str, str, int]]:
    """``(old, new, operations)`` for each tag that every one of its operations traded for one new tag."""
    old_tags = {tag for (_, before), _ in pairs for tag in before.get("tags") or []}
    new_tags = {tag for _, (_, after) in pairs for tag in after.get("tags") or []}
    became: dict[str, set[str]] = {}
    counts: dict[str, int] = {}
    for (_, before), (_, after) in pairs:
        for tag in before.get("tags") or []:
            became.setdefault(tag, set()).update(after.get("tags") or [])
            counts[tag] = counts.get(tag, 0) + 1
    return sorted(
        (old, next(iter(new)), counts[old])
        for old, new in became.items()
        if old not in new_tags and len(new) == 1 and next(iter(new)) not in old_tags
    )


def diff_specs(old_doc: Json, new_doc: Json) -> SpecDiff:
    old_ops, new_ops = operations(old_doc), operations(new_doc)
    diff = SpecDiff()
    pairs = [(old_ops[k], new_ops[k]) for k in sorted(old_ops.keys() & new_ops.keys())]
    diff.renamed = [
        (before[0], after[0]) for before, after in pairs if before[0].operation_id != after[0].operation_id
    ]
    gone = {old_ops[k][0].operation_id: old_ops[k] for k in old_ops.keys() - new_ops.keys()}
    for key in sorted(new_ops.keys() - old_ops.keys()):
        op = new_ops[key][0]
        diff.added.append(op)
        if op.operation_id in gone and op.operation_id != "-":
            before = gone[op.operation_id]
            diff.moved.append((before[0], op))
            pairs.append((before, new_ops[key]))
    diff.removed = sorted(old_ops[k][0] for k in old_ops.keys() - new_ops.keys())
    diff.renamed_tags = renamed_tags(pairs)
    for before, after in pairs:
        changes = compare_operation(old_doc, before, new_doc, after)
        if changes:
            diff.changed[after[0]] = changes
    diff.texts = compare_texts(old_doc, new_doc)
    return diff


def format_report(diff: SpecDiff) -> str:
    lines = [
        f"operations: {len(diff.added)} added, {len(diff.removed)} removed, "
        f"{len(diff.moved)} moved (same operationId), {len(diff.renamed)} renamed (same method and path), "
        f"{len(diff.changed)} changed"
    ]
    lines += [f"{PLURAL[key]}: {count}" for key, count in diff.texts.items()]
    if diff.added:
        lines += ["", f"Operations added ({len(diff.added)}):", *(f"  + {op}" for op in diff.added)]
    if diff.removed:
        lines += ["", f"Operations removed ({len(diff.removed)}):", *(f"  - {op}" for op in diff.removed)]
    if diff.moved:
        lines += ["", "Moved (removed + added with the same operationId; compared below):"]
        lines += [f"  {a.method} {a.path} -> {b.method} {b.path} ({b.operation_id})" for a, b in diff.moved]
    if diff.renamed:
        lines += ["", "operationIds renamed (openapi/surface.yaml is keyed by operationId):"]
        lines += [f"  {a.method} {a.path}: {a.operation_id} -> {b.operation_id}" for a, b in diff.renamed]
    if diff.renamed_tags:
        lines += ["", "Tags renamed (generated modules are grouped by tag):"]
        lines += [f"  {old} -> {new} ({count} operations)" for old, new, count in diff.renamed_tags]
    if diff.changed:
        lines += ["", "Changed operations:"]
        for op in sorted(diff.changed):
            lines.append(f"  {op}")
            lines += [f"    {change}" for change in diff.changed[op]]
    if diff.empty:
        changed_texts = [key for key, count in diff.texts.items() if count]
        if changed_texts:
            lines.append(
                "No operation, parameter or field changed; only texts did ("
                + " and ".join(PLURAL[key] for key in changed_texts)
                + "): they become the generated docstrings."
            )
        else:
            lines.append("No operation, parameter or field changed.")
    return "\n".join(lines)
