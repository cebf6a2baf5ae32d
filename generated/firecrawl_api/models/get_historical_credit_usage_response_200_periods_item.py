from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetHistoricalCreditUsageResponse200PeriodsItem")


@redacted_repr
@_attrs_define
class GetHistoricalCreditUsageResponse200PeriodsItem:
    """
    Attributes:
        start_date (datetime.datetime | Unset): Start date of the billing period Example: 2025-01-01T00:00:00Z.
        end_date (datetime.datetime | Unset): End date of the billing period Example: 2025-01-31T23:59:59Z.
        api_key (None | str | Unset): Name of the API key used for the billing period. null if byApiKey is false
            (default)
        total_credits (int | Unset): Total number of credits used in the billing period Example: 1000.
    """

    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    api_key: None | str | Unset = UNSET
    total_credits: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        total_credits = self.total_credits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if total_credits is not UNSET:
            field_dict["totalCredits"] = total_credits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("apiKey", UNSET))

        total_credits = d.pop("totalCredits", UNSET)

        get_historical_credit_usage_response_200_periods_item = cls(
            start_date=start_date,
            end_date=end_date,
            api_key=api_key,
            total_credits=total_credits,
        )

        get_historical_credit_usage_response_200_periods_item.additional_properties = d
        return get_historical_credit_usage_response_200_periods_item

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
