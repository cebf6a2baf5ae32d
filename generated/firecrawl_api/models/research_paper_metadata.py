from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.research_id_map import ResearchIdMap


T = TypeVar("T", bound="ResearchPaperMetadata")


@redacted_repr
@_attrs_define
class ResearchPaperMetadata:
    """
    Attributes:
        paper_id (str): Canonical paper id.
        title (str):
        abstract (str):
        ids (ResearchIdMap | Unset): Source identifiers grouped by namespace. Example: {'arxiv': ['2105.05233']}.
        authors (str | Unset): Comma-joined author names.
        categories (list[str] | Unset): Paper categories.
        created_date (str | Unset): Original creation date string.
        update_date (str | Unset): Last-updated date string.
    """

    paper_id: str
    title: str
    abstract: str
    ids: ResearchIdMap | Unset = UNSET
    authors: str | Unset = UNSET
    categories: list[str] | Unset = UNSET
    created_date: str | Unset = UNSET
    update_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paper_id = self.paper_id

        title = self.title

        abstract = self.abstract

        ids: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids.to_dict()

        authors = self.authors

        categories: list[str] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = self.categories

        created_date = self.created_date

        update_date = self.update_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paperId": paper_id,
                "title": title,
                "abstract": abstract,
            }
        )
        if ids is not UNSET:
            field_dict["ids"] = ids
        if authors is not UNSET:
            field_dict["authors"] = authors
        if categories is not UNSET:
            field_dict["categories"] = categories
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if update_date is not UNSET:
            field_dict["updateDate"] = update_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        paper_id = d.pop("paperId", "")

        title = d.pop("title", "")

        abstract = d.pop("abstract", "")

        _ids = d.pop("ids", UNSET)
        ids: ResearchIdMap | Unset
        if isinstance(_ids, Unset):
            ids = UNSET
        else:
            ids = ResearchIdMap.from_dict(_ids)

        authors = d.pop("authors", UNSET)

        categories = cast(list[str], d.pop("categories", UNSET))

        created_date = d.pop("createdDate", UNSET)

        update_date = d.pop("updateDate", UNSET)

        research_paper_metadata = cls(
            paper_id=paper_id,
            title=title,
            abstract=abstract,
            ids=ids,
            authors=authors,
            categories=categories,
            created_date=created_date,
            update_date=update_date,
        )

        research_paper_metadata.additional_properties = d
        return research_paper_metadata

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

    _models_pending = False
