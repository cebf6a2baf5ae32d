from enum import StrEnum


class ScrapeOptionsWaitByDurationType(StrEnum):
    WAIT = "wait"

    def __str__(self) -> str:
        return str(self.value)
