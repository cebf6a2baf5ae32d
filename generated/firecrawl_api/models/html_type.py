from enum import StrEnum


class HTMLType(StrEnum):
    HTML = "html"

    def __str__(self) -> str:
        return str(self.value)
