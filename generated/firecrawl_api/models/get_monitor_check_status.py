from enum import StrEnum


class GetMonitorCheckStatus(StrEnum):
    CHANGED = "changed"
    ERROR = "error"
    NEW = "new"
    REMOVED = "removed"
    SAME = "same"

    def __str__(self) -> str:
        return str(self.value)
