from enum import StrEnum


class DeveloperSearchTypesItem(StrEnum):
    DOC = "doc"
    ISSUE = "issue"
    PULL_REQUEST = "pull_request"
    README = "readme"

    def __str__(self) -> str:
        return str(self.value)
