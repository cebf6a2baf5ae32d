from enum import StrEnum


class ScrapeInteractLanguage(StrEnum):
    BASH = "bash"
    NODE = "node"
    PYTHON = "python"

    def __str__(self) -> str:
        return str(self.value)
