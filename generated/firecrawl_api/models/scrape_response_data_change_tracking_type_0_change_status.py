from enum import StrEnum

from .._hooks import keep_unknown_value


class ScrapeResponseDataChangeTrackingType0ChangeStatus(StrEnum):
    # A value the spec does not list yet parses (tools/postprocess.py).
    _missing_ = classmethod(keep_unknown_value)

    CHANGED = "changed"
    NEW = "new"
    REMOVED = "removed"
    SAME = "same"

    def __str__(self) -> str:
        return str(self.value)
