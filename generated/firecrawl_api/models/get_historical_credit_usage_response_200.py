from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_historical_credit_usage_response_200_periods_item import (
        GetHistoricalCreditUsageResponse200PeriodsItem,
    )


T = TypeVar("T", bound="GetHistoricalCreditUsageResponse200")


@redacted_repr
@_attrs_define
class GetHistoricalCreditUsageResponse200:
    """
    Attributes:
        success (bool | Unset):  Example: True.
        periods (list[GetHistoricalCreditUsageResponse200PeriodsItem] | Unset):
    """

    success: bool | Unset = UNSET
    periods: list[GetHistoricalCreditUsageResponse200PeriodsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        periods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.periods, Unset):
            periods = []
            for periods_item_data in self.periods:
                periods_item = periods_item_data.to_dict()
                periods.append(periods_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if periods is not UNSET:
            field_dict["periods"] = periods

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _periods = d.pop("periods", UNSET)
        periods: list[GetHistoricalCreditUsageResponse200PeriodsItem] | Unset = UNSET
        if _periods is not UNSET:
            periods = []
            for periods_item_data in _periods:
                periods_item = GetHistoricalCreditUsageResponse200PeriodsItem.from_dict(
                    periods_item_data
                )

                periods.append(periods_item)

        get_historical_credit_usage_response_200 = cls(
            success=success,
            periods=periods,
        )

        get_historical_credit_usage_response_200.additional_properties = d
        return get_historical_credit_usage_response_200

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
    global GetHistoricalCreditUsageResponse200PeriodsItem
    from ..models.get_historical_credit_usage_response_200_periods_item import (
        GetHistoricalCreditUsageResponse200PeriodsItem,
    )

    _models_pending = False
