from enum import StrEnum


class ParseSummaryType(StrEnum):
    SUMMARY = "summary"

    def __str__(self) -> str:
        return str(self.value)
