"""Write ``firecrawl_api/_constraints.py``: every operation's documented input constraints.

Usage: python tools/constraints.py OVERLAID_SPEC PACKAGE_DIR

The wrapper validates arguments against this table before it sends anything, so
the ranges, lengths, enums and formats it enforces are the spec's own, derived at
generation time (never typed twice). Parameters and body properties are keyed by
the Python name the generator gives them; per parameter the table keeps the
JSON-Schema keywords the wrapper checks (type, minimum/maximum, exclusive bounds,
minLength/maxLength, enum, format, nullable, required, nested object properties).
Anything else (oneOf, allOf, arrays' items) is left for the server to judge.
"""

from __future__ import annotations

import json
import pprint
import sys
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier

KEPT = (
    "type",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "enum",
    "format",
    "nullable",
)
METHODS = ("get", "put", "post", "delete", "patch")


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def describe(spec: dict[str, Any], schema: dict[str, Any], location: str) -> dict[str, Any]:
    schema = resolve(spec, schema)
    rule: dict[str, Any] = {"in": location} if location else {}
    rule.update({key: schema[key] for key in KEPT if key in schema})
    if "properties" in schema:
        rule["properties"] = properties(spec, schema, "")
    return rule


def properties(spec: dict[str, Any], schema: dict[str, Any], location: str) -> dict[str, Any]:
    required = set(schema.get("required", ()))
    table = {}
    for name, sub in schema.get("properties", {}).items():
        rule = {"name": name, **describe(spec, sub, location)}
        if name in required:
            rule["required"] = True
        table[str(PythonIdentifier(name, prefix="field_"))] = rule
    return table


def operation_table(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    table: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            op = item[method]
            params: dict[str, Any] = {}
            for parameter in [*item.get("parameters", ()), *op.get("parameters", ())]:
                parameter = resolve(spec, parameter)
                rule = {
                    "name": parameter["name"],
                    **describe(spec, parameter.get("schema", {}), parameter["in"]),
                }
                if parameter.get("required"):
                    rule["required"] = True
                params[str(PythonIdentifier(parameter["name"], prefix="field_"))] = rule
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
            if body is not None:
                params.update(properties(spec, resolve(spec, body), "body"))
            table[op["operationId"]] = {"method": method.upper(), "path": path, "params": params}
    return table


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    spec = json.loads(Path(argv[1]).read_text())
    table = operation_table(spec)
    source = (
        '"""Input constraints of every operation, from the OpenAPI spec (tools/constraints.py).\n\n'
        "OPERATIONS[operationId] = {method, path, params: {python_name: rule}}; a rule keeps the\n"
        'spec\'s own keywords (type, minimum, maximum, minLength, maxLength, enum, format, ...)."""\n\n'
        "from typing import Any\n\n"
        f"OPERATIONS: dict[str, dict[str, Any]] = {pprint.pformat(table, width=100, sort_dicts=True)}\n"
    )
    (Path(argv[2]) / "_constraints.py").write_text(source)
    print(f"constraints: {len(table)} operations, {sum(len(t['params']) for t in table.values())} parameters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
