from enum import StrEnum


class SearchFeedbackRequestRating(StrEnum):
    BAD = "bad"
    GOOD = "good"
    PARTIAL = "partial"

    def __str__(self) -> str:
        return str(self.value)
