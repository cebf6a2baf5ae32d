from enum import StrEnum


class ParseJSONType(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
