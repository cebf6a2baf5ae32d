from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.format_name import FormatName
from ..models.scrape_options_parser_name import ScrapeOptionsParserName
from ..models.scrape_options_proxy import ScrapeOptionsProxy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio import Audio
    from ..models.audit_metadata import AuditMetadata
    from ..models.branding import Branding
    from ..models.change_tracking import ChangeTracking
    from ..models.highlights import Highlights
    from ..models.html import HTML
    from ..models.images import Images
    from ..models.json import JSON
    from ..models.links import Links
    from ..models.markdown import Markdown
    from ..models.menu import Menu
    from ..models.product import Product
    from ..models.question import Question
    from ..models.raw_html import RawHTML
    from ..models.redact_pii_options import RedactPIIOptions
    from ..models.scrape_options_click import ScrapeOptionsClick
    from ..models.scrape_options_execute_java_script import (
        ScrapeOptionsExecuteJavaScript,
    )
    from ..models.scrape_options_generate_pdf import ScrapeOptionsGeneratePDF
    from ..models.scrape_options_headers import ScrapeOptionsHeaders
    from ..models.scrape_options_location import ScrapeOptionsLocation
    from ..models.scrape_options_parsers_item_type_0 import (
        ScrapeOptionsParsersItemType0,
    )
    from ..models.scrape_options_press_a_key import ScrapeOptionsPressAKey
    from ..models.scrape_options_profile import ScrapeOptionsProfile
    from ..models.scrape_options_scrape import ScrapeOptionsScrape
    from ..models.scrape_options_screenshot_action import ScrapeOptionsScreenshotAction
    from ..models.scrape_options_scroll import ScrapeOptionsScroll
    from ..models.scrape_options_wait_by_duration import ScrapeOptionsWaitByDuration
    from ..models.scrape_options_wait_for_element import ScrapeOptionsWaitForElement
    from ..models.scrape_options_write_text import ScrapeOptionsWriteText
    from ..models.screenshot_format import ScreenshotFormat
    from ..models.summary import Summary
    from ..models.threat_protection_override import ThreatProtectionOverride
    from ..models.video import Video


T = TypeVar("T", bound="ScrapeOptions")


@redacted_repr
@_attrs_define
class ScrapeOptions:
    """
    Attributes:
        formats (list[Audio | Branding | ChangeTracking | FormatName | Highlights | HTML | Images | JSON | Links |
            Markdown | Menu | Product | Question | RawHTML | ScreenshotFormat | Summary | Video] | Unset): Output formats to
            include in the response. You can specify one or more formats, either as strings (e.g., `'markdown'`) or as
            objects with additional options (e.g., `{ type: 'json', schema: {...} }`). Some formats require specific options
            to be set. Example: `['markdown', { type: 'json', schema: {...} }]`.
        only_main_content (bool | Unset): Only return the main content of the page excluding headers, navs, footers,
            etc. This is a deterministic HTML-level filter applied before markdown is generated; no LLM is involved.
            Default: True.
        only_clean_content (bool | Unset): Beta. Run an additional LLM-based pass over the generated markdown to remove
            residual boilerplate that `onlyMainContent` can miss (cookie banners, ad blocks, social share widgets,
            breadcrumbs, newsletter signups, comment sections, related-article lists). Headings, lists, tables, code blocks,
            image references, and inline links are preserved. Can be combined with `onlyMainContent` (the most common setup)
            or used on its own. Skipped with a warning when the markdown exceeds the cleaning model's output token limit
            (the original markdown is preserved). Not supported on zero-data-retention requests. Default: False.
        include_tags (list[str] | Unset): Tags to include in the output.
        exclude_tags (list[str] | Unset): Tags to exclude from the output.
        max_age (int | Unset): Returns a cached version of the page if it is younger than this age in milliseconds. If a
            cached version of the page is older than this value, the page will be scraped. If you do not need extremely
            fresh data, enabling this can speed up your scrapes by 500%. Defaults to 2 days. Default: 172800000.
        min_age (int | Unset): When set, the request only checks the cache and never triggers a fresh scrape. The value
            is in milliseconds and specifies the minimum age the cached data must be. If matching cached data exists, it is
            returned instantly. If no cached data is found, a 404 with error code SCRAPE_NO_CACHED_DATA is returned. Set to
            1 to accept any cached data regardless of age.
        headers (ScrapeOptionsHeaders | Unset): Headers to send with the request. Can be used to send cookies, user-
            agent, etc.
        wait_for (int | Unset): Specify a delay in milliseconds before fetching the content, allowing the page
            sufficient time to load. This waiting time is in addition to Firecrawl's smart wait feature. Default: 0.
        mobile (bool | Unset): Set to true if you want to emulate scraping from a mobile device. Useful for testing
            responsive pages and taking mobile screenshots. Default: False.
        skip_tls_verification (bool | Unset): Skip TLS certificate verification when making requests. Default: True.
        timeout (int | Unset): Timeout in milliseconds for the request. Minimum is 1000 (1 second). Default is 60000 (60
            seconds). Maximum is 300000 (300 seconds). Default: 60000.
        parsers (list[ScrapeOptionsParserName | ScrapeOptionsParsersItemType0] | Unset): Controls how files are
            processed during scraping. When "pdf" is included (default), the PDF content is extracted and converted to
            markdown format, with billing based on the number of pages (1 credit per page). When an empty array is passed,
            the PDF file is returned in base64 encoding with a flat rate of 1 credit for the entire PDF.
        actions (list[ScrapeOptionsClick | ScrapeOptionsExecuteJavaScript | ScrapeOptionsGeneratePDF |
            ScrapeOptionsPressAKey | ScrapeOptionsScrape | ScrapeOptionsScreenshotAction | ScrapeOptionsScroll |
            ScrapeOptionsWaitByDuration | ScrapeOptionsWaitForElement | ScrapeOptionsWriteText] | Unset): Actions to perform
            on the page before grabbing the content
        location (ScrapeOptionsLocation | Unset): Location settings for the request. When specified, this will use an
            appropriate proxy if available and emulate the corresponding language and timezone settings. Defaults to 'US' if
            not specified.
        remove_base_64_images (bool | Unset): Removes all base 64 images from the markdown output, which may be
            overwhelmingly long. This does not affect html or rawHtml formats. The image's alt text remains in the output,
            but the URL is replaced with a placeholder. Default: True.
        block_ads (bool | Unset): Enables ad-blocking and cookie popup blocking. Default: True.
        proxy (ScrapeOptionsProxy | Unset): Specifies the type of proxy to use.

             - **basic**: Proxies for scraping sites with none to basic anti-bot solutions. Fast and usually works.
             - **enhanced**: Enhanced proxies for scraping sites with advanced anti-bot solutions. Slower, but more reliable
            on certain sites. Billed at the same credit cost as basic.
             - **auto**: Firecrawl will automatically retry scraping with enhanced proxies if the basic proxy fails.
            Enhanced proxies carry no credit surcharge, so either way only the regular cost is billed. Default:
            ScrapeOptionsProxy.AUTO.
        store_in_cache (bool | Unset): If true, the page will be stored in the Firecrawl index and cache. Setting this
            to false is useful if your scraping activity may have data protection concerns. Using some parameters associated
            with sensitive scraping (e.g. actions, headers) will force this parameter to be false. Default: True.
        lockdown (bool | Unset): If true, serves the request from Firecrawl's cache only and never makes an outbound
            request to the target URL. Designed for compliance-constrained or air-gapped environments where the scrape
            request itself could leak sensitive information. On cache miss, returns a 404 with error code
            SCRAPE_LOCKDOWN_CACHE_MISS (the URL is never logged on miss). Lockdown requests are treated as zero data
            retention. Default maxAge is extended to 2 years so existing cached pages remain eligible. Billed at 5 credits
            on hit, 1 credit on cache miss. Default: False.
        redact_pii (bool | RedactPIIOptions | Unset): Redact personally identifiable information from returned markdown.
            Pass `true` to use defaults, or an object to tune mode, entities, and replacement style. Default: False.
        profile (ScrapeOptionsProfile | Unset): Enable persistent browser storage across scrape and interact sessions.
            Pass a profile when scraping to preserve cookies, localStorage, and session data. Sessions with the same profile
            name share browser state.
        threat_protection (ThreatProtectionOverride | Unset): Per-request [Threat
            Protection](https://docs.firecrawl.dev/features/threat-protection) override. Fields you provide replace the
            corresponding fields of your organization's policy for this request only; omitted fields keep their
            organization-level values. Requires Threat Protection to be enabled for your team (enterprise feature) —
            otherwise the request is rejected with a 403. If your organization has disabled request overrides, any request
            that includes this object is rejected with a 403. If Threat Protection is enforced for your team, `mode` may not
            be set to `off`.
        audit_metadata (AuditMetadata | Unset): User attribution included with SIEM logging events when SIEM Logging is
            enabled for the organization.
    """

    formats: (
        list[
            Audio
            | Branding
            | ChangeTracking
            | FormatName
            | Highlights
            | HTML
            | Images
            | JSON
            | Links
            | Markdown
            | Menu
            | Product
            | Question
            | RawHTML
            | ScreenshotFormat
            | Summary
            | Video
        ]
        | Unset
    ) = UNSET
    only_main_content: bool | Unset = UNSET
    only_clean_content: bool | Unset = UNSET
    include_tags: list[str] | Unset = UNSET
    exclude_tags: list[str] | Unset = UNSET
    max_age: int | Unset = UNSET
    min_age: int | Unset = UNSET
    headers: ScrapeOptionsHeaders | Unset = UNSET
    wait_for: int | Unset = UNSET
    mobile: bool | Unset = UNSET
    skip_tls_verification: bool | Unset = UNSET
    timeout: int | Unset = UNSET
    parsers: list[ScrapeOptionsParserName | ScrapeOptionsParsersItemType0] | Unset = (
        UNSET
    )
    actions: (
        list[
            ScrapeOptionsClick
            | ScrapeOptionsExecuteJavaScript
            | ScrapeOptionsGeneratePDF
            | ScrapeOptionsPressAKey
            | ScrapeOptionsScrape
            | ScrapeOptionsScreenshotAction
            | ScrapeOptionsScroll
            | ScrapeOptionsWaitByDuration
            | ScrapeOptionsWaitForElement
            | ScrapeOptionsWriteText
        ]
        | Unset
    ) = UNSET
    location: ScrapeOptionsLocation | Unset = UNSET
    remove_base_64_images: bool | Unset = UNSET
    block_ads: bool | Unset = UNSET
    proxy: ScrapeOptionsProxy | Unset = UNSET
    store_in_cache: bool | Unset = UNSET
    lockdown: bool | Unset = UNSET
    redact_pii: bool | RedactPIIOptions | Unset = UNSET
    profile: ScrapeOptionsProfile | Unset = UNSET
    threat_protection: ThreatProtectionOverride | Unset = UNSET
    audit_metadata: AuditMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_pending:
            _import_models()

        formats: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.formats, Unset):
            formats = []
            for componentsschemas_formats_item_data in self.formats:
                componentsschemas_formats_item: dict[str, Any] | str
                if (
                    isinstance(componentsschemas_formats_item_data, Markdown)
                    or isinstance(componentsschemas_formats_item_data, Summary)
                    or isinstance(componentsschemas_formats_item_data, HTML)
                    or isinstance(componentsschemas_formats_item_data, RawHTML)
                    or isinstance(componentsschemas_formats_item_data, Links)
                    or isinstance(componentsschemas_formats_item_data, Images)
                    or isinstance(componentsschemas_formats_item_data, ScreenshotFormat)
                    or isinstance(componentsschemas_formats_item_data, JSON)
                    or isinstance(componentsschemas_formats_item_data, ChangeTracking)
                    or isinstance(componentsschemas_formats_item_data, Branding)
                    or isinstance(componentsschemas_formats_item_data, Product)
                    or isinstance(componentsschemas_formats_item_data, Menu)
                    or isinstance(componentsschemas_formats_item_data, Audio)
                    or isinstance(componentsschemas_formats_item_data, Video)
                    or isinstance(componentsschemas_formats_item_data, Question)
                    or isinstance(componentsschemas_formats_item_data, Highlights)
                ):
                    componentsschemas_formats_item = (
                        componentsschemas_formats_item_data.to_dict()
                    )
                else:
                    componentsschemas_formats_item = (
                        componentsschemas_formats_item_data.value
                    )

                formats.append(componentsschemas_formats_item)

        only_main_content = self.only_main_content

        only_clean_content = self.only_clean_content

        include_tags: list[str] | Unset = UNSET
        if not isinstance(self.include_tags, Unset):
            include_tags = self.include_tags

        exclude_tags: list[str] | Unset = UNSET
        if not isinstance(self.exclude_tags, Unset):
            exclude_tags = self.exclude_tags

        max_age = self.max_age

        min_age = self.min_age

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        wait_for = self.wait_for

        mobile = self.mobile

        skip_tls_verification = self.skip_tls_verification

        timeout = self.timeout

        parsers: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.parsers, Unset):
            parsers = []
            for parsers_item_data in self.parsers:
                parsers_item: dict[str, Any] | str
                if isinstance(parsers_item_data, ScrapeOptionsParsersItemType0):
                    parsers_item = parsers_item_data.to_dict()
                else:
                    parsers_item = parsers_item_data.value

                parsers.append(parsers_item)

        actions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = []
            for actions_item_data in self.actions:
                actions_item: dict[str, Any]
                if (
                    isinstance(actions_item_data, ScrapeOptionsWaitByDuration)
                    or isinstance(actions_item_data, ScrapeOptionsWaitForElement)
                    or isinstance(actions_item_data, ScrapeOptionsScreenshotAction)
                    or isinstance(actions_item_data, ScrapeOptionsClick)
                    or isinstance(actions_item_data, ScrapeOptionsWriteText)
                    or isinstance(actions_item_data, ScrapeOptionsPressAKey)
                    or isinstance(actions_item_data, ScrapeOptionsScroll)
                    or isinstance(actions_item_data, ScrapeOptionsScrape)
                    or isinstance(actions_item_data, ScrapeOptionsExecuteJavaScript)
                ):
                    actions_item = actions_item_data.to_dict()
                else:
                    actions_item = actions_item_data.to_dict()

                actions.append(actions_item)

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        remove_base_64_images = self.remove_base_64_images

        block_ads = self.block_ads

        proxy: str | Unset = UNSET
        if not isinstance(self.proxy, Unset):
            proxy = self.proxy.value

        store_in_cache = self.store_in_cache

        lockdown = self.lockdown

        redact_pii: bool | dict[str, Any] | Unset
        if isinstance(self.redact_pii, Unset):
            redact_pii = UNSET
        elif isinstance(self.redact_pii, RedactPIIOptions):
            redact_pii = self.redact_pii.to_dict()
        else:
            redact_pii = self.redact_pii

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        threat_protection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.threat_protection, Unset):
            threat_protection = self.threat_protection.to_dict()

        audit_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit_metadata, Unset):
            audit_metadata = self.audit_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if formats is not UNSET:
            field_dict["formats"] = formats
        if only_main_content is not UNSET:
            field_dict["onlyMainContent"] = only_main_content
        if only_clean_content is not UNSET:
            field_dict["onlyCleanContent"] = only_clean_content
        if include_tags is not UNSET:
            field_dict["includeTags"] = include_tags
        if exclude_tags is not UNSET:
            field_dict["excludeTags"] = exclude_tags
        if max_age is not UNSET:
            field_dict["maxAge"] = max_age
        if min_age is not UNSET:
            field_dict["minAge"] = min_age
        if headers is not UNSET:
            field_dict["headers"] = headers
        if wait_for is not UNSET:
            field_dict["waitFor"] = wait_for
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if skip_tls_verification is not UNSET:
            field_dict["skipTlsVerification"] = skip_tls_verification
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if parsers is not UNSET:
            field_dict["parsers"] = parsers
        if actions is not UNSET:
            field_dict["actions"] = actions
        if location is not UNSET:
            field_dict["location"] = location
        if remove_base_64_images is not UNSET:
            field_dict["removeBase64Images"] = remove_base_64_images
        if block_ads is not UNSET:
            field_dict["blockAds"] = block_ads
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if store_in_cache is not UNSET:
            field_dict["storeInCache"] = store_in_cache
        if lockdown is not UNSET:
            field_dict["lockdown"] = lockdown
        if redact_pii is not UNSET:
            field_dict["redactPII"] = redact_pii
        if profile is not UNSET:
            field_dict["profile"] = profile
        if threat_protection is not UNSET:
            field_dict["threatProtection"] = threat_protection
        if audit_metadata is not UNSET:
            field_dict["auditMetadata"] = audit_metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        _formats = d.pop("formats", UNSET)
        formats: (
            list[
                Audio
                | Branding
                | ChangeTracking
                | FormatName
                | Highlights
                | HTML
                | Images
                | JSON
                | Links
                | Markdown
                | Menu
                | Product
                | Question
                | RawHTML
                | ScreenshotFormat
                | Summary
                | Video
            ]
            | Unset
        ) = UNSET
        if _formats is not UNSET:
            formats = []
            for componentsschemas_formats_item_data in _formats:

                def _parse_componentsschemas_formats_item(
                    data: object,
                ) -> (
                    Audio
                    | Branding
                    | ChangeTracking
                    | FormatName
                    | Highlights
                    | HTML
                    | Images
                    | JSON
                    | Links
                    | Markdown
                    | Menu
                    | Product
                    | Question
                    | RawHTML
                    | ScreenshotFormat
                    | Summary
                    | Video
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_markdown = Markdown.from_dict(
                            data
                        )

                        return componentsschemas_formats_item_markdown
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_summary = Summary.from_dict(data)

                        return componentsschemas_formats_item_summary
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_html = HTML.from_dict(data)

                        return componentsschemas_formats_item_html
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_raw_html = RawHTML.from_dict(
                            data
                        )

                        return componentsschemas_formats_item_raw_html
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_links = Links.from_dict(data)

                        return componentsschemas_formats_item_links
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_images = Images.from_dict(data)

                        return componentsschemas_formats_item_images
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_screenshot_format = (
                            ScreenshotFormat.from_dict(data)
                        )

                        return componentsschemas_formats_item_screenshot_format
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_json = JSON.from_dict(data)

                        return componentsschemas_formats_item_json
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_change_tracking = (
                            ChangeTracking.from_dict(data)
                        )

                        return componentsschemas_formats_item_change_tracking
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_branding = Branding.from_dict(
                            data
                        )

                        return componentsschemas_formats_item_branding
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_product = Product.from_dict(data)

                        return componentsschemas_formats_item_product
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_menu = Menu.from_dict(data)

                        return componentsschemas_formats_item_menu
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_audio = Audio.from_dict(data)

                        return componentsschemas_formats_item_audio
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_video = Video.from_dict(data)

                        return componentsschemas_formats_item_video
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_question = Question.from_dict(
                            data
                        )

                        return componentsschemas_formats_item_question
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_formats_item_highlights = (
                            Highlights.from_dict(data)
                        )

                        return componentsschemas_formats_item_highlights
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_formats_item_format_name = FormatName(data)

                    return componentsschemas_formats_item_format_name

                componentsschemas_formats_item = _parse_componentsschemas_formats_item(
                    componentsschemas_formats_item_data
                )

                formats.append(componentsschemas_formats_item)

        only_main_content = d.pop("onlyMainContent", UNSET)

        only_clean_content = d.pop("onlyCleanContent", UNSET)

        include_tags = cast(list[str], d.pop("includeTags", UNSET))

        exclude_tags = cast(list[str], d.pop("excludeTags", UNSET))

        max_age = d.pop("maxAge", UNSET)

        min_age = d.pop("minAge", UNSET)

        _headers = d.pop("headers", UNSET)
        headers: ScrapeOptionsHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ScrapeOptionsHeaders.from_dict(_headers)

        wait_for = d.pop("waitFor", UNSET)

        mobile = d.pop("mobile", UNSET)

        skip_tls_verification = d.pop("skipTlsVerification", UNSET)

        timeout = d.pop("timeout", UNSET)

        _parsers = d.pop("parsers", UNSET)
        parsers: (
            list[ScrapeOptionsParserName | ScrapeOptionsParsersItemType0] | Unset
        ) = UNSET
        if _parsers is not UNSET:
            parsers = []
            for parsers_item_data in _parsers:

                def _parse_parsers_item(
                    data: object,
                ) -> ScrapeOptionsParserName | ScrapeOptionsParsersItemType0:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        parsers_item_type_0 = ScrapeOptionsParsersItemType0.from_dict(
                            data
                        )

                        return parsers_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, str):
                        raise TypeError()
                    parsers_item_parser_name = ScrapeOptionsParserName(data)

                    return parsers_item_parser_name

                parsers_item = _parse_parsers_item(parsers_item_data)

                parsers.append(parsers_item)

        _actions = d.pop("actions", UNSET)
        actions: (
            list[
                ScrapeOptionsClick
                | ScrapeOptionsExecuteJavaScript
                | ScrapeOptionsGeneratePDF
                | ScrapeOptionsPressAKey
                | ScrapeOptionsScrape
                | ScrapeOptionsScreenshotAction
                | ScrapeOptionsScroll
                | ScrapeOptionsWaitByDuration
                | ScrapeOptionsWaitForElement
                | ScrapeOptionsWriteText
            ]
            | Unset
        ) = UNSET
        if _actions is not UNSET:
            actions = []
            for actions_item_data in _actions:

                def _parse_actions_item(
                    data: object,
                ) -> (
                    ScrapeOptionsClick
                    | ScrapeOptionsExecuteJavaScript
                    | ScrapeOptionsGeneratePDF
                    | ScrapeOptionsPressAKey
                    | ScrapeOptionsScrape
                    | ScrapeOptionsScreenshotAction
                    | ScrapeOptionsScroll
                    | ScrapeOptionsWaitByDuration
                    | ScrapeOptionsWaitForElement
                    | ScrapeOptionsWriteText
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_wait_wait_by_duration = (
                            ScrapeOptionsWaitByDuration.from_dict(data)
                        )

                        return actions_item_wait_wait_by_duration
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_wait_wait_for_element = (
                            ScrapeOptionsWaitForElement.from_dict(data)
                        )

                        return actions_item_wait_wait_for_element
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_screenshot_action = (
                            ScrapeOptionsScreenshotAction.from_dict(data)
                        )

                        return actions_item_screenshot_action
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_click = ScrapeOptionsClick.from_dict(data)

                        return actions_item_click
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_write_text = ScrapeOptionsWriteText.from_dict(data)

                        return actions_item_write_text
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_press_a_key = ScrapeOptionsPressAKey.from_dict(
                            data
                        )

                        return actions_item_press_a_key
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_scroll = ScrapeOptionsScroll.from_dict(data)

                        return actions_item_scroll
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_scrape = ScrapeOptionsScrape.from_dict(data)

                        return actions_item_scrape
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        actions_item_execute_java_script = (
                            ScrapeOptionsExecuteJavaScript.from_dict(data)
                        )

                        return actions_item_execute_java_script
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    actions_item_generate_pdf = ScrapeOptionsGeneratePDF.from_dict(data)

                    return actions_item_generate_pdf

                actions_item = _parse_actions_item(actions_item_data)

                actions.append(actions_item)

        _location = d.pop("location", UNSET)
        location: ScrapeOptionsLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = ScrapeOptionsLocation.from_dict(_location)

        remove_base_64_images = d.pop("removeBase64Images", UNSET)

        block_ads = d.pop("blockAds", UNSET)

        _proxy = d.pop("proxy", UNSET)
        proxy: ScrapeOptionsProxy | Unset
        if isinstance(_proxy, Unset):
            proxy = UNSET
        else:
            proxy = ScrapeOptionsProxy(_proxy)

        store_in_cache = d.pop("storeInCache", UNSET)

        lockdown = d.pop("lockdown", UNSET)

        def _parse_redact_pii(data: object) -> bool | RedactPIIOptions | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                redact_pii_type_1 = RedactPIIOptions.from_dict(data)

                return redact_pii_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | RedactPIIOptions | Unset, data)

        redact_pii = _parse_redact_pii(d.pop("redactPII", UNSET))

        _profile = d.pop("profile", UNSET)
        profile: ScrapeOptionsProfile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = ScrapeOptionsProfile.from_dict(_profile)

        _threat_protection = d.pop("threatProtection", UNSET)
        threat_protection: ThreatProtectionOverride | Unset
        if isinstance(_threat_protection, Unset):
            threat_protection = UNSET
        else:
            threat_protection = ThreatProtectionOverride.from_dict(_threat_protection)

        _audit_metadata = d.pop("auditMetadata", UNSET)
        audit_metadata: AuditMetadata | Unset
        if isinstance(_audit_metadata, Unset):
            audit_metadata = UNSET
        else:
            audit_metadata = AuditMetadata.from_dict(_audit_metadata)

        scrape_options = cls(
            formats=formats,
            only_main_content=only_main_content,
            only_clean_content=only_clean_content,
            include_tags=include_tags,
            exclude_tags=exclude_tags,
            max_age=max_age,
            min_age=min_age,
            headers=headers,
            wait_for=wait_for,
            mobile=mobile,
            skip_tls_verification=skip_tls_verification,
            timeout=timeout,
            parsers=parsers,
            actions=actions,
            location=location,
            remove_base_64_images=remove_base_64_images,
            block_ads=block_ads,
            proxy=proxy,
            store_in_cache=store_in_cache,
            lockdown=lockdown,
            redact_pii=redact_pii,
            profile=profile,
            threat_protection=threat_protection,
            audit_metadata=audit_metadata,
        )

        scrape_options.additional_properties = d
        return scrape_options

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
    global Audio
    from ..models.audio import Audio

    global AuditMetadata
    from ..models.audit_metadata import AuditMetadata

    global Branding
    from ..models.branding import Branding

    global ChangeTracking
    from ..models.change_tracking import ChangeTracking

    global Highlights
    from ..models.highlights import Highlights

    global HTML
    from ..models.html import HTML

    global Images
    from ..models.images import Images

    global JSON
    from ..models.json import JSON

    global Links
    from ..models.links import Links

    global Markdown
    from ..models.markdown import Markdown

    global Menu
    from ..models.menu import Menu

    global Product
    from ..models.product import Product

    global Question
    from ..models.question import Question

    global RawHTML
    from ..models.raw_html import RawHTML

    global RedactPIIOptions
    from ..models.redact_pii_options import RedactPIIOptions

    global ScrapeOptionsClick
    from ..models.scrape_options_click import ScrapeOptionsClick

    global ScrapeOptionsExecuteJavaScript
    from ..models.scrape_options_execute_java_script import (
        ScrapeOptionsExecuteJavaScript,
    )

    global ScrapeOptionsGeneratePDF
    from ..models.scrape_options_generate_pdf import ScrapeOptionsGeneratePDF

    global ScrapeOptionsHeaders
    from ..models.scrape_options_headers import ScrapeOptionsHeaders

    global ScrapeOptionsLocation
    from ..models.scrape_options_location import ScrapeOptionsLocation

    global ScrapeOptionsParsersItemType0
    from ..models.scrape_options_parsers_item_type_0 import (
        ScrapeOptionsParsersItemType0,
    )

    global ScrapeOptionsPressAKey
    from ..models.scrape_options_press_a_key import ScrapeOptionsPressAKey

    global ScrapeOptionsProfile
    from ..models.scrape_options_profile import ScrapeOptionsProfile

    global ScrapeOptionsScrape
    from ..models.scrape_options_scrape import ScrapeOptionsScrape

    global ScrapeOptionsScreenshotAction
    from ..models.scrape_options_screenshot_action import ScrapeOptionsScreenshotAction

    global ScrapeOptionsScroll
    from ..models.scrape_options_scroll import ScrapeOptionsScroll

    global ScrapeOptionsWaitByDuration
    from ..models.scrape_options_wait_by_duration import ScrapeOptionsWaitByDuration

    global ScrapeOptionsWaitForElement
    from ..models.scrape_options_wait_for_element import ScrapeOptionsWaitForElement

    global ScrapeOptionsWriteText
    from ..models.scrape_options_write_text import ScrapeOptionsWriteText

    global ScreenshotFormat
    from ..models.screenshot_format import ScreenshotFormat

    global Summary
    from ..models.summary import Summary

    global ThreatProtectionOverride
    from ..models.threat_protection_override import ThreatProtectionOverride

    global Video
    from ..models.video import Video

    _models_pending = False
