from enum import StrEnum


class VideoType(StrEnum):
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
