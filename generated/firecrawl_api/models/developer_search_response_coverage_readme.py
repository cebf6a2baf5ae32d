from enum import StrEnum

from .._hooks import keep_unknown_value


class DeveloperSearchResponseCoverageReadme(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    DEGRADED = "degraded"
    OK = "ok"
    SKIPPED = "skipped"
    UNAVAILABLE = "unavailable"

    def __str__(self) -> str:
        return str(self.value)
