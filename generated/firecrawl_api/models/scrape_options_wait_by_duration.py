from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .._hooks import redacted_repr
from ..models.scrape_options_wait_by_duration_type import (
    ScrapeOptionsWaitByDurationType,
)

T = TypeVar("T", bound="ScrapeOptionsWaitByDuration")


@redacted_repr
@_attrs_define
class ScrapeOptionsWaitByDuration:
    """
    Attributes:
        type_ (ScrapeOptionsWaitByDurationType): Wait for a specified amount of milliseconds
        milliseconds (int): Number of milliseconds to wait
    """

    type_: ScrapeOptionsWaitByDurationType
    milliseconds: int

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        milliseconds = self.milliseconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "milliseconds": milliseconds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ScrapeOptionsWaitByDurationType(d.pop("type"))

        milliseconds = d.pop("milliseconds")

        scrape_options_wait_by_duration = cls(
            type_=type_,
            milliseconds=milliseconds,
        )

        return scrape_options_wait_by_duration
