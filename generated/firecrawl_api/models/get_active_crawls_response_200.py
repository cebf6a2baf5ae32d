from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_active_crawls_response_200_crawls_item import (
        GetActiveCrawlsResponse200CrawlsItem,
    )


T = TypeVar("T", bound="GetActiveCrawlsResponse200")


@redacted_repr
@_attrs_define
class GetActiveCrawlsResponse200:
    """
    Attributes:
        success (bool):  Example: True.
        crawls (list[GetActiveCrawlsResponse200CrawlsItem] | Unset):
    """

    success: bool
    crawls: list[GetActiveCrawlsResponse200CrawlsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        crawls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.crawls, Unset):
            crawls = []
            for crawls_item_data in self.crawls:
                crawls_item = crawls_item_data.to_dict()
                crawls.append(crawls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if crawls is not UNSET:
            field_dict["crawls"] = crawls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        success = d.pop("success")

        _crawls = d.pop("crawls", UNSET)
        crawls: list[GetActiveCrawlsResponse200CrawlsItem] | Unset = UNSET
        if _crawls is not UNSET:
            crawls = []
            for crawls_item_data in _crawls:
                crawls_item = GetActiveCrawlsResponse200CrawlsItem.from_dict(
                    crawls_item_data
                )

                crawls.append(crawls_item)

        get_active_crawls_response_200 = cls(
            success=success,
            crawls=crawls,
        )

        get_active_crawls_response_200.additional_properties = d
        return get_active_crawls_response_200

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
    global GetActiveCrawlsResponse200CrawlsItem
    from ..models.get_active_crawls_response_200_crawls_item import (
        GetActiveCrawlsResponse200CrawlsItem,
    )

    _models_pending = False
