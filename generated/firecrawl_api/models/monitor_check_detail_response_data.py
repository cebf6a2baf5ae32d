from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.monitor_check_status import MonitorCheckStatus
from ..models.monitor_check_trigger import MonitorCheckTrigger
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_check_notification_status_type_0 import (
        MonitorCheckNotificationStatusType0,
    )
    from ..models.monitor_check_page import MonitorCheckPage
    from ..models.monitor_summary import MonitorSummary


T = TypeVar("T", bound="MonitorCheckDetailResponseData")


@redacted_repr
@_attrs_define
class MonitorCheckDetailResponseData:
    """
    Attributes:
        id (UUID | Unset):
        monitor_id (UUID | Unset):
        status (MonitorCheckStatus | Unset):
        trigger (MonitorCheckTrigger | Unset):
        scheduled_for (datetime.datetime | None | Unset):
        started_at (datetime.datetime | None | Unset):
        finished_at (datetime.datetime | None | Unset):
        estimated_credits (int | None | Unset): Upper-bound credits reserved for this check before Firecrawl knows how
            many pages changed and require judging.
        reserved_credits (int | None | Unset):
        actual_credits (int | None | Unset): Final credits charged for this check after scrapes, crawls, and any
            changed-page judge calls complete.
        billing_status (str | Unset):
        summary (MonitorSummary | Unset):
        target_results (list[Any] | None | Unset):
        notification_status (MonitorCheckNotificationStatusType0 | None | Unset):
        error (None | str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
        pages (list[MonitorCheckPage] | Unset):
        next_ (None | str | Unset): URL to fetch the next page of monitor check page results, if any.
    """

    id: UUID | Unset = UNSET
    monitor_id: UUID | Unset = UNSET
    status: MonitorCheckStatus | Unset = UNSET
    trigger: MonitorCheckTrigger | Unset = UNSET
    scheduled_for: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    estimated_credits: int | None | Unset = UNSET
    reserved_credits: int | None | Unset = UNSET
    actual_credits: int | None | Unset = UNSET
    billing_status: str | Unset = UNSET
    summary: MonitorSummary | Unset = UNSET
    target_results: list[Any] | None | Unset = UNSET
    notification_status: MonitorCheckNotificationStatusType0 | None | Unset = UNSET
    error: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    pages: list[MonitorCheckPage] | Unset = UNSET
    next_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_pending:
            _import_models()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        monitor_id: str | Unset = UNSET
        if not isinstance(self.monitor_id, Unset):
            monitor_id = str(self.monitor_id)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        trigger: str | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.value

        scheduled_for: None | str | Unset
        if isinstance(self.scheduled_for, Unset):
            scheduled_for = UNSET
        elif isinstance(self.scheduled_for, datetime.datetime):
            scheduled_for = self.scheduled_for.isoformat()
        else:
            scheduled_for = self.scheduled_for

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        estimated_credits: int | None | Unset
        if isinstance(self.estimated_credits, Unset):
            estimated_credits = UNSET
        else:
            estimated_credits = self.estimated_credits

        reserved_credits: int | None | Unset
        if isinstance(self.reserved_credits, Unset):
            reserved_credits = UNSET
        else:
            reserved_credits = self.reserved_credits

        actual_credits: int | None | Unset
        if isinstance(self.actual_credits, Unset):
            actual_credits = UNSET
        else:
            actual_credits = self.actual_credits

        billing_status = self.billing_status

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        target_results: list[Any] | None | Unset
        if isinstance(self.target_results, Unset):
            target_results = UNSET
        elif isinstance(self.target_results, list):
            target_results = self.target_results

        else:
            target_results = self.target_results

        notification_status: dict[str, Any] | None | Unset
        if isinstance(self.notification_status, Unset):
            notification_status = UNSET
        elif isinstance(self.notification_status, MonitorCheckNotificationStatusType0):
            notification_status = self.notification_status.to_dict()
        else:
            notification_status = self.notification_status

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        pages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pages, Unset):
            pages = []
            for pages_item_data in self.pages:
                pages_item = pages_item_data.to_dict()
                pages.append(pages_item)

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if monitor_id is not UNSET:
            field_dict["monitorId"] = monitor_id
        if status is not UNSET:
            field_dict["status"] = status
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if scheduled_for is not UNSET:
            field_dict["scheduledFor"] = scheduled_for
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if finished_at is not UNSET:
            field_dict["finishedAt"] = finished_at
        if estimated_credits is not UNSET:
            field_dict["estimatedCredits"] = estimated_credits
        if reserved_credits is not UNSET:
            field_dict["reservedCredits"] = reserved_credits
        if actual_credits is not UNSET:
            field_dict["actualCredits"] = actual_credits
        if billing_status is not UNSET:
            field_dict["billingStatus"] = billing_status
        if summary is not UNSET:
            field_dict["summary"] = summary
        if target_results is not UNSET:
            field_dict["targetResults"] = target_results
        if notification_status is not UNSET:
            field_dict["notificationStatus"] = notification_status
        if error is not UNSET:
            field_dict["error"] = error
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if pages is not UNSET:
            field_dict["pages"] = pages
        if next_ is not UNSET:
            field_dict["next"] = next_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _monitor_id = d.pop("monitorId", UNSET)
        monitor_id: UUID | Unset
        if isinstance(_monitor_id, Unset):
            monitor_id = UNSET
        else:
            monitor_id = UUID(_monitor_id)

        _status = d.pop("status", UNSET)
        status: MonitorCheckStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MonitorCheckStatus(_status)

        _trigger = d.pop("trigger", UNSET)
        trigger: MonitorCheckTrigger | Unset
        if isinstance(_trigger, Unset):
            trigger = UNSET
        else:
            trigger = MonitorCheckTrigger(_trigger)

        def _parse_scheduled_for(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scheduled_for_type_0 = datetime.datetime.fromisoformat(data)

                return scheduled_for_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        scheduled_for = _parse_scheduled_for(d.pop("scheduledFor", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("startedAt", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finishedAt", UNSET))

        def _parse_estimated_credits(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        estimated_credits = _parse_estimated_credits(d.pop("estimatedCredits", UNSET))

        def _parse_reserved_credits(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        reserved_credits = _parse_reserved_credits(d.pop("reservedCredits", UNSET))

        def _parse_actual_credits(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        actual_credits = _parse_actual_credits(d.pop("actualCredits", UNSET))

        billing_status = d.pop("billingStatus", UNSET)

        _summary = d.pop("summary", UNSET)
        summary: MonitorSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = MonitorSummary.from_dict(_summary)

        def _parse_target_results(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                target_results_type_0 = cast(list[Any], data)

                return target_results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        target_results = _parse_target_results(d.pop("targetResults", UNSET))

        def _parse_notification_status(
            data: object,
        ) -> MonitorCheckNotificationStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                notification_status_type_0 = (
                    MonitorCheckNotificationStatusType0.from_dict(data)
                )

                return notification_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MonitorCheckNotificationStatusType0 | None | Unset, data)

        notification_status = _parse_notification_status(
            d.pop("notificationStatus", UNSET)
        )

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _pages = d.pop("pages", UNSET)
        pages: list[MonitorCheckPage] | Unset = UNSET
        if _pages is not UNSET:
            pages = []
            for pages_item_data in _pages:
                pages_item = MonitorCheckPage.from_dict(pages_item_data)

                pages.append(pages_item)

        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))

        monitor_check_detail_response_data = cls(
            id=id,
            monitor_id=monitor_id,
            status=status,
            trigger=trigger,
            scheduled_for=scheduled_for,
            started_at=started_at,
            finished_at=finished_at,
            estimated_credits=estimated_credits,
            reserved_credits=reserved_credits,
            actual_credits=actual_credits,
            billing_status=billing_status,
            summary=summary,
            target_results=target_results,
            notification_status=notification_status,
            error=error,
            created_at=created_at,
            updated_at=updated_at,
            pages=pages,
            next_=next_,
        )

        monitor_check_detail_response_data.additional_properties = d
        return monitor_check_detail_response_data

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
    global MonitorCheckNotificationStatusType0
    from ..models.monitor_check_notification_status_type_0 import (
        MonitorCheckNotificationStatusType0,
    )

    global MonitorCheckPage
    from ..models.monitor_check_page import MonitorCheckPage

    global MonitorSummary
    from ..models.monitor_summary import MonitorSummary

    _models_pending = False
