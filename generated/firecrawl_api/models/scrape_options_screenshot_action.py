from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.scrape_options_screenshot_action_type import (
    ScrapeOptionsScreenshotActionType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scrape_options_screenshot_action_viewport import (
        ScrapeOptionsScreenshotActionViewport,
    )


T = TypeVar("T", bound="ScrapeOptionsScreenshotAction")


@redacted_repr
@_attrs_define
class ScrapeOptionsScreenshotAction:
    """
    Attributes:
        type_ (ScrapeOptionsScreenshotActionType): Take a screenshot. The links will be in the response's
            `actions.screenshots` array.
        full_page (bool | Unset): Whether to capture a full-page screenshot (ignores viewport.height) or limit to the
            current viewport. Default: False.
        quality (int | Unset): The quality of the screenshot, from 1 to 100. 100 is the highest quality.
        viewport (ScrapeOptionsScreenshotActionViewport | Unset):
    """

    type_: ScrapeOptionsScreenshotActionType
    full_page: bool | Unset = UNSET
    quality: int | Unset = UNSET
    viewport: ScrapeOptionsScreenshotActionViewport | Unset = UNSET
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
        type_ = ScrapeOptionsScreenshotActionType(d.pop("type"))

        full_page = d.pop("fullPage", UNSET)

        quality = d.pop("quality", UNSET)

        _viewport = d.pop("viewport", UNSET)
        viewport: ScrapeOptionsScreenshotActionViewport | Unset
        if isinstance(_viewport, Unset):
            viewport = UNSET
        else:
            viewport = ScrapeOptionsScreenshotActionViewport.from_dict(_viewport)

        scrape_options_screenshot_action = cls(
            type_=type_,
            full_page=full_page,
            quality=quality,
            viewport=viewport,
        )

        scrape_options_screenshot_action.additional_properties = d
        return scrape_options_screenshot_action

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
    global ScrapeOptionsScreenshotActionViewport
    from ..models.scrape_options_screenshot_action_viewport import (
        ScrapeOptionsScreenshotActionViewport,
    )

    _models_pending = False
