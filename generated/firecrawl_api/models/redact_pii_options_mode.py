from enum import StrEnum

from .._hooks import keep_unknown_value


class RedactPIIOptionsMode(StrEnum):
    # A value the spec does not list yet parses (tools/postprocess.py).
    _missing_ = classmethod(keep_unknown_value)

    ACCURATE = "accurate"
    AGGRESSIVE = "aggressive"
    FAST = "fast"

    def __str__(self) -> str:
        return str(self.value)
