from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr

if TYPE_CHECKING:
    from ..models.get_active_crawls_response_200_crawls_item_options import (
        GetActiveCrawlsResponse200CrawlsItemOptions,
    )


T = TypeVar("T", bound="GetActiveCrawlsResponse200CrawlsItem")


@redacted_repr
@_attrs_define
class GetActiveCrawlsResponse200CrawlsItem:
    """
    Attributes:
        id (UUID): The unique identifier of the crawl
        team_id (str): The ID of the team that owns the crawl
        url (str): The origin URL of the crawl
        options (GetActiveCrawlsResponse200CrawlsItemOptions): The crawler options used for this crawl
    """

    id: UUID
    team_id: str
    url: str
    options: GetActiveCrawlsResponse200CrawlsItemOptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        team_id = self.team_id

        url = self.url

        options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "teamId": team_id,
                "url": url,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        team_id = d.pop("teamId", "")

        url = d.pop("url", "")

        options = GetActiveCrawlsResponse200CrawlsItemOptions.from_dict(
            d.pop("options")
        )

        get_active_crawls_response_200_crawls_item = cls(
            id=id,
            team_id=team_id,
            url=url,
            options=options,
        )

        get_active_crawls_response_200_crawls_item.additional_properties = d
        return get_active_crawls_response_200_crawls_item

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
    global GetActiveCrawlsResponse200CrawlsItemOptions
    from ..models.get_active_crawls_response_200_crawls_item_options import (
        GetActiveCrawlsResponse200CrawlsItemOptions,
    )

    _models_pending = False
