from enum import StrEnum


class ScrapeOptionsWaitForElementType(StrEnum):
    WAIT = "wait"

    def __str__(self) -> str:
        return str(self.value)
