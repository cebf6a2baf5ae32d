from enum import StrEnum


class ParseImagesType(StrEnum):
    IMAGES = "images"

    def __str__(self) -> str:
        return str(self.value)
