from enum import StrEnum

from .._hooks import keep_unknown_value


class ChangeTrackingModesItem(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    GIT_DIFF = "git-diff"
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
