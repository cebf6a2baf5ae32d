from enum import StrEnum


class ChangeTrackingType(StrEnum):
    CHANGETRACKING = "changeTracking"

    def __str__(self) -> str:
        return str(self.value)
