from enum import StrEnum


class SearchAndScrapeBodyGitHubType(StrEnum):
    GITHUB = "github"

    def __str__(self) -> str:
        return str(self.value)
