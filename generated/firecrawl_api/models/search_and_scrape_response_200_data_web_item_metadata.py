from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchAndScrapeResponse200DataWebItemMetadata")


@redacted_repr
@_attrs_define
class SearchAndScrapeResponse200DataWebItemMetadata:
    """
    Attributes:
        title (str | Unset):
        description (str | Unset):
        source_url (str | Unset): The original URL that was requested. May differ from the page's final URL if redirects
            occurred.
        url (str | Unset): The final URL of the page after all redirects have been followed.
        status_code (int | Unset):
        num_pages (int | Unset): For PDF inputs, the number of pages parsed (capped by the parsers maxPages option).
        total_pages (int | Unset): For PDF inputs, the document's true page count before any maxPages capping. Omitted
            when it cannot be determined; a totalPages greater than numPages indicates the result was truncated.
        error (None | str | Unset):
    """

    title: str | Unset = UNSET
    description: str | Unset = UNSET
    source_url: str | Unset = UNSET
    url: str | Unset = UNSET
    status_code: int | Unset = UNSET
    num_pages: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        description = self.description

        source_url = self.source_url

        url = self.url

        status_code = self.status_code

        num_pages = self.num_pages

        total_pages = self.total_pages

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if source_url is not UNSET:
            field_dict["sourceURL"] = source_url
        if url is not UNSET:
            field_dict["url"] = url
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if num_pages is not UNSET:
            field_dict["numPages"] = num_pages
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        source_url = d.pop("sourceURL", UNSET)

        url = d.pop("url", UNSET)

        status_code = d.pop("statusCode", UNSET)

        num_pages = d.pop("numPages", UNSET)

        total_pages = d.pop("totalPages", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        search_and_scrape_response_200_data_web_item_metadata = cls(
            title=title,
            description=description,
            source_url=source_url,
            url=url,
            status_code=status_code,
            num_pages=num_pages,
            total_pages=total_pages,
            error=error,
        )

        search_and_scrape_response_200_data_web_item_metadata.additional_properties = d
        return search_and_scrape_response_200_data_web_item_metadata

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
