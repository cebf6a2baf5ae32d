from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.monitor_check_page_status import MonitorCheckPageStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.monitor_check_page_diff_type_0 import MonitorCheckPageDiffType0
    from ..models.monitor_check_page_metadata_type_0 import (
        MonitorCheckPageMetadataType0,
    )
    from ..models.monitor_check_page_snapshot_type_0 import (
        MonitorCheckPageSnapshotType0,
    )
    from ..models.monitor_page_judgment_type_0 import MonitorPageJudgmentType0


T = TypeVar("T", bound="MonitorCheckPage")


@redacted_repr
@_attrs_define
class MonitorCheckPage:
    """
    Attributes:
        id (UUID | Unset):
        target_id (str | Unset):
        url (str | Unset):
        status (MonitorCheckPageStatus | Unset):
        previous_scrape_id (None | Unset | UUID):
        current_scrape_id (None | Unset | UUID):
        status_code (int | None | Unset):
        error (None | str | Unset):
        metadata (MonitorCheckPageMetadataType0 | None | Unset): Extra per-page metadata. For search monitors this
            includes `searchStatus`, the finer-grained search disposition behind the top-level `status`: `alert` (maps to
            `new`), `already_seen`, `watching`, `ignored` (all map to `same`), or `skipped` (maps to `error`).
        judgment (MonitorPageJudgmentType0 | None | Unset):
        diff (MonitorCheckPageDiffType0 | None | Unset): Inline diff artifact when the page changed. The shape depends
            on what the monitor's scrapeOptions.formats asked for. Markdown-only monitors populate both `text` (unified
            diff) and `json` (parseDiff AST). JSON-extraction monitors populate `json` as a per-field `{previous, current}`
            map keyed by JSON path. Mixed-mode monitors (`changeTracking` with both `json` and `git-diff` modes) populate
            both `text` (markdown sidecar) and `json` (per-field diff).
        snapshot (MonitorCheckPageSnapshotType0 | None | Unset): Snapshot of the current JSON extraction at this run.
            Present on JSON-extraction and mixed-mode monitors; absent for markdown-only monitors.
        created_at (datetime.datetime | Unset):
    """

    id: UUID | Unset = UNSET
    target_id: str | Unset = UNSET
    url: str | Unset = UNSET
    status: MonitorCheckPageStatus | Unset = UNSET
    previous_scrape_id: None | Unset | UUID = UNSET
    current_scrape_id: None | Unset | UUID = UNSET
    status_code: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    metadata: MonitorCheckPageMetadataType0 | None | Unset = UNSET
    judgment: MonitorPageJudgmentType0 | None | Unset = UNSET
    diff: MonitorCheckPageDiffType0 | None | Unset = UNSET
    snapshot: MonitorCheckPageSnapshotType0 | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_pending:
            _import_models()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        target_id = self.target_id

        url = self.url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        previous_scrape_id: None | str | Unset
        if isinstance(self.previous_scrape_id, Unset):
            previous_scrape_id = UNSET
        elif isinstance(self.previous_scrape_id, UUID):
            previous_scrape_id = str(self.previous_scrape_id)
        else:
            previous_scrape_id = self.previous_scrape_id

        current_scrape_id: None | str | Unset
        if isinstance(self.current_scrape_id, Unset):
            current_scrape_id = UNSET
        elif isinstance(self.current_scrape_id, UUID):
            current_scrape_id = str(self.current_scrape_id)
        else:
            current_scrape_id = self.current_scrape_id

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MonitorCheckPageMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        judgment: dict[str, Any] | None | Unset
        if isinstance(self.judgment, Unset):
            judgment = UNSET
        elif isinstance(self.judgment, MonitorPageJudgmentType0):
            judgment = self.judgment.to_dict()
        else:
            judgment = self.judgment

        diff: dict[str, Any] | None | Unset
        if isinstance(self.diff, Unset):
            diff = UNSET
        elif isinstance(self.diff, MonitorCheckPageDiffType0):
            diff = self.diff.to_dict()
        else:
            diff = self.diff

        snapshot: dict[str, Any] | None | Unset
        if isinstance(self.snapshot, Unset):
            snapshot = UNSET
        elif isinstance(self.snapshot, MonitorCheckPageSnapshotType0):
            snapshot = self.snapshot.to_dict()
        else:
            snapshot = self.snapshot

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if target_id is not UNSET:
            field_dict["targetId"] = target_id
        if url is not UNSET:
            field_dict["url"] = url
        if status is not UNSET:
            field_dict["status"] = status
        if previous_scrape_id is not UNSET:
            field_dict["previousScrapeId"] = previous_scrape_id
        if current_scrape_id is not UNSET:
            field_dict["currentScrapeId"] = current_scrape_id
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code
        if error is not UNSET:
            field_dict["error"] = error
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if judgment is not UNSET:
            field_dict["judgment"] = judgment
        if diff is not UNSET:
            field_dict["diff"] = diff
        if snapshot is not UNSET:
            field_dict["snapshot"] = snapshot
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        target_id = d.pop("targetId", UNSET)

        url = d.pop("url", UNSET)

        _status = d.pop("status", UNSET)
        status: MonitorCheckPageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = MonitorCheckPageStatus(_status)

        def _parse_previous_scrape_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_scrape_id_type_0 = UUID(data)

                return previous_scrape_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        previous_scrape_id = _parse_previous_scrape_id(d.pop("previousScrapeId", UNSET))

        def _parse_current_scrape_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_scrape_id_type_0 = UUID(data)

                return current_scrape_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        current_scrape_id = _parse_current_scrape_id(d.pop("currentScrapeId", UNSET))

        def _parse_status_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status_code = _parse_status_code(d.pop("statusCode", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_metadata(
            data: object,
        ) -> MonitorCheckPageMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = MonitorCheckPageMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MonitorCheckPageMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_judgment(data: object) -> MonitorPageJudgmentType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_monitor_page_judgment_type_0 = (
                    MonitorPageJudgmentType0.from_dict(data)
                )

                return componentsschemas_monitor_page_judgment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MonitorPageJudgmentType0 | None | Unset, data)

        judgment = _parse_judgment(d.pop("judgment", UNSET))

        def _parse_diff(data: object) -> MonitorCheckPageDiffType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                diff_type_0 = MonitorCheckPageDiffType0.from_dict(data)

                return diff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MonitorCheckPageDiffType0 | None | Unset, data)

        diff = _parse_diff(d.pop("diff", UNSET))

        def _parse_snapshot(
            data: object,
        ) -> MonitorCheckPageSnapshotType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                snapshot_type_0 = MonitorCheckPageSnapshotType0.from_dict(data)

                return snapshot_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MonitorCheckPageSnapshotType0 | None | Unset, data)

        snapshot = _parse_snapshot(d.pop("snapshot", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        monitor_check_page = cls(
            id=id,
            target_id=target_id,
            url=url,
            status=status,
            previous_scrape_id=previous_scrape_id,
            current_scrape_id=current_scrape_id,
            status_code=status_code,
            error=error,
            metadata=metadata,
            judgment=judgment,
            diff=diff,
            snapshot=snapshot,
            created_at=created_at,
        )

        monitor_check_page.additional_properties = d
        return monitor_check_page

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
    global MonitorCheckPageDiffType0
    from ..models.monitor_check_page_diff_type_0 import MonitorCheckPageDiffType0

    global MonitorCheckPageMetadataType0
    from ..models.monitor_check_page_metadata_type_0 import (
        MonitorCheckPageMetadataType0,
    )

    global MonitorCheckPageSnapshotType0
    from ..models.monitor_check_page_snapshot_type_0 import (
        MonitorCheckPageSnapshotType0,
    )

    global MonitorPageJudgmentType0
    from ..models.monitor_page_judgment_type_0 import MonitorPageJudgmentType0

    _models_pending = False
