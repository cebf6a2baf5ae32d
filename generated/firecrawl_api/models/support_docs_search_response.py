from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.support_docs_search_response_evidence_item import (
        SupportDocsSearchResponseEvidenceItem,
    )
    from ..models.support_docs_search_response_usage import (
        SupportDocsSearchResponseUsage,
    )


T = TypeVar("T", bound="SupportDocsSearchResponse")


@redacted_repr
@_attrs_define
class SupportDocsSearchResponse:
    """
    Attributes:
        request_id (str | Unset):
        answer (str | Unset): Concise answer grounded in Firecrawl documentation.
        evidence (list[SupportDocsSearchResponseEvidenceItem] | Unset):
        usage (SupportDocsSearchResponseUsage | Unset):
        duration_ms (int | Unset): Total docs-search execution time in milliseconds.
    """

    request_id: str | Unset = UNSET
    answer: str | Unset = UNSET
    evidence: list[SupportDocsSearchResponseEvidenceItem] | Unset = UNSET
    usage: SupportDocsSearchResponseUsage | Unset = UNSET
    duration_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        answer = self.answer

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["requestId"] = request_id
        if answer is not UNSET:
            field_dict["answer"] = answer
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if usage is not UNSET:
            field_dict["usage"] = usage
        if duration_ms is not UNSET:
            field_dict["durationMs"] = duration_ms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        request_id = d.pop("requestId", UNSET)

        answer = d.pop("answer", UNSET)

        _evidence = d.pop("evidence", UNSET)
        evidence: list[SupportDocsSearchResponseEvidenceItem] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = SupportDocsSearchResponseEvidenceItem.from_dict(
                    evidence_item_data
                )

                evidence.append(evidence_item)

        _usage = d.pop("usage", UNSET)
        usage: SupportDocsSearchResponseUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = SupportDocsSearchResponseUsage.from_dict(_usage)

        duration_ms = d.pop("durationMs", UNSET)

        support_docs_search_response = cls(
            request_id=request_id,
            answer=answer,
            evidence=evidence,
            usage=usage,
            duration_ms=duration_ms,
        )

        support_docs_search_response.additional_properties = d
        return support_docs_search_response

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
    global SupportDocsSearchResponseEvidenceItem
    from ..models.support_docs_search_response_evidence_item import (
        SupportDocsSearchResponseEvidenceItem,
    )

    global SupportDocsSearchResponseUsage
    from ..models.support_docs_search_response_usage import (
        SupportDocsSearchResponseUsage,
    )

    _models_pending = False
