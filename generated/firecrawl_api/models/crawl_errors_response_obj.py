from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.crawl_errors_response_obj_errors_item import (
        CrawlErrorsResponseObjErrorsItem,
    )


T = TypeVar("T", bound="CrawlErrorsResponseObj")


@redacted_repr
@_attrs_define
class CrawlErrorsResponseObj:
    """
    Attributes:
        errors (list[CrawlErrorsResponseObjErrorsItem] | Unset): Errored scrape jobs and error details
        robots_blocked (list[str] | Unset): List of URLs that were attempted in scraping but were blocked by robots.txt
    """

    errors: list[CrawlErrorsResponseObjErrorsItem] | Unset = UNSET
    robots_blocked: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        robots_blocked: list[str] | Unset = UNSET
        if not isinstance(self.robots_blocked, Unset):
            robots_blocked = self.robots_blocked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if errors is not UNSET:
            field_dict["errors"] = errors
        if robots_blocked is not UNSET:
            field_dict["robotsBlocked"] = robots_blocked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        _errors = d.pop("errors", UNSET)
        errors: list[CrawlErrorsResponseObjErrorsItem] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = CrawlErrorsResponseObjErrorsItem.from_dict(
                    errors_item_data
                )

                errors.append(errors_item)

        robots_blocked = cast(list[str], d.pop("robotsBlocked", UNSET))

        crawl_errors_response_obj = cls(
            errors=errors,
            robots_blocked=robots_blocked,
        )

        crawl_errors_response_obj.additional_properties = d
        return crawl_errors_response_obj

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
    global CrawlErrorsResponseObjErrorsItem
    from ..models.crawl_errors_response_obj_errors_item import (
        CrawlErrorsResponseObjErrorsItem,
    )

    _models_pending = False
