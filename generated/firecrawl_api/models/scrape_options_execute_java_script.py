from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.scrape_options_execute_java_script_type import (
    ScrapeOptionsExecuteJavaScriptType,
)

T = TypeVar("T", bound="ScrapeOptionsExecuteJavaScript")


@redacted_repr
@_attrs_define
class ScrapeOptionsExecuteJavaScript:
    """
    Attributes:
        type_ (ScrapeOptionsExecuteJavaScriptType): Execute JavaScript code on the page
        script (str): JavaScript code to execute Example: document.querySelector('.button').click();.
    """

    type_: ScrapeOptionsExecuteJavaScriptType
    script: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        script = self.script

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "script": script,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ScrapeOptionsExecuteJavaScriptType(d.pop("type"))

        script = d.pop("script", "")

        scrape_options_execute_java_script = cls(
            type_=type_,
            script=script,
        )

        scrape_options_execute_java_script.additional_properties = d
        return scrape_options_execute_java_script

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
