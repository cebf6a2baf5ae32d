from enum import StrEnum

from .._hooks import keep_unknown_value


class ScrapeOptionsParserName(StrEnum):
    # A value the spec does not list yet parses (tools/postprocess.py).
    _missing_ = classmethod(keep_unknown_value)

    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)
