from enum import StrEnum


class JSONType(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
