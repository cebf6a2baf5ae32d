from enum import StrEnum


class GetActivityEndpoint(StrEnum):
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
