from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.screenshot_format_type import ScreenshotFormatType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.screenshot_viewport import ScreenshotViewport


T = TypeVar("T", bound="ScreenshotFormat")


@redacted_repr
@_attrs_define
class ScreenshotFormat:
    """
    Attributes:
        type_ (ScreenshotFormatType):
        full_page (bool | Unset): Whether to capture a full-page screenshot (ignores viewport.height) or limit to the
            current viewport. Default: False.
        quality (int | Unset): The quality of the screenshot, from 1 to 100. 100 is the highest quality.
        viewport (ScreenshotViewport | Unset): Viewport of a screenshot, in pixels.
    """

    type_: ScreenshotFormatType
    full_page: bool | Unset = UNSET
    quality: int | Unset = UNSET
    viewport: ScreenshotViewport | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        full_page = self.full_page

        quality = self.quality

        viewport: dict[str, Any] | Unset = UNSET
        if not isinstance(self.viewport, Unset):
            viewport = self.viewport.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if full_page is not UNSET:
            field_dict["fullPage"] = full_page
        if quality is not UNSET:
            field_dict["quality"] = quality
        if viewport is not UNSET:
            field_dict["viewport"] = viewport

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        type_ = ScreenshotFormatType(d.pop("type"))

        full_page = d.pop("fullPage", UNSET)

        quality = d.pop("quality", UNSET)

        _viewport = d.pop("viewport", UNSET)
        viewport: ScreenshotViewport | Unset
        if isinstance(_viewport, Unset):
            viewport = UNSET
        else:
            viewport = ScreenshotViewport.from_dict(_viewport)

        screenshot_format = cls(
            type_=type_,
            full_page=full_page,
            quality=quality,
            viewport=viewport,
        )

        screenshot_format.additional_properties = d
        return screenshot_format

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
    global ScreenshotViewport
    from ..models.screenshot_viewport import ScreenshotViewport

    _models_pending = False
