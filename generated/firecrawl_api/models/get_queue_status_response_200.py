from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetQueueStatusResponse200")


@redacted_repr
@_attrs_define
class GetQueueStatusResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        jobs_in_queue (float | Unset): Number of jobs currently in your queue
        active_jobs_in_queue (float | Unset): Number of jobs currently active
        waiting_jobs_in_queue (float | Unset): Number of jobs currently waiting
        max_concurrency (float | Unset): Maximum number of concurrent active jobs based on your plan
        most_recent_success (datetime.datetime | None | Unset): Timestamp of the most recent successful job
    """

    success: bool | Unset = UNSET
    jobs_in_queue: float | Unset = UNSET
    active_jobs_in_queue: float | Unset = UNSET
    waiting_jobs_in_queue: float | Unset = UNSET
    max_concurrency: float | Unset = UNSET
    most_recent_success: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        jobs_in_queue = self.jobs_in_queue

        active_jobs_in_queue = self.active_jobs_in_queue

        waiting_jobs_in_queue = self.waiting_jobs_in_queue

        max_concurrency = self.max_concurrency

        most_recent_success: None | str | Unset
        if isinstance(self.most_recent_success, Unset):
            most_recent_success = UNSET
        elif isinstance(self.most_recent_success, datetime.datetime):
            most_recent_success = self.most_recent_success.isoformat()
        else:
            most_recent_success = self.most_recent_success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if jobs_in_queue is not UNSET:
            field_dict["jobsInQueue"] = jobs_in_queue
        if active_jobs_in_queue is not UNSET:
            field_dict["activeJobsInQueue"] = active_jobs_in_queue
        if waiting_jobs_in_queue is not UNSET:
            field_dict["waitingJobsInQueue"] = waiting_jobs_in_queue
        if max_concurrency is not UNSET:
            field_dict["maxConcurrency"] = max_concurrency
        if most_recent_success is not UNSET:
            field_dict["mostRecentSuccess"] = most_recent_success

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        jobs_in_queue = d.pop("jobsInQueue", UNSET)

        active_jobs_in_queue = d.pop("activeJobsInQueue", UNSET)

        waiting_jobs_in_queue = d.pop("waitingJobsInQueue", UNSET)

        max_concurrency = d.pop("maxConcurrency", UNSET)

        def _parse_most_recent_success(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                most_recent_success_type_0 = datetime.datetime.fromisoformat(data)

                return most_recent_success_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        most_recent_success = _parse_most_recent_success(
            d.pop("mostRecentSuccess", UNSET)
        )

        get_queue_status_response_200 = cls(
            success=success,
            jobs_in_queue=jobs_in_queue,
            active_jobs_in_queue=active_jobs_in_queue,
            waiting_jobs_in_queue=waiting_jobs_in_queue,
            max_concurrency=max_concurrency,
            most_recent_success=most_recent_success,
        )

        get_queue_status_response_200.additional_properties = d
        return get_queue_status_response_200

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
