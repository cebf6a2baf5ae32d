from enum import StrEnum

from .._hooks import keep_unknown_value


class SummaryType(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    SUMMARY = "summary"

    def __str__(self) -> str:
        return str(self.value)
