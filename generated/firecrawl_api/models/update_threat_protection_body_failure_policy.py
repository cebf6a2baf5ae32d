from enum import StrEnum


class UpdateThreatProtectionBodyFailurePolicy(StrEnum):
    CLOSED = "closed"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
