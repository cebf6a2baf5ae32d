from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.research_id_map import ResearchIdMap
    from ..models.research_paper_signals import ResearchPaperSignals


T = TypeVar("T", bound="ResearchPaperResult")


@redacted_repr
@_attrs_define
class ResearchPaperResult:
    """
    Attributes:
        paper_id (str): Canonical paper id, or web:<url> for SERP-discovered display results.
        primary_id (str): Preferred cite/fetch id such as arxiv:<id>, pmid:<id>, pmcid:<id>, or doi:<id>.
        title (str):
        abstract (str):
        score (float):
        ids (ResearchIdMap | Unset): Source identifiers grouped by namespace. Example: {'arxiv': ['2105.05233']}.
        signals (ResearchPaperSignals | Unset):
    """

    paper_id: str
    primary_id: str
    title: str
    abstract: str
    score: float
    ids: ResearchIdMap | Unset = UNSET
    signals: ResearchPaperSignals | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paper_id = self.paper_id

        primary_id = self.primary_id

        title = self.title

        abstract = self.abstract

        score = self.score

        ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids.to_dict()

        signals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = self.signals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paperId": paper_id,
                "primaryId": primary_id,
                "title": title,
                "abstract": abstract,
                "score": score,
            }
        )
        if ids is not UNSET:
            field_dict["ids"] = ids
        if signals is not UNSET:
            field_dict["signals"] = signals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        paper_id = d.pop("paperId", "")

        primary_id = d.pop("primaryId", "")

        title = d.pop("title", "")

        abstract = d.pop("abstract", "")

        score = d.pop("score")

        _ids = d.pop("ids", UNSET)
        ids: ResearchIdMap | Unset
        if isinstance(_ids, Unset):
            ids = UNSET
        else:
            ids = ResearchIdMap.from_dict(_ids)

        _signals = d.pop("signals", UNSET)
        signals: ResearchPaperSignals | Unset
        if isinstance(_signals, Unset):
            signals = UNSET
        else:
            signals = ResearchPaperSignals.from_dict(_signals)

        research_paper_result = cls(
            paper_id=paper_id,
            primary_id=primary_id,
            title=title,
            abstract=abstract,
            score=score,
            ids=ids,
            signals=signals,
        )

        research_paper_result.additional_properties = d
        return research_paper_result

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
    global ResearchIdMap
    from ..models.research_id_map import ResearchIdMap

    global ResearchPaperSignals
    from ..models.research_paper_signals import ResearchPaperSignals

    _models_pending = False
