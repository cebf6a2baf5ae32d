from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extract_data_body_schema import ExtractDataBodySchema
    from ..models.scrape_options import ScrapeOptions
    from ..models.threat_protection_override import ThreatProtectionOverride


T = TypeVar("T", bound="ExtractDataBody")


@redacted_repr
@_attrs_define
class ExtractDataBody:
    """
    Attributes:
        urls (list[str]):
        prompt (str | Unset): Prompt to guide the extraction process
        schema (ExtractDataBodySchema | Unset): Schema to define the structure of the extracted data. Must conform to
            [JSON Schema](https://json-schema.org/).
        enable_web_search (bool | Unset): When true, the extraction will use web search to find additional data Default:
            False.
        ignore_sitemap (bool | Unset): When true, sitemap.xml files will be ignored during website scanning Default:
            False.
        include_subdomains (bool | Unset): When true, subdomains of the provided URLs will also be scanned Default:
            True.
        show_sources (bool | Unset): When true, the sources used to extract the data will be included in the response as
            `sources` key Default: False.
        scrape_options (ScrapeOptions | Unset):
        ignore_invalid_ur_ls (bool | Unset): If invalid URLs are specified in the urls array, they will be ignored.
            Instead of them failing the entire request, an extract using the remaining valid URLs will be performed, and the
            invalid URLs will be returned in the invalidURLs field of the response. Default: True.
        threat_protection (ThreatProtectionOverride | Unset): Per-request [Threat
            Protection](https://docs.firecrawl.dev/features/threat-protection) override. Fields you provide replace the
            corresponding fields of your organization's policy for this request only; omitted fields keep their
            organization-level values. Requires Threat Protection to be enabled for your team (enterprise feature) —
            otherwise the request is rejected with a 403. If your organization has disabled request overrides, any request
            that includes this object is rejected with a 403. If Threat Protection is enforced for your team, `mode` may not
            be set to `off`.
    """

    urls: list[str]
    prompt: str | Unset = UNSET
    schema: ExtractDataBodySchema | Unset = UNSET
    enable_web_search: bool | Unset = UNSET
    ignore_sitemap: bool | Unset = UNSET
    include_subdomains: bool | Unset = UNSET
    show_sources: bool | Unset = UNSET
    scrape_options: ScrapeOptions | Unset = UNSET
    ignore_invalid_ur_ls: bool | Unset = UNSET
    threat_protection: ThreatProtectionOverride | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        urls = self.urls

        prompt = self.prompt

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        enable_web_search = self.enable_web_search

        ignore_sitemap = self.ignore_sitemap

        include_subdomains = self.include_subdomains

        show_sources = self.show_sources

        scrape_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scrape_options, Unset):
            scrape_options = self.scrape_options.to_dict()

        ignore_invalid_ur_ls = self.ignore_invalid_ur_ls

        threat_protection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.threat_protection, Unset):
            threat_protection = self.threat_protection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "urls": urls,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if schema is not UNSET:
            field_dict["schema"] = schema
        if enable_web_search is not UNSET:
            field_dict["enableWebSearch"] = enable_web_search
        if ignore_sitemap is not UNSET:
            field_dict["ignoreSitemap"] = ignore_sitemap
        if include_subdomains is not UNSET:
            field_dict["includeSubdomains"] = include_subdomains
        if show_sources is not UNSET:
            field_dict["showSources"] = show_sources
        if scrape_options is not UNSET:
            field_dict["scrapeOptions"] = scrape_options
        if ignore_invalid_ur_ls is not UNSET:
            field_dict["ignoreInvalidURLs"] = ignore_invalid_ur_ls
        if threat_protection is not UNSET:
            field_dict["threatProtection"] = threat_protection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        urls = cast(list[str], d.pop("urls"))

        prompt = d.pop("prompt", UNSET)

        _schema = d.pop("schema", UNSET)
        schema: ExtractDataBodySchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = ExtractDataBodySchema.from_dict(_schema)

        enable_web_search = d.pop("enableWebSearch", UNSET)

        ignore_sitemap = d.pop("ignoreSitemap", UNSET)

        include_subdomains = d.pop("includeSubdomains", UNSET)

        show_sources = d.pop("showSources", UNSET)

        _scrape_options = d.pop("scrapeOptions", UNSET)
        scrape_options: ScrapeOptions | Unset
        if isinstance(_scrape_options, Unset):
            scrape_options = UNSET
        else:
            scrape_options = ScrapeOptions.from_dict(_scrape_options)

        ignore_invalid_ur_ls = d.pop("ignoreInvalidURLs", UNSET)

        _threat_protection = d.pop("threatProtection", UNSET)
        threat_protection: ThreatProtectionOverride | Unset
        if isinstance(_threat_protection, Unset):
            threat_protection = UNSET
        else:
            threat_protection = ThreatProtectionOverride.from_dict(_threat_protection)

        extract_data_body = cls(
            urls=urls,
            prompt=prompt,
            schema=schema,
            enable_web_search=enable_web_search,
            ignore_sitemap=ignore_sitemap,
            include_subdomains=include_subdomains,
            show_sources=show_sources,
            scrape_options=scrape_options,
            ignore_invalid_ur_ls=ignore_invalid_ur_ls,
            threat_protection=threat_protection,
        )

        extract_data_body.additional_properties = d
        return extract_data_body

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
    global ExtractDataBodySchema
    from ..models.extract_data_body_schema import ExtractDataBodySchema

    global ScrapeOptions
    from ..models.scrape_options import ScrapeOptions

    global ThreatProtectionOverride
    from ..models.threat_protection_override import ThreatProtectionOverride

    _models_pending = False
