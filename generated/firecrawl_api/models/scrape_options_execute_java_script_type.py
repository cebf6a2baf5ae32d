from enum import StrEnum


class ScrapeOptionsExecuteJavaScriptType(StrEnum):
    EXECUTEJAVASCRIPT = "executeJavascript"

    def __str__(self) -> str:
        return str(self.value)
