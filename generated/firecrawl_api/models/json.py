from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.json_type import JSONType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_schema_document import JsonSchemaDocument


T = TypeVar("T", bound="JSON")


@redacted_repr
@_attrs_define
class JSON:
    """
    Attributes:
        type_ (JSONType):
        prompt (str | Unset): The prompt to use for the JSON output
        schema (JsonSchemaDocument | Unset): A JSON Schema document (https://json-schema.org/); any keys allowed.
    """

    type_: JSONType
    prompt: str | Unset = UNSET
    schema: JsonSchemaDocument | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        prompt = self.prompt

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
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        type_ = JSONType(d.pop("type"))

        prompt = d.pop("prompt", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: JsonSchemaDocument | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = JsonSchemaDocument.from_dict(_schema)

        json = cls(
            type_=type_,
            prompt=prompt,
            schema=schema,
        )

        json.additional_properties = d
        return json

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
