from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeedbackResponse")


@redacted_repr
@_attrs_define
class FeedbackResponse:
    """
    Attributes:
        success (bool):  Example: True.
        feedback_id (UUID):
        credits_refunded (float):
        already_submitted (bool | Unset):
        daily_cap_reached (bool | Unset):
        credits_refunded_today (float | Unset):
        daily_refund_cap (float | Unset):
        warning (str | Unset):
    """

    success: bool
    feedback_id: UUID
    credits_refunded: float
    already_submitted: bool | Unset = UNSET
    daily_cap_reached: bool | Unset = UNSET
    credits_refunded_today: float | Unset = UNSET
    daily_refund_cap: float | Unset = UNSET
    warning: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        feedback_id = str(self.feedback_id)

        credits_refunded = self.credits_refunded

        already_submitted = self.already_submitted

        daily_cap_reached = self.daily_cap_reached

        credits_refunded_today = self.credits_refunded_today

        daily_refund_cap = self.daily_refund_cap

        warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "feedbackId": feedback_id,
                "creditsRefunded": credits_refunded,
            }
        )
        if already_submitted is not UNSET:
            field_dict["alreadySubmitted"] = already_submitted
        if daily_cap_reached is not UNSET:
            field_dict["dailyCapReached"] = daily_cap_reached
        if credits_refunded_today is not UNSET:
            field_dict["creditsRefundedToday"] = credits_refunded_today
        if daily_refund_cap is not UNSET:
            field_dict["dailyRefundCap"] = daily_refund_cap
        if warning is not UNSET:
            field_dict["warning"] = warning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success = d.pop("success")

        feedback_id = UUID(d.pop("feedbackId"))

        credits_refunded = d.pop("creditsRefunded")

        already_submitted = d.pop("alreadySubmitted", UNSET)

        daily_cap_reached = d.pop("dailyCapReached", UNSET)

        credits_refunded_today = d.pop("creditsRefundedToday", UNSET)

        daily_refund_cap = d.pop("dailyRefundCap", UNSET)

        warning = d.pop("warning", UNSET)

        feedback_response = cls(
            success=success,
            feedback_id=feedback_id,
            credits_refunded=credits_refunded,
            already_submitted=already_submitted,
            daily_cap_reached=daily_cap_reached,
            credits_refunded_today=credits_refunded_today,
            daily_refund_cap=daily_refund_cap,
            warning=warning,
        )

        feedback_response.additional_properties = d
        return feedback_response

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
