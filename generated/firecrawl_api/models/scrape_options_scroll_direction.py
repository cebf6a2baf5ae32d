from enum import StrEnum

from .._hooks import keep_unknown_value


class ScrapeOptionsScrollDirection(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    DOWN = "down"
    UP = "up"

    def __str__(self) -> str:
        return str(self.value)
