from enum import StrEnum

from .._hooks import keep_unknown_value


class CrawlParamsPreviewResponse200DataSitemap(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    INCLUDE = "include"
    SKIP = "skip"

    def __str__(self) -> str:
        return str(self.value)
