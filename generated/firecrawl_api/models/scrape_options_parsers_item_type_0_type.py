from enum import StrEnum


class ScrapeOptionsParsersItemType0Type(StrEnum):
    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)
