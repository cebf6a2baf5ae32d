from enum import StrEnum


class LinksType(StrEnum):
    LINKS = "links"

    def __str__(self) -> str:
        return str(self.value)
