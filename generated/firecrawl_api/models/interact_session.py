from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redact_url, redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="InteractSession")


@redacted_repr
@_attrs_define
class InteractSession:
    """
    Attributes:
        id (str): The unique session identifier
        cdp_url (str): WebSocket URL for Chrome DevTools Protocol access
        success (bool | Unset):
        live_view_url (str | Unset): URL to view the interact session in real time
        interactive_live_view_url (str | Unset): URL to interact with the interact session in real time (click, type,
            scroll)
        expires_at (datetime.datetime | Unset): When the session will expire based on TTL
    """

    id: str
    cdp_url: str = _attrs_field(repr=redact_url)
    success: bool | Unset = UNSET
    live_view_url: str | Unset = _attrs_field(default=UNSET, repr=redact_url)
    interactive_live_view_url: str | Unset = _attrs_field(
        default=UNSET, repr=redact_url
    )
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cdp_url = self.cdp_url

        success = self.success

        live_view_url = self.live_view_url

        interactive_live_view_url = self.interactive_live_view_url

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cdpUrl": cdp_url,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if live_view_url is not UNSET:
            field_dict["liveViewUrl"] = live_view_url
        if interactive_live_view_url is not UNSET:
            field_dict["interactiveLiveViewUrl"] = interactive_live_view_url
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", "")

        cdp_url = d.pop("cdpUrl", "")

        success = d.pop("success", UNSET)

        live_view_url = d.pop("liveViewUrl", UNSET)

        interactive_live_view_url = d.pop("interactiveLiveViewUrl", UNSET)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        interact_session = cls(
            id=id,
            cdp_url=cdp_url,
            success=success,
            live_view_url=live_view_url,
            interactive_live_view_url=interactive_live_view_url,
            expires_at=expires_at,
        )

        interact_session.additional_properties = d
        return interact_session

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
