"""tools/spec_diff.py: the report `make update-spec` prints."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import spec_diff

BASE: dict[str, Any] = {
    "openapi": "3.0.0",
    "paths": {
        "/interact": {
            "post": {
                "operationId": "createBrowserSession",
                "tags": ["Interact"],
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Create"}}}
                },
                "responses": {
                    "200": {
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Session"}}}
                    }
                },
            },
            "get": {
                "operationId": "listBrowserSessions",
                "parameters": [{"$ref": "#/components/parameters/Status"}],
                "responses": {"200": {"description": "ok"}},
            },
        },
        "/interact/{sessionId}": {
            "parameters": [
                {"name": "sessionId", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "delete": {"operationId": "deleteBrowserSession", "responses": {"200": {"description": "ok"}}},
        },
    },
    "components": {
        "parameters": {
            "Status": {"name": "status", "in": "query", "schema": {"type": "string", "enum": ["active"]}}
        },
        "schemas": {
            "Create": {
                "type": "object",
                "properties": {
                    "ttl": {"type": "integer", "minimum": 30, "maximum": 3600, "default": 300},
                    "profile": {"$ref": "#/components/schemas/Profile"},
                },
            },
            "Profile": {
                "type": "object",
                "required": ["name"],
                "properties": {"name": {"type": "string", "maxLength": 64}},
            },
            "Session": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "next": {"$ref": "#/components/schemas/Session"}},
            },
        },
    },
}


def changed(new: dict[str, Any]) -> list[str]:
    diff = spec_diff.diff_specs(BASE, new)
    return [str(change) for changes in diff.changed.values() for change in changes]


def test_identical_documents() -> None:
    diff = spec_diff.diff_specs(BASE, copy.deepcopy(BASE))
    assert diff.empty
    assert "No operation, parameter or field changed." in spec_diff.format_report(diff)


def test_operations_added_removed_and_moved() -> None:
    new = copy.deepcopy(BASE)
    new["paths"]["/browser/{sessionId}"] = new["paths"].pop("/interact/{sessionId}")
    new["paths"]["/interact"]["put"] = {"operationId": "renew", "responses": {}}
    del new["paths"]["/interact"]["get"]
    diff = spec_diff.diff_specs(BASE, new)
    assert [str(op) for op in diff.added] == [
        "DELETE /browser/{sessionId} deleteBrowserSession",
        "PUT /interact renew",
    ]
    assert [str(op) for op in diff.removed] == [
        "DELETE /interact/{sessionId} deleteBrowserSession",
        "GET /interact listBrowserSessions",
    ]
    report = spec_diff.format_report(diff)
    assert "operations: 2 added, 2 removed, 1 moved" in report
    assert "DELETE /interact/{sessionId} -> DELETE /browser/{sessionId} (deleteBrowserSession)" in report


def test_parameters_added_removed_and_changed() -> None:
    new = copy.deepcopy(BASE)
    new["components"]["parameters"]["Status"]["schema"]["enum"] = ["active", "destroyed"]
    new["paths"]["/interact"]["get"]["parameters"].append({"name": "limit", "in": "query"})
    new["paths"]["/interact/{sessionId}"]["parameters"] = []
    assert changed(new) == [
        "- parameter path sessionId",  # DELETE /interact/{sessionId} (path-level parameter)
        "+ parameter query limit",
        "~ parameter query status: enum +'destroyed'",
    ]


def test_body_fields_resolve_refs_with_dotted_paths() -> None:
    new = copy.deepcopy(BASE)
    profile = new["components"]["schemas"]["Profile"]
    profile["properties"]["saveChanges"] = {"type": "boolean"}
    profile["properties"]["name"]["maxLength"] = 128
    profile["required"] = []
    create = new["components"]["schemas"]["Create"]["properties"]
    create["ttl"].update(minimum=60, default=600)
    assert changed(new) == [
        "+ body profile.saveChanges",
        "~ body profile.name: required True -> False",
        "~ body profile.name: maxLength 64 -> 128",
        "~ body ttl: minimum 30 -> 60",
        "~ body ttl: default 300 -> 600",
    ]


@pytest.mark.parametrize(
    ("keyword", "value", "line"),
    [
        ("minimum", 60, "~ body ttl: minimum 30 -> 60"),
        ("maximum", 7200, "~ body ttl: maximum 3600 -> 7200"),
        ("default", 600, "~ body ttl: default 300 -> 600"),
        ("minLength", 1, "~ body ttl: minLength (none) -> 1"),
        ("maxLength", 9, "~ body ttl: maxLength (none) -> 9"),
        ("pattern", "^[0-9]+$", "~ body ttl: pattern (none) -> '^[0-9]+$'"),
        ("type", "number", "~ body ttl: type 'integer' -> 'number'"),
        ("enum", [300, 600], "~ body ttl: enum +300 +600"),
    ],
)
def test_each_constraint_change_is_reported(keyword: str, value: Any, line: str) -> None:
    new = copy.deepcopy(BASE)
    new["components"]["schemas"]["Create"]["properties"]["ttl"][keyword] = value
    assert changed(new) == [line]


def test_removed_subtree_is_collapsed() -> None:
    new = copy.deepcopy(BASE)
    del new["components"]["schemas"]["Create"]["properties"]["profile"]
    assert changed(new) == ["- body profile: with 1 nested field(s)"]


def test_response_fields_and_statuses() -> None:
    new = copy.deepcopy(BASE)
    session = new["components"]["schemas"]["Session"]
    session["properties"]["cdpUrl"] = {"type": "string", "pattern": "^wss://"}
    new["paths"]["/interact"]["post"]["responses"]["402"] = {"description": "payment required"}
    assert changed(new) == ["+ response 402", "+ response 200 cdpUrl"]


def test_recursive_schema_terminates() -> None:
    fields = spec_diff.schema_fields(BASE, {"$ref": "#/components/schemas/Session"})
    assert set(fields) == {"", "id", "next"}
    assert fields["next"]["type"] == "-> Session"


def test_union_members_are_labelled() -> None:
    schema = {
        "oneOf": [
            {"title": "Wait", "type": "object", "properties": {"milliseconds": {"type": "integer"}}},
            {"title": "Click", "type": "object", "properties": {"selector": {"type": "string"}}},
        ]
    }
    assert set(spec_diff.schema_fields({}, {"type": "array", "items": schema}, "actions")) >= {
        "actions[](Wait).milliseconds",
        "actions[](Click).selector",
    }


def test_tags_change_is_reported() -> None:
    new = copy.deepcopy(BASE)
    new["paths"]["/interact"]["post"]["tags"] = ["Browser"]
    assert changed(new) == ["~ tags: ['Interact'] -> ['Browser']"]


def test_renamed_operation_id_is_reported() -> None:
    new = copy.deepcopy(BASE)
    new["paths"]["/interact"]["post"]["operationId"] = "startSession"
    diff = spec_diff.diff_specs(BASE, new)
    assert [(str(a), str(b)) for a, b in diff.renamed] == [
        ("POST /interact createBrowserSession", "POST /interact startSession")
    ]
    report = spec_diff.format_report(diff)
    assert "1 renamed (same method and path)" in report
    assert "  POST /interact: createBrowserSession -> startSession" in report
    assert "No operation, parameter or field changed" not in report


def test_renamed_tag_is_reported() -> None:
    new = copy.deepcopy(BASE)
    for op in new["paths"]["/interact"].values():
        op["tags"] = ["Browser"]
    old = copy.deepcopy(BASE)
    old["paths"]["/interact"]["get"]["tags"] = ["Interact"]
    diff = spec_diff.diff_specs(old, new)
    assert diff.renamed_tags == [("Interact", "Browser", 2)]
    assert "  Interact -> Browser (2 operations)" in spec_diff.format_report(diff)


def test_a_tag_split_in_two_is_not_a_rename() -> None:
    old = copy.deepcopy(BASE)
    old["paths"]["/interact"]["get"]["tags"] = ["Interact"]
    new = copy.deepcopy(old)
    new["paths"]["/interact"]["post"]["tags"] = ["Sessions"]
    new["paths"]["/interact"]["get"]["tags"] = ["Listing"]
    assert spec_diff.diff_specs(old, new).renamed_tags == []


def test_description_and_summary_changes_are_counted() -> None:
    """A translation changes only texts: the report counts them instead of saying nothing changed."""
    old = copy.deepcopy(BASE)
    old["paths"]["/interact"]["post"]["summary"] = "Create a session"
    old["components"]["schemas"]["Create"]["properties"]["ttl"]["description"] = "Seconds"
    old["components"]["schemas"]["Profile"]["description"] = "A profile"
    new = copy.deepcopy(old)
    new["paths"]["/interact"]["post"]["summary"] = "セッションを作成"
    new["components"]["schemas"]["Create"]["properties"]["ttl"]["description"] = "秒"
    del new["components"]["schemas"]["Profile"]["description"]
    new["components"]["schemas"]["Session"]["description"] = "セッション"
    diff = spec_diff.diff_specs(old, new)
    assert diff.empty
    assert diff.texts == {
        "description": spec_diff.TextChanges(changed=1, added=1, removed=1),
        "summary": spec_diff.TextChanges(changed=1),
    }
    report = spec_diff.format_report(diff)
    assert "descriptions: 1 changed, 1 added, 1 removed" in report
    assert "summaries: 1 changed, 0 added, 0 removed" in report
    assert "only texts did (descriptions and summaries)" in report


def test_a_moved_operation_keeps_its_texts() -> None:
    old = copy.deepcopy(BASE)
    old["paths"]["/interact/{sessionId}"]["delete"]["summary"] = "Delete a session"
    new = copy.deepcopy(old)
    new["paths"]["/browser/{sessionId}"] = new["paths"].pop("/interact/{sessionId}")
    assert spec_diff.diff_specs(old, new).texts["summary"] == spec_diff.TextChanges()
