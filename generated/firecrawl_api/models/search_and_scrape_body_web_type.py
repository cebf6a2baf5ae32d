from enum import StrEnum


class SearchAndScrapeBodyWebType(StrEnum):
    WEB = "web"

    def __str__(self) -> str:
        return str(self.value)
