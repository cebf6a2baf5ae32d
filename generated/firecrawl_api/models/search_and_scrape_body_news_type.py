from enum import StrEnum


class SearchAndScrapeBodyNewsType(StrEnum):
    NEWS = "news"

    def __str__(self) -> str:
        return str(self.value)
