from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.crawl_status_response_obj_status import CrawlStatusResponseObjStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crawl_status_response_obj_data_item import (
        CrawlStatusResponseObjDataItem,
    )


T = TypeVar("T", bound="CrawlStatusResponseObj")


@redacted_repr
@_attrs_define
class CrawlStatusResponseObj:
    """
    Attributes:
        status (CrawlStatusResponseObjStatus | Unset): The current status of the crawl. Can be `scraping`, `completed`,
            or `failed`.
        total (int | Unset): The total number of pages that were attempted to be crawled.
        completed (int | Unset): The number of pages that have been successfully crawled.
        credits_used (int | Unset): The number of credits used for the crawl.
        expires_at (datetime.datetime | Unset): The date and time when the crawl will expire.
        created_at (datetime.datetime | Unset): The date and time when the crawl was started.
        completed_at (datetime.datetime | Unset): The date and time when the crawl finished. Present only when the crawl
            is in a terminal state (`completed`, `failed`, or `cancelled`).
        duration (float | Unset): Crawl duration in seconds. For terminal crawls, this is the elapsed time from
            `createdAt` to `completedAt`. For in-progress crawls, it is the elapsed time from `createdAt` to now.
        next_ (None | str | Unset): The URL to retrieve the next 10MB of data. Returned if the crawl is not completed or
            if the response is larger than 10MB.
        data (list[CrawlStatusResponseObjDataItem] | Unset): The data of the crawl.
    """

    status: CrawlStatusResponseObjStatus | Unset = UNSET
    total: int | Unset = UNSET
    completed: int | Unset = UNSET
    credits_used: int | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    duration: float | Unset = UNSET
    next_: None | str | Unset = UNSET
    data: list[CrawlStatusResponseObjDataItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        total = self.total

        completed = self.completed

        credits_used = self.credits_used

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        duration = self.duration

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if total is not UNSET:
            field_dict["total"] = total
        if completed is not UNSET:
            field_dict["completed"] = completed
        if credits_used is not UNSET:
            field_dict["creditsUsed"] = credits_used
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if next_ is not UNSET:
            field_dict["next"] = next_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: CrawlStatusResponseObjStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CrawlStatusResponseObjStatus(_status)

        total = d.pop("total", UNSET)

        completed = d.pop("completed", UNSET)

        credits_used = d.pop("creditsUsed", UNSET)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _completed_at = d.pop("completedAt", UNSET)
        completed_at: datetime.datetime | Unset
        if isinstance(_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        duration = d.pop("duration", UNSET)

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        _data = d.pop("data", UNSET)
        data: list[CrawlStatusResponseObjDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = CrawlStatusResponseObjDataItem.from_dict(data_item_data)

                data.append(data_item)

        crawl_status_response_obj = cls(
            status=status,
            total=total,
            completed=completed,
            credits_used=credits_used,
            expires_at=expires_at,
            created_at=created_at,
            completed_at=completed_at,
            duration=duration,
            next_=next_,
            data=data,
        )

        crawl_status_response_obj.additional_properties = d
        return crawl_status_response_obj

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
    global CrawlStatusResponseObjDataItem
    from ..models.crawl_status_response_obj_data_item import (
        CrawlStatusResponseObjDataItem,
    )

    _models_pending = False
