from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.get_agent_status_response_200_model import GetAgentStatusResponse200Model
from ..models.get_agent_status_response_200_status import (
    GetAgentStatusResponse200Status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_agent_status_response_200_data import (
        GetAgentStatusResponse200Data,
    )


T = TypeVar("T", bound="GetAgentStatusResponse200")


@redacted_repr
@_attrs_define
class GetAgentStatusResponse200:
    """
    Attributes:
        success (bool | Unset):
        status (GetAgentStatusResponse200Status | Unset):
        data (GetAgentStatusResponse200Data | Unset): The extracted data (only present when status is completed)
        model (GetAgentStatusResponse200Model | Unset): Model preset used for the agent run Default:
            GetAgentStatusResponse200Model.SPARK_1_PRO.
        error (str | Unset): Error message (only present when status is failed)
        expires_at (datetime.datetime | Unset):
        credits_used (float | Unset):
    """

    success: bool | Unset = UNSET
    status: GetAgentStatusResponse200Status | Unset = UNSET
    data: GetAgentStatusResponse200Data | Unset = UNSET
    model: GetAgentStatusResponse200Model | Unset = UNSET
    error: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    credits_used: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model.value

        error = self.error

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        credits_used = self.credits_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if status is not UNSET:
            field_dict["status"] = status
        if data is not UNSET:
            field_dict["data"] = data
        if model is not UNSET:
            field_dict["model"] = model
        if error is not UNSET:
            field_dict["error"] = error
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if credits_used is not UNSET:
            field_dict["creditsUsed"] = credits_used

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _status = d.pop("status", UNSET)
        status: GetAgentStatusResponse200Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = GetAgentStatusResponse200Status(_status)

        _data = d.pop("data", UNSET)
        data: GetAgentStatusResponse200Data | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = GetAgentStatusResponse200Data.from_dict(_data)

        _model = d.pop("model", UNSET)
        model: GetAgentStatusResponse200Model | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = GetAgentStatusResponse200Model(_model)

        error = d.pop("error", UNSET)

        _expires_at = d.pop("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        credits_used = d.pop("creditsUsed", UNSET)

        get_agent_status_response_200 = cls(
            success=success,
            status=status,
            data=data,
            model=model,
            error=error,
            expires_at=expires_at,
            credits_used=credits_used,
        )

        get_agent_status_response_200.additional_properties = d
        return get_agent_status_response_200

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
    global GetAgentStatusResponse200Data
    from ..models.get_agent_status_response_200_data import (
        GetAgentStatusResponse200Data,
    )

    _models_pending = False
