from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="MapUrlsBodyLocation")


@redacted_repr
@_attrs_define
class MapUrlsBodyLocation:
    """Location settings for the request. When specified, this will use an appropriate proxy if available and emulate the
    corresponding language and timezone settings. Defaults to 'US' if not specified.

        Attributes:
            country (str | Unset): ISO 3166-1 alpha-2 country code (e.g., 'US', 'AU', 'DE', 'JP') Default: 'US'.
            languages (list[str] | Unset): Preferred languages and locales for the request in order of priority. Defaults to
                the language of the specified location. See https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Accept-
                Language
    """

    country: str | Unset = UNSET
    languages: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if languages is not UNSET:
            field_dict["languages"] = languages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country = d.pop("country", UNSET)

        languages = cast(list[str], d.pop("languages", UNSET))

        map_urls_body_location = cls(
            country=country,
            languages=languages,
        )

        map_urls_body_location.additional_properties = d
        return map_urls_body_location

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
