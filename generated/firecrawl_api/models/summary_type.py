from enum import StrEnum


class SummaryType(StrEnum):
    SUMMARY = "summary"

    def __str__(self) -> str:
        return str(self.value)
