from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_check_page_diff_type_0_json import (
        MonitorCheckPageDiffType0Json,
    )


T = TypeVar("T", bound="MonitorCheckPageDiffType0")


@redacted_repr
@_attrs_define
class MonitorCheckPageDiffType0:
    """Inline diff artifact when the page changed. The shape depends on what the monitor's scrapeOptions.formats asked for.
    Markdown-only monitors populate both `text` (unified diff) and `json` (parseDiff AST). JSON-extraction monitors
    populate `json` as a per-field `{previous, current}` map keyed by JSON path. Mixed-mode monitors (`changeTracking`
    with both `json` and `git-diff` modes) populate both `text` (markdown sidecar) and `json` (per-field diff).

        Attributes:
            text (str | Unset): Unified markdown diff. Present on markdown-only and mixed-mode monitors.
            json (MonitorCheckPageDiffType0Json | Unset): For markdown-only monitors, a parseDiff AST `{ files: [...] }`.
                For JSON-extraction (and mixed-mode) monitors, a per-field `{ previous, current }` map keyed by the JSON path
                into the extraction (e.g. `plans[0].price`).
    """

    text: str | Unset = UNSET
    json: MonitorCheckPageDiffType0Json | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        json: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json, Unset):
            json = self.json.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if json is not UNSET:
            field_dict["json"] = json

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        text = d.pop("text", UNSET)

        _json = d.pop("json", UNSET)
        json: MonitorCheckPageDiffType0Json | Unset
        if isinstance(_json, Unset):
            json = UNSET
        else:
            json = MonitorCheckPageDiffType0Json.from_dict(_json)

        monitor_check_page_diff_type_0 = cls(
            text=text,
            json=json,
        )

        monitor_check_page_diff_type_0.additional_properties = d
        return monitor_check_page_diff_type_0

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
    global MonitorCheckPageDiffType0Json
    from ..models.monitor_check_page_diff_type_0_json import (
        MonitorCheckPageDiffType0Json,
    )

    _models_pending = False
