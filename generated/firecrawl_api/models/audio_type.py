from enum import StrEnum


class AudioType(StrEnum):
    AUDIO = "audio"

    def __str__(self) -> str:
        return str(self.value)
