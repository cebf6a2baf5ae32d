from enum import StrEnum


class ScreenshotFormatType(StrEnum):
    SCREENSHOT = "screenshot"

    def __str__(self) -> str:
        return str(self.value)
