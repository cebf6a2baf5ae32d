from enum import StrEnum


class ScrapeOptionsScrollType(StrEnum):
    SCROLL = "scroll"

    def __str__(self) -> str:
        return str(self.value)
