from enum import StrEnum

from .._hooks import keep_unknown_value


class HighlightsType(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    HIGHLIGHTS = "highlights"

    def __str__(self) -> str:
        return str(self.value)
