from enum import StrEnum


class SearchAndScrapeBodyEnterpriseItem(StrEnum):
    ANON = "anon"
    ZDR = "zdr"

    def __str__(self) -> str:
        return str(self.value)
