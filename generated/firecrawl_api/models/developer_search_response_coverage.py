from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.developer_search_response_coverage_doc import (
    DeveloperSearchResponseCoverageDoc,
)
from ..models.developer_search_response_coverage_issue import (
    DeveloperSearchResponseCoverageIssue,
)
from ..models.developer_search_response_coverage_pull_request import (
    DeveloperSearchResponseCoveragePullRequest,
)
from ..models.developer_search_response_coverage_readme import (
    DeveloperSearchResponseCoverageReadme,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeveloperSearchResponseCoverage")


@redacted_repr
@_attrs_define
class DeveloperSearchResponseCoverage:
    """Outcome for each result type. Check this when an expected result type is missing: `skipped` means your `types` value
    did not ask for that type, while `degraded` or `unavailable` means the gap came from the index or from a filter, not
    from the query. A repository filter is one such cause — see [how the repository filters scope a search](/api-
    reference/endpoint/developer-search#how-the-repository-filters-scope-a-search).

        Attributes:
            doc (DeveloperSearchResponseCoverageDoc | Unset):
            issue (DeveloperSearchResponseCoverageIssue | Unset):
            pull_request (DeveloperSearchResponseCoveragePullRequest | Unset):
            readme (DeveloperSearchResponseCoverageReadme | Unset):
    """

    doc: DeveloperSearchResponseCoverageDoc | Unset = UNSET
    issue: DeveloperSearchResponseCoverageIssue | Unset = UNSET
    pull_request: DeveloperSearchResponseCoveragePullRequest | Unset = UNSET
    readme: DeveloperSearchResponseCoverageReadme | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        doc: str | Unset = UNSET
        if not isinstance(self.doc, Unset):
            doc = self.doc.value

        issue: str | Unset = UNSET
        if not isinstance(self.issue, Unset):
            issue = self.issue.value

        pull_request: str | Unset = UNSET
        if not isinstance(self.pull_request, Unset):
            pull_request = self.pull_request.value

        readme: str | Unset = UNSET
        if not isinstance(self.readme, Unset):
            readme = self.readme.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if doc is not UNSET:
            field_dict["doc"] = doc
        if issue is not UNSET:
            field_dict["issue"] = issue
        if pull_request is not UNSET:
            field_dict["pull_request"] = pull_request
        if readme is not UNSET:
            field_dict["readme"] = readme

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _doc = d.pop("doc", UNSET)
        doc: DeveloperSearchResponseCoverageDoc | Unset
        if isinstance(_doc, Unset):
            doc = UNSET
        else:
            doc = DeveloperSearchResponseCoverageDoc(_doc)

        _issue = d.pop("issue", UNSET)
        issue: DeveloperSearchResponseCoverageIssue | Unset
        if isinstance(_issue, Unset):
            issue = UNSET
        else:
            issue = DeveloperSearchResponseCoverageIssue(_issue)

        _pull_request = d.pop("pull_request", UNSET)
        pull_request: DeveloperSearchResponseCoveragePullRequest | Unset
        if isinstance(_pull_request, Unset):
            pull_request = UNSET
        else:
            pull_request = DeveloperSearchResponseCoveragePullRequest(_pull_request)

        _readme = d.pop("readme", UNSET)
        readme: DeveloperSearchResponseCoverageReadme | Unset
        if isinstance(_readme, Unset):
            readme = UNSET
        else:
            readme = DeveloperSearchResponseCoverageReadme(_readme)

        developer_search_response_coverage = cls(
            doc=doc,
            issue=issue,
            pull_request=pull_request,
            readme=readme,
        )

        developer_search_response_coverage.additional_properties = d
        return developer_search_response_coverage

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
