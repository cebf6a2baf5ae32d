from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redact_url, redacted_repr
from ..models.session_status import SessionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InteractSessionSummary")


@redacted_repr
@_attrs_define
class InteractSessionSummary:
    """
    Attributes:
        id (str | Unset):
        status (SessionStatus | Unset):
        cdp_url (str | Unset):
        live_view_url (str | Unset):
        interactive_live_view_url (str | Unset): URL to interact with the interact session in real time (click, type,
            scroll)
        stream_web_view (bool | Unset):
        created_at (datetime.datetime | Unset):
        last_activity (datetime.datetime | Unset):
    """

    id: str | Unset = UNSET
    status: SessionStatus | Unset = UNSET
    cdp_url: str | Unset = _attrs_field(default=UNSET, repr=redact_url)
    live_view_url: str | Unset = _attrs_field(default=UNSET, repr=redact_url)
    interactive_live_view_url: str | Unset = _attrs_field(
        default=UNSET, repr=redact_url
    )
    stream_web_view: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    last_activity: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        cdp_url = self.cdp_url

        live_view_url = self.live_view_url

        interactive_live_view_url = self.interactive_live_view_url

        stream_web_view = self.stream_web_view

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        last_activity: str | Unset = UNSET
        if not isinstance(self.last_activity, Unset):
            last_activity = self.last_activity.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if cdp_url is not UNSET:
            field_dict["cdpUrl"] = cdp_url
        if live_view_url is not UNSET:
            field_dict["liveViewUrl"] = live_view_url
        if interactive_live_view_url is not UNSET:
            field_dict["interactiveLiveViewUrl"] = interactive_live_view_url
        if stream_web_view is not UNSET:
            field_dict["streamWebView"] = stream_web_view
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if last_activity is not UNSET:
            field_dict["lastActivity"] = last_activity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: SessionStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SessionStatus(_status)

        cdp_url = d.pop("cdpUrl", UNSET)

        live_view_url = d.pop("liveViewUrl", UNSET)

        interactive_live_view_url = d.pop("interactiveLiveViewUrl", UNSET)

        stream_web_view = d.pop("streamWebView", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _last_activity = d.pop("lastActivity", UNSET)
        last_activity: datetime.datetime | Unset
        if isinstance(_last_activity, Unset):
            last_activity = UNSET
        else:
            last_activity = datetime.datetime.fromisoformat(_last_activity)

        interact_session_summary = cls(
            id=id,
            status=status,
            cdp_url=cdp_url,
            live_view_url=live_view_url,
            interactive_live_view_url=interactive_live_view_url,
            stream_web_view=stream_web_view,
            created_at=created_at,
            last_activity=last_activity,
        )

        interact_session_summary.additional_properties = d
        return interact_session_summary

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
