from enum import StrEnum


class SearchAndScrapeBodyResearchType(StrEnum):
    RESEARCH = "research"

    def __str__(self) -> str:
        return str(self.value)
