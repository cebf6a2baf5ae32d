from enum import StrEnum

from .._hooks import keep_unknown_value


class DeveloperSearchResultType(StrEnum):
    # A value the spec does not list yet parses (tools/postprocess.py).
    _missing_ = classmethod(keep_unknown_value)

    DOC = "doc"
    ISSUE = "issue"
    PULL_REQUEST = "pull_request"
    README = "readme"

    def __str__(self) -> str:
        return str(self.value)
