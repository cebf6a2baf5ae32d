from enum import StrEnum


class ParseHTMLType(StrEnum):
    HTML = "html"

    def __str__(self) -> str:
        return str(self.value)
