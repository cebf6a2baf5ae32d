from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crawl_target import CrawlTarget
    from ..models.monitor_notification import MonitorNotification
    from ..models.monitor_schedule import MonitorSchedule
    from ..models.monitor_webhook import MonitorWebhook
    from ..models.scrape_target import ScrapeTarget
    from ..models.search_target import SearchTarget


T = TypeVar("T", bound="MonitorCreateRequest")


@redacted_repr
@_attrs_define
class MonitorCreateRequest:
    """
    Attributes:
        name (str):
        schedule (MonitorSchedule): Schedule for monitor checks. Provide either `cron` or `text`.
        targets (list[CrawlTarget | ScrapeTarget | SearchTarget]):
        webhook (MonitorWebhook | Unset): Webhook destination for monitor page and check completion events.
        notification (MonitorNotification | Unset):
        retention_days (int | Unset):  Default: 30.
        goal (None | str | Unset): Plain-language goal used to judge whether changed pages are meaningful. If provided
            and `judgeEnabled` is omitted, judging is enabled automatically. Required (non-empty) when any target is a
            `search` target, unless `judgeEnabled` is `false`.
        judge_enabled (bool | Unset): Whether to judge changed pages against `goal`. Requires a non-empty `goal` to run.
    """

    name: str
    schedule: MonitorSchedule
    targets: list[CrawlTarget | ScrapeTarget | SearchTarget]
    webhook: MonitorWebhook | Unset = UNSET
    notification: MonitorNotification | Unset = UNSET
    retention_days: int | Unset = UNSET
    goal: None | str | Unset = UNSET
    judge_enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_pending:
            _import_models()

        name = self.name

        schedule = self.schedule.to_dict()

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

        goal: None | str | Unset
        if isinstance(self.goal, Unset):
            goal = UNSET
        else:
            goal = self.goal

        judge_enabled = self.judge_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schedule": schedule,
                "targets": targets,
            }
        )
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if notification is not UNSET:
            field_dict["notification"] = notification
        if retention_days is not UNSET:
            field_dict["retentionDays"] = retention_days
        if goal is not UNSET:
            field_dict["goal"] = goal
        if judge_enabled is not UNSET:
            field_dict["judgeEnabled"] = judge_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        name = d.pop("name")

        schedule = MonitorSchedule.from_dict(d.pop("schedule"))

        targets = []
        _targets = d.pop("targets")
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
                componentsschemas_monitor_target_search_target = SearchTarget.from_dict(
                    data
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

        def _parse_goal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        goal = _parse_goal(d.pop("goal", UNSET))

        judge_enabled = d.pop("judgeEnabled", UNSET)

        monitor_create_request = cls(
            name=name,
            schedule=schedule,
            targets=targets,
            webhook=webhook,
            notification=notification,
            retention_days=retention_days,
            goal=goal,
            judge_enabled=judge_enabled,
        )

        monitor_create_request.additional_properties = d
        return monitor_create_request

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

    global MonitorNotification
    from ..models.monitor_notification import MonitorNotification

    global MonitorSchedule
    from ..models.monitor_schedule import MonitorSchedule

    global MonitorWebhook
    from ..models.monitor_webhook import MonitorWebhook

    global ScrapeTarget
    from ..models.scrape_target import ScrapeTarget

    global SearchTarget
    from ..models.search_target import SearchTarget

    _models_pending = False
