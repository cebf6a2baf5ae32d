from enum import StrEnum


class ResearchRelatedPapersMode(StrEnum):
    CITERS = "citers"
    REFERENCES = "references"
    SIMILAR = "similar"

    def __str__(self) -> str:
        return str(self.value)
