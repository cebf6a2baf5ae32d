from enum import StrEnum

from .._hooks import keep_unknown_value


class MonitorWebhookEventsItem(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    MONITOR_CHECK_COMPLETED = "monitor.check.completed"
    MONITOR_PAGE = "monitor.page"

    def __str__(self) -> str:
        return str(self.value)
