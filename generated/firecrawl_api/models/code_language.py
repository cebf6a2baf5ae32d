from enum import StrEnum


class CodeLanguage(StrEnum):
    BASH = "bash"
    NODE = "node"
    PYTHON = "python"

    def __str__(self) -> str:
        return str(self.value)
