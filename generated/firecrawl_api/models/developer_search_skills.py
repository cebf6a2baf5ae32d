from enum import StrEnum


class DeveloperSearchSkills(StrEnum):
    ONLY = "only"

    def __str__(self) -> str:
        return str(self.value)
