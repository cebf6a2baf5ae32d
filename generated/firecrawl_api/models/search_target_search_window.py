from enum import StrEnum

from .._hooks import keep_unknown_value


class SearchTargetSearchWindow(StrEnum):
    # A value the spec does not list yet parses (tools/postprocess.py).
    _missing_ = classmethod(keep_unknown_value)

    VALUE_0 = "5m"
    VALUE_1 = "15m"
    VALUE_2 = "1h"
    VALUE_3 = "6h"
    VALUE_4 = "24h"
    VALUE_5 = "7d"

    def __str__(self) -> str:
        return str(self.value)
