from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_check_page_snapshot_type_0_json import (
        MonitorCheckPageSnapshotType0Json,
    )


T = TypeVar("T", bound="MonitorCheckPageSnapshotType0")


@redacted_repr
@_attrs_define
class MonitorCheckPageSnapshotType0:
    """Snapshot of the current JSON extraction at this run. Present on JSON-extraction and mixed-mode monitors; absent for
    markdown-only monitors.

        Attributes:
            json (MonitorCheckPageSnapshotType0Json | Unset): The full structured JSON extracted on this run, matching the
                schema/prompt declared on the target's `changeTracking` format.
    """

    json: MonitorCheckPageSnapshotType0Json | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        json: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json, Unset):
            json = self.json.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if json is not UNSET:
            field_dict["json"] = json

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        _json = d.pop("json", UNSET)
        json: MonitorCheckPageSnapshotType0Json | Unset
        if isinstance(_json, Unset):
            json = UNSET
        else:
            json = MonitorCheckPageSnapshotType0Json.from_dict(_json)

        monitor_check_page_snapshot_type_0 = cls(
            json=json,
        )

        monitor_check_page_snapshot_type_0.additional_properties = d
        return monitor_check_page_snapshot_type_0

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
    global MonitorCheckPageSnapshotType0Json
    from ..models.monitor_check_page_snapshot_type_0_json import (
        MonitorCheckPageSnapshotType0Json,
    )

    _models_pending = False
