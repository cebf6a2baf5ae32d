from enum import StrEnum

from .._hooks import keep_unknown_value


class GetActivityResponse200DataItemEndpoint(StrEnum):
    # A value the spec does not list yet parses (tools/postprocess.py).
    _missing_ = classmethod(keep_unknown_value)

    AGENT = "agent"
    BATCH_SCRAPE = "batch_scrape"
    BROWSER = "browser"
    CRAWL = "crawl"
    DEEP_RESEARCH = "deep_research"
    EXTRACT = "extract"
    INTERACT = "interact"
    LLMSTXT = "llmstxt"
    MAP = "map"
    SCRAPE = "scrape"
    SEARCH = "search"

    def __str__(self) -> str:
        return str(self.value)
