from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SupportDocsSearchResponseEvidenceItem")


@redacted_repr
@_attrs_define
class SupportDocsSearchResponseEvidenceItem:
    """
    Attributes:
        path_or_url (str | Unset):
        reason (str | Unset):
    """

    path_or_url: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path_or_url = self.path_or_url

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path_or_url is not UNSET:
            field_dict["pathOrUrl"] = path_or_url
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        path_or_url = d.pop("pathOrUrl", UNSET)

        reason = d.pop("reason", UNSET)

        support_docs_search_response_evidence_item = cls(
            path_or_url=path_or_url,
            reason=reason,
        )

        support_docs_search_response_evidence_item.additional_properties = d
        return support_docs_search_response_evidence_item

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
