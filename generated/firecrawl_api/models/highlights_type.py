from enum import StrEnum


class HighlightsType(StrEnum):
    HIGHLIGHTS = "highlights"

    def __str__(self) -> str:
        return str(self.value)
