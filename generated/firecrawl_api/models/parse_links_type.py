from enum import StrEnum


class ParseLinksType(StrEnum):
    LINKS = "links"

    def __str__(self) -> str:
        return str(self.value)
