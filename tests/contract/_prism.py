"""Helpers shared by the contract tests: request hooks and the vendored spec."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "firecrawl-v2.openapi.json"
PRISM = ROOT / "node_modules" / ".bin" / "prism"

Hook = Callable[[httpx.Request], None]


def prefer(value: str) -> Hook:
    """A request hook adding ``Prefer: <value>`` (Prism: ``code=402``, ``dynamic=true``)."""

    def hook(request: httpx.Request) -> None:
        request.headers["Prefer"] = value

    return hook


def drop_auth(request: httpx.Request) -> None:
    """A request hook removing the bearer token the SDK added (Prism then answers 401)."""
    request.headers.pop("Authorization", None)


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SPEC.read_text())
    return loaded


def documented_statuses(path: str, method: str) -> list[int]:
    """The numeric response statuses the vendored spec documents for one operation."""
    return sorted(int(code) for code in spec()["paths"][path][method]["responses"] if code.isdigit())


class AgreementStats:
    """Figures of the SDK-vs-Prism validation agreement, printed at the end of the session."""

    def __init__(self) -> None:
        self.seed: int | None = None
        self.examples: dict[str, int] = {}
        self.sdk_rejects = 0
        self.prism_rejects = 0
        self.disagreements: list[str] = []
        self.excluded: dict[str, int] = {}

    def summary(self) -> str:
        per_op = ", ".join(f"{op} {count}" for op, count in self.examples.items())
        excluded = ", ".join(f"{why} {count}" for why, count in sorted(self.excluded.items())) or "none"
        return (
            f"validation agreement (SDK vs Prism, seed {self.seed}): "
            f"{sum(self.examples.values())} examples ({per_op}), SDK rejects {self.sdk_rejects}, "
            f"Prism rejects {self.prism_rejects}, disagreements {len(self.disagreements)}; "
            f"excluded Prism quirks: {excluded}"
        )


AGREEMENT = AgreementStats()


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec()
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def merged(schema: dict[str, Any]) -> dict[str, Any]:
    """``allOf`` members folded into one schema (for drawing values; validators judge the original)."""
    schema = resolve(schema)
    if "allOf" not in schema:
        return schema
    out: dict[str, Any] = {key: value for key, value in schema.items() if key != "allOf"}
    for member in schema["allOf"]:
        member = merged(member)
        for key, value in member.items():
            if key == "properties":
                out.setdefault("properties", {}).update(value)
            elif key == "required":
                out["required"] = [*out.get("required", []), *value]
            else:
                out.setdefault(key, value)
    return out
