from enum import StrEnum

from .._hooks import keep_unknown_value


class ScrapeOptionsScrollType(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    SCROLL = "scroll"

    def __str__(self) -> str:
        return str(self.value)
