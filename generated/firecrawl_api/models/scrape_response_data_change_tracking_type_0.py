from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.scrape_response_data_change_tracking_type_0_change_status import (
    ScrapeResponseDataChangeTrackingType0ChangeStatus,
)
from ..models.scrape_response_data_change_tracking_type_0_visibility import (
    ScrapeResponseDataChangeTrackingType0Visibility,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scrape_response_data_change_tracking_type_0_json_type_0 import (
        ScrapeResponseDataChangeTrackingType0JsonType0,
    )


T = TypeVar("T", bound="ScrapeResponseDataChangeTrackingType0")


@redacted_repr
@_attrs_define
class ScrapeResponseDataChangeTrackingType0:
    """Change tracking information if `changeTracking` is in `formats`. Only present when the `changeTracking` format is
    requested.

        Attributes:
            previous_scrape_at (datetime.datetime | None | Unset): The timestamp of the previous scrape that the current
                page is being compared against. Null if no previous scrape exists.
            change_status (ScrapeResponseDataChangeTrackingType0ChangeStatus | Unset): The result of the comparison between
                the two page versions. 'new' means this page did not exist before, 'same' means content has not changed,
                'changed' means content has changed, 'removed' means the page was removed.
            visibility (ScrapeResponseDataChangeTrackingType0Visibility | Unset): The visibility of the current page/URL.
                'visible' means the URL was discovered through an organic route (links or sitemap), 'hidden' means the URL was
                discovered through memory from previous crawls.
            diff (None | str | Unset): Git-style diff of changes when using 'git-diff' mode. Only present when the mode is
                set to 'git-diff'.
            json (None | ScrapeResponseDataChangeTrackingType0JsonType0 | Unset): JSON comparison results when using 'json'
                mode. Only present when the mode is set to 'json'. This will emit a list of all the keys and their values from
                the `previous` and `current` scrapes based on the type defined in the `schema`. Example [here](/features/change-
                tracking)
    """

    previous_scrape_at: datetime.datetime | None | Unset = UNSET
    change_status: ScrapeResponseDataChangeTrackingType0ChangeStatus | Unset = UNSET
    visibility: ScrapeResponseDataChangeTrackingType0Visibility | Unset = UNSET
    diff: None | str | Unset = UNSET
    json: None | ScrapeResponseDataChangeTrackingType0JsonType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_pending:
            _import_models()

        previous_scrape_at: None | str | Unset
        if isinstance(self.previous_scrape_at, Unset):
            previous_scrape_at = UNSET
        elif isinstance(self.previous_scrape_at, datetime.datetime):
            previous_scrape_at = self.previous_scrape_at.isoformat()
        else:
            previous_scrape_at = self.previous_scrape_at

        change_status: str | Unset = UNSET
        if not isinstance(self.change_status, Unset):
            change_status = self.change_status.value

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        diff: None | str | Unset
        if isinstance(self.diff, Unset):
            diff = UNSET
        else:
            diff = self.diff

        json: dict[str, Any] | None | Unset
        if isinstance(self.json, Unset):
            json = UNSET
        elif isinstance(self.json, ScrapeResponseDataChangeTrackingType0JsonType0):
            json = self.json.to_dict()
        else:
            json = self.json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previous_scrape_at is not UNSET:
            field_dict["previousScrapeAt"] = previous_scrape_at
        if change_status is not UNSET:
            field_dict["changeStatus"] = change_status
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if diff is not UNSET:
            field_dict["diff"] = diff
        if json is not UNSET:
            field_dict["json"] = json

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)

        def _parse_previous_scrape_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_scrape_at_type_0 = datetime.datetime.fromisoformat(data)

                return previous_scrape_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        previous_scrape_at = _parse_previous_scrape_at(d.pop("previousScrapeAt", UNSET))

        _change_status = d.pop("changeStatus", UNSET)
        change_status: ScrapeResponseDataChangeTrackingType0ChangeStatus | Unset
        if isinstance(_change_status, Unset):
            change_status = UNSET
        else:
            change_status = ScrapeResponseDataChangeTrackingType0ChangeStatus(
                _change_status
            )

        _visibility = d.pop("visibility", UNSET)
        visibility: ScrapeResponseDataChangeTrackingType0Visibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = ScrapeResponseDataChangeTrackingType0Visibility(_visibility)

        def _parse_diff(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        diff = _parse_diff(d.pop("diff", UNSET))

        def _parse_json(
            data: object,
        ) -> None | ScrapeResponseDataChangeTrackingType0JsonType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                json_type_0 = ScrapeResponseDataChangeTrackingType0JsonType0.from_dict(
                    data
                )

                return json_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | ScrapeResponseDataChangeTrackingType0JsonType0 | Unset, data
            )

        json = _parse_json(d.pop("json", UNSET))

        scrape_response_data_change_tracking_type_0 = cls(
            previous_scrape_at=previous_scrape_at,
            change_status=change_status,
            visibility=visibility,
            diff=diff,
            json=json,
        )

        scrape_response_data_change_tracking_type_0.additional_properties = d
        return scrape_response_data_change_tracking_type_0

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
    global ScrapeResponseDataChangeTrackingType0JsonType0
    from ..models.scrape_response_data_change_tracking_type_0_json_type_0 import (
        ScrapeResponseDataChangeTrackingType0JsonType0,
    )

    _models_pending = False
