from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTokenUsageResponse200Data")


@redacted_repr
@_attrs_define
class GetTokenUsageResponse200Data:
    """
    Attributes:
        remaining_tokens (float | Unset): Number of tokens remaining for the team Example: 1000.
        plan_tokens (float | Unset): Number of tokens in the plan. This does not include coupon tokens. Example: 500000.
        billing_period_start (datetime.datetime | None | Unset): Start date of the current billing period. Example:
            2025-01-01T00:00:00Z.
        billing_period_end (datetime.datetime | None | Unset): End date of the current billing period. Example:
            2025-01-31T23:59:59Z.
    """

    remaining_tokens: float | Unset = UNSET
    plan_tokens: float | Unset = UNSET
    billing_period_start: datetime.datetime | None | Unset = UNSET
    billing_period_end: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remaining_tokens = self.remaining_tokens

        plan_tokens = self.plan_tokens

        billing_period_start: None | str | Unset
        if isinstance(self.billing_period_start, Unset):
            billing_period_start = UNSET
        elif isinstance(self.billing_period_start, datetime.datetime):
            billing_period_start = self.billing_period_start.isoformat()
        else:
            billing_period_start = self.billing_period_start

        billing_period_end: None | str | Unset
        if isinstance(self.billing_period_end, Unset):
            billing_period_end = UNSET
        elif isinstance(self.billing_period_end, datetime.datetime):
            billing_period_end = self.billing_period_end.isoformat()
        else:
            billing_period_end = self.billing_period_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remaining_tokens is not UNSET:
            field_dict["remainingTokens"] = remaining_tokens
        if plan_tokens is not UNSET:
            field_dict["planTokens"] = plan_tokens
        if billing_period_start is not UNSET:
            field_dict["billingPeriodStart"] = billing_period_start
        if billing_period_end is not UNSET:
            field_dict["billingPeriodEnd"] = billing_period_end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        remaining_tokens = d.pop("remainingTokens", UNSET)

        plan_tokens = d.pop("planTokens", UNSET)

        def _parse_billing_period_start(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_period_start_type_0 = datetime.datetime.fromisoformat(data)

                return billing_period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        billing_period_start = _parse_billing_period_start(
            d.pop("billingPeriodStart", UNSET)
        )

        def _parse_billing_period_end(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_period_end_type_0 = datetime.datetime.fromisoformat(data)

                return billing_period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        billing_period_end = _parse_billing_period_end(d.pop("billingPeriodEnd", UNSET))

        get_token_usage_response_200_data = cls(
            remaining_tokens=remaining_tokens,
            plan_tokens=plan_tokens,
            billing_period_start=billing_period_start,
            billing_period_end=billing_period_end,
        )

        get_token_usage_response_200_data.additional_properties = d
        return get_token_usage_response_200_data

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
