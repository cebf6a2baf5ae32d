from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.developer_search_result_type import DeveloperSearchResultType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.developer_search_result_passages_item import (
        DeveloperSearchResultPassagesItem,
    )


T = TypeVar("T", bound="DeveloperSearchResult")


@redacted_repr
@_attrs_define
class DeveloperSearchResult:
    """
    Attributes:
        id (str | Unset): Stable result id, such as `issue:owner/repo#123`. Example: issue:firecrawl/firecrawl#1234.
        type_ (DeveloperSearchResultType | Unset): Result kind.
        url (str | Unset):
        title (str | Unset): Frequently absent on `doc` results, where the source page carries no usable title. Fall
            back to `url`.
        passages (list[DeveloperSearchResultPassagesItem] | Unset): Matched passages in markdown, so tables and code
            blocks survive.
    """

    id: str | Unset = UNSET
    type_: DeveloperSearchResultType | Unset = UNSET
    url: str | Unset = UNSET
    title: str | Unset = UNSET
    passages: list[DeveloperSearchResultPassagesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        url = self.url

        title = self.title

        passages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.passages, Unset):
            passages = []
            for passages_item_data in self.passages:
                passages_item = passages_item_data.to_dict()
                passages.append(passages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if title is not UNSET:
            field_dict["title"] = title
        if passages is not UNSET:
            field_dict["passages"] = passages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DeveloperSearchResultType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DeveloperSearchResultType(_type_)

        url = d.pop("url", UNSET)

        title = d.pop("title", UNSET)

        _passages = d.pop("passages", UNSET)
        passages: list[DeveloperSearchResultPassagesItem] | Unset = UNSET
        if _passages is not UNSET:
            passages = []
            for passages_item_data in _passages:
                passages_item = DeveloperSearchResultPassagesItem.from_dict(
                    passages_item_data
                )

                passages.append(passages_item)

        developer_search_result = cls(
            id=id,
            type_=type_,
            url=url,
            title=title,
            passages=passages,
        )

        developer_search_result.additional_properties = d
        return developer_search_result

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


_models_pending = True


def _import_models() -> None:
    """The models the methods above refer to, imported on the first call (not at import
    time: they may refer back to this module) and never again (written by postprocess.py)."""
    global _models_pending
    global DeveloperSearchResultPassagesItem
    from ..models.developer_search_result_passages_item import (
        DeveloperSearchResultPassagesItem,
    )

    _models_pending = False
