from enum import StrEnum


class DeveloperSearchPostBodySkills(StrEnum):
    ONLY = "only"

    def __str__(self) -> str:
        return str(self.value)
