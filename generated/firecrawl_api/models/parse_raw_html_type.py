from enum import StrEnum


class ParseRawHTMLType(StrEnum):
    RAWHTML = "rawHtml"

    def __str__(self) -> str:
        return str(self.value)
