from enum import StrEnum


class ImagesType(StrEnum):
    IMAGES = "images"

    def __str__(self) -> str:
        return str(self.value)
