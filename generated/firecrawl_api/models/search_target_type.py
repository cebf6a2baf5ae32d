from enum import StrEnum

from .._hooks import keep_unknown_value


class SearchTargetType(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    SEARCH = "search"

    def __str__(self) -> str:
        return str(self.value)
