from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.research_paper_result import ResearchPaperResult


T = TypeVar("T", bound="ResearchSimilarPapersResponse")


@redacted_repr
@_attrs_define
class ResearchSimilarPapersResponse:
    """
    Attributes:
        success (bool):
        results (list[ResearchPaperResult]):
        pool_size (int):
        truncated (bool):
        note (None | str | Unset):
    """

    success: bool
    results: list[ResearchPaperResult]
    pool_size: int
    truncated: bool
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        pool_size = self.pool_size

        truncated = self.truncated

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "results": results,
                "poolSize": pool_size,
                "truncated": truncated,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        success = d.pop("success")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = ResearchPaperResult.from_dict(results_item_data)

            results.append(results_item)

        pool_size = d.pop("poolSize")

        truncated = d.pop("truncated")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        research_similar_papers_response = cls(
            success=success,
            results=results,
            pool_size=pool_size,
            truncated=truncated,
            note=note,
        )

        research_similar_papers_response.additional_properties = d
        return research_similar_papers_response

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
    global ResearchPaperResult
    from ..models.research_paper_result import ResearchPaperResult

    _models_pending = False
