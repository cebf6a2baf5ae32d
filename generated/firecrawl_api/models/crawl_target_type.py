from enum import StrEnum


class CrawlTargetType(StrEnum):
    CRAWL = "crawl"

    def __str__(self) -> str:
        return str(self.value)
