from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scrape_response_data_actions_type_0_javascript_returns_item import (
        ScrapeResponseDataActionsType0JavascriptReturnsItem,
    )
    from ..models.scrape_response_data_actions_type_0_scrapes_item import (
        ScrapeResponseDataActionsType0ScrapesItem,
    )


T = TypeVar("T", bound="ScrapeResponseDataActionsType0")


@redacted_repr
@_attrs_define
class ScrapeResponseDataActionsType0:
    """Results of the actions specified in the `actions` parameter. Only present if the `actions` parameter was provided in
    the request

        Attributes:
            screenshots (list[str] | Unset): Screenshot URLs, in the same order as the screenshot actions provided.
            scrapes (list[ScrapeResponseDataActionsType0ScrapesItem] | Unset): Scrape contents, in the same order as the
                scrape actions provided.
            javascript_returns (list[ScrapeResponseDataActionsType0JavascriptReturnsItem] | Unset): JavaScript return
                values, in the same order as the executeJavascript actions provided.
            pdfs (list[str] | Unset): PDFs generated, in the same order as the pdf actions provided.
    """

    screenshots: list[str] | Unset = UNSET
    scrapes: list[ScrapeResponseDataActionsType0ScrapesItem] | Unset = UNSET
    javascript_returns: (
        list[ScrapeResponseDataActionsType0JavascriptReturnsItem] | Unset
    ) = UNSET
    pdfs: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        screenshots: list[str] | Unset = UNSET
        if not isinstance(self.screenshots, Unset):
            screenshots = self.screenshots

        scrapes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scrapes, Unset):
            scrapes = []
            for scrapes_item_data in self.scrapes:
                scrapes_item = scrapes_item_data.to_dict()
                scrapes.append(scrapes_item)

        javascript_returns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.javascript_returns, Unset):
            javascript_returns = []
            for javascript_returns_item_data in self.javascript_returns:
                javascript_returns_item = javascript_returns_item_data.to_dict()
                javascript_returns.append(javascript_returns_item)

        pdfs: list[str] | Unset = UNSET
        if not isinstance(self.pdfs, Unset):
            pdfs = self.pdfs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if screenshots is not UNSET:
            field_dict["screenshots"] = screenshots
        if scrapes is not UNSET:
            field_dict["scrapes"] = scrapes
        if javascript_returns is not UNSET:
            field_dict["javascriptReturns"] = javascript_returns
        if pdfs is not UNSET:
            field_dict["pdfs"] = pdfs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        screenshots = cast(list[str], d.pop("screenshots", UNSET))

        _scrapes = d.pop("scrapes", UNSET)
        scrapes: list[ScrapeResponseDataActionsType0ScrapesItem] | Unset = UNSET
        if _scrapes is not UNSET:
            scrapes = []
            for scrapes_item_data in _scrapes:
                scrapes_item = ScrapeResponseDataActionsType0ScrapesItem.from_dict(
                    scrapes_item_data
                )

                scrapes.append(scrapes_item)

        _javascript_returns = d.pop("javascriptReturns", UNSET)
        javascript_returns: (
            list[ScrapeResponseDataActionsType0JavascriptReturnsItem] | Unset
        ) = UNSET
        if _javascript_returns is not UNSET:
            javascript_returns = []
            for javascript_returns_item_data in _javascript_returns:
                javascript_returns_item = (
                    ScrapeResponseDataActionsType0JavascriptReturnsItem.from_dict(
                        javascript_returns_item_data
                    )
                )

                javascript_returns.append(javascript_returns_item)

        pdfs = cast(list[str], d.pop("pdfs", UNSET))

        scrape_response_data_actions_type_0 = cls(
            screenshots=screenshots,
            scrapes=scrapes,
            javascript_returns=javascript_returns,
            pdfs=pdfs,
        )

        scrape_response_data_actions_type_0.additional_properties = d
        return scrape_response_data_actions_type_0

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
    global ScrapeResponseDataActionsType0JavascriptReturnsItem
    from ..models.scrape_response_data_actions_type_0_javascript_returns_item import (
        ScrapeResponseDataActionsType0JavascriptReturnsItem,
    )

    global ScrapeResponseDataActionsType0ScrapesItem
    from ..models.scrape_response_data_actions_type_0_scrapes_item import (
        ScrapeResponseDataActionsType0ScrapesItem,
    )

    _models_pending = False
