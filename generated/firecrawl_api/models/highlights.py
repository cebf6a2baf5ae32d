from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.highlights_type import HighlightsType

T = TypeVar("T", bound="Highlights")


@redacted_repr
@_attrs_define
class Highlights:
    """Find relevant source text from the page. Returns the selected text in the response `highlights` field.

    Attributes:
        type_ (HighlightsType):
        query (str): The text-selection query to run against the page. Maximum 10,000 characters.
    """

    type_: HighlightsType
    query: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        query = self.query

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "query": query,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = HighlightsType(d.pop("type"))

        query = d.pop("query", "")

        highlights = cls(
            type_=type_,
            query=query,
        )

        highlights.additional_properties = d
        return highlights

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
