from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr

T = TypeVar("T", bound="ResearchPaperSignals")


@redacted_repr
@_attrs_define
class ResearchPaperSignals:
    """
    Attributes:
        structural (float): Raw structural graph signal.
        semantic (float): Semantic score from the intent search.
        article_rank (float): Structural expansion article-rank score.
        seed_overlap (int): Number of distinct seeds connected to this candidate.
    """

    structural: float
    semantic: float
    article_rank: float
    seed_overlap: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        structural = self.structural

        semantic = self.semantic

        article_rank = self.article_rank

        seed_overlap = self.seed_overlap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "structural": structural,
                "semantic": semantic,
                "articleRank": article_rank,
                "seedOverlap": seed_overlap,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        structural = d.pop("structural")

        semantic = d.pop("semantic")

        article_rank = d.pop("articleRank")

        seed_overlap = d.pop("seedOverlap")

        research_paper_signals = cls(
            structural=structural,
            semantic=semantic,
            article_rank=article_rank,
            seed_overlap=seed_overlap,
        )

        research_paper_signals.additional_properties = d
        return research_paper_signals

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
