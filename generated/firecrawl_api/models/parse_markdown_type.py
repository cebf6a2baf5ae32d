from enum import StrEnum


class ParseMarkdownType(StrEnum):
    MARKDOWN = "markdown"

    def __str__(self) -> str:
        return str(self.value)
