from enum import StrEnum


class ScrapeTargetType(StrEnum):
    SCRAPE = "scrape"

    def __str__(self) -> str:
        return str(self.value)
