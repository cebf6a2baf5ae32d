from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.scrape_interact_language import ScrapeInteractLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeInteractBody")


@redacted_repr
@_attrs_define
class ScrapeInteractBody:
    """
    Attributes:
        code (str | Unset): Code to execute in the scrape-bound browser sandbox
        language (ScrapeInteractLanguage | Unset): Language of the code to execute. Use `node` for JavaScript or `bash`
            for agent-browser CLI commands. Default: ScrapeInteractLanguage.NODE.
        timeout (int | Unset): Execution timeout in seconds Default: 30.
        origin (str | Unset): Optional origin label used for execution telemetry
        prompt (str | Unset): Natural-language task for the AI agent (billed 7 credits per browser minute). Required if
            `code` is not set.
    """

    code: str | Unset = UNSET
    language: ScrapeInteractLanguage | Unset = UNSET
    timeout: int | Unset = UNSET
    origin: str | Unset = UNSET
    prompt: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        timeout = self.timeout

        origin = self.origin

        prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if language is not UNSET:
            field_dict["language"] = language
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if origin is not UNSET:
            field_dict["origin"] = origin
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        _language = d.pop("language", UNSET)
        language: ScrapeInteractLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = ScrapeInteractLanguage(_language)

        timeout = d.pop("timeout", UNSET)

        origin = d.pop("origin", UNSET)

        prompt = d.pop("prompt", UNSET)

        scrape_interact_body = cls(
            code=code,
            language=language,
            timeout=timeout,
            origin=origin,
            prompt=prompt,
        )

        scrape_interact_body.additional_properties = d
        return scrape_interact_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
