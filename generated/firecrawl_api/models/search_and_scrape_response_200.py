from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_and_scrape_response_200_data import (
        SearchAndScrapeResponse200Data,
    )


T = TypeVar("T", bound="SearchAndScrapeResponse200")


@redacted_repr
@_attrs_define
class SearchAndScrapeResponse200:
    """
    Attributes:
        success (bool | Unset):
        data (SearchAndScrapeResponse200Data | Unset): The search results. The arrays available will depend on the
            sources you specified in the request. By default, the `web` array will be returned.
        warning (None | str | Unset): Warning message if any issues occurred
        id (str | Unset): The ID of the search job
        credits_used (int | Unset): The number of credits used for the search
    """

    success: bool | Unset = UNSET
    data: SearchAndScrapeResponse200Data | Unset = UNSET
    warning: None | str | Unset = UNSET
    id: str | Unset = UNSET
    credits_used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        warning: None | str | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        id = self.id

        credits_used = self.credits_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if warning is not UNSET:
            field_dict["warning"] = warning
        if id is not UNSET:
            field_dict["id"] = id
        if credits_used is not UNSET:
            field_dict["creditsUsed"] = credits_used

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: SearchAndScrapeResponse200Data | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = SearchAndScrapeResponse200Data.from_dict(_data)

        def _parse_warning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        warning = _parse_warning(d.pop("warning", UNSET))

        id = d.pop("id", UNSET)

        credits_used = d.pop("creditsUsed", UNSET)

        search_and_scrape_response_200 = cls(
            success=success,
            data=data,
            warning=warning,
            id=id,
            credits_used=credits_used,
        )

        search_and_scrape_response_200.additional_properties = d
        return search_and_scrape_response_200

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
    global SearchAndScrapeResponse200Data
    from ..models.search_and_scrape_response_200_data import (
        SearchAndScrapeResponse200Data,
    )

    _models_pending = False
