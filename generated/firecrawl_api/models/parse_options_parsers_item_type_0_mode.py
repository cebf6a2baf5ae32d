from enum import StrEnum


class ParseOptionsParsersItemType0Mode(StrEnum):
    AUTO = "auto"
    FAST = "fast"
    OCR = "ocr"

    def __str__(self) -> str:
        return str(self.value)
