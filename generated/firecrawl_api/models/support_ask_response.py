from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.support_ask_response_confidence import SupportAskResponseConfidence
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.support_ask_response_feedback_type_0 import (
        SupportAskResponseFeedbackType0,
    )
    from ..models.support_ask_response_fix_parameters_type_0 import (
        SupportAskResponseFixParametersType0,
    )
    from ..models.support_ask_response_validation_type_0 import (
        SupportAskResponseValidationType0,
    )


T = TypeVar("T", bound="SupportAskResponse")


@redacted_repr
@_attrs_define
class SupportAskResponse:
    """
    Attributes:
        answer (str | Unset): Diagnosis and recommended fix.
        confidence (SupportAskResponseConfidence | Unset):
        fix_parameters (None | SupportAskResponseFixParametersType0 | Unset): Machine-readable API parameters that may
            fix the issue.
        validation (None | SupportAskResponseValidationType0 | Unset): Validation result when the support agent tested
            or attempted a fix.
        feedback (None | SupportAskResponseFeedbackType0 | Unset): Present when the support agent is blocked or needs
            more information.
        duration_ms (int | Unset): Total support-agent execution time in milliseconds.
    """

    answer: str | Unset = UNSET
    confidence: SupportAskResponseConfidence | Unset = UNSET
    fix_parameters: None | SupportAskResponseFixParametersType0 | Unset = UNSET
    validation: None | SupportAskResponseValidationType0 | Unset = UNSET
    feedback: None | SupportAskResponseFeedbackType0 | Unset = UNSET
    duration_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_pending:
            _import_models()

        answer = self.answer

        confidence: str | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.value

        fix_parameters: dict[str, Any] | None | Unset
        if isinstance(self.fix_parameters, Unset):
            fix_parameters = UNSET
        elif isinstance(self.fix_parameters, SupportAskResponseFixParametersType0):
            fix_parameters = self.fix_parameters.to_dict()
        else:
            fix_parameters = self.fix_parameters

        validation: dict[str, Any] | None | Unset
        if isinstance(self.validation, Unset):
            validation = UNSET
        elif isinstance(self.validation, SupportAskResponseValidationType0):
            validation = self.validation.to_dict()
        else:
            validation = self.validation

        feedback: dict[str, Any] | None | Unset
        if isinstance(self.feedback, Unset):
            feedback = UNSET
        elif isinstance(self.feedback, SupportAskResponseFeedbackType0):
            feedback = self.feedback.to_dict()
        else:
            feedback = self.feedback

        duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if answer is not UNSET:
            field_dict["answer"] = answer
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if fix_parameters is not UNSET:
            field_dict["fixParameters"] = fix_parameters
        if validation is not UNSET:
            field_dict["validation"] = validation
        if feedback is not UNSET:
            field_dict["feedback"] = feedback
        if duration_ms is not UNSET:
            field_dict["durationMs"] = duration_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        answer = d.pop("answer", UNSET)

        _confidence = d.pop("confidence", UNSET)
        confidence: SupportAskResponseConfidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = SupportAskResponseConfidence(_confidence)

        def _parse_fix_parameters(
            data: object,
        ) -> None | SupportAskResponseFixParametersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fix_parameters_type_0 = SupportAskResponseFixParametersType0.from_dict(
                    data
                )

                return fix_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupportAskResponseFixParametersType0 | Unset, data)

        fix_parameters = _parse_fix_parameters(d.pop("fixParameters", UNSET))

        def _parse_validation(
            data: object,
        ) -> None | SupportAskResponseValidationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                validation_type_0 = SupportAskResponseValidationType0.from_dict(data)

                return validation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupportAskResponseValidationType0 | Unset, data)

        validation = _parse_validation(d.pop("validation", UNSET))

        def _parse_feedback(
            data: object,
        ) -> None | SupportAskResponseFeedbackType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                feedback_type_0 = SupportAskResponseFeedbackType0.from_dict(data)

                return feedback_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SupportAskResponseFeedbackType0 | Unset, data)

        feedback = _parse_feedback(d.pop("feedback", UNSET))

        duration_ms = d.pop("durationMs", UNSET)

        support_ask_response = cls(
            answer=answer,
            confidence=confidence,
            fix_parameters=fix_parameters,
            validation=validation,
            feedback=feedback,
            duration_ms=duration_ms,
        )

        support_ask_response.additional_properties = d
        return support_ask_response

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
    global SupportAskResponseFeedbackType0
    from ..models.support_ask_response_feedback_type_0 import (
        SupportAskResponseFeedbackType0,
    )

    global SupportAskResponseFixParametersType0
    from ..models.support_ask_response_fix_parameters_type_0 import (
        SupportAskResponseFixParametersType0,
    )

    global SupportAskResponseValidationType0
    from ..models.support_ask_response_validation_type_0 import (
        SupportAskResponseValidationType0,
    )

    _models_pending = False
