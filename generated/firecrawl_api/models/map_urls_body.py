from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.map_urls_body_sitemap import MapUrlsBodySitemap
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_metadata import AuditMetadata
    from ..models.map_urls_body_location import MapUrlsBodyLocation
    from ..models.threat_protection_override import ThreatProtectionOverride


T = TypeVar("T", bound="MapUrlsBody")


@redacted_repr
@_attrs_define
class MapUrlsBody:
    """
    Attributes:
        url (str): The base URL to start crawling from
        search (str | Unset): Specify a search query to order the results by relevance. Example: 'blog' will return URLs
            that contain the word 'blog' in the URL ordered by relevance.
        sitemap (MapUrlsBodySitemap | Unset): Sitemap mode when mapping. If you set it to `skip`, the sitemap won't be
            used to find URLs. If you set it to `only`, only URLs that are in the sitemap will be returned. By default
            (`include`), the sitemap and other methods will be used together to find URLs. Default:
            MapUrlsBodySitemap.INCLUDE.
        include_subdomains (bool | Unset): Include subdomains of the website Default: True.
        ignore_query_parameters (bool | Unset): Do not return URLs with query parameters Default: True.
        ignore_cache (bool | Unset): Bypass the sitemap cache to retrieve fresh URLs. Sitemap data is cached for up to 7
            days; use this parameter when your sitemap has been recently updated. Default: False.
        limit (int | Unset): Maximum number of links to return Default: 5000.
        timeout (int | Unset): Timeout in milliseconds. There is no timeout by default.
        location (MapUrlsBodyLocation | Unset): Location settings for the request. When specified, this will use an
            appropriate proxy if available and emulate the corresponding language and timezone settings. Defaults to 'US' if
            not specified.
        audit_metadata (AuditMetadata | Unset): User attribution included with SIEM logging events when SIEM Logging is
            enabled for the organization.
        threat_protection (ThreatProtectionOverride | Unset): Per-request [Threat
            Protection](https://docs.firecrawl.dev/features/threat-protection) override. Fields you provide replace the
            corresponding fields of your organization's policy for this request only; omitted fields keep their
            organization-level values. Requires Threat Protection to be enabled for your team (enterprise feature) —
            otherwise the request is rejected with a 403. If your organization has disabled request overrides, any request
            that includes this object is rejected with a 403. If Threat Protection is enforced for your team, `mode` may not
            be set to `off`.
    """

    url: str
    search: str | Unset = UNSET
    sitemap: MapUrlsBodySitemap | Unset = UNSET
    include_subdomains: bool | Unset = UNSET
    ignore_query_parameters: bool | Unset = UNSET
    ignore_cache: bool | Unset = UNSET
    limit: int | Unset = UNSET
    timeout: int | Unset = UNSET
    location: MapUrlsBodyLocation | Unset = UNSET
    audit_metadata: AuditMetadata | Unset = UNSET
    threat_protection: ThreatProtectionOverride | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        search = self.search

        sitemap: str | Unset = UNSET
        if not isinstance(self.sitemap, Unset):
            sitemap = self.sitemap.value

        include_subdomains = self.include_subdomains

        ignore_query_parameters = self.ignore_query_parameters

        ignore_cache = self.ignore_cache

        limit = self.limit

        timeout = self.timeout

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        audit_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit_metadata, Unset):
            audit_metadata = self.audit_metadata.to_dict()

        threat_protection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.threat_protection, Unset):
            threat_protection = self.threat_protection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if search is not UNSET:
            field_dict["search"] = search
        if sitemap is not UNSET:
            field_dict["sitemap"] = sitemap
        if include_subdomains is not UNSET:
            field_dict["includeSubdomains"] = include_subdomains
        if ignore_query_parameters is not UNSET:
            field_dict["ignoreQueryParameters"] = ignore_query_parameters
        if ignore_cache is not UNSET:
            field_dict["ignoreCache"] = ignore_cache
        if limit is not UNSET:
            field_dict["limit"] = limit
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if location is not UNSET:
            field_dict["location"] = location
        if audit_metadata is not UNSET:
            field_dict["auditMetadata"] = audit_metadata
        if threat_protection is not UNSET:
            field_dict["threatProtection"] = threat_protection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        url = d.pop("url")

        search = d.pop("search", UNSET)

        _sitemap = d.pop("sitemap", UNSET)
        sitemap: MapUrlsBodySitemap | Unset
        if isinstance(_sitemap, Unset):
            sitemap = UNSET
        else:
            sitemap = MapUrlsBodySitemap(_sitemap)

        include_subdomains = d.pop("includeSubdomains", UNSET)

        ignore_query_parameters = d.pop("ignoreQueryParameters", UNSET)

        ignore_cache = d.pop("ignoreCache", UNSET)

        limit = d.pop("limit", UNSET)

        timeout = d.pop("timeout", UNSET)

        _location = d.pop("location", UNSET)
        location: MapUrlsBodyLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = MapUrlsBodyLocation.from_dict(_location)

        _audit_metadata = d.pop("auditMetadata", UNSET)
        audit_metadata: AuditMetadata | Unset
        if isinstance(_audit_metadata, Unset):
            audit_metadata = UNSET
        else:
            audit_metadata = AuditMetadata.from_dict(_audit_metadata)

        _threat_protection = d.pop("threatProtection", UNSET)
        threat_protection: ThreatProtectionOverride | Unset
        if isinstance(_threat_protection, Unset):
            threat_protection = UNSET
        else:
            threat_protection = ThreatProtectionOverride.from_dict(_threat_protection)

        map_urls_body = cls(
            url=url,
            search=search,
            sitemap=sitemap,
            include_subdomains=include_subdomains,
            ignore_query_parameters=ignore_query_parameters,
            ignore_cache=ignore_cache,
            limit=limit,
            timeout=timeout,
            location=location,
            audit_metadata=audit_metadata,
            threat_protection=threat_protection,
        )

        map_urls_body.additional_properties = d
        return map_urls_body

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

    global MapUrlsBodyLocation
    from ..models.map_urls_body_location import MapUrlsBodyLocation

    global ThreatProtectionOverride
    from ..models.threat_protection_override import ThreatProtectionOverride

    _models_pending = False
