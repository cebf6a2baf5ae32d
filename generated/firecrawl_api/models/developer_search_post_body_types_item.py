from enum import StrEnum


class DeveloperSearchPostBodyTypesItem(StrEnum):
    DOC = "doc"
    ISSUE = "issue"
    PULL_REQUEST = "pull_request"
    README = "readme"

    def __str__(self) -> str:
        return str(self.value)
