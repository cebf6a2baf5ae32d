from enum import StrEnum

from .._hooks import keep_unknown_value


class GetAgentStatusResponse200Model(StrEnum):
    # A value the spec does not list yet parses (tools/postprocess.py).
    _missing_ = classmethod(keep_unknown_value)

    SPARK_1_MINI = "spark-1-mini"
    SPARK_1_PRO = "spark-1-pro"
    SPARK_2 = "spark-2"

    def __str__(self) -> str:
        return str(self.value)
