"""openapi/overlay.yaml targets by content and checks what it finds (tools/build_spec.py).

Each test edits a copy of the spec in openapi/ the way upstream might, and shows the
overlay either lands on the same nodes, skips a fix that is not needed, or stops with
a message naming the action.
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Callable
from functools import cache
from typing import Any

import build_spec
import pytest

Json = dict[str, Any]
Reorder = Callable[[list[Any]], list[Any]]
UNIONS = (  # every union an action reaches into, as (schema, path to its member list)
    ("Formats", ("items", "oneOf")),
    ("ParseFormats", ("items", "oneOf")),
    ("MonitorTarget", ("oneOf",)),
)
POSITIONAL = re.compile(r"\[-?\d+\]")  # a list index in a JSONPath


@cache
def raw() -> Json:
    document: Json = json.loads(build_spec.verify_provenance().read_text())
    return document


@cache
def overlay() -> Json:
    return build_spec.load_overlay()


def build(document: Json) -> tuple[Json, list[str]]:
    skipped: list[str] = []
    return build_spec.apply_checked(copy.deepcopy(document), overlay(), skipped.append), skipped


def union(document: Json, schema: str, path: tuple[str, ...]) -> list[Any] | None:
    node: Any = document["components"]["schemas"].get(schema)
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
    return node if isinstance(node, list) else None


def member_key(member: Json) -> str:
    """What a member is, independent of its position and title: its ``type`` tag or its title."""
    tag = ((member.get("properties") or {}).get("type") or {}).get("enum")
    return f"type={tag}" if tag else f"title={member.get('title')}"


def members(document: Json, schema: str, path: tuple[str, ...]) -> dict[str, Json]:
    """Members by what they are; the names a "by name" member derives from the other members are
    left out (test_names_are_derived_from_the_members checks them)."""
    found = union(document, schema, path) or []
    keyed = {
        member_key(member): {k: v for k, v in member.items() if k != "enum"} if "enum" in member else member
        for member in found
    }
    assert len(keyed) == len(found), f"{schema}: two members with the same key"
    return keyed


def formats_member(document: Json, tag: str) -> Json:
    found = [m for m in union(document, "Formats", ("items", "oneOf")) or [] if member_key(m) == tag]
    assert len(found) == 1, tag
    return found[0]


def reordered(reorder: Reorder) -> Json:
    document = copy.deepcopy(raw())
    for schema, path in UNIONS:
        found = union(document, schema, path)
        if found is not None:
            found[:] = reorder(list(found))
    return document


REORDERINGS: dict[str, Reorder] = {
    "reversed": lambda items: items[::-1],
    "rotated": lambda items: items[3:] + items[:3],
    "shuffled": lambda items: random.Random(7).sample(items, len(items)),
    "first-dropped": lambda items: items[1:],  # a member removed upstream: every later one moves up
}


@pytest.mark.parametrize("name", REORDERINGS)
def test_reordered_unions_get_the_same_fixes_on_the_same_members(name: str) -> None:
    """Upstream reorders Formats (and the other unions the overlay reaches into): every member
    ends up exactly as when the order is the original one; no action lands on another member."""
    expected, _ = build(raw())
    actual, _ = build(reordered(REORDERINGS[name]))
    assert_names_derived(actual)
    for schema, path in UNIONS:
        want = members(expected, schema, path)
        got = members(actual, schema, path)
        for key in got:
            assert got[key] == want[key], f"{schema} member {key}: {got[key]} != {want[key]}"


def test_only_the_screenshot_format_gets_the_viewport_and_the_new_title() -> None:
    built, _ = build(reordered(REORDERINGS["reversed"]))
    for member in union(built, "Formats", ("items", "oneOf")) or []:
        is_screenshot = member_key(member) == "type=['screenshot']"
        assert ("viewport" in (member.get("properties") or {})) is is_screenshot, member
        assert (member.get("title") == "Screenshot Format") is is_screenshot, member


def test_a_target_that_does_not_look_as_expected_stops_the_build() -> None:
    document = copy.deepcopy(raw())
    formats_member(document, "type=['screenshot']")["properties"]["type"]["enum"] = ["screenshot-v2"]
    with pytest.raises(build_spec.SpecBuildError, match=r"does not look as expected") as caught:
        build(document)
    assert "overlay action" in str(caught.value) and "screenshot" in str(caught.value)


def test_an_ambiguous_target_stops_the_build() -> None:
    document = copy.deepcopy(raw())
    screenshot = formats_member(document, "type=['screenshot']")
    formats_member(document, "type=['json']")["title"] = screenshot["title"]
    with pytest.raises(build_spec.SpecBuildError, match=r"finds 2 nodes"):
        build(document)


def test_fixes_for_an_absent_schema_are_not_needed() -> None:
    """A revision without ParseFormats (no POST /parse yet): its fixes are skipped, with a notice."""
    document = copy.deepcopy(raw())
    if document["components"]["schemas"].pop("ParseFormats", None) is None:
        pytest.skip("this revision of the spec has no ParseFormats")
    built, skipped = build(document)
    assert "ParseFormats" not in built["components"]["schemas"]
    parse_actions = [a for a in overlay()["actions"] if "ParseFormats" in a["target"]]
    assert len([line for line in skipped if "ParseFormats" in line]) == len(parse_actions)
    assert all(build_spec.NOT_NEEDED in line for line in skipped)


def test_a_fix_upstream_already_made_is_not_needed() -> None:
    """Upstream lists a parser by name itself (as the 2025-09-16 revision does): not added again."""
    document = copy.deepcopy(raw())
    parsers = document["components"]["schemas"]["ScrapeOptions"]["properties"]["parsers"]["items"]["oneOf"]
    parsers[:] = [{"type": "string", "enum": ["pdf"]}, *(m for m in parsers if m.get("type") != "string")]
    built, skipped = build(document)
    after = built["components"]["schemas"]["ScrapeOptions"]["properties"]["parsers"]["items"]["oneOf"]
    assert [m for m in after if m.get("type") == "string"] == [{"type": "string", "enum": ["pdf"]}]
    assert any("upstream already has" in line and "parsers" in line for line in skipped)


def test_hoisted_components_follow_the_upstream_object() -> None:
    """A property upstream adds to the screenshot viewport reaches the hoisted ScreenshotViewport."""
    document = copy.deepcopy(raw())
    viewport = formats_member(document, "type=['screenshot']")["properties"]["viewport"]
    viewport["properties"]["deviceScaleFactor"] = {"type": "number"}
    built, _ = build(document)
    hoisted = built["components"]["schemas"]["ScreenshotViewport"]
    assert hoisted["properties"]["deviceScaleFactor"] == {"type": "number"}
    assert formats_member(built, "type=['screenshot']")["properties"]["viewport"] == {
        "$ref": "#/components/schemas/ScreenshotViewport"
    }


def test_an_inline_copy_that_drifted_from_its_component_stops_the_build() -> None:
    """Change tracking's `schema` is replaced by the JSON format's component only while both agree."""
    document = copy.deepcopy(raw())
    tracking = formats_member(document, "type=['changeTracking']")["properties"]["schema"]
    tracking["properties"] = {"fields": {"type": "array"}}
    with pytest.raises(build_spec.SpecBuildError, match=r"no longer the same as"):
        build(document)


def test_a_hoisted_component_never_overwrites_an_upstream_one() -> None:
    document = copy.deepcopy(raw())
    document["components"]["schemas"]["ScreenshotViewport"] = {"type": "object"}
    with pytest.raises(build_spec.SpecBuildError, match=r"already exists"):
        build(document)


def test_names_are_derived_from_the_members() -> None:
    """The "format by name" member lists exactly the `type`s of the object members."""
    built, _ = build(raw())
    assert_names_derived(built)


def assert_names_derived(built: Json) -> None:
    formats = union(built, "Formats", ("items", "oneOf")) or []
    names = [m for m in formats if m.get("type") == "string"]
    tags = [t for m in formats if m.get("type") == "object" for t in m["properties"]["type"]["enum"]]
    assert len(names) == 1 and names[0]["enum"] == tags


@pytest.mark.parametrize("number", range(1, len(overlay()["actions"]) + 1))
def test_each_action_targets_by_content_and_states_its_expectation(number: int) -> None:
    action = overlay()["actions"][number - 1]
    for key in ("target", "copy", "x-needs", "x-not-needed-if"):
        assert not POSITIONAL.search(action.get(key, "")), f"action {number}: {key} selects by position"
    checks = {"x-expect", "x-expect-each", "x-expect-absent", "x-same-as"}
    assert checks & action.keys(), f"action {number} states nothing it expects to find ({sorted(checks)})"
