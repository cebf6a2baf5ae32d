from enum import StrEnum


class ScrapeOptionsClickType(StrEnum):
    CLICK = "click"

    def __str__(self) -> str:
        return str(self.value)
