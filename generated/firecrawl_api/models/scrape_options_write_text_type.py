from enum import StrEnum


class ScrapeOptionsWriteTextType(StrEnum):
    WRITE = "write"

    def __str__(self) -> str:
        return str(self.value)
