from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeveloperSearchResponseReposItemTypes")


@redacted_repr
@_attrs_define
class DeveloperSearchResponseReposItemTypes:
    """Which result types are indexed for this repository: `issue`, `pullRequest`, and `readme`.

    Attributes:
        issue (bool | Unset):
        pull_request (bool | Unset):
        readme (bool | Unset):
    """

    issue: bool | Unset = UNSET
    pull_request: bool | Unset = UNSET
    readme: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issue = self.issue

        pull_request = self.pull_request

        readme = self.readme

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if issue is not UNSET:
            field_dict["issue"] = issue
        if pull_request is not UNSET:
            field_dict["pullRequest"] = pull_request
        if readme is not UNSET:
            field_dict["readme"] = readme

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        issue = d.pop("issue", UNSET)

        pull_request = d.pop("pullRequest", UNSET)

        readme = d.pop("readme", UNSET)

        developer_search_response_repos_item_types = cls(
            issue=issue,
            pull_request=pull_request,
            readme=readme,
        )

        developer_search_response_repos_item_types.additional_properties = d
        return developer_search_response_repos_item_types

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
