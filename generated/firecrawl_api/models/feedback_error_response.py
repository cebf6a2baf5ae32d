from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feedback_error_response_details_item import (
        FeedbackErrorResponseDetailsItem,
    )


T = TypeVar("T", bound="FeedbackErrorResponse")


@redacted_repr
@_attrs_define
class FeedbackErrorResponse:
    """
    Attributes:
        success (bool):  Example: False.
        error (str):
        feedback_error_code (str | Unset):
        details (list[FeedbackErrorResponseDetailsItem] | Unset):
    """

    success: bool
    error: str
    feedback_error_code: str | Unset = UNSET
    details: list[FeedbackErrorResponseDetailsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        error = self.error

        feedback_error_code = self.feedback_error_code

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "error": error,
            }
        )
        if feedback_error_code is not UNSET:
            field_dict["feedbackErrorCode"] = feedback_error_code
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        success = d.pop("success")

        error = d.pop("error", "")

        feedback_error_code = d.pop("feedbackErrorCode", UNSET)

        _details = d.pop("details", UNSET)
        details: list[FeedbackErrorResponseDetailsItem] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = FeedbackErrorResponseDetailsItem.from_dict(
                    details_item_data
                )

                details.append(details_item)

        feedback_error_response = cls(
            success=success,
            error=error,
            feedback_error_code=feedback_error_code,
            details=details,
        )

        feedback_error_response.additional_properties = d
        return feedback_error_response

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
    global FeedbackErrorResponseDetailsItem
    from ..models.feedback_error_response_details_item import (
        FeedbackErrorResponseDetailsItem,
    )

    _models_pending = False
