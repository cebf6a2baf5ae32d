from enum import StrEnum


class SearchAndScrapeBodyImagesType(StrEnum):
    IMAGES = "images"

    def __str__(self) -> str:
        return str(self.value)
