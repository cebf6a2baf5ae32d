from enum import StrEnum

from .._hooks import keep_unknown_value


class CrawlParamsPreviewResponse200DataSitemap(StrEnum):
    # A value the spec does not list yet parses (tools/postprocess.py).
    _missing_ = classmethod(keep_unknown_value)

    INCLUDE = "include"
    SKIP = "skip"

    def __str__(self) -> str:
        return str(self.value)
