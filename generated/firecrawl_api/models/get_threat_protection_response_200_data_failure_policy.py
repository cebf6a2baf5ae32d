from enum import StrEnum

from .._hooks import keep_unknown_value


class GetThreatProtectionResponse200DataFailurePolicy(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    CLOSED = "closed"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
