from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.get_activity_response_200_data_item_endpoint import (
    GetActivityResponse200DataItemEndpoint,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetActivityResponse200DataItem")


@redacted_repr
@_attrs_define
class GetActivityResponse200DataItem:
    """
    Attributes:
        id (str | Unset): The job ID. Use this with the corresponding GET endpoint to retrieve results.
        endpoint (GetActivityResponse200DataItemEndpoint | Unset): The endpoint used for this job
        api_version (str | Unset): The API version used for this request Example: v1.
        created_at (datetime.datetime | Unset): When the job was created
        target (None | str | Unset): The URL or query that was submitted
    """

    id: str | Unset = UNSET
    endpoint: GetActivityResponse200DataItemEndpoint | Unset = UNSET
    api_version: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    target: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        endpoint: str | Unset = UNSET
        if not isinstance(self.endpoint, Unset):
            endpoint = self.endpoint.value

        api_version = self.api_version

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _endpoint = d.pop("endpoint", UNSET)
        endpoint: GetActivityResponse200DataItemEndpoint | Unset
        if isinstance(_endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = GetActivityResponse200DataItemEndpoint(_endpoint)

        api_version = d.pop("api_version", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        get_activity_response_200_data_item = cls(
            id=id,
            endpoint=endpoint,
            api_version=api_version,
            created_at=created_at,
            target=target,
        )

        get_activity_response_200_data_item.additional_properties = d
        return get_activity_response_200_data_item

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
