from enum import StrEnum


class RawHTMLType(StrEnum):
    RAWHTML = "rawHtml"

    def __str__(self) -> str:
        return str(self.value)
