from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.monitor_status import MonitorStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crawl_target import CrawlTarget
    from ..models.monitor_monitor_schedule_state import MonitorMonitorScheduleState
    from ..models.monitor_notification import MonitorNotification
    from ..models.monitor_summary import MonitorSummary
    from ..models.monitor_webhook import MonitorWebhook
    from ..models.scrape_target import ScrapeTarget
    from ..models.search_target import SearchTarget


T = TypeVar("T", bound="Monitor")


@redacted_repr
@_attrs_define
class Monitor:
    """
    Attributes:
        id (UUID | Unset):
        name (str | Unset):
        status (MonitorStatus | Unset):
        schedule (MonitorMonitorScheduleState | Unset):
        next_run_at (datetime.datetime | None | Unset):
        last_run_at (datetime.datetime | None | Unset):
        current_check_id (None | Unset | UUID):
        targets (list[CrawlTarget | ScrapeTarget | SearchTarget] | Unset):
        webhook (MonitorWebhook | Unset): Webhook destination for monitor page and check completion events.
        notification (MonitorNotification | Unset):
        retention_days (int | Unset):
        estimated_credits_per_month (int | None | Unset): Upper-bound monthly credit estimate. When judging is enabled,
            actual usage may be lower because judge credits are only charged for changed pages that are judged.
        last_check_summary (MonitorSummary | Unset):
        goal (None | str | Unset):
        judge_enabled (bool | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    status: MonitorStatus | Unset = UNSET
    schedule: MonitorMonitorScheduleState | Unset = UNSET
    next_run_at: datetime.datetime | None | Unset = UNSET
    last_run_at: datetime.datetime | None | Unset = UNSET
    current_check_id: None | Unset | UUID = UNSET
    targets: list[CrawlTarget | ScrapeTarget | SearchTarget] | Unset = UNSET
    webhook: MonitorWebhook | Unset = UNSET
    notification: MonitorNotification | Unset = UNSET
    retention_days: int | Unset = UNSET
    estimated_credits_per_month: int | None | Unset = UNSET
    last_check_summary: MonitorSummary | Unset = UNSET
    goal: None | str | Unset = UNSET
    judge_enabled: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_pending:
            _import_models()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        next_run_at: None | str | Unset
        if isinstance(self.next_run_at, Unset):
            next_run_at = UNSET
        elif isinstance(self.next_run_at, datetime.datetime):
            next_run_at = self.next_run_at.isoformat()
        else:
            next_run_at = self.next_run_at

        last_run_at: None | str | Unset
        if isinstance(self.last_run_at, Unset):
            last_run_at = UNSET
        elif isinstance(self.last_run_at, datetime.datetime):
            last_run_at = self.last_run_at.isoformat()
        else:
            last_run_at = self.last_run_at

        current_check_id: None | str | Unset
        if isinstance(self.current_check_id, Unset):
            current_check_id = UNSET
        elif isinstance(self.current_check_id, UUID):
            current_check_id = str(self.current_check_id)
        else:
            current_check_id = self.current_check_id

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item: dict[str, Any]
                if isinstance(targets_item_data, ScrapeTarget) or isinstance(
                    targets_item_data, CrawlTarget
                ):
                    targets_item = targets_item_data.to_dict()
                else:
                    targets_item = targets_item_data.to_dict()

                targets.append(targets_item)

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        notification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notification, Unset):
            notification = self.notification.to_dict()

        retention_days = self.retention_days

        estimated_credits_per_month: int | None | Unset
        if isinstance(self.estimated_credits_per_month, Unset):
            estimated_credits_per_month = UNSET
        else:
            estimated_credits_per_month = self.estimated_credits_per_month

        last_check_summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_check_summary, Unset):
            last_check_summary = self.last_check_summary.to_dict()

        goal: None | str | Unset
        if isinstance(self.goal, Unset):
            goal = UNSET
        else:
            goal = self.goal

        judge_enabled = self.judge_enabled

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if next_run_at is not UNSET:
            field_dict["nextRunAt"] = next_run_at
        if last_run_at is not UNSET:
            field_dict["lastRunAt"] = last_run_at
        if current_check_id is not UNSET:
            field_dict["currentCheckId"] = current_check_id
        if targets is not UNSET:
            field_dict["targets"] = targets
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if notification is not UNSET:
            field_dict["notification"] = notification
        if retention_days is not UNSET:
            field_dict["retentionDays"] = retention_days
        if estimated_credits_per_month is not UNSET:
            field_dict["estimatedCreditsPerMonth"] = estimated_credits_per_month
        if last_check_summary is not UNSET:
            field_dict["lastCheckSummary"] = last_check_summary
        if goal is not UNSET:
            field_dict["goal"] = goal
        if judge_enabled is not UNSET:
            field_dict["judgeEnabled"] = judge_enabled
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

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

        name = d.pop("name", UNSET)

        _status = d.pop("status", UNSET)
        status: MonitorStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MonitorStatus(_status)

        _schedule = d.pop("schedule", UNSET)
        schedule: MonitorMonitorScheduleState | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = MonitorMonitorScheduleState.from_dict(_schedule)

        def _parse_next_run_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_run_at = _parse_next_run_at(d.pop("nextRunAt", UNSET))

        def _parse_last_run_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_run_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_run_at = _parse_last_run_at(d.pop("lastRunAt", UNSET))

        def _parse_current_check_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_check_id_type_0 = UUID(data)

                return current_check_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        current_check_id = _parse_current_check_id(d.pop("currentCheckId", UNSET))

        _targets = d.pop("targets", UNSET)
        targets: list[CrawlTarget | ScrapeTarget | SearchTarget] | Unset = UNSET
        if _targets is not UNSET:
            targets = []
            for targets_item_data in _targets:

                def _parse_targets_item(
                    data: object,
                ) -> CrawlTarget | ScrapeTarget | SearchTarget:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_monitor_target_scrape_target = (
                            ScrapeTarget.from_dict(data)
                        )

                        return componentsschemas_monitor_target_scrape_target
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_monitor_target_crawl_target = (
                            CrawlTarget.from_dict(data)
                        )

                        return componentsschemas_monitor_target_crawl_target
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_monitor_target_search_target = (
                        SearchTarget.from_dict(data)
                    )

                    return componentsschemas_monitor_target_search_target

                targets_item = _parse_targets_item(targets_item_data)

                targets.append(targets_item)

        _webhook = d.pop("webhook", UNSET)
        webhook: MonitorWebhook | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = MonitorWebhook.from_dict(_webhook)

        _notification = d.pop("notification", UNSET)
        notification: MonitorNotification | Unset
        if isinstance(_notification, Unset):
            notification = UNSET
        else:
            notification = MonitorNotification.from_dict(_notification)

        retention_days = d.pop("retentionDays", UNSET)

        def _parse_estimated_credits_per_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        estimated_credits_per_month = _parse_estimated_credits_per_month(
            d.pop("estimatedCreditsPerMonth", UNSET)
        )

        _last_check_summary = d.pop("lastCheckSummary", UNSET)
        last_check_summary: MonitorSummary | Unset
        if isinstance(_last_check_summary, Unset):
            last_check_summary = UNSET
        else:
            last_check_summary = MonitorSummary.from_dict(_last_check_summary)

        def _parse_goal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        goal = _parse_goal(d.pop("goal", UNSET))

        judge_enabled = d.pop("judgeEnabled", UNSET)

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

        monitor = cls(
            id=id,
            name=name,
            status=status,
            schedule=schedule,
            next_run_at=next_run_at,
            last_run_at=last_run_at,
            current_check_id=current_check_id,
            targets=targets,
            webhook=webhook,
            notification=notification,
            retention_days=retention_days,
            estimated_credits_per_month=estimated_credits_per_month,
            last_check_summary=last_check_summary,
            goal=goal,
            judge_enabled=judge_enabled,
            created_at=created_at,
            updated_at=updated_at,
        )

        monitor.additional_properties = d
        return monitor

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
    global CrawlTarget
    from ..models.crawl_target import CrawlTarget

    global MonitorMonitorScheduleState
    from ..models.monitor_monitor_schedule_state import MonitorMonitorScheduleState

    global MonitorNotification
    from ..models.monitor_notification import MonitorNotification

    global MonitorSummary
    from ..models.monitor_summary import MonitorSummary

    global MonitorWebhook
    from ..models.monitor_webhook import MonitorWebhook

    global ScrapeTarget
    from ..models.scrape_target import ScrapeTarget

    global SearchTarget
    from ..models.search_target import SearchTarget

    _models_pending = False
