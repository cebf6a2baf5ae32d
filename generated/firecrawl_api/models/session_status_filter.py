from enum import StrEnum


class SessionStatusFilter(StrEnum):
    ACTIVE = "active"
    DESTROYED = "destroyed"

    def __str__(self) -> str:
        return str(self.value)
