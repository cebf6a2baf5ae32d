from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="Profile")


@redacted_repr
@_attrs_define
class Profile:
    """Enable persistent storage across interact sessions. Data saved in one session can be loaded in a later session using
    the same name.

        Attributes:
            name (str): A name for the profile. Sessions with the same name share storage.
            save_changes (bool | Unset): When true, browser state is saved back to the profile on close. Set to false to
                load existing data without writing. Multiple non-saving sessions are allowed but only one saving session at a
                time. Default: True.
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
        name = d.pop("name")

        save_changes = d.pop("saveChanges", UNSET)

        profile = cls(
            name=name,
            save_changes=save_changes,
        )

        profile.additional_properties = d
        return profile

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
