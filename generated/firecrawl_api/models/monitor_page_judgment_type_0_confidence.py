from enum import StrEnum

from .._hooks import keep_unknown_value


class MonitorPageJudgmentType0Confidence(StrEnum):
    # A value the spec does not list yet parses (tools/postprocess.py).
    _missing_ = classmethod(keep_unknown_value)

    HIGH = "high"
    LOW = "low"
    MEDIUM = "medium"

    def __str__(self) -> str:
        return str(self.value)
