from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.code_language import CodeLanguage
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecuteBody")


@redacted_repr
@_attrs_define
class ExecuteBody:
    """
    Attributes:
        code (str): Code to execute in the browser sandbox
        language (CodeLanguage | Unset): Language of the code to execute. Use `node` for JavaScript or `bash` for agent-
            browser CLI commands. Default: CodeLanguage.NODE.
        timeout (int | Unset): Execution timeout in seconds
    """

    code: str
    language: CodeLanguage | Unset = UNSET
    timeout: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        language: str | Unset = UNSET
        if not isinstance(self.language, Unset):
            language = self.language.value

        timeout = self.timeout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if language is not UNSET:
            field_dict["language"] = language
        if timeout is not UNSET:
            field_dict["timeout"] = timeout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        _language = d.pop("language", UNSET)
        language: CodeLanguage | Unset
        if isinstance(_language, Unset):
            language = UNSET
        else:
            language = CodeLanguage(_language)

        timeout = d.pop("timeout", UNSET)

        execute_body = cls(
            code=code,
            language=language,
            timeout=timeout,
        )

        execute_body.additional_properties = d
        return execute_body

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
