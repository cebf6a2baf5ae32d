from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.scrape_options_generate_pdf_format import ScrapeOptionsGeneratePDFFormat
from ..models.scrape_options_generate_pdf_type import ScrapeOptionsGeneratePDFType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScrapeOptionsGeneratePDF")


@redacted_repr
@_attrs_define
class ScrapeOptionsGeneratePDF:
    """
    Attributes:
        type_ (ScrapeOptionsGeneratePDFType): Generate a PDF of the current page. The PDF will be returned in the
            `actions.pdfs` array of the response.
        format_ (ScrapeOptionsGeneratePDFFormat | Unset): The page size of the resulting PDF Default:
            ScrapeOptionsGeneratePDFFormat.LETTER.
        landscape (bool | Unset): Whether to generate the PDF in landscape orientation Default: False.
        scale (float | Unset): The scale multiplier of the resulting PDF Default: 1.0.
    """

    type_: ScrapeOptionsGeneratePDFType
    format_: ScrapeOptionsGeneratePDFFormat | Unset = UNSET
    landscape: bool | Unset = UNSET
    scale: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        format_: str | Unset = UNSET
        if not isinstance(self.format_, Unset):
            format_ = self.format_.value

        landscape = self.landscape

        scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if format_ is not UNSET:
            field_dict["format"] = format_
        if landscape is not UNSET:
            field_dict["landscape"] = landscape
        if scale is not UNSET:
            field_dict["scale"] = scale

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ScrapeOptionsGeneratePDFType(d.pop("type"))

        _format_ = d.pop("format", UNSET)
        format_: ScrapeOptionsGeneratePDFFormat | Unset
        if isinstance(_format_, Unset):
            format_ = UNSET
        else:
            format_ = ScrapeOptionsGeneratePDFFormat(_format_)

        landscape = d.pop("landscape", UNSET)

        scale = d.pop("scale", UNSET)

        scrape_options_generate_pdf = cls(
            type_=type_,
            format_=format_,
            landscape=landscape,
            scale=scale,
        )

        scrape_options_generate_pdf.additional_properties = d
        return scrape_options_generate_pdf

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
