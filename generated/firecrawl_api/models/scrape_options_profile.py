from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeOptionsProfile")


@redacted_repr
@_attrs_define
class ScrapeOptionsProfile:
    """Enable persistent browser storage across scrape and interact sessions. Pass a profile when scraping to preserve
    cookies, localStorage, and session data. Sessions with the same profile name share browser state.

        Attributes:
            name (str): A name for the profile. Scrapes with the same name share browser state (cookies, localStorage,
                sessions).
            save_changes (bool | Unset): When true, browser state is saved back to the profile when the interact session
                stops. Set to false to load existing data without writing. Only one saving session is allowed at a time.
                Default: True.
    """

    name: str
    save_changes: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        save_changes = self.save_changes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if save_changes is not UNSET:
            field_dict["saveChanges"] = save_changes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", "")

        save_changes = d.pop("saveChanges", UNSET)

        scrape_options_profile = cls(
            name=name,
            save_changes=save_changes,
        )

        scrape_options_profile.additional_properties = d
        return scrape_options_profile

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
