from enum import StrEnum

from .._hooks import keep_unknown_value


class ScrapeOptionsWaitForElementType(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    WAIT = "wait"

    def __str__(self) -> str:
        return str(self.value)
