from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_and_scrape_response_200_data_images_item import (
        SearchAndScrapeResponse200DataImagesItem,
    )
    from ..models.search_and_scrape_response_200_data_news_item import (
        SearchAndScrapeResponse200DataNewsItem,
    )
    from ..models.search_and_scrape_response_200_data_web_item import (
        SearchAndScrapeResponse200DataWebItem,
    )


T = TypeVar("T", bound="SearchAndScrapeResponse200Data")


@redacted_repr
@_attrs_define
class SearchAndScrapeResponse200Data:
    """The search results. The arrays available will depend on the sources you specified in the request. By default, the
    `web` array will be returned.

        Attributes:
            web (list[SearchAndScrapeResponse200DataWebItem] | Unset):
            images (list[SearchAndScrapeResponse200DataImagesItem] | Unset):
            news (list[SearchAndScrapeResponse200DataNewsItem] | Unset):
    """

    web: list[SearchAndScrapeResponse200DataWebItem] | Unset = UNSET
    images: list[SearchAndScrapeResponse200DataImagesItem] | Unset = UNSET
    news: list[SearchAndScrapeResponse200DataNewsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        web: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.web, Unset):
            web = []
            for web_item_data in self.web:
                web_item = web_item_data.to_dict()
                web.append(web_item)

        images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.images, Unset):
            images = []
            for images_item_data in self.images:
                images_item = images_item_data.to_dict()
                images.append(images_item)

        news: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.news, Unset):
            news = []
            for news_item_data in self.news:
                news_item = news_item_data.to_dict()
                news.append(news_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if web is not UNSET:
            field_dict["web"] = web
        if images is not UNSET:
            field_dict["images"] = images
        if news is not UNSET:
            field_dict["news"] = news

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        _web = d.pop("web", UNSET)
        web: list[SearchAndScrapeResponse200DataWebItem] | Unset = UNSET
        if _web is not UNSET:
            web = []
            for web_item_data in _web:
                web_item = SearchAndScrapeResponse200DataWebItem.from_dict(
                    web_item_data
                )

                web.append(web_item)

        _images = d.pop("images", UNSET)
        images: list[SearchAndScrapeResponse200DataImagesItem] | Unset = UNSET
        if _images is not UNSET:
            images = []
            for images_item_data in _images:
                images_item = SearchAndScrapeResponse200DataImagesItem.from_dict(
                    images_item_data
                )

                images.append(images_item)

        _news = d.pop("news", UNSET)
        news: list[SearchAndScrapeResponse200DataNewsItem] | Unset = UNSET
        if _news is not UNSET:
            news = []
            for news_item_data in _news:
                news_item = SearchAndScrapeResponse200DataNewsItem.from_dict(
                    news_item_data
                )

                news.append(news_item)

        search_and_scrape_response_200_data = cls(
            web=web,
            images=images,
            news=news,
        )

        search_and_scrape_response_200_data.additional_properties = d
        return search_and_scrape_response_200_data

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
    global SearchAndScrapeResponse200DataImagesItem
    from ..models.search_and_scrape_response_200_data_images_item import (
        SearchAndScrapeResponse200DataImagesItem,
    )

    global SearchAndScrapeResponse200DataNewsItem
    from ..models.search_and_scrape_response_200_data_news_item import (
        SearchAndScrapeResponse200DataNewsItem,
    )

    global SearchAndScrapeResponse200DataWebItem
    from ..models.search_and_scrape_response_200_data_web_item import (
        SearchAndScrapeResponse200DataWebItem,
    )

    _models_pending = False
