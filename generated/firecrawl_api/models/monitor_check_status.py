from enum import StrEnum

from .._hooks import keep_unknown_value


class MonitorCheckStatus(StrEnum):
    # A value the spec does not list yet parses (tools/postprocess.py).
    _missing_ = classmethod(keep_unknown_value)

    COMPLETED = "completed"
    FAILED = "failed"
    PARTIAL = "partial"
    QUEUED = "queued"
    RUNNING = "running"
    SKIPPED_OVERLAP = "skipped_overlap"

    def __str__(self) -> str:
        return str(self.value)
