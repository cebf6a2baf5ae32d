from enum import StrEnum


class ScrapeOptionsScreenshotActionType(StrEnum):
    SCREENSHOT = "screenshot"

    def __str__(self) -> str:
        return str(self.value)
