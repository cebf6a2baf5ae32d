from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.monitor_page_judgment_type_0_confidence import (
    MonitorPageJudgmentType0Confidence,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_meaningful_change import MonitorMeaningfulChange


T = TypeVar("T", bound="MonitorPageJudgmentType0")


@redacted_repr
@_attrs_define
class MonitorPageJudgmentType0:
    """
    Attributes:
        meaningful (bool | Unset): Whether the changed page is meaningful for the monitor goal.
        confidence (MonitorPageJudgmentType0Confidence | Unset):
        reason (str | Unset):
        meaningful_changes (list[MonitorMeaningfulChange] | Unset): Goal-relevant changes selected by the judge from the
            page diff.
    """

    meaningful: bool | Unset = UNSET
    confidence: MonitorPageJudgmentType0Confidence | Unset = UNSET
    reason: str | Unset = UNSET
    meaningful_changes: list[MonitorMeaningfulChange] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meaningful = self.meaningful

        confidence: str | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.value

        reason = self.reason

        meaningful_changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meaningful_changes, Unset):
            meaningful_changes = []
            for meaningful_changes_item_data in self.meaningful_changes:
                meaningful_changes_item = meaningful_changes_item_data.to_dict()
                meaningful_changes.append(meaningful_changes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meaningful is not UNSET:
            field_dict["meaningful"] = meaningful
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if reason is not UNSET:
            field_dict["reason"] = reason
        if meaningful_changes is not UNSET:
            field_dict["meaningfulChanges"] = meaningful_changes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        meaningful = d.pop("meaningful", UNSET)

        _confidence = d.pop("confidence", UNSET)
        confidence: MonitorPageJudgmentType0Confidence | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = MonitorPageJudgmentType0Confidence(_confidence)

        reason = d.pop("reason", UNSET)

        _meaningful_changes = d.pop("meaningfulChanges", UNSET)
        meaningful_changes: list[MonitorMeaningfulChange] | Unset = UNSET
        if _meaningful_changes is not UNSET:
            meaningful_changes = []
            for meaningful_changes_item_data in _meaningful_changes:
                meaningful_changes_item = MonitorMeaningfulChange.from_dict(
                    meaningful_changes_item_data
                )

                meaningful_changes.append(meaningful_changes_item)

        monitor_page_judgment_type_0 = cls(
            meaningful=meaningful,
            confidence=confidence,
            reason=reason,
            meaningful_changes=meaningful_changes,
        )

        monitor_page_judgment_type_0.additional_properties = d
        return monitor_page_judgment_type_0

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
    global MonitorMeaningfulChange
    from ..models.monitor_meaningful_change import MonitorMeaningfulChange

    _models_pending = False
