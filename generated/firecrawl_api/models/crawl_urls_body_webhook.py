from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.crawl_urls_body_webhook_events_item import CrawlUrlsBodyWebhookEventsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crawl_urls_body_webhook_headers import CrawlUrlsBodyWebhookHeaders
    from ..models.crawl_urls_body_webhook_metadata import CrawlUrlsBodyWebhookMetadata


T = TypeVar("T", bound="CrawlUrlsBodyWebhook")


@redacted_repr
@_attrs_define
class CrawlUrlsBodyWebhook:
    """A webhook specification object.

    Attributes:
        url (str): The URL to send the webhook to. This will trigger for crawl started (crawl.started), every page
            crawled (crawl.page) and when the crawl is completed (crawl.completed or crawl.failed). The response will be the
            same as the `/scrape` endpoint.
        headers (CrawlUrlsBodyWebhookHeaders | Unset): Headers to send to the webhook URL.
        metadata (CrawlUrlsBodyWebhookMetadata | Unset): Custom metadata that will be included in all webhook payloads
            for this crawl
        events (list[CrawlUrlsBodyWebhookEventsItem] | Unset): Type of events that should be sent to the webhook URL.
            (default: all)
    """

    url: str
    headers: CrawlUrlsBodyWebhookHeaders | Unset = UNSET
    metadata: CrawlUrlsBodyWebhookMetadata | Unset = UNSET
    events: list[CrawlUrlsBodyWebhookEventsItem] | Unset = UNSET
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
        url = d.pop("url")

        _headers = d.pop("headers", UNSET)
        headers: CrawlUrlsBodyWebhookHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = CrawlUrlsBodyWebhookHeaders.from_dict(_headers)

        _metadata = d.pop("metadata", UNSET)
        metadata: CrawlUrlsBodyWebhookMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CrawlUrlsBodyWebhookMetadata.from_dict(_metadata)

        _events = d.pop("events", UNSET)
        events: list[CrawlUrlsBodyWebhookEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = CrawlUrlsBodyWebhookEventsItem(events_item_data)

                events.append(events_item)

        crawl_urls_body_webhook = cls(
            url=url,
            headers=headers,
            metadata=metadata,
            events=events,
        )

        crawl_urls_body_webhook.additional_properties = d
        return crawl_urls_body_webhook

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
    global CrawlUrlsBodyWebhookHeaders
    from ..models.crawl_urls_body_webhook_headers import CrawlUrlsBodyWebhookHeaders

    global CrawlUrlsBodyWebhookMetadata
    from ..models.crawl_urls_body_webhook_metadata import CrawlUrlsBodyWebhookMetadata

    _models_pending = False
