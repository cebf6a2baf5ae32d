from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.threat_protection_override_failure_policy import (
    ThreatProtectionOverrideFailurePolicy,
)
from ..models.threat_protection_override_mode import ThreatProtectionOverrideMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ThreatProtectionOverride")


@redacted_repr
@_attrs_define
class ThreatProtectionOverride:
    """Per-request [Threat Protection](https://docs.firecrawl.dev/features/threat-protection) override. Fields you provide
    replace the corresponding fields of your organization's policy for this request only; omitted fields keep their
    organization-level values. Requires Threat Protection to be enabled for your team (enterprise feature) — otherwise
    the request is rejected with a 403. If your organization has disabled request overrides, any request that includes
    this object is rejected with a 403. If Threat Protection is enforced for your team, `mode` may not be set to `off`.

        Attributes:
            mode (ThreatProtectionOverrideMode | Unset): URL scanning mode for this request. `normal` checks URLs against
                Google Web Risk (+2 credits per URL scanned).
            risk_score_threshold (int | Unset): Normalized risk score (0–100) at or above which a classifier verdict blocks
                the URL. Lower is stricter. Example: 75.
            blacklist (list[str] | Unset): Domains to always block, as plain domains (`example.com`) or wildcard globs
                (`*.example.com`). No protocol, path, or port.
            whitelist (list[str] | Unset): Domains to always allow, as plain domains or wildcard globs. Wins over every
                other rule.
            blocked_tlds (list[str] | Unset): Top-level domains to block outright, lowercase without the leading dot (e.g.
                `zip`).
            failure_policy (ThreatProtectionOverrideFailurePolicy | Unset): What to do when the classifier can't be reached:
                `closed` blocks the request, `open` allows it.
    """

    mode: ThreatProtectionOverrideMode | Unset = UNSET
    risk_score_threshold: int | Unset = UNSET
    blacklist: list[str] | Unset = UNSET
    whitelist: list[str] | Unset = UNSET
    blocked_tlds: list[str] | Unset = UNSET
    failure_policy: ThreatProtectionOverrideFailurePolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        risk_score_threshold = self.risk_score_threshold

        blacklist: list[str] | Unset = UNSET
        if not isinstance(self.blacklist, Unset):
            blacklist = self.blacklist

        whitelist: list[str] | Unset = UNSET
        if not isinstance(self.whitelist, Unset):
            whitelist = self.whitelist

        blocked_tlds: list[str] | Unset = UNSET
        if not isinstance(self.blocked_tlds, Unset):
            blocked_tlds = self.blocked_tlds

        failure_policy: str | Unset = UNSET
        if not isinstance(self.failure_policy, Unset):
            failure_policy = self.failure_policy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if risk_score_threshold is not UNSET:
            field_dict["riskScoreThreshold"] = risk_score_threshold
        if blacklist is not UNSET:
            field_dict["blacklist"] = blacklist
        if whitelist is not UNSET:
            field_dict["whitelist"] = whitelist
        if blocked_tlds is not UNSET:
            field_dict["blockedTlds"] = blocked_tlds
        if failure_policy is not UNSET:
            field_dict["failurePolicy"] = failure_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _mode = d.pop("mode", UNSET)
        mode: ThreatProtectionOverrideMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ThreatProtectionOverrideMode(_mode)

        risk_score_threshold = d.pop("riskScoreThreshold", UNSET)

        blacklist = cast(list[str], d.pop("blacklist", UNSET))

        whitelist = cast(list[str], d.pop("whitelist", UNSET))

        blocked_tlds = cast(list[str], d.pop("blockedTlds", UNSET))

        _failure_policy = d.pop("failurePolicy", UNSET)
        failure_policy: ThreatProtectionOverrideFailurePolicy | Unset
        if isinstance(_failure_policy, Unset):
            failure_policy = UNSET
        else:
            failure_policy = ThreatProtectionOverrideFailurePolicy(_failure_policy)

        threat_protection_override = cls(
            mode=mode,
            risk_score_threshold=risk_score_threshold,
            blacklist=blacklist,
            whitelist=whitelist,
            blocked_tlds=blocked_tlds,
            failure_policy=failure_policy,
        )

        threat_protection_override.additional_properties = d
        return threat_protection_override

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
