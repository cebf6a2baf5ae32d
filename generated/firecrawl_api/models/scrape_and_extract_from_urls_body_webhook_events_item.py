from enum import StrEnum


class ScrapeAndExtractFromUrlsBodyWebhookEventsItem(StrEnum):
    COMPLETED = "completed"
    FAILED = "failed"
    PAGE = "page"
    STARTED = "started"

    def __str__(self) -> str:
        return str(self.value)
