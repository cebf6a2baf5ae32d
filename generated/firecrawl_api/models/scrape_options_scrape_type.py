from enum import StrEnum


class ScrapeOptionsScrapeType(StrEnum):
    SCRAPE = "scrape"

    def __str__(self) -> str:
        return str(self.value)
