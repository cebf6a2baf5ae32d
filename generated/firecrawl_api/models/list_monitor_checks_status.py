from enum import StrEnum


class ListMonitorChecksStatus(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    PARTIAL = "partial"
    QUEUED = "queued"
    RUNNING = "running"
    SKIPPED_OVERLAP = "skipped_overlap"

    def __str__(self) -> str:
        return str(self.value)
