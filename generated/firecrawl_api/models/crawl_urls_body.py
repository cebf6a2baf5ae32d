from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.crawl_urls_body_sitemap import CrawlUrlsBodySitemap
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crawl_urls_body_webhook import CrawlUrlsBodyWebhook
    from ..models.scrape_options import ScrapeOptions


T = TypeVar("T", bound="CrawlUrlsBody")


@redacted_repr
@_attrs_define
class CrawlUrlsBody:
    """
    Attributes:
        url (str): The base URL to start crawling from
        prompt (str | Unset): A prompt to use to generate the crawler options (all the parameters below) from natural
            language. Explicitly set parameters will override the generated equivalents.
        exclude_paths (list[str] | Unset): URL pathname regex patterns that exclude matching URLs from the crawl. For
            example, if you set "excludePaths": ["blog/.*"] for the base URL firecrawl.dev, any results matching that
            pattern will be excluded, such as https://www.firecrawl.dev/blog/firecrawl-launch-week-1-recap.
        include_paths (list[str] | Unset): URL pathname regex patterns that include matching URLs in the crawl. Only the
            paths that match the specified patterns will be included in the response. Note: the starting URL is also checked
            against these patterns — if it does not match, the crawl may return 0 pages. For example, if you set
            "includePaths": ["blog/.*"] for the base URL firecrawl.dev/blog, only pages under /blog/ will be included in the
            results, such as https://www.firecrawl.dev/blog/firecrawl-launch-week-1-recap.
        max_discovery_depth (int | Unset): Maximum depth to crawl based on discovery order. The root site and sitemapped
            pages has a discovery depth of 0. For example, if you set it to 1, and you set `sitemap: 'skip'`, you will only
            crawl the entered URL and all URLs that are linked on that page.
        sitemap (CrawlUrlsBodySitemap | Unset): Sitemap mode when crawling. If you set it to 'skip', the crawler will
            ignore the website sitemap and only crawl the entered URL and discover pages from there onwards. If you set it
            to 'only', the crawler will only crawl URLs from the sitemap (plus the start URL) and will not discover links
            from HTML. Default: CrawlUrlsBodySitemap.INCLUDE.
        ignore_query_parameters (bool | Unset): Do not re-scrape the same path with different (or none) query parameters
            Default: False.
        regex_on_full_url (bool | Unset): When true, includePaths and excludePaths regex patterns are matched against
            the full URL (including query parameters) instead of just the URL pathname. Useful when you need to filter URLs
            based on query strings. Default: False.
        limit (int | Unset): Maximum number of pages to crawl. Default limit is 10000. Default: 10000.
        crawl_entire_domain (bool | Unset): Allows the crawler to follow internal links to sibling or parent URLs, not
            just child paths.

            false: Only crawls deeper (child) URLs.
            → e.g. /features/feature-1 → /features/feature-1/tips ✅
            → Won't follow /pricing or / ❌

            true: Crawls any internal links, including siblings and parents.
            → e.g. /features/feature-1 → /pricing, /, etc. ✅

            Use true for broader internal coverage beyond nested paths. Default: False.
        allow_external_links (bool | Unset): Allows the crawler to follow links to external websites. External links are
            followed one hop (the links found on those external pages are not crawled). Links pointing to an external site's
            homepage (a root URL with no path) are skipped and reported in Get Crawl Errors with the code EXTERNAL_LINK;
            redirects to an external homepage are skipped for the same reason. Default: False.
        allow_subdomains (bool | Unset): Allows the crawler to follow links to subdomains of the main domain. Default:
            False.
        ignore_robots_txt (bool | Unset): Ignore the website's robots.txt rules. Enterprise only — contact
            support@firecrawl.com to enable. Default: False.
        robots_user_agent (str | Unset): Custom User-Agent string for robots.txt evaluation. When set, robots.txt is
            fetched with this User-Agent and allow/disallow rules are matched against it instead of the default. Enterprise
            only — contact support@firecrawl.com to enable.
        delay (float | Unset): Delay in seconds between scrapes. This helps respect website rate limits. Setting this
            forces concurrency to 1.
        max_concurrency (int | Unset): Maximum number of concurrent scrapes. This parameter allows you to set a
            concurrency limit for this crawl. If not specified, the crawl adheres to your team's concurrency limit.
        webhook (CrawlUrlsBodyWebhook | Unset): A webhook specification object.
        scrape_options (ScrapeOptions | Unset):
        zero_data_retention (bool | Unset): If true, this will enable zero data retention for this crawl. To enable this
            feature, please contact help@firecrawl.dev Default: False.
    """

    url: str
    prompt: str | Unset = UNSET
    exclude_paths: list[str] | Unset = UNSET
    include_paths: list[str] | Unset = UNSET
    max_discovery_depth: int | Unset = UNSET
    sitemap: CrawlUrlsBodySitemap | Unset = UNSET
    ignore_query_parameters: bool | Unset = UNSET
    regex_on_full_url: bool | Unset = UNSET
    limit: int | Unset = UNSET
    crawl_entire_domain: bool | Unset = UNSET
    allow_external_links: bool | Unset = UNSET
    allow_subdomains: bool | Unset = UNSET
    ignore_robots_txt: bool | Unset = UNSET
    robots_user_agent: str | Unset = UNSET
    delay: float | Unset = UNSET
    max_concurrency: int | Unset = UNSET
    webhook: CrawlUrlsBodyWebhook | Unset = UNSET
    scrape_options: ScrapeOptions | Unset = UNSET
    zero_data_retention: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        prompt = self.prompt

        exclude_paths: list[str] | Unset = UNSET
        if not isinstance(self.exclude_paths, Unset):
            exclude_paths = self.exclude_paths

        include_paths: list[str] | Unset = UNSET
        if not isinstance(self.include_paths, Unset):
            include_paths = self.include_paths

        max_discovery_depth = self.max_discovery_depth

        sitemap: str | Unset = UNSET
        if not isinstance(self.sitemap, Unset):
            sitemap = self.sitemap.value

        ignore_query_parameters = self.ignore_query_parameters

        regex_on_full_url = self.regex_on_full_url

        limit = self.limit

        crawl_entire_domain = self.crawl_entire_domain

        allow_external_links = self.allow_external_links

        allow_subdomains = self.allow_subdomains

        ignore_robots_txt = self.ignore_robots_txt

        robots_user_agent = self.robots_user_agent

        delay = self.delay

        max_concurrency = self.max_concurrency

        webhook: dict[str, Any] | Unset = UNSET
        if not isinstance(self.webhook, Unset):
            webhook = self.webhook.to_dict()

        scrape_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scrape_options, Unset):
            scrape_options = self.scrape_options.to_dict()

        zero_data_retention = self.zero_data_retention

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if exclude_paths is not UNSET:
            field_dict["excludePaths"] = exclude_paths
        if include_paths is not UNSET:
            field_dict["includePaths"] = include_paths
        if max_discovery_depth is not UNSET:
            field_dict["maxDiscoveryDepth"] = max_discovery_depth
        if sitemap is not UNSET:
            field_dict["sitemap"] = sitemap
        if ignore_query_parameters is not UNSET:
            field_dict["ignoreQueryParameters"] = ignore_query_parameters
        if regex_on_full_url is not UNSET:
            field_dict["regexOnFullURL"] = regex_on_full_url
        if limit is not UNSET:
            field_dict["limit"] = limit
        if crawl_entire_domain is not UNSET:
            field_dict["crawlEntireDomain"] = crawl_entire_domain
        if allow_external_links is not UNSET:
            field_dict["allowExternalLinks"] = allow_external_links
        if allow_subdomains is not UNSET:
            field_dict["allowSubdomains"] = allow_subdomains
        if ignore_robots_txt is not UNSET:
            field_dict["ignoreRobotsTxt"] = ignore_robots_txt
        if robots_user_agent is not UNSET:
            field_dict["robotsUserAgent"] = robots_user_agent
        if delay is not UNSET:
            field_dict["delay"] = delay
        if max_concurrency is not UNSET:
            field_dict["maxConcurrency"] = max_concurrency
        if webhook is not UNSET:
            field_dict["webhook"] = webhook
        if scrape_options is not UNSET:
            field_dict["scrapeOptions"] = scrape_options
        if zero_data_retention is not UNSET:
            field_dict["zeroDataRetention"] = zero_data_retention

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        url = d.pop("url")

        prompt = d.pop("prompt", UNSET)

        exclude_paths = cast(list[str], d.pop("excludePaths", UNSET))

        include_paths = cast(list[str], d.pop("includePaths", UNSET))

        max_discovery_depth = d.pop("maxDiscoveryDepth", UNSET)

        _sitemap = d.pop("sitemap", UNSET)
        sitemap: CrawlUrlsBodySitemap | Unset
        if isinstance(_sitemap, Unset):
            sitemap = UNSET
        else:
            sitemap = CrawlUrlsBodySitemap(_sitemap)

        ignore_query_parameters = d.pop("ignoreQueryParameters", UNSET)

        regex_on_full_url = d.pop("regexOnFullURL", UNSET)

        limit = d.pop("limit", UNSET)

        crawl_entire_domain = d.pop("crawlEntireDomain", UNSET)

        allow_external_links = d.pop("allowExternalLinks", UNSET)

        allow_subdomains = d.pop("allowSubdomains", UNSET)

        ignore_robots_txt = d.pop("ignoreRobotsTxt", UNSET)

        robots_user_agent = d.pop("robotsUserAgent", UNSET)

        delay = d.pop("delay", UNSET)

        max_concurrency = d.pop("maxConcurrency", UNSET)

        _webhook = d.pop("webhook", UNSET)
        webhook: CrawlUrlsBodyWebhook | Unset
        if isinstance(_webhook, Unset):
            webhook = UNSET
        else:
            webhook = CrawlUrlsBodyWebhook.from_dict(_webhook)

        _scrape_options = d.pop("scrapeOptions", UNSET)
        scrape_options: ScrapeOptions | Unset
        if isinstance(_scrape_options, Unset):
            scrape_options = UNSET
        else:
            scrape_options = ScrapeOptions.from_dict(_scrape_options)

        zero_data_retention = d.pop("zeroDataRetention", UNSET)

        crawl_urls_body = cls(
            url=url,
            prompt=prompt,
            exclude_paths=exclude_paths,
            include_paths=include_paths,
            max_discovery_depth=max_discovery_depth,
            sitemap=sitemap,
            ignore_query_parameters=ignore_query_parameters,
            regex_on_full_url=regex_on_full_url,
            limit=limit,
            crawl_entire_domain=crawl_entire_domain,
            allow_external_links=allow_external_links,
            allow_subdomains=allow_subdomains,
            ignore_robots_txt=ignore_robots_txt,
            robots_user_agent=robots_user_agent,
            delay=delay,
            max_concurrency=max_concurrency,
            webhook=webhook,
            scrape_options=scrape_options,
            zero_data_retention=zero_data_retention,
        )

        crawl_urls_body.additional_properties = d
        return crawl_urls_body

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
    global CrawlUrlsBodyWebhook
    from ..models.crawl_urls_body_webhook import CrawlUrlsBodyWebhook

    global ScrapeOptions
    from ..models.scrape_options import ScrapeOptions

    _models_pending = False
