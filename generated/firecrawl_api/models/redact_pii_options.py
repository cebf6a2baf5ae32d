from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .._hooks import redacted_repr
from ..models.redact_pii_entity import RedactPIIEntity
from ..models.redact_pii_options_mode import RedactPIIOptionsMode
from ..models.redact_pii_options_replace_style import RedactPIIOptionsReplaceStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="RedactPIIOptions")


@redacted_repr
@_attrs_define
class RedactPIIOptions:
    """Tuning options for PII redaction.

    Attributes:
        mode (RedactPIIOptionsMode | Unset): Redaction strategy. `accurate` is model-only and optimized for precision,
            `aggressive` increases recall with additional heuristics, and `fast` uses heuristics without the model call.
            Default: RedactPIIOptionsMode.ACCURATE.
        entities (list[RedactPIIEntity] | Unset): Restrict redaction to these entity buckets. If omitted, all supported
            entities are redacted.
        replace_style (RedactPIIOptionsReplaceStyle | Unset): `tag` replaces spans with placeholders like `<EMAIL>`,
            `mask` replaces characters with `*`, and `remove` deletes the span text. Default:
            RedactPIIOptionsReplaceStyle.TAG.
    """

    mode: RedactPIIOptionsMode | Unset = UNSET
    entities: list[RedactPIIEntity] | Unset = UNSET
    replace_style: RedactPIIOptionsReplaceStyle | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        entities: list[str] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.value
                entities.append(entities_item)

        replace_style: str | Unset = UNSET
        if not isinstance(self.replace_style, Unset):
            replace_style = self.replace_style.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if entities is not UNSET:
            field_dict["entities"] = entities
        if replace_style is not UNSET:
            field_dict["replaceStyle"] = replace_style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: RedactPIIOptionsMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = RedactPIIOptionsMode(_mode)

        _entities = d.pop("entities", UNSET)
        entities: list[RedactPIIEntity] | Unset = UNSET
        if _entities is not UNSET:
            entities = []
            for entities_item_data in _entities:
                entities_item = RedactPIIEntity(entities_item_data)

                entities.append(entities_item)

        _replace_style = d.pop("replaceStyle", UNSET)
        replace_style: RedactPIIOptionsReplaceStyle | Unset
        if isinstance(_replace_style, Unset):
            replace_style = UNSET
        else:
            replace_style = RedactPIIOptionsReplaceStyle(_replace_style)

        redact_pii_options = cls(
            mode=mode,
            entities=entities,
            replace_style=replace_style,
        )

        return redact_pii_options
