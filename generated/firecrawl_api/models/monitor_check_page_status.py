from enum import StrEnum

from .._hooks import keep_unknown_value


class MonitorCheckPageStatus(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    CHANGED = "changed"
    ERROR = "error"
    NEW = "new"
    REMOVED = "removed"
    SAME = "same"

    def __str__(self) -> str:
        return str(self.value)
