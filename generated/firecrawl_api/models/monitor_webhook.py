from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.monitor_webhook_events_item import MonitorWebhookEventsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_webhook_headers import MonitorWebhookHeaders
    from ..models.monitor_webhook_metadata import MonitorWebhookMetadata


T = TypeVar("T", bound="MonitorWebhook")


@redacted_repr
@_attrs_define
class MonitorWebhook:
    """Webhook destination for monitor page and check completion events.

    Attributes:
        url (str): The URL to send monitor webhooks to.
        headers (MonitorWebhookHeaders | Unset): Headers to send to the webhook URL.
        metadata (MonitorWebhookMetadata | Unset): Custom metadata included in webhook payloads.
        events (list[MonitorWebhookEventsItem] | Unset): Monitor webhook events to receive. Defaults to all monitor
            events.
    """

    url: str
    headers: MonitorWebhookHeaders | Unset = UNSET
    metadata: MonitorWebhookMetadata | Unset = UNSET
    events: list[MonitorWebhookEventsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        events: list[str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.value
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        url = d.pop("url", "")

        _headers = d.pop("headers", UNSET)
        headers: MonitorWebhookHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = MonitorWebhookHeaders.from_dict(_headers)

        _metadata = d.pop("metadata", UNSET)
        metadata: MonitorWebhookMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = MonitorWebhookMetadata.from_dict(_metadata)

        _events = d.pop("events", UNSET)
        events: list[MonitorWebhookEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = MonitorWebhookEventsItem(events_item_data)

                events.append(events_item)

        monitor_webhook = cls(
            url=url,
            headers=headers,
            metadata=metadata,
            events=events,
        )

        monitor_webhook.additional_properties = d
        return monitor_webhook

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
    global MonitorWebhookHeaders
    from ..models.monitor_webhook_headers import MonitorWebhookHeaders

    global MonitorWebhookMetadata
    from ..models.monitor_webhook_metadata import MonitorWebhookMetadata

    _models_pending = False
