from enum import StrEnum

from .._hooks import keep_unknown_value


class ScrapeResponseDataChangeTrackingType0Visibility(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    HIDDEN = "hidden"
    VISIBLE = "visible"

    def __str__(self) -> str:
        return str(self.value)
