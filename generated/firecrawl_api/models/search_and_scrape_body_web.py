from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.search_and_scrape_body_web_type import SearchAndScrapeBodyWebType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchAndScrapeBodyWeb")


@redacted_repr
@_attrs_define
class SearchAndScrapeBodyWeb:
    """
    Attributes:
        type_ (SearchAndScrapeBodyWebType):
        tbs (str | Unset): Time-based search parameter. Supports predefined time ranges (`qdr:h`, `qdr:d`, `qdr:w`,
            `qdr:m`, `qdr:y`), custom date ranges (`cdr:1,cd_min:MM/DD/YYYY,cd_max:MM/DD/YYYY`), and sort by date (`sbd:1`).
            Values can be combined, e.g. `sbd:1,qdr:w`.
        location (str | Unset): Location parameter for search results
    """

    type_: SearchAndScrapeBodyWebType
    tbs: str | Unset = UNSET
    location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        tbs = self.tbs

        location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if tbs is not UNSET:
            field_dict["tbs"] = tbs
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = SearchAndScrapeBodyWebType(d.pop("type"))

        tbs = d.pop("tbs", UNSET)

        location = d.pop("location", UNSET)

        search_and_scrape_body_web = cls(
            type_=type_,
            tbs=tbs,
            location=location,
        )

        search_and_scrape_body_web.additional_properties = d
        return search_and_scrape_body_web

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
