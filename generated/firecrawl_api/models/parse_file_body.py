from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._hooks import redacted_repr
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.parse_options import ParseOptions


T = TypeVar("T", bound="ParseFileBody")


@redacted_repr
@_attrs_define
class ParseFileBody:
    """
    Attributes:
        file (File): The file bytes to parse. Supported extensions: .html, .htm, .xhtml, .pdf, .docx, .doc, .docm, .odt,
            .ods, .odp, .rtf, .xlsx, .xls, .xlsm, .xlsb, .pptx, .ppt, .pptm, .epub, .csv.
        options (ParseOptions | Unset): Optional parse options sent as JSON in the multipart `options` field.
    """

    file: File
    options: ParseOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.options, Unset):
            files.append(
                (
                    "options",
                    (
                        None,
                        json.dumps(self.options.to_dict()).encode(),
                        "application/json",
                    ),
                )
            )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        _options = d.pop("options", UNSET)
        options: ParseOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ParseOptions.from_dict(_options)

        parse_file_body = cls(
            file=file,
            options=options,
        )

        parse_file_body.additional_properties = d
        return parse_file_body

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
    global ParseOptions
    from ..models.parse_options import ParseOptions

    _models_pending = False
