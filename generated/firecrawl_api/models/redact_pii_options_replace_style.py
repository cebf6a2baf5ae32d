from enum import StrEnum

from .._hooks import keep_unknown_value


class RedactPIIOptionsReplaceStyle(StrEnum):
    # A value the spec does not list yet parses (tools/postprocess.py).
    _missing_ = classmethod(keep_unknown_value)

    MASK = "mask"
    REMOVE = "remove"
    TAG = "tag"

    def __str__(self) -> str:
        return str(self.value)
