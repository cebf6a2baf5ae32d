"""Write ``firecrawl_api/_constraints.py``: every operation's documented input constraints.

Usage: python tools/constraints.py OVERLAID_SPEC PACKAGE_DIR

The wrapper validates requests against this table before it sends anything, so
the rules it enforces are the spec's own, derived at generation time (never typed
twice). The table is JSON Schema, normalised for a fast validator:

* ``OPERATIONS[operationId]``: ``method``, ``path``, ``parameters`` (by JSON name:
  ``in``, ``python`` name, ``required``, ``schema``) and ``body`` (``required``,
  ``contentType``, ``schema``).
* ``SCHEMAS[name]``: the component schemas, referenced as ``{"$ref": name}`` (so
  recursive schemas stay finite).
* Kept keywords: type, nullable (only with a type, as Prism reads it), enum,
  minimum/maximum, exclusive bounds (3.0 booleans become numbers), minLength,
  maxLength, pattern, the checked formats, properties, required,
  additionalProperties (false or a schema), items, minItems, maxItems, uniqueItems,
  oneOf, anyOf, allOf. ``allOf`` of plain object schemas is merged (properties and
  required). A ``oneOf`` whose members all require a ``type`` tag with distinct
  values also gets ``tag``/``tags`` (tag value -> member index) so the validator
  can name the member. ``py`` maps a property's JSON name to its Python name where
  the two differ.
"""

from __future__ import annotations

import copy
import json
import pprint
import sys
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped]
from openapi_python_client.strings import PythonIdentifier

SCALARS = (
    "type",
    "enum",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
)
# Formats the validator checks, as ajv-formats ("full") judges them; others are annotations.
FORMATS = ("uri", "url", "uuid", "date", "date-time", "email", "hostname")
METHODS = ("get", "put", "post", "delete", "patch")
REF = "#/components/schemas/"


# The SDK's Python names, as its methods spell them (openapi/surface.yaml: `names` everywhere,
# an operation's `rename` for its parameters), so a message names the argument the caller typed.
SURFACE = yaml.safe_load((Path(__file__).resolve().parent.parent / "openapi" / "surface.yaml").read_text())
NAMES: dict[str, str] = SURFACE.get("names", {})


def python_name(name: str) -> str:
    return NAMES.get(name) or str(PythonIdentifier(name, prefix="field_"))


def parameter_name(operation_id: str, name: str) -> str:
    entry = SURFACE["operations"].get(operation_id, {})
    renamed: str | None = entry.get("rename", {}).get(name)
    return renamed or python_name(name)


class Builder:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = {}

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in schema:
            node: Any = self.spec
            for part in schema["$ref"].removeprefix("#/").split("/"):
                node = node[part]
            schema = node
        return schema

    def ref(self, name: str) -> dict[str, Any]:
        if name not in self.schemas:
            self.schemas[name] = {}  # placeholder first: a recursive reference finds it
            self.schemas[name] = self.norm(self.spec["components"]["schemas"][name])
        return {"$ref": name}

    def deref(self, schema: dict[str, Any]) -> dict[str, Any]:
        """A normalised schema with a top-level $ref replaced by the component's rules."""
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"]]
        return schema

    def norm(self, schema: dict[str, Any]) -> dict[str, Any]:
        if "$ref" in schema:
            target: str = schema["$ref"]
            if target.startswith(REF):
                return self.ref(target.removeprefix(REF))
            return self.norm(self.resolve(schema))
        if schema.get("format") == "binary":  # a file part of a multipart body: any file object
            return {}
        rule: dict[str, Any] = {key: schema[key] for key in SCALARS if key in schema}
        if schema.get("nullable") is True and isinstance(schema.get("type"), str):
            rule["nullable"] = True
        for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
            if isinstance(schema.get(exclusive), bool):  # OpenAPI 3.0: a flag on the bound
                del rule[exclusive]
                if schema[exclusive] and bound in schema:
                    rule[exclusive] = rule.pop(bound)
        if schema.get("format") in FORMATS:
            rule["format"] = schema["format"]
        if "properties" in schema:
            props = schema["properties"]
            rule["properties"] = {name: self.norm(sub) for name, sub in props.items()}
            py = {name: python_name(name) for name in props if python_name(name) != name}
            if py:
                rule["py"] = py
        if schema.get("required"):
            rule["required"] = list(schema["required"])
        extra = schema.get("additionalProperties")
        if extra is False:
            rule["additionalProperties"] = False
        elif isinstance(extra, dict) and extra:
            rule["additionalProperties"] = self.norm(extra)
        if "items" in schema:
            rule["items"] = self.norm(schema["items"])
        for union in ("oneOf", "anyOf"):
            if union in schema:
                members = [self.norm(member) for member in schema[union]]
                rule[union] = members
                rule["titles"] = [self.resolve(member).get("title", "") for member in schema[union]]
                if union == "oneOf":
                    tags = self.tags(members)
                    if tags:
                        rule["tag"], rule["tags"] = "type", tags
                        scalars = [i for i, m in enumerate(members) if self.is_scalar(m)]
                        if scalars:  # e.g. a format by name beside the tagged objects
                            rule["scalars"] = scalars
        if "allOf" in schema:
            rule = self.merge(rule, [self.norm(member) for member in schema["allOf"]])
        return rule

    def tag_values(self, member: dict[str, Any]) -> list[Any] | None:
        """The values of the required ``type`` tag a member admits, or None if it has no such tag."""
        member = self.deref(member)
        if "oneOf" in member and "properties" not in member:
            values: list[Any] = []
            for sub in member["oneOf"]:
                found = self.tag_values(sub)
                if found is None:
                    return None
                values += [value for value in found if value not in values]
            return values
        tag = self.deref(member.get("properties", {}).get("type", {}))
        if "type" not in member.get("required", ()) or "enum" not in tag or tag.get("nullable"):
            return None
        return list(tag["enum"])

    def is_scalar(self, member: dict[str, Any]) -> bool:
        """A member that can never match an object (a string, a number, ...)."""
        kind = self.deref(member).get("type")
        return kind is not None and kind not in ("object", "array")

    def tags(self, members: list[dict[str, Any]]) -> list[list[Any]] | None:
        """[[tag value, member index], ...] in the spec's order, or None if the union is not tagged.

        Scalar members (which no object matches) do not stop a union from being tagged."""
        tags: dict[str, int] = {}
        for index, member in enumerate(members):
            if self.is_scalar(member):
                continue
            values = self.tag_values(member)
            if not values or any(not isinstance(v, str) or v in tags for v in values):
                return None
            tags.update(dict.fromkeys(values, index))
        return [[value, index] for value, index in tags.items()] or None

    def merge(self, rule: dict[str, Any], members: list[dict[str, Any]]) -> dict[str, Any]:
        """allOf: plain object schemas merged into one (properties, required); else kept as allOf."""
        parts = [self.deref(member) for member in members]
        mergeable = {"type", "properties", "required", "py"}
        if not all(set(part) <= mergeable and part.get("type", "object") == "object" for part in parts):
            return {**rule, "allOf": members}
        if set(rule) - mergeable or rule.get("type", "object") != "object":
            return {**rule, "allOf": members}
        merged: dict[str, Any] = copy.deepcopy(rule)
        merged["type"] = "object"
        for part in parts:
            for name, sub in part.get("properties", {}).items():
                properties = merged.setdefault("properties", {})
                properties[name] = {"allOf": [properties[name], sub]} if name in properties else sub
            merged.setdefault("py", {}).update(part.get("py", {}))
            required = merged.setdefault("required", [])
            required += [name for name in part.get("required", ()) if name not in required]
        return {key: value for key, value in merged.items() if value != [] and value != {}}


def operation_table(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    builder = Builder(spec)
    table: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            parameters: dict[str, Any] = {}
            for parameter in [*item.get("parameters", ()), *op.get("parameters", ())]:
                parameter = builder.resolve(parameter)
                if parameter["in"] not in ("path", "query"):
                    continue
                name = parameter["name"]
                schema = builder.norm(parameter.get("schema", {}))
                python = parameter_name(op["operationId"], name)
                entry = {"in": parameter["in"], "python": python, "schema": schema}
                if parameter.get("required") or parameter["in"] == "path":
                    entry["required"] = True
                parameters[name] = entry
            operation: dict[str, Any] = {"method": method.upper(), "path": path, "parameters": parameters}
            request_body = builder.resolve(op["requestBody"]) if "requestBody" in op else None
            if request_body is not None:
                content_type, media = next(iter(request_body["content"].items()))
                schema = builder.norm(media.get("schema", {}))
                operation["body"] = {
                    "contentType": content_type,
                    "required": bool(request_body.get("required")),
                    "schema": schema,
                }
            table[op["operationId"]] = operation
    return table, builder.schemas


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    spec = json.loads(Path(argv[1]).read_text())
    table, schemas = operation_table(spec)
    source = (
        '"""Input constraints of every operation, from the OpenAPI spec (tools/constraints.py).\n\n'
        "OPERATIONS[operationId] = {method, path, parameters: {json_name: {in, python, required, schema}},\n"
        "body: {contentType, required, schema}}; SCHEMAS[name] = the component schemas that rules\n"
        'reference as {"$ref": name}. Normalised JSON Schema (see tools/constraints.py)."""\n\n'
        "from typing import Any\n\n"
        f"OPERATIONS: dict[str, dict[str, Any]] = {pprint.pformat(table, width=100, sort_dicts=True)}\n\n"
        f"SCHEMAS: dict[str, dict[str, Any]] = {pprint.pformat(schemas, width=100, sort_dicts=True)}\n"
    )
    (Path(argv[2]) / "_constraints.py").write_text(source)
    count = sum(len(t["parameters"]) + ("body" in t) for t in table.values())
    print(f"constraints: {len(table)} operations, {count} parameters and bodies, {len(schemas)} schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
