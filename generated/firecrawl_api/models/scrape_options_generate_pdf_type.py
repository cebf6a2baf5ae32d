from enum import StrEnum


class ScrapeOptionsGeneratePDFType(StrEnum):
    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)
