from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profile import Profile


T = TypeVar("T", bound="CreateSessionBody")


@redacted_repr
@_attrs_define
class CreateSessionBody:
    """
    Attributes:
        ttl (int | Unset): Total time-to-live in seconds for the interact session Default: 300.
        activity_ttl (int | Unset): Time in seconds before the session is destroyed due to inactivity
        stream_web_view (bool | Unset): Whether to stream a live view of the browser Default: True.
        profile (Profile | Unset): Enable persistent storage across interact sessions. Data saved in one session can be
            loaded in a later session using the same name.
    """

    ttl: int | Unset = UNSET
    activity_ttl: int | Unset = UNSET
    stream_web_view: bool | Unset = UNSET
    profile: Profile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ttl = self.ttl

        activity_ttl = self.activity_ttl

        stream_web_view = self.stream_web_view

        profile: dict[str, Any] | Unset = UNSET
        if not isinstance(self.profile, Unset):
            profile = self.profile.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ttl is not UNSET:
            field_dict["ttl"] = ttl
        if activity_ttl is not UNSET:
            field_dict["activityTtl"] = activity_ttl
        if stream_web_view is not UNSET:
            field_dict["streamWebView"] = stream_web_view
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        ttl = d.pop("ttl", UNSET)

        activity_ttl = d.pop("activityTtl", UNSET)

        stream_web_view = d.pop("streamWebView", UNSET)

        _profile = d.pop("profile", UNSET)
        profile: Profile | Unset
        if isinstance(_profile, Unset):
            profile = UNSET
        else:
            profile = Profile.from_dict(_profile)

        create_session_body = cls(
            ttl=ttl,
            activity_ttl=activity_ttl,
            stream_web_view=stream_web_view,
            profile=profile,
        )

        create_session_body.additional_properties = d
        return create_session_body

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
    global Profile
    from ..models.profile import Profile

    _models_pending = False
