from enum import StrEnum


class QuestionType(StrEnum):
    QUESTION = "question"

    def __str__(self) -> str:
        return str(self.value)
