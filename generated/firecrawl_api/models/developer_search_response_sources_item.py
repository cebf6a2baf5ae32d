from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeveloperSearchResponseSourcesItem")


@redacted_repr
@_attrs_define
class DeveloperSearchResponseSourcesItem:
    """
    Attributes:
        source (str | Unset):
        indexed (bool | Unset):
    """

    source: str | Unset = UNSET
    indexed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        indexed = self.indexed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if indexed is not UNSET:
            field_dict["indexed"] = indexed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source = d.pop("source", UNSET)

        indexed = d.pop("indexed", UNSET)

        developer_search_response_sources_item = cls(
            source=source,
            indexed=indexed,
        )

        developer_search_response_sources_item.additional_properties = d
        return developer_search_response_sources_item

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
