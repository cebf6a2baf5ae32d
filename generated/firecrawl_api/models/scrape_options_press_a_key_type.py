from enum import StrEnum


class ScrapeOptionsPressAKeyType(StrEnum):
    PRESS = "press"

    def __str__(self) -> str:
        return str(self.value)
