from enum import StrEnum


class SearchTargetType(StrEnum):
    SEARCH = "search"

    def __str__(self) -> str:
        return str(self.value)
