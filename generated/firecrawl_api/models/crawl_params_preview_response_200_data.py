from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.crawl_params_preview_response_200_data_sitemap import (
    CrawlParamsPreviewResponse200DataSitemap,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CrawlParamsPreviewResponse200Data")


@redacted_repr
@_attrs_define
class CrawlParamsPreviewResponse200Data:
    """
    Attributes:
        url (str | Unset): The URL to crawl
        include_paths (list[str] | Unset): URL patterns to include
        exclude_paths (list[str] | Unset): URL patterns to exclude
        max_depth (int | Unset): Maximum crawl depth
        max_discovery_depth (int | Unset): Maximum discovery depth
        crawl_entire_domain (bool | Unset): Whether to crawl the entire domain
        allow_external_links (bool | Unset): Whether to allow external links
        allow_subdomains (bool | Unset): Whether to allow subdomains
        sitemap (CrawlParamsPreviewResponse200DataSitemap | Unset): Sitemap handling strategy
        ignore_query_parameters (bool | Unset): Whether to ignore query parameters
        ignore_robots_txt (bool | Unset): Whether robots.txt rules are ignored
        robots_user_agent (str | Unset): Custom User-Agent string used for robots.txt evaluation
        deduplicate_similar_ur_ls (bool | Unset): Whether to deduplicate similar URLs
        delay (float | Unset): Delay between requests in milliseconds
        limit (int | Unset): Maximum number of pages to crawl
    """

    url: str | Unset = UNSET
    include_paths: list[str] | Unset = UNSET
    exclude_paths: list[str] | Unset = UNSET
    max_depth: int | Unset = UNSET
    max_discovery_depth: int | Unset = UNSET
    crawl_entire_domain: bool | Unset = UNSET
    allow_external_links: bool | Unset = UNSET
    allow_subdomains: bool | Unset = UNSET
    sitemap: CrawlParamsPreviewResponse200DataSitemap | Unset = UNSET
    ignore_query_parameters: bool | Unset = UNSET
    ignore_robots_txt: bool | Unset = UNSET
    robots_user_agent: str | Unset = UNSET
    deduplicate_similar_ur_ls: bool | Unset = UNSET
    delay: float | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        include_paths: list[str] | Unset = UNSET
        if not isinstance(self.include_paths, Unset):
            include_paths = self.include_paths

        exclude_paths: list[str] | Unset = UNSET
        if not isinstance(self.exclude_paths, Unset):
            exclude_paths = self.exclude_paths

        max_depth = self.max_depth

        max_discovery_depth = self.max_discovery_depth

        crawl_entire_domain = self.crawl_entire_domain

        allow_external_links = self.allow_external_links

        allow_subdomains = self.allow_subdomains

        sitemap: str | Unset = UNSET
        if not isinstance(self.sitemap, Unset):
            sitemap = self.sitemap.value

        ignore_query_parameters = self.ignore_query_parameters

        ignore_robots_txt = self.ignore_robots_txt

        robots_user_agent = self.robots_user_agent

        deduplicate_similar_ur_ls = self.deduplicate_similar_ur_ls

        delay = self.delay

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if include_paths is not UNSET:
            field_dict["includePaths"] = include_paths
        if exclude_paths is not UNSET:
            field_dict["excludePaths"] = exclude_paths
        if max_depth is not UNSET:
            field_dict["maxDepth"] = max_depth
        if max_discovery_depth is not UNSET:
            field_dict["maxDiscoveryDepth"] = max_discovery_depth
        if crawl_entire_domain is not UNSET:
            field_dict["crawlEntireDomain"] = crawl_entire_domain
        if allow_external_links is not UNSET:
            field_dict["allowExternalLinks"] = allow_external_links
        if allow_subdomains is not UNSET:
            field_dict["allowSubdomains"] = allow_subdomains
        if sitemap is not UNSET:
            field_dict["sitemap"] = sitemap
        if ignore_query_parameters is not UNSET:
            field_dict["ignoreQueryParameters"] = ignore_query_parameters
        if ignore_robots_txt is not UNSET:
            field_dict["ignoreRobotsTxt"] = ignore_robots_txt
        if robots_user_agent is not UNSET:
            field_dict["robotsUserAgent"] = robots_user_agent
        if deduplicate_similar_ur_ls is not UNSET:
            field_dict["deduplicateSimilarURLs"] = deduplicate_similar_ur_ls
        if delay is not UNSET:
            field_dict["delay"] = delay
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        include_paths = cast(list[str], d.pop("includePaths", UNSET))

        exclude_paths = cast(list[str], d.pop("excludePaths", UNSET))

        max_depth = d.pop("maxDepth", UNSET)

        max_discovery_depth = d.pop("maxDiscoveryDepth", UNSET)

        crawl_entire_domain = d.pop("crawlEntireDomain", UNSET)

        allow_external_links = d.pop("allowExternalLinks", UNSET)

        allow_subdomains = d.pop("allowSubdomains", UNSET)

        _sitemap = d.pop("sitemap", UNSET)
        sitemap: CrawlParamsPreviewResponse200DataSitemap | Unset
        if isinstance(_sitemap, Unset):
            sitemap = UNSET
        else:
            sitemap = CrawlParamsPreviewResponse200DataSitemap(_sitemap)

        ignore_query_parameters = d.pop("ignoreQueryParameters", UNSET)

        ignore_robots_txt = d.pop("ignoreRobotsTxt", UNSET)

        robots_user_agent = d.pop("robotsUserAgent", UNSET)

        deduplicate_similar_ur_ls = d.pop("deduplicateSimilarURLs", UNSET)

        delay = d.pop("delay", UNSET)

        limit = d.pop("limit", UNSET)

        crawl_params_preview_response_200_data = cls(
            url=url,
            include_paths=include_paths,
            exclude_paths=exclude_paths,
            max_depth=max_depth,
            max_discovery_depth=max_discovery_depth,
            crawl_entire_domain=crawl_entire_domain,
            allow_external_links=allow_external_links,
            allow_subdomains=allow_subdomains,
            sitemap=sitemap,
            ignore_query_parameters=ignore_query_parameters,
            ignore_robots_txt=ignore_robots_txt,
            robots_user_agent=robots_user_agent,
            deduplicate_similar_ur_ls=deduplicate_similar_ur_ls,
            delay=delay,
            limit=limit,
        )

        crawl_params_preview_response_200_data.additional_properties = d
        return crawl_params_preview_response_200_data

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
