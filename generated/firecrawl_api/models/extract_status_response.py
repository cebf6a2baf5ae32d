from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.extract_status_response_status import ExtractStatusResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extract_status_response_data import ExtractStatusResponseData


T = TypeVar("T", bound="ExtractStatusResponse")


@redacted_repr
@_attrs_define
class ExtractStatusResponse:
    """
    Attributes:
        success (bool | Unset):
        data (ExtractStatusResponseData | Unset):
        status (ExtractStatusResponseStatus | Unset): The current status of the extract job
        expires_at (datetime.datetime | Unset):
        tokens_used (int | Unset): The number of tokens used by the extract job. Only available if the job is completed.
    """

    success: bool | Unset = UNSET
    data: ExtractStatusResponseData | Unset = UNSET
    status: ExtractStatusResponseStatus | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    tokens_used: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        tokens_used = self.tokens_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if data is not UNSET:
            field_dict["data"] = data
        if status is not UNSET:
            field_dict["status"] = status
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if tokens_used is not UNSET:
            field_dict["tokensUsed"] = tokens_used

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _data = d.pop("data", UNSET)
        data: ExtractStatusResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ExtractStatusResponseData.from_dict(_data)

        _status = d.pop("status", UNSET)
        status: ExtractStatusResponseStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExtractStatusResponseStatus(_status)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        tokens_used = d.pop("tokensUsed", UNSET)

        extract_status_response = cls(
            success=success,
            data=data,
            status=status,
            expires_at=expires_at,
            tokens_used=tokens_used,
        )

        extract_status_response.additional_properties = d
        return extract_status_response

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
    global ExtractStatusResponseData
    from ..models.extract_status_response_data import ExtractStatusResponseData

    _models_pending = False
