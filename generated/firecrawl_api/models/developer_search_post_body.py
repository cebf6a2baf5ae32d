from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.developer_search_post_body_skills import DeveloperSearchPostBodySkills
from ..models.developer_search_post_body_types_item import (
    DeveloperSearchPostBodyTypesItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeveloperSearchPostBody")


@redacted_repr
@_attrs_define
class DeveloperSearchPostBody:
    """
    Attributes:
        query (str):
        k (int | Unset):  Default: 10.
        types (list[DeveloperSearchPostBodyTypesItem] | Unset):
        repos (list[str] | Unset): Repository slugs to scope the repository half of the index to. Applies to the
            `issue`, `pull_request`, and `readme` types only. Sent together with `sources`, the two halves are combined
            rather than intersected. Returns 400 when no repository type is in `types`, reporting that `repos` cannot match
            any requested type and that you should add repository types or drop `repos`.
        sources (list[str] | Unset): Documentation source ids to scope the documentation half to, at most 20. Applies to
            the `doc` type only. Not a fixed enum: ids reflect the documentation sites in the index and the set grows over
            time. Returns 400 with `sources cannot match any requested type; add doc or drop sources` when `doc` is not in
            `types`.
        skills (DeveloperSearchPostBodySkills | Unset): Set to `only` to limit the search to indexed agent-skill files.
        passages (int | Unset):  Default: 1.
        language (str | Unset): Repository primary language, such as `Rust`. Applies to repository results only; sending
            it with no `sources` scope returns no `doc` results. See [how the repository filters scope a search](/api-
            reference/endpoint/developer-search#how-the-repository-filters-scope-a-search). Example: Rust.
        topic (str | Unset): Repository topic, such as `async`. Applies to repository results only; sending it with no
            `sources` scope returns no `doc` results. Example: async.
        license_ (str | Unset): Repository license, such as `MIT`. Applies to repository results only; sending it with
            no `sources` scope returns no `doc` results. Example: MIT.
        min_stars (int | Unset): Lower bound on repository stars. Applies to repository results only; sending it with no
            `sources` scope returns no `doc` results.
        max_stars (int | Unset): Upper bound on repository stars. Applies to repository results only; sending it with no
            `sources` scope returns no `doc` results.
        archived (bool | Unset): Include or exclude archived repositories. Applies to repository results only; sending
            it with no `sources` scope returns no `doc` results.
        fork (bool | Unset): Include or exclude forks. Applies to repository results only; sending it with no `sources`
            scope returns no `doc` results.
    """

    query: str
    k: int | Unset = UNSET
    types: list[DeveloperSearchPostBodyTypesItem] | Unset = UNSET
    repos: list[str] | Unset = UNSET
    sources: list[str] | Unset = UNSET
    skills: DeveloperSearchPostBodySkills | Unset = UNSET
    passages: int | Unset = UNSET
    language: str | Unset = UNSET
    topic: str | Unset = UNSET
    license_: str | Unset = UNSET
    min_stars: int | Unset = UNSET
    max_stars: int | Unset = UNSET
    archived: bool | Unset = UNSET
    fork: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query = self.query

        k = self.k

        types: list[str] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.value
                types.append(types_item)

        repos: list[str] | Unset = UNSET
        if not isinstance(self.repos, Unset):
            repos = self.repos

        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources

        skills: str | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills.value

        passages = self.passages

        language = self.language

        topic = self.topic

        license_ = self.license_

        min_stars = self.min_stars

        max_stars = self.max_stars

        archived = self.archived

        fork = self.fork

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if k is not UNSET:
            field_dict["k"] = k
        if types is not UNSET:
            field_dict["types"] = types
        if repos is not UNSET:
            field_dict["repos"] = repos
        if sources is not UNSET:
            field_dict["sources"] = sources
        if skills is not UNSET:
            field_dict["skills"] = skills
        if passages is not UNSET:
            field_dict["passages"] = passages
        if language is not UNSET:
            field_dict["language"] = language
        if topic is not UNSET:
            field_dict["topic"] = topic
        if license_ is not UNSET:
            field_dict["license"] = license_
        if min_stars is not UNSET:
            field_dict["min_stars"] = min_stars
        if max_stars is not UNSET:
            field_dict["max_stars"] = max_stars
        if archived is not UNSET:
            field_dict["archived"] = archived
        if fork is not UNSET:
            field_dict["fork"] = fork

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        query = d.pop("query")

        k = d.pop("k", UNSET)

        _types = d.pop("types", UNSET)
        types: list[DeveloperSearchPostBodyTypesItem] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = DeveloperSearchPostBodyTypesItem(types_item_data)

                types.append(types_item)

        repos = cast(list[str], d.pop("repos", UNSET))

        sources = cast(list[str], d.pop("sources", UNSET))

        _skills = d.pop("skills", UNSET)
        skills: DeveloperSearchPostBodySkills | Unset
        if isinstance(_skills, Unset):
            skills = UNSET
        else:
            skills = DeveloperSearchPostBodySkills(_skills)

        passages = d.pop("passages", UNSET)

        language = d.pop("language", UNSET)

        topic = d.pop("topic", UNSET)

        license_ = d.pop("license", UNSET)

        min_stars = d.pop("min_stars", UNSET)

        max_stars = d.pop("max_stars", UNSET)

        archived = d.pop("archived", UNSET)

        fork = d.pop("fork", UNSET)

        developer_search_post_body = cls(
            query=query,
            k=k,
            types=types,
            repos=repos,
            sources=sources,
            skills=skills,
            passages=passages,
            language=language,
            topic=topic,
            license_=license_,
            min_stars=min_stars,
            max_stars=max_stars,
            archived=archived,
            fork=fork,
        )

        developer_search_post_body.additional_properties = d
        return developer_search_post_body

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
