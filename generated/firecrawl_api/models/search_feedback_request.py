from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.search_feedback_request_rating import SearchFeedbackRequestRating
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_feedback_request_missing_content_item import (
        SearchFeedbackRequestMissingContentItem,
    )
    from ..models.search_feedback_request_valuable_sources_item import (
        SearchFeedbackRequestValuableSourcesItem,
    )


T = TypeVar("T", bound="SearchFeedbackRequest")


@redacted_repr
@_attrs_define
class SearchFeedbackRequest:
    """For 'good', include valuableSources. For 'partial', include valuableSources or missingContent. For 'bad', include
    missingContent or querySuggestions.

        Attributes:
            rating (SearchFeedbackRequestRating):
            valuable_sources (list[SearchFeedbackRequestValuableSourcesItem] | Unset):
            missing_content (list[SearchFeedbackRequestMissingContentItem] | Unset):
            query_suggestions (str | Unset):
            origin (str | Unset):  Default: 'api'.
            integration (None | str | Unset):
    """

    rating: SearchFeedbackRequestRating
    valuable_sources: list[SearchFeedbackRequestValuableSourcesItem] | Unset = UNSET
    missing_content: list[SearchFeedbackRequestMissingContentItem] | Unset = UNSET
    query_suggestions: str | Unset = UNSET
    origin: str | Unset = UNSET
    integration: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rating = self.rating.value

        valuable_sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.valuable_sources, Unset):
            valuable_sources = []
            for valuable_sources_item_data in self.valuable_sources:
                valuable_sources_item = valuable_sources_item_data.to_dict()
                valuable_sources.append(valuable_sources_item)

        missing_content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.missing_content, Unset):
            missing_content = []
            for missing_content_item_data in self.missing_content:
                missing_content_item = missing_content_item_data.to_dict()
                missing_content.append(missing_content_item)

        query_suggestions = self.query_suggestions

        origin = self.origin

        integration: None | str | Unset
        if isinstance(self.integration, Unset):
            integration = UNSET
        else:
            integration = self.integration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rating": rating,
            }
        )
        if valuable_sources is not UNSET:
            field_dict["valuableSources"] = valuable_sources
        if missing_content is not UNSET:
            field_dict["missingContent"] = missing_content
        if query_suggestions is not UNSET:
            field_dict["querySuggestions"] = query_suggestions
        if origin is not UNSET:
            field_dict["origin"] = origin
        if integration is not UNSET:
            field_dict["integration"] = integration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        rating = SearchFeedbackRequestRating(d.pop("rating"))

        _valuable_sources = d.pop("valuableSources", UNSET)
        valuable_sources: list[SearchFeedbackRequestValuableSourcesItem] | Unset = UNSET
        if _valuable_sources is not UNSET:
            valuable_sources = []
            for valuable_sources_item_data in _valuable_sources:
                valuable_sources_item = (
                    SearchFeedbackRequestValuableSourcesItem.from_dict(
                        valuable_sources_item_data
                    )
                )

                valuable_sources.append(valuable_sources_item)

        _missing_content = d.pop("missingContent", UNSET)
        missing_content: list[SearchFeedbackRequestMissingContentItem] | Unset = UNSET
        if _missing_content is not UNSET:
            missing_content = []
            for missing_content_item_data in _missing_content:
                missing_content_item = (
                    SearchFeedbackRequestMissingContentItem.from_dict(
                        missing_content_item_data
                    )
                )

                missing_content.append(missing_content_item)

        query_suggestions = d.pop("querySuggestions", UNSET)

        origin = d.pop("origin", UNSET)

        def _parse_integration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration = _parse_integration(d.pop("integration", UNSET))

        search_feedback_request = cls(
            rating=rating,
            valuable_sources=valuable_sources,
            missing_content=missing_content,
            query_suggestions=query_suggestions,
            origin=origin,
            integration=integration,
        )

        search_feedback_request.additional_properties = d
        return search_feedback_request

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
    global SearchFeedbackRequestMissingContentItem
    from ..models.search_feedback_request_missing_content_item import (
        SearchFeedbackRequestMissingContentItem,
    )

    global SearchFeedbackRequestValuableSourcesItem
    from ..models.search_feedback_request_valuable_sources_item import (
        SearchFeedbackRequestValuableSourcesItem,
    )

    _models_pending = False
