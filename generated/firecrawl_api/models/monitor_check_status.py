from enum import StrEnum

from .._hooks import keep_unknown_value


class MonitorCheckStatus(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    COMPLETED = "completed"
    FAILED = "failed"
    PARTIAL = "partial"
    QUEUED = "queued"
    RUNNING = "running"
    SKIPPED_OVERLAP = "skipped_overlap"

    def __str__(self) -> str:
        return str(self.value)
