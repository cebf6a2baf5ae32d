from enum import StrEnum


class SearchAndScrapeBodyPDFType(StrEnum):
    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)
