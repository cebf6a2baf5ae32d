"""``POST /scrape`` and scrape-bound interact bodies: the spec's constraints, and what needs the cloud.

A field the local server cannot honour is never ignored: it answers 501 naming the field and saying it
needs the Firecrawl cloud. A field given its spec default asks for nothing and is accepted (the
generated SDK models send those defaults).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from firecrawl_api._constraints import OPERATIONS, SCHEMAS

from ._constraints import RequestError
from ._sessions import APIProblem

LOCAL_FORMATS = ("markdown", "html", "rawHtml", "links", "images", "screenshot")
CLOUD_FORMATS = (
    "summary", "json", "changeTracking", "branding", "product", "menu", "audio", "video", "question",
    "highlights",
)  # fmt: skip
# Spec fields the local server accepts at these values only (their defaults, or "off"): why not others.
CLOUD_FIELDS: dict[str, tuple[tuple[Any, ...], str]] = {
    "onlyCleanContent": ((False,), "an LLM cleaning pass"),
    "proxy": (("auto",), "a proxy (the local browser connects directly)"),
    "location": ((), "a proxy location, language and timezone"),
    "minAge": ((), "the Firecrawl cache"),
    "lockdown": ((False,), "the Firecrawl cache"),
    "zeroDataRetention": ((False,), "zero data retention"),
    "redactPII": ((False,), "a PII redaction model"),
    "threatProtection": ((), "Threat Protection"),
}
SCRAPE_FIELDS = (
    "url", "formats", "onlyMainContent", "includeTags", "excludeTags", "headers", "waitFor", "mobile",
    "skipTlsVerification", "timeout", "removeBase64Images", "actions", "profile",
)  # fmt: skip
ACCEPTED_FIELDS = (
    "maxAge",  # no cache: every scrape is fresh, which any maxAge allows
    "storeInCache",  # nothing is stored beyond this server's memory
    "blockAds",  # no ad blocker locally (documented)
    "parsers",  # PDFs are not parsed locally (documented)
    "auditMetadata",  # no audit log locally (documented)
)
# Bounds from the spec's own table (firecrawl_api._constraints, generated): never typed twice.
_SCRAPE_TIMEOUT = SCHEMAS["ScrapeOptions"]["properties"]["timeout"]
MIN_TIMEOUT_MS, MAX_TIMEOUT_MS = _SCRAPE_TIMEOUT["minimum"], _SCRAPE_TIMEOUT["maximum"]
DEFAULT_TIMEOUT_MS = 60_000  # the spec's default (the table keeps rules, not defaults; a test ties it)
_INTERACT = OPERATIONS["interactWithScrapeBrowserSession"]["body"]["schema"]["properties"]
CODE_LENGTH = (_INTERACT["code"]["minLength"], _INTERACT["code"]["maxLength"])
PROMPT_LENGTH = (_INTERACT["prompt"]["minLength"], _INTERACT["prompt"]["maxLength"])
INTERACT_TIMEOUT = (_INTERACT["timeout"]["minimum"], _INTERACT["timeout"]["maximum"])
LANGUAGES: tuple[str, ...] = tuple(_INTERACT["language"]["enum"])
NAMED_KEYS = (
    "Enter", "Tab", "Escape", "Backspace", "Delete", "Space", "ArrowUp", "ArrowDown", "ArrowLeft",
    "ArrowRight", "Home", "End", "PageUp", "PageDown",
)  # fmt: skip
_ACTION_FIELDS: dict[str, tuple[str, ...]] = {
    "wait": ("milliseconds", "selector"),
    "click": ("selector", "all"),
    "write": ("text",),
    "press": ("key",),
    "scroll": ("direction", "selector"),
    "screenshot": ("fullPage", "quality", "viewport"),
    "scrape": (),
    "executeJavascript": ("script",),
    "pdf": ("format", "landscape", "scale"),
}
# Paper sizes of the pdf action, in inches (width, height).
PAPER: dict[str, tuple[float, float]] = {
    "A0": (33.1, 46.8), "A1": (23.4, 33.1), "A2": (16.54, 23.4), "A3": (11.7, 16.54), "A4": (8.27, 11.7),
    "A5": (5.83, 8.27), "A6": (4.13, 5.83), "Letter": (8.5, 11), "Legal": (8.5, 14), "Tabloid": (11, 17),
    "Ledger": (17, 11),
}  # fmt: skip
_SCREENSHOT_FIELDS = ("type", "fullPage", "quality", "viewport")


def cloud_only(field_name: str, why: str) -> APIProblem:
    """The 501 answer for a valid request the local server cannot serve."""
    return APIProblem(
        501, f"{field_name}: {why} needs the Firecrawl cloud; the local server does not support it."
    )


@dataclass(frozen=True)
class Shot:
    """A screenshot request (format or action)."""

    full_page: bool = False
    quality: int | None = None
    viewport: tuple[int, int] | None = None


@dataclass(frozen=True)
class ScrapeRequest:
    url: str
    formats: tuple[str, ...] = ("markdown",)
    screenshot: Shot | None = None
    only_main_content: bool = True
    include_tags: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    headers: dict[str, str] = field(default_factory=dict)
    wait_for_ms: int = 0
    mobile: bool = False
    skip_tls_verification: bool = True
    timeout_ms: int = DEFAULT_TIMEOUT_MS
    remove_base64_images: bool = True
    actions: tuple[dict[str, Any], ...] = ()
    profile_name: str | None = None
    save_changes: bool = True


@dataclass(frozen=True)
class InteractRequest:
    code: str
    language: str
    timeout: int | None


def _bool(body: dict[str, Any], name: str, default: bool, where: str = "") -> bool:
    value = body.get(name, default)
    if not isinstance(value, bool):
        raise RequestError(f"{where}{name} must be a boolean (got {value!r})")
    return value


def _int(value: Any, name: str, low: int, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < low or (high and value > high):
        bound = f"between {low} and {high}" if high else f"at least {low}"
        raise RequestError(f"{name} must be an integer {bound} (got {value!r})")
    return value


def _strings(body: dict[str, Any], name: str) -> tuple[str, ...]:
    value = body.get(name) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RequestError(f"{name} must be an array of non-empty strings (CSS selectors)")
    return tuple(value)


def _url(value: Any) -> str:
    parts = urlsplit(value) if isinstance(value, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
        raise RequestError(f"url must be an absolute http(s) URL (got {value!r})")
    return str(value)


def _shot(spec: dict[str, Any], where: str) -> Shot:
    viewport = spec.get("viewport")
    size = None
    if viewport is not None:
        if not isinstance(viewport, dict):
            raise RequestError(f"{where}.viewport must be an object with width and height")
        size = (
            _int(viewport.get("width"), f"{where}.viewport.width", 1, 10_000),
            _int(viewport.get("height"), f"{where}.viewport.height", 1, 10_000),
        )
    quality = spec.get("quality")
    return Shot(
        full_page=_bool(spec, "fullPage", False, f"{where}."),
        quality=None if quality is None else _int(quality, f"{where}.quality", 1, 100),
        viewport=size,
    )


def _formats(value: Any) -> tuple[tuple[str, ...], Shot | None]:
    if value is None:
        return ("markdown",), None
    if not isinstance(value, list):
        raise RequestError("formats must be an array")
    names: list[str] = []
    shot: Shot | None = None
    for index, item in enumerate(value):
        where = f"formats[{index}]"
        spec = {"type": item} if isinstance(item, str) else item
        kind = spec.get("type") if isinstance(spec, dict) else None
        if kind in CLOUD_FORMATS:
            raise cloud_only(where, f"the {kind!r} format")
        if kind not in LOCAL_FORMATS:
            allowed = ", ".join(LOCAL_FORMATS + CLOUD_FORMATS)
            raise RequestError(f"{where} must be one of {allowed} (got {item!r})")
        assert isinstance(spec, dict) and isinstance(kind, str)
        if kind == "screenshot":
            unknown = sorted(set(spec) - set(_SCREENSHOT_FIELDS))
            if unknown:
                raise RequestError(f"{where}: unknown field(s) {', '.join(unknown)}")
            shot = _shot(spec, where)
        elif len(spec) > 1:
            raise RequestError(f"{where}: the {kind!r} format takes no options")
        names.append(kind)
    return tuple(dict.fromkeys(names)), shot


def _action(index: int, action: Any) -> dict[str, Any]:
    where = f"actions[{index}]"
    kind = action.get("type") if isinstance(action, dict) else None
    if kind not in _ACTION_FIELDS:
        raise RequestError(f"{where}.type must be one of {', '.join(_ACTION_FIELDS)} (got {kind!r})")
    assert isinstance(action, dict)
    unknown = sorted(set(action) - {"type", *_ACTION_FIELDS[kind]})
    if unknown:
        raise RequestError(f"{where}: unknown field(s) {', '.join(unknown)} for a {kind} action")
    for name in ("selector", "text", "key", "script"):
        if name in action and not isinstance(action[name], str):
            raise RequestError(f"{where}.{name} must be a string")
    if kind == "wait" and ("milliseconds" in action) == ("selector" in action):
        raise RequestError(f"{where}: a wait action takes milliseconds or selector (one of them)")
    if kind == "wait" and "milliseconds" in action:
        _int(action["milliseconds"], f"{where}.milliseconds", 1)
    if kind in ("click", "write", "press", "executeJavascript"):
        needed = {"click": "selector", "write": "text", "press": "key", "executeJavascript": "script"}[kind]
        if needed not in action:
            raise RequestError(f"{where}.{needed} is required for a {kind} action")
    if kind == "press" and len(action["key"]) != 1 and action["key"] not in NAMED_KEYS:
        raise RequestError(f"{where}.key must be one character or one of {', '.join(NAMED_KEYS)}")
    if kind == "scroll" and action.get("direction", "down") not in ("up", "down"):
        raise RequestError(f"{where}.direction must be one of up, down")
    if kind == "click":
        _bool(action, "all", False, f"{where}.")
    if kind == "screenshot":
        _shot(action, where)
    if kind == "pdf" and action.get("format", "Letter") not in PAPER:
        raise RequestError(f"{where}.format must be one of {', '.join(PAPER)}")
    if kind == "pdf":
        _bool(action, "landscape", False, f"{where}.")
        scale = action.get("scale", 1)
        if isinstance(scale, bool) or not isinstance(scale, (int, float)) or not 0.1 <= scale <= 2:
            raise RequestError(f"{where}.scale must be a number between 0.1 and 2 (got {scale!r})")
    return dict(action)


def _profile(value: Any) -> tuple[str | None, bool]:
    if value is None:
        return None, True
    if not isinstance(value, dict):
        raise RequestError("profile must be an object")
    name = value.get("name")
    if not isinstance(name, str) or not 1 <= len(name) <= 128:
        raise RequestError(f"profile.name must be a string of 1 to 128 characters (got {name!r})")
    save = value.get("saveChanges", True)
    if not isinstance(save, bool):
        raise RequestError(f"profile.saveChanges must be a boolean (got {save!r})")
    return name, save


def parse_scrape(body: Any) -> ScrapeRequest:
    """Check a ``POST /scrape`` body: 400 (``RequestError``) when invalid, 501 when it needs the cloud."""
    if not isinstance(body, dict):
        raise RequestError("request body must be a JSON object")
    known = {*SCRAPE_FIELDS, *CLOUD_FIELDS, *ACCEPTED_FIELDS}
    unknown = sorted(set(body) - known)
    if unknown:
        raise RequestError(f"unknown field(s): {', '.join(unknown)}")
    for field_name, (allowed, why) in CLOUD_FIELDS.items():
        if body.get(field_name) is not None and body[field_name] not in allowed:
            raise cloud_only(field_name, why)
    formats, shot = _formats(body.get("formats"))
    headers = body.get("headers") or {}
    if not isinstance(headers, dict) or not all(isinstance(v, str) for v in headers.values()):
        raise RequestError("headers must be an object of string values")
    actions = body.get("actions") or []
    if not isinstance(actions, list):
        raise RequestError("actions must be an array")
    name, save = _profile(body.get("profile"))
    return ScrapeRequest(
        url=_url(body.get("url")),
        formats=formats,
        screenshot=shot or (Shot() if "screenshot" in formats else None),
        only_main_content=_bool(body, "onlyMainContent", True),
        include_tags=_strings(body, "includeTags"),
        exclude_tags=_strings(body, "excludeTags"),
        headers=dict(headers),
        wait_for_ms=_int(body.get("waitFor", 0), "waitFor", 0),
        mobile=_bool(body, "mobile", False),
        skip_tls_verification=_bool(body, "skipTlsVerification", True),
        timeout_ms=_int(body.get("timeout", DEFAULT_TIMEOUT_MS), "timeout", MIN_TIMEOUT_MS, MAX_TIMEOUT_MS),
        remove_base64_images=_bool(body, "removeBase64Images", True),
        actions=tuple(_action(i, a) for i, a in enumerate(actions)),
        profile_name=name,
        save_changes=save,
    )


def parse_job_id(value: str) -> str | None:
    """The canonical form of a uuid job id, None when it is not one."""
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def parse_interact(body: Any) -> InteractRequest:
    """A scrape-bound interact body: ``code`` or ``prompt`` (the overlay's rule); a prompt needs the cloud."""
    if not isinstance(body, dict):
        raise RequestError("request body must be a JSON object")
    unknown = sorted(set(body) - {"code", "prompt", "language", "timeout", "origin"})
    if unknown:
        raise RequestError(f"unknown field(s): {', '.join(unknown)}")
    code, prompt = body.get("code"), body.get("prompt")
    for name, value, (low, high) in (("prompt", prompt, PROMPT_LENGTH), ("code", code, CODE_LENGTH)):
        if value is not None and (not isinstance(value, str) or not low <= len(value) <= high):
            raise RequestError(f"{name} must be a string of {low} to {high} characters")
    if code is None and prompt is None:
        raise RequestError("code or prompt is required")
    if prompt is not None:
        raise cloud_only("prompt", "an AI agent (prompt)")
    language = body.get("language", "node")
    if not isinstance(language, str) or language not in LANGUAGES:
        raise RequestError(f"language must be one of {', '.join(LANGUAGES)} (got {language!r})")
    timeout = body.get("timeout")
    origin = body.get("origin")
    if origin is not None and not isinstance(origin, str):
        raise RequestError("origin must be a string")
    assert isinstance(code, str)
    return InteractRequest(
        code=code,
        language=language,
        timeout=None if timeout is None else _int(timeout, "timeout", *INTERACT_TIMEOUT),
    )
