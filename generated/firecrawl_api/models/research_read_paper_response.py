from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr

if TYPE_CHECKING:
    from ..models.research_paper_metadata import ResearchPaperMetadata
    from ..models.research_passage import ResearchPassage


T = TypeVar("T", bound="ResearchReadPaperResponse")


@redacted_repr
@_attrs_define
class ResearchReadPaperResponse:
    """
    Attributes:
        success (bool):
        paper (ResearchPaperMetadata):
        paper_id (str):
        query (str):
        passages (list[ResearchPassage]):
    """

    success: bool
    paper: ResearchPaperMetadata
    paper_id: str
    query: str
    passages: list[ResearchPassage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        paper = self.paper.to_dict()

        paper_id = self.paper_id

        query = self.query

        passages = []
        for passages_item_data in self.passages:
            passages_item = passages_item_data.to_dict()
            passages.append(passages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "paper": paper,
                "paperId": paper_id,
                "query": query,
                "passages": passages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        success = d.pop("success")

        paper = ResearchPaperMetadata.from_dict(d.pop("paper"))

        paper_id = d.pop("paperId", "")

        query = d.pop("query", "")

        passages = []
        _passages = d.pop("passages")
        for passages_item_data in _passages:
            passages_item = ResearchPassage.from_dict(passages_item_data)

            passages.append(passages_item)

        research_read_paper_response = cls(
            success=success,
            paper=paper,
            paper_id=paper_id,
            query=query,
            passages=passages,
        )

        research_read_paper_response.additional_properties = d
        return research_read_paper_response

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
    global ResearchPaperMetadata
    from ..models.research_paper_metadata import ResearchPaperMetadata

    global ResearchPassage
    from ..models.research_passage import ResearchPassage

    _models_pending = False
