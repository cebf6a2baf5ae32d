from enum import StrEnum


class ParseOptionsProxy(StrEnum):
    AUTO = "auto"
    BASIC = "basic"

    def __str__(self) -> str:
        return str(self.value)
