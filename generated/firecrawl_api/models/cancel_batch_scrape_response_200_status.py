from enum import StrEnum


class CancelBatchScrapeResponse200Status(StrEnum):
    CANCELLED = "cancelled"

    def __str__(self) -> str:
        return str(self.value)
