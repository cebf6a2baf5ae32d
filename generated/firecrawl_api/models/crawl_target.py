from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.crawl_target_type import CrawlTargetType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_crawl_options import MonitorCrawlOptions
    from ..models.scrape_options import ScrapeOptions


T = TypeVar("T", bound="CrawlTarget")


@redacted_repr
@_attrs_define
class CrawlTarget:
    """
    Attributes:
        type_ (CrawlTargetType):
        url (str):
        id (UUID | Unset): Optional stable ID for this target. Generated if omitted.
        scrape_options (ScrapeOptions | Unset):
        crawl_options (MonitorCrawlOptions | Unset): Crawl options such as `limit`, `maxDepth`, `includePaths`, and
            `excludePaths`.
    """

    type_: CrawlTargetType
    url: str
    id: UUID | Unset = UNSET
    scrape_options: ScrapeOptions | Unset = UNSET
    crawl_options: MonitorCrawlOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        url = self.url

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        scrape_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scrape_options, Unset):
            scrape_options = self.scrape_options.to_dict()

        crawl_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.crawl_options, Unset):
            crawl_options = self.crawl_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if scrape_options is not UNSET:
            field_dict["scrapeOptions"] = scrape_options
        if crawl_options is not UNSET:
            field_dict["crawlOptions"] = crawl_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        type_ = CrawlTargetType(d.pop("type"))

        url = d.pop("url", "")

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _scrape_options = d.pop("scrapeOptions", UNSET)
        scrape_options: ScrapeOptions | Unset
        if isinstance(_scrape_options, Unset):
            scrape_options = UNSET
        else:
            scrape_options = ScrapeOptions.from_dict(_scrape_options)

        _crawl_options = d.pop("crawlOptions", UNSET)
        crawl_options: MonitorCrawlOptions | Unset
        if isinstance(_crawl_options, Unset):
            crawl_options = UNSET
        else:
            crawl_options = MonitorCrawlOptions.from_dict(_crawl_options)

        crawl_target = cls(
            type_=type_,
            url=url,
            id=id,
            scrape_options=scrape_options,
            crawl_options=crawl_options,
        )

        crawl_target.additional_properties = d
        return crawl_target

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
    global MonitorCrawlOptions
    from ..models.monitor_crawl_options import MonitorCrawlOptions

    global ScrapeOptions
    from ..models.scrape_options import ScrapeOptions

    _models_pending = False
