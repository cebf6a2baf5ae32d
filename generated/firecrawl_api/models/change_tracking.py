from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.change_tracking_modes_item import ChangeTrackingModesItem
from ..models.change_tracking_type import ChangeTrackingType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema_document import JsonSchemaDocument


T = TypeVar("T", bound="ChangeTracking")


@redacted_repr
@_attrs_define
class ChangeTracking:
    """
    Attributes:
        type_ (ChangeTrackingType):
        modes (list[ChangeTrackingModesItem] | Unset): The mode to use for change tracking. 'git-diff' provides a
            detailed diff, and 'json' compares extracted JSON data.
        prompt (str | Unset): Prompt to use for change tracking when using 'json' mode. If not provided, the default
            prompt will be used.
        tag (None | str | Unset): Tag to use for change tracking. Tags can separate change tracking history into
            separate "branches", where change tracking with a specific tagwill only compare to scrapes made in the same tag.
            If not provided, the default tag (null) will be used.
        schema (JsonSchemaDocument | Unset): A JSON Schema document (https://json-schema.org/); any keys allowed.
    """

    type_: ChangeTrackingType
    modes: list[ChangeTrackingModesItem] | Unset = UNSET
    prompt: str | Unset = UNSET
    tag: None | str | Unset = UNSET
    schema: JsonSchemaDocument | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        modes: list[str] | Unset = UNSET
        if not isinstance(self.modes, Unset):
            modes = []
            for modes_item_data in self.modes:
                modes_item = modes_item_data.value
                modes.append(modes_item)

        prompt = self.prompt

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if modes is not UNSET:
            field_dict["modes"] = modes
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if tag is not UNSET:
            field_dict["tag"] = tag
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        type_ = ChangeTrackingType(d.pop("type"))

        _modes = d.pop("modes", UNSET)
        modes: list[ChangeTrackingModesItem] | Unset = UNSET
        if _modes is not UNSET:
            modes = []
            for modes_item_data in _modes:
                modes_item = ChangeTrackingModesItem(modes_item_data)

                modes.append(modes_item)

        prompt = d.pop("prompt", UNSET)

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("tag", UNSET))

        _schema = d.pop("schema", UNSET)
        schema: JsonSchemaDocument | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = JsonSchemaDocument.from_dict(_schema)

        change_tracking = cls(
            type_=type_,
            modes=modes,
            prompt=prompt,
            tag=tag,
            schema=schema,
        )

        change_tracking.additional_properties = d
        return change_tracking

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
    global JsonSchemaDocument
    from ..models.json_schema_document import JsonSchemaDocument

    _models_pending = False
