from enum import StrEnum


class StartAgentBodyModel(StrEnum):
    SPARK_1_MINI = "spark-1-mini"
    SPARK_1_PRO = "spark-1-pro"
    SPARK_2 = "spark-2"

    def __str__(self) -> str:
        return str(self.value)
