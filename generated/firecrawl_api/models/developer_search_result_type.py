from enum import StrEnum

from .._hooks import keep_unknown_value


class DeveloperSearchResultType(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    DOC = "doc"
    ISSUE = "issue"
    PULL_REQUEST = "pull_request"
    README = "readme"

    def __str__(self) -> str:
        return str(self.value)
