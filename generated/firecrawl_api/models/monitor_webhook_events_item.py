from enum import StrEnum

from .._hooks import keep_unknown_value


class MonitorWebhookEventsItem(StrEnum):
    # A value the spec does not list yet parses (tools/postprocess.py).
    _missing_ = classmethod(keep_unknown_value)

    MONITOR_CHECK_COMPLETED = "monitor.check.completed"
    MONITOR_PAGE = "monitor.page"

    def __str__(self) -> str:
        return str(self.value)
