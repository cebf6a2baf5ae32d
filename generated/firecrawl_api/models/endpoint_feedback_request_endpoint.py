from enum import StrEnum


class EndpointFeedbackRequestEndpoint(StrEnum):
    MAP = "map"
    PARSE = "parse"
    SCRAPE = "scrape"
    SEARCH = "search"

    def __str__(self) -> str:
        return str(self.value)
