from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.update_threat_protection_body_failure_policy import (
    UpdateThreatProtectionBodyFailurePolicy,
)
from ..models.update_threat_protection_body_mode import UpdateThreatProtectionBodyMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateThreatProtectionBody")


@redacted_repr
@_attrs_define
class UpdateThreatProtectionBody:
    """
    Attributes:
        mode (UpdateThreatProtectionBodyMode): Threat protection mode. `off` disables checks; `normal` checks URLs
            against Google Web Risk (+2 credits per URL scanned). Example: normal.
        risk_score_threshold (int | Unset): Normalized score (0-100) at or above which a classifier verdict is blocked.
            Lower is stricter. Example: 75.
        blacklist (list[str] | Unset): Exact domains or globs (e.g. `*.example.com`) always blocked, without a
            classifier call. Example: ['*.risky.example'].
        whitelist (list[str] | Unset): Exact domains or globs always allowed. Wins over every other rule. Example:
            ['*.trusted.example'].
        blocked_tlds (list[str] | Unset): Top-level domains to block outright, lowercase without a leading dot. Example:
            ['zip'].
        failure_policy (UpdateThreatProtectionBodyFailurePolicy | Unset): Behavior when the classifier is unreachable:
            `closed` blocks (default), `open` allows. Example: closed.
        allow_request_overrides (bool | Unset): Whether individual requests may pass a `threatProtection` object. When
            false, such requests are rejected with 403. Example: True.
    """

    mode: UpdateThreatProtectionBodyMode
    risk_score_threshold: int | Unset = UNSET
    blacklist: list[str] | Unset = UNSET
    whitelist: list[str] | Unset = UNSET
    blocked_tlds: list[str] | Unset = UNSET
    failure_policy: UpdateThreatProtectionBodyFailurePolicy | Unset = UNSET
    allow_request_overrides: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        allow_request_overrides = self.allow_request_overrides

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
            }
        )
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
        if allow_request_overrides is not UNSET:
            field_dict["allowRequestOverrides"] = allow_request_overrides

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mode = UpdateThreatProtectionBodyMode(d.pop("mode"))

        risk_score_threshold = d.pop("riskScoreThreshold", UNSET)

        blacklist = cast(list[str], d.pop("blacklist", UNSET))

        whitelist = cast(list[str], d.pop("whitelist", UNSET))

        blocked_tlds = cast(list[str], d.pop("blockedTlds", UNSET))

        _failure_policy = d.pop("failurePolicy", UNSET)
        failure_policy: UpdateThreatProtectionBodyFailurePolicy | Unset
        if isinstance(_failure_policy, Unset):
            failure_policy = UNSET
        else:
            failure_policy = UpdateThreatProtectionBodyFailurePolicy(_failure_policy)

        allow_request_overrides = d.pop("allowRequestOverrides", UNSET)

        update_threat_protection_body = cls(
            mode=mode,
            risk_score_threshold=risk_score_threshold,
            blacklist=blacklist,
            whitelist=whitelist,
            blocked_tlds=blocked_tlds,
            failure_policy=failure_policy,
            allow_request_overrides=allow_request_overrides,
        )

        update_threat_protection_body.additional_properties = d
        return update_threat_protection_body

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
