from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.parse_options_proxy import ParseOptionsProxy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_metadata import AuditMetadata
    from ..models.parse_html import ParseHTML
    from ..models.parse_images import ParseImages
    from ..models.parse_json import ParseJSON
    from ..models.parse_links import ParseLinks
    from ..models.parse_markdown import ParseMarkdown
    from ..models.parse_options_headers import ParseOptionsHeaders
    from ..models.parse_options_parsers_item_type_0 import ParseOptionsParsersItemType0
    from ..models.parse_raw_html import ParseRawHTML
    from ..models.parse_summary import ParseSummary
    from ..models.redact_pii_options import RedactPIIOptions


T = TypeVar("T", bound="ParseOptions")


@redacted_repr
@_attrs_define
class ParseOptions:
    """Optional parse options sent as JSON in the multipart `options` field.

    Attributes:
        formats (list[ParseHTML | ParseImages | ParseJSON | ParseLinks | ParseMarkdown | ParseRawHTML | ParseSummary] |
            Unset): Output formats supported for `/parse` uploads. Browser-rendering formats and change tracking are not
            supported.
        only_main_content (bool | Unset): Only return the main content of the page excluding headers, navs, footers,
            etc. Default: True.
        include_tags (list[str] | Unset): Tags to include in the output.
        exclude_tags (list[str] | Unset): Tags to exclude from the output.
        headers (ParseOptionsHeaders | Unset): Headers to send when additional network requests are required.
        timeout (int | Unset): Timeout in milliseconds for the request. Default is 30000 (30 seconds). Maximum is 300000
            (300 seconds). Default: 30000.
        parsers (list[ParseOptionsParsersItemType0] | Unset): Controls file parser behavior when relevant (for example
            PDF parser mode).
        skip_tls_verification (bool | Unset): Skip TLS certificate verification when making requests. Default: True.
        remove_base_64_images (bool | Unset): Remove base64-encoded images from output and keep alt text placeholders.
            Default: True.
        block_ads (bool | Unset): Enable ad and cookie popup blocking. Default: True.
        redact_pii (bool | RedactPIIOptions | Unset): Redact personally identifiable information from returned markdown.
            Pass `true` to use defaults, or an object to tune mode, entities, and replacement style. Default: False.
        proxy (ParseOptionsProxy | Unset): Proxy mode for parse uploads. `/parse` supports only `basic` and `auto`.
        origin (str | Unset): Origin identifier for analytics and logging. Default: 'api'.
        integration (None | str | Unset): Optional integration identifier.
        audit_metadata (AuditMetadata | Unset): User attribution included with SIEM logging events when SIEM Logging is
            enabled for the organization.
        zero_data_retention (bool | Unset): If true, this will enable zero data retention for this parse. To enable this
            feature, please contact help@firecrawl.dev Default: False.
    """

    formats: (
        list[
            ParseHTML
            | ParseImages
            | ParseJSON
            | ParseLinks
            | ParseMarkdown
            | ParseRawHTML
            | ParseSummary
        ]
        | Unset
    ) = UNSET
    only_main_content: bool | Unset = UNSET
    include_tags: list[str] | Unset = UNSET
    exclude_tags: list[str] | Unset = UNSET
    headers: ParseOptionsHeaders | Unset = UNSET
    timeout: int | Unset = UNSET
    parsers: list[ParseOptionsParsersItemType0] | Unset = UNSET
    skip_tls_verification: bool | Unset = UNSET
    remove_base_64_images: bool | Unset = UNSET
    block_ads: bool | Unset = UNSET
    redact_pii: bool | RedactPIIOptions | Unset = UNSET
    proxy: ParseOptionsProxy | Unset = UNSET
    origin: str | Unset = UNSET
    integration: None | str | Unset = UNSET
    audit_metadata: AuditMetadata | Unset = UNSET
    zero_data_retention: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_pending:
            _import_models()

        formats: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.formats, Unset):
            formats = []
            for componentsschemas_parse_formats_item_data in self.formats:
                componentsschemas_parse_formats_item: dict[str, Any]
                if (
                    isinstance(componentsschemas_parse_formats_item_data, ParseMarkdown)
                    or isinstance(
                        componentsschemas_parse_formats_item_data, ParseSummary
                    )
                    or isinstance(componentsschemas_parse_formats_item_data, ParseHTML)
                    or isinstance(
                        componentsschemas_parse_formats_item_data, ParseRawHTML
                    )
                    or isinstance(componentsschemas_parse_formats_item_data, ParseLinks)
                    or isinstance(
                        componentsschemas_parse_formats_item_data, ParseImages
                    )
                ):
                    componentsschemas_parse_formats_item = (
                        componentsschemas_parse_formats_item_data.to_dict()
                    )
                else:
                    componentsschemas_parse_formats_item = (
                        componentsschemas_parse_formats_item_data.to_dict()
                    )

                formats.append(componentsschemas_parse_formats_item)

        only_main_content = self.only_main_content

        include_tags: list[str] | Unset = UNSET
        if not isinstance(self.include_tags, Unset):
            include_tags = self.include_tags

        exclude_tags: list[str] | Unset = UNSET
        if not isinstance(self.exclude_tags, Unset):
            exclude_tags = self.exclude_tags

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        timeout = self.timeout

        parsers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parsers, Unset):
            parsers = []
            for parsers_item_data in self.parsers:
                parsers_item: dict[str, Any]
                if isinstance(parsers_item_data, ParseOptionsParsersItemType0):
                    parsers_item = parsers_item_data.to_dict()

                parsers.append(parsers_item)

        skip_tls_verification = self.skip_tls_verification

        remove_base_64_images = self.remove_base_64_images

        block_ads = self.block_ads

        redact_pii: bool | dict[str, Any] | Unset
        if isinstance(self.redact_pii, Unset):
            redact_pii = UNSET
        elif isinstance(self.redact_pii, RedactPIIOptions):
            redact_pii = self.redact_pii.to_dict()
        else:
            redact_pii = self.redact_pii

        proxy: str | Unset = UNSET
        if not isinstance(self.proxy, Unset):
            proxy = self.proxy.value

        origin = self.origin

        integration: None | str | Unset
        if isinstance(self.integration, Unset):
            integration = UNSET
        else:
            integration = self.integration

        audit_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit_metadata, Unset):
            audit_metadata = self.audit_metadata.to_dict()

        zero_data_retention = self.zero_data_retention

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if formats is not UNSET:
            field_dict["formats"] = formats
        if only_main_content is not UNSET:
            field_dict["onlyMainContent"] = only_main_content
        if include_tags is not UNSET:
            field_dict["includeTags"] = include_tags
        if exclude_tags is not UNSET:
            field_dict["excludeTags"] = exclude_tags
        if headers is not UNSET:
            field_dict["headers"] = headers
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if parsers is not UNSET:
            field_dict["parsers"] = parsers
        if skip_tls_verification is not UNSET:
            field_dict["skipTlsVerification"] = skip_tls_verification
        if remove_base_64_images is not UNSET:
            field_dict["removeBase64Images"] = remove_base_64_images
        if block_ads is not UNSET:
            field_dict["blockAds"] = block_ads
        if redact_pii is not UNSET:
            field_dict["redactPII"] = redact_pii
        if proxy is not UNSET:
            field_dict["proxy"] = proxy
        if origin is not UNSET:
            field_dict["origin"] = origin
        if integration is not UNSET:
            field_dict["integration"] = integration
        if audit_metadata is not UNSET:
            field_dict["auditMetadata"] = audit_metadata
        if zero_data_retention is not UNSET:
            field_dict["zeroDataRetention"] = zero_data_retention

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        _formats = d.pop("formats", UNSET)
        formats: (
            list[
                ParseHTML
                | ParseImages
                | ParseJSON
                | ParseLinks
                | ParseMarkdown
                | ParseRawHTML
                | ParseSummary
            ]
            | Unset
        ) = UNSET
        if _formats is not UNSET:
            formats = []
            for componentsschemas_parse_formats_item_data in _formats:

                def _parse_componentsschemas_parse_formats_item(
                    data: object,
                ) -> (
                    ParseHTML
                    | ParseImages
                    | ParseJSON
                    | ParseLinks
                    | ParseMarkdown
                    | ParseRawHTML
                    | ParseSummary
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_parse_formats_item_parse_markdown = (
                            ParseMarkdown.from_dict(data)
                        )

                        return componentsschemas_parse_formats_item_parse_markdown
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_parse_formats_item_parse_summary = (
                            ParseSummary.from_dict(data)
                        )

                        return componentsschemas_parse_formats_item_parse_summary
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_parse_formats_item_parse_html = (
                            ParseHTML.from_dict(data)
                        )

                        return componentsschemas_parse_formats_item_parse_html
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_parse_formats_item_parse_raw_html = (
                            ParseRawHTML.from_dict(data)
                        )

                        return componentsschemas_parse_formats_item_parse_raw_html
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_parse_formats_item_parse_links = (
                            ParseLinks.from_dict(data)
                        )

                        return componentsschemas_parse_formats_item_parse_links
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_parse_formats_item_parse_images = (
                            ParseImages.from_dict(data)
                        )

                        return componentsschemas_parse_formats_item_parse_images
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_parse_formats_item_parse_json = (
                        ParseJSON.from_dict(data)
                    )

                    return componentsschemas_parse_formats_item_parse_json

                componentsschemas_parse_formats_item = (
                    _parse_componentsschemas_parse_formats_item(
                        componentsschemas_parse_formats_item_data
                    )
                )

                formats.append(componentsschemas_parse_formats_item)

        only_main_content = d.pop("onlyMainContent", UNSET)

        include_tags = cast(list[str], d.pop("includeTags", UNSET))

        exclude_tags = cast(list[str], d.pop("excludeTags", UNSET))

        _headers = d.pop("headers", UNSET)
        headers: ParseOptionsHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = ParseOptionsHeaders.from_dict(_headers)

        timeout = d.pop("timeout", UNSET)

        _parsers = d.pop("parsers", UNSET)
        parsers: list[ParseOptionsParsersItemType0] | Unset = UNSET
        if _parsers is not UNSET:
            parsers = []
            for parsers_item_data in _parsers:

                def _parse_parsers_item(data: object) -> ParseOptionsParsersItemType0:
                    if not isinstance(data, dict):
                        raise TypeError()
                    parsers_item_type_0 = ParseOptionsParsersItemType0.from_dict(data)

                    return parsers_item_type_0

                parsers_item = _parse_parsers_item(parsers_item_data)

                parsers.append(parsers_item)

        skip_tls_verification = d.pop("skipTlsVerification", UNSET)

        remove_base_64_images = d.pop("removeBase64Images", UNSET)

        block_ads = d.pop("blockAds", UNSET)

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

        _proxy = d.pop("proxy", UNSET)
        proxy: ParseOptionsProxy | Unset
        if isinstance(_proxy, Unset):
            proxy = UNSET
        else:
            proxy = ParseOptionsProxy(_proxy)

        origin = d.pop("origin", UNSET)

        def _parse_integration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration = _parse_integration(d.pop("integration", UNSET))

        _audit_metadata = d.pop("auditMetadata", UNSET)
        audit_metadata: AuditMetadata | Unset
        if isinstance(_audit_metadata, Unset):
            audit_metadata = UNSET
        else:
            audit_metadata = AuditMetadata.from_dict(_audit_metadata)

        zero_data_retention = d.pop("zeroDataRetention", UNSET)

        parse_options = cls(
            formats=formats,
            only_main_content=only_main_content,
            include_tags=include_tags,
            exclude_tags=exclude_tags,
            headers=headers,
            timeout=timeout,
            parsers=parsers,
            skip_tls_verification=skip_tls_verification,
            remove_base_64_images=remove_base_64_images,
            block_ads=block_ads,
            redact_pii=redact_pii,
            proxy=proxy,
            origin=origin,
            integration=integration,
            audit_metadata=audit_metadata,
            zero_data_retention=zero_data_retention,
        )

        parse_options.additional_properties = d
        return parse_options

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
    global AuditMetadata
    from ..models.audit_metadata import AuditMetadata

    global ParseHTML
    from ..models.parse_html import ParseHTML

    global ParseImages
    from ..models.parse_images import ParseImages

    global ParseJSON
    from ..models.parse_json import ParseJSON

    global ParseLinks
    from ..models.parse_links import ParseLinks

    global ParseMarkdown
    from ..models.parse_markdown import ParseMarkdown

    global ParseOptionsHeaders
    from ..models.parse_options_headers import ParseOptionsHeaders

    global ParseOptionsParsersItemType0
    from ..models.parse_options_parsers_item_type_0 import ParseOptionsParsersItemType0

    global ParseRawHTML
    from ..models.parse_raw_html import ParseRawHTML

    global ParseSummary
    from ..models.parse_summary import ParseSummary

    global RedactPIIOptions
    from ..models.redact_pii_options import RedactPIIOptions

    _models_pending = False
