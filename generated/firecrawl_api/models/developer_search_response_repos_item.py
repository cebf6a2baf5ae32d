from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.developer_search_response_repos_item_types import (
        DeveloperSearchResponseReposItemTypes,
    )


T = TypeVar("T", bound="DeveloperSearchResponseReposItem")


@redacted_repr
@_attrs_define
class DeveloperSearchResponseReposItem:
    """
    Attributes:
        repo (str | Unset):
        indexed (bool | Unset):
        types (DeveloperSearchResponseReposItemTypes | Unset): Which result types are indexed for this repository:
            `issue`, `pullRequest`, and `readme`.
    """

    repo: str | Unset = UNSET
    indexed: bool | Unset = UNSET
    types: DeveloperSearchResponseReposItemTypes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repo = self.repo

        indexed = self.indexed

        types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if repo is not UNSET:
            field_dict["repo"] = repo
        if indexed is not UNSET:
            field_dict["indexed"] = indexed
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        repo = d.pop("repo", UNSET)

        indexed = d.pop("indexed", UNSET)

        _types = d.pop("types", UNSET)
        types: DeveloperSearchResponseReposItemTypes | Unset
        if isinstance(_types, Unset):
            types = UNSET
        else:
            types = DeveloperSearchResponseReposItemTypes.from_dict(_types)

        developer_search_response_repos_item = cls(
            repo=repo,
            indexed=indexed,
            types=types,
        )

        developer_search_response_repos_item.additional_properties = d
        return developer_search_response_repos_item

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
    global DeveloperSearchResponseReposItemTypes
    from ..models.developer_search_response_repos_item_types import (
        DeveloperSearchResponseReposItemTypes,
    )

    _models_pending = False
