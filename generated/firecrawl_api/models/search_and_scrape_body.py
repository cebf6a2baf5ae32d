from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.search_and_scrape_body_enterprise_item import (
    SearchAndScrapeBodyEnterpriseItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scrape_options import ScrapeOptions
    from ..models.search_and_scrape_body_git_hub import SearchAndScrapeBodyGitHub
    from ..models.search_and_scrape_body_images import SearchAndScrapeBodyImages
    from ..models.search_and_scrape_body_news import SearchAndScrapeBodyNews
    from ..models.search_and_scrape_body_pdf import SearchAndScrapeBodyPDF
    from ..models.search_and_scrape_body_research import SearchAndScrapeBodyResearch
    from ..models.search_and_scrape_body_web import SearchAndScrapeBodyWeb
    from ..models.threat_protection_override import ThreatProtectionOverride


T = TypeVar("T", bound="SearchAndScrapeBody")


@redacted_repr
@_attrs_define
class SearchAndScrapeBody:
    """
    Attributes:
        query (str): The search query
        limit (int | Unset): Maximum number of results to return (per source type when using multiple sources) Default:
            10.
        sources (list[SearchAndScrapeBodyImages | SearchAndScrapeBodyNews | SearchAndScrapeBodyWeb] | Unset): Sources to
            search. Will determine the arrays available in the response. Defaults to ['web'].
        categories (list[SearchAndScrapeBodyGitHub | SearchAndScrapeBodyPDF | SearchAndScrapeBodyResearch] | Unset):
            Categories to filter results by. Defaults to [], which means results will not be filtered by any categories.
        include_domains (list[str] | Unset): Restricts search results to the specified domains. Domains should be
            hostnames only, without protocol or path. Cannot be used with excludeDomains.
        exclude_domains (list[str] | Unset): Excludes search results from the specified domains. Domains should be
            hostnames only, without protocol or path. Cannot be used with includeDomains.
        tbs (str | Unset): Time-based search parameter. Supports predefined time ranges (`qdr:h`, `qdr:d`, `qdr:w`,
            `qdr:m`, `qdr:y`), custom date ranges (`cdr:1,cd_min:MM/DD/YYYY,cd_max:MM/DD/YYYY`), and sort by date (`sbd:1`).
            Values can be combined, e.g. `sbd:1,qdr:w`.
        location (str | Unset): Location parameter for search results (e.g. `San Francisco,California,United States`).
            For best results, set both this and the `country` parameter.
        country (str | Unset): ISO country code for geo-targeting search results (e.g. `US`). For best results, set both
            this and the `location` parameter. Default: 'US'.
        safe (bool | Unset): When `true`, filters explicit content from search results (SafeSearch). Omit to keep the
            default behavior, which does not apply the filter.
        timeout (int | Unset): Timeout in milliseconds Default: 60000.
        ignore_invalid_ur_ls (bool | Unset): Excludes URLs from the search results that are invalid for other Firecrawl
            endpoints. This helps reduce errors if you are piping data from search into other Firecrawl API endpoints.
            Default: False.
        highlights (bool | Unset): Generate query-relevant highlights for search results. Set to false to return
            provider descriptions or snippets without highlighting. Default: True.
        enterprise (list[SearchAndScrapeBodyEnterpriseItem] | Unset): Enterprise search options for Zero Data Retention
            (ZDR). Use `["zdr"]` for end-to-end ZDR (10 credits / 10 results) or `["anon"]` for anonymized ZDR (2 credits /
            10 results). Must be enabled for your team.
        scrape_options (ScrapeOptions | Unset):
        threat_protection (ThreatProtectionOverride | Unset): Per-request [Threat
            Protection](https://docs.firecrawl.dev/features/threat-protection) override. Fields you provide replace the
            corresponding fields of your organization's policy for this request only; omitted fields keep their
            organization-level values. Requires Threat Protection to be enabled for your team (enterprise feature) —
            otherwise the request is rejected with a 403. If your organization has disabled request overrides, any request
            that includes this object is rejected with a 403. If Threat Protection is enforced for your team, `mode` may not
            be set to `off`.
    """

    query: str
    limit: int | Unset = UNSET
    sources: (
        list[
            SearchAndScrapeBodyImages | SearchAndScrapeBodyNews | SearchAndScrapeBodyWeb
        ]
        | Unset
    ) = UNSET
    categories: (
        list[
            SearchAndScrapeBodyGitHub
            | SearchAndScrapeBodyPDF
            | SearchAndScrapeBodyResearch
        ]
        | Unset
    ) = UNSET
    include_domains: list[str] | Unset = UNSET
    exclude_domains: list[str] | Unset = UNSET
    tbs: str | Unset = UNSET
    location: str | Unset = UNSET
    country: str | Unset = UNSET
    safe: bool | Unset = UNSET
    timeout: int | Unset = UNSET
    ignore_invalid_ur_ls: bool | Unset = UNSET
    highlights: bool | Unset = UNSET
    enterprise: list[SearchAndScrapeBodyEnterpriseItem] | Unset = UNSET
    scrape_options: ScrapeOptions | Unset = UNSET
    threat_protection: ThreatProtectionOverride | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_pending:
            _import_models()

        query = self.query

        limit = self.limit

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item: dict[str, Any]
                if isinstance(sources_item_data, SearchAndScrapeBodyWeb) or isinstance(
                    sources_item_data, SearchAndScrapeBodyImages
                ):
                    sources_item = sources_item_data.to_dict()
                else:
                    sources_item = sources_item_data.to_dict()

                sources.append(sources_item)

        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item: dict[str, Any]
                if isinstance(
                    categories_item_data, SearchAndScrapeBodyGitHub
                ) or isinstance(categories_item_data, SearchAndScrapeBodyResearch):
                    categories_item = categories_item_data.to_dict()
                else:
                    categories_item = categories_item_data.to_dict()

                categories.append(categories_item)

        include_domains: list[str] | Unset = UNSET
        if not isinstance(self.include_domains, Unset):
            include_domains = self.include_domains

        exclude_domains: list[str] | Unset = UNSET
        if not isinstance(self.exclude_domains, Unset):
            exclude_domains = self.exclude_domains

        tbs = self.tbs

        location = self.location

        country = self.country

        safe = self.safe

        timeout = self.timeout

        ignore_invalid_ur_ls = self.ignore_invalid_ur_ls

        highlights = self.highlights

        enterprise: list[str] | Unset = UNSET
        if not isinstance(self.enterprise, Unset):
            enterprise = []
            for enterprise_item_data in self.enterprise:
                enterprise_item = enterprise_item_data.value
                enterprise.append(enterprise_item)

        scrape_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scrape_options, Unset):
            scrape_options = self.scrape_options.to_dict()

        threat_protection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.threat_protection, Unset):
            threat_protection = self.threat_protection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if limit is not UNSET:
            field_dict["limit"] = limit
        if sources is not UNSET:
            field_dict["sources"] = sources
        if categories is not UNSET:
            field_dict["categories"] = categories
        if include_domains is not UNSET:
            field_dict["includeDomains"] = include_domains
        if exclude_domains is not UNSET:
            field_dict["excludeDomains"] = exclude_domains
        if tbs is not UNSET:
            field_dict["tbs"] = tbs
        if location is not UNSET:
            field_dict["location"] = location
        if country is not UNSET:
            field_dict["country"] = country
        if safe is not UNSET:
            field_dict["safe"] = safe
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if ignore_invalid_ur_ls is not UNSET:
            field_dict["ignoreInvalidURLs"] = ignore_invalid_ur_ls
        if highlights is not UNSET:
            field_dict["highlights"] = highlights
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if scrape_options is not UNSET:
            field_dict["scrapeOptions"] = scrape_options
        if threat_protection is not UNSET:
            field_dict["threatProtection"] = threat_protection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        query = d.pop("query")

        limit = d.pop("limit", UNSET)

        _sources = d.pop("sources", UNSET)
        sources: (
            list[
                SearchAndScrapeBodyImages
                | SearchAndScrapeBodyNews
                | SearchAndScrapeBodyWeb
            ]
            | Unset
        ) = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:

                def _parse_sources_item(
                    data: object,
                ) -> (
                    SearchAndScrapeBodyImages
                    | SearchAndScrapeBodyNews
                    | SearchAndScrapeBodyWeb
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        sources_item_web = SearchAndScrapeBodyWeb.from_dict(data)

                        return sources_item_web
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        sources_item_images = SearchAndScrapeBodyImages.from_dict(data)

                        return sources_item_images
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    sources_item_news = SearchAndScrapeBodyNews.from_dict(data)

                    return sources_item_news

                sources_item = _parse_sources_item(sources_item_data)

                sources.append(sources_item)

        _categories = d.pop("categories", UNSET)
        categories: (
            list[
                SearchAndScrapeBodyGitHub
                | SearchAndScrapeBodyPDF
                | SearchAndScrapeBodyResearch
            ]
            | Unset
        ) = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:

                def _parse_categories_item(
                    data: object,
                ) -> (
                    SearchAndScrapeBodyGitHub
                    | SearchAndScrapeBodyPDF
                    | SearchAndScrapeBodyResearch
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        categories_item_git_hub = SearchAndScrapeBodyGitHub.from_dict(
                            data
                        )

                        return categories_item_git_hub
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        categories_item_research = (
                            SearchAndScrapeBodyResearch.from_dict(data)
                        )

                        return categories_item_research
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    categories_item_pdf = SearchAndScrapeBodyPDF.from_dict(data)

                    return categories_item_pdf

                categories_item = _parse_categories_item(categories_item_data)

                categories.append(categories_item)

        include_domains = cast(list[str], d.pop("includeDomains", UNSET))

        exclude_domains = cast(list[str], d.pop("excludeDomains", UNSET))

        tbs = d.pop("tbs", UNSET)

        location = d.pop("location", UNSET)

        country = d.pop("country", UNSET)

        safe = d.pop("safe", UNSET)

        timeout = d.pop("timeout", UNSET)

        ignore_invalid_ur_ls = d.pop("ignoreInvalidURLs", UNSET)

        highlights = d.pop("highlights", UNSET)

        _enterprise = d.pop("enterprise", UNSET)
        enterprise: list[SearchAndScrapeBodyEnterpriseItem] | Unset = UNSET
        if _enterprise is not UNSET:
            enterprise = []
            for enterprise_item_data in _enterprise:
                enterprise_item = SearchAndScrapeBodyEnterpriseItem(
                    enterprise_item_data
                )

                enterprise.append(enterprise_item)

        _scrape_options = d.pop("scrapeOptions", UNSET)
        scrape_options: ScrapeOptions | Unset
        if isinstance(_scrape_options, Unset):
            scrape_options = UNSET
        else:
            scrape_options = ScrapeOptions.from_dict(_scrape_options)

        _threat_protection = d.pop("threatProtection", UNSET)
        threat_protection: ThreatProtectionOverride | Unset
        if isinstance(_threat_protection, Unset):
            threat_protection = UNSET
        else:
            threat_protection = ThreatProtectionOverride.from_dict(_threat_protection)

        search_and_scrape_body = cls(
            query=query,
            limit=limit,
            sources=sources,
            categories=categories,
            include_domains=include_domains,
            exclude_domains=exclude_domains,
            tbs=tbs,
            location=location,
            country=country,
            safe=safe,
            timeout=timeout,
            ignore_invalid_ur_ls=ignore_invalid_ur_ls,
            highlights=highlights,
            enterprise=enterprise,
            scrape_options=scrape_options,
            threat_protection=threat_protection,
        )

        search_and_scrape_body.additional_properties = d
        return search_and_scrape_body

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
    global ScrapeOptions
    from ..models.scrape_options import ScrapeOptions

    global SearchAndScrapeBodyGitHub
    from ..models.search_and_scrape_body_git_hub import SearchAndScrapeBodyGitHub

    global SearchAndScrapeBodyImages
    from ..models.search_and_scrape_body_images import SearchAndScrapeBodyImages

    global SearchAndScrapeBodyNews
    from ..models.search_and_scrape_body_news import SearchAndScrapeBodyNews

    global SearchAndScrapeBodyPDF
    from ..models.search_and_scrape_body_pdf import SearchAndScrapeBodyPDF

    global SearchAndScrapeBodyResearch
    from ..models.search_and_scrape_body_research import SearchAndScrapeBodyResearch

    global SearchAndScrapeBodyWeb
    from ..models.search_and_scrape_body_web import SearchAndScrapeBodyWeb

    global ThreatProtectionOverride
    from ..models.threat_protection_override import ThreatProtectionOverride

    _models_pending = False
