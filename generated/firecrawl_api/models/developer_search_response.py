from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.developer_search_response_coverage import (
        DeveloperSearchResponseCoverage,
    )
    from ..models.developer_search_response_repos_item import (
        DeveloperSearchResponseReposItem,
    )
    from ..models.developer_search_response_sources_item import (
        DeveloperSearchResponseSourcesItem,
    )
    from ..models.developer_search_result import DeveloperSearchResult


T = TypeVar("T", bound="DeveloperSearchResponse")


@redacted_repr
@_attrs_define
class DeveloperSearchResponse:
    """
    Attributes:
        success (bool | Unset):
        results (list[DeveloperSearchResult] | Unset):
        coverage (DeveloperSearchResponseCoverage | Unset): Outcome for each result type. Check this when an expected
            result type is missing: `skipped` means your `types` value did not ask for that type, while `degraded` or
            `unavailable` means the gap came from the index or from a filter, not from the query. A repository filter is one
            such cause — see [how the repository filters scope a search](/api-reference/endpoint/developer-search#how-the-
            repository-filters-scope-a-search).
        reranked (bool | Unset): Whether the ranked list went through the reranking stage.
        repos (list[DeveloperSearchResponseReposItem] | Unset): Present only when `repos` was sent. Echoes each slug
            with whether it is indexed, plus a per-type breakdown under `types`. Example: [{'repo': 'firecrawl/firecrawl',
            'indexed': True, 'types': {'issue': True, 'pullRequest': True, 'readme': True}}].
        sources (list[DeveloperSearchResponseSourcesItem] | Unset): Present only when `sources` was sent. Reports each
            id exactly as requested along with whether it is indexed. `indexed: true` means the source has a published
            generation, so documentation evidence from it may appear; `indexed: false` means nothing from that id can match,
            which distinguishes an id that is not in the index from a query that simply found nothing. Example: [{'source':
            'some-docs-site', 'indexed': True}, {'source': 'unknown-docs-site', 'indexed': False}].
    """

    success: bool | Unset = UNSET
    results: list[DeveloperSearchResult] | Unset = UNSET
    coverage: DeveloperSearchResponseCoverage | Unset = UNSET
    reranked: bool | Unset = UNSET
    repos: list[DeveloperSearchResponseReposItem] | Unset = UNSET
    sources: list[DeveloperSearchResponseSourcesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        coverage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.coverage, Unset):
            coverage = self.coverage.to_dict()

        reranked = self.reranked

        repos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.repos, Unset):
            repos = []
            for repos_item_data in self.repos:
                repos_item = repos_item_data.to_dict()
                repos.append(repos_item)

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if results is not UNSET:
            field_dict["results"] = results
        if coverage is not UNSET:
            field_dict["coverage"] = coverage
        if reranked is not UNSET:
            field_dict["reranked"] = reranked
        if repos is not UNSET:
            field_dict["repos"] = repos
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _results = d.pop("results", UNSET)
        results: list[DeveloperSearchResult] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = DeveloperSearchResult.from_dict(results_item_data)

                results.append(results_item)

        _coverage = d.pop("coverage", UNSET)
        coverage: DeveloperSearchResponseCoverage | Unset
        if isinstance(_coverage, Unset):
            coverage = UNSET
        else:
            coverage = DeveloperSearchResponseCoverage.from_dict(_coverage)

        reranked = d.pop("reranked", UNSET)

        _repos = d.pop("repos", UNSET)
        repos: list[DeveloperSearchResponseReposItem] | Unset = UNSET
        if _repos is not UNSET:
            repos = []
            for repos_item_data in _repos:
                repos_item = DeveloperSearchResponseReposItem.from_dict(repos_item_data)

                repos.append(repos_item)

        _sources = d.pop("sources", UNSET)
        sources: list[DeveloperSearchResponseSourcesItem] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = DeveloperSearchResponseSourcesItem.from_dict(
                    sources_item_data
                )

                sources.append(sources_item)

        developer_search_response = cls(
            success=success,
            results=results,
            coverage=coverage,
            reranked=reranked,
            repos=repos,
            sources=sources,
        )

        developer_search_response.additional_properties = d
        return developer_search_response

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
    global DeveloperSearchResponseCoverage
    from ..models.developer_search_response_coverage import (
        DeveloperSearchResponseCoverage,
    )

    global DeveloperSearchResponseReposItem
    from ..models.developer_search_response_repos_item import (
        DeveloperSearchResponseReposItem,
    )

    global DeveloperSearchResponseSourcesItem
    from ..models.developer_search_response_sources_item import (
        DeveloperSearchResponseSourcesItem,
    )

    global DeveloperSearchResult
    from ..models.developer_search_result import DeveloperSearchResult

    _models_pending = False
