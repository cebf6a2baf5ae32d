from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.search_target_search_window import SearchTargetSearchWindow
from ..models.search_target_type import SearchTargetType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchTarget")


@redacted_repr
@_attrs_define
class SearchTarget:
    """Runs web search queries on each check and alerts on new results that match the monitor's goal. Requires a non-empty
    top-level `goal` on the monitor unless `judgeEnabled` is `false`.

        Attributes:
            type_ (SearchTargetType):
            queries (list[str]): Search queries to run on each check (1-12).
            id (UUID | Unset): Optional stable ID for this target. Generated if omitted.
            search_window (SearchTargetSearchWindow | Unset): Recency filter — only consider results published within this
                window. Default: SearchTargetSearchWindow.VALUE_4.
            max_results (int | Unset): Total results to evaluate per check, merged and deduped across all queries (a
                combined cap, not per-query). Default: 10.
            include_domains (list[str] | Unset): Optional. Restrict results to these domains.
            exclude_domains (list[str] | Unset): Optional. Drop results from these domains.
    """

    type_: SearchTargetType
    queries: list[str]
    id: UUID | Unset = UNSET
    search_window: SearchTargetSearchWindow | Unset = UNSET
    max_results: int | Unset = UNSET
    include_domains: list[str] | Unset = UNSET
    exclude_domains: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        queries = self.queries

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        search_window: str | Unset = UNSET
        if not isinstance(self.search_window, Unset):
            search_window = self.search_window.value

        max_results = self.max_results

        include_domains: list[str] | Unset = UNSET
        if not isinstance(self.include_domains, Unset):
            include_domains = self.include_domains

        exclude_domains: list[str] | Unset = UNSET
        if not isinstance(self.exclude_domains, Unset):
            exclude_domains = self.exclude_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "queries": queries,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if search_window is not UNSET:
            field_dict["searchWindow"] = search_window
        if max_results is not UNSET:
            field_dict["maxResults"] = max_results
        if include_domains is not UNSET:
            field_dict["includeDomains"] = include_domains
        if exclude_domains is not UNSET:
            field_dict["excludeDomains"] = exclude_domains

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = SearchTargetType(d.pop("type"))

        queries = cast(list[str], d.pop("queries"))

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _search_window = d.pop("searchWindow", UNSET)
        search_window: SearchTargetSearchWindow | Unset
        if isinstance(_search_window, Unset):
            search_window = UNSET
        else:
            search_window = SearchTargetSearchWindow(_search_window)

        max_results = d.pop("maxResults", UNSET)

        include_domains = cast(list[str], d.pop("includeDomains", UNSET))

        exclude_domains = cast(list[str], d.pop("excludeDomains", UNSET))

        search_target = cls(
            type_=type_,
            queries=queries,
            id=id,
            search_window=search_window,
            max_results=max_results,
            include_domains=include_domains,
            exclude_domains=exclude_domains,
        )

        search_target.additional_properties = d
        return search_target

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
