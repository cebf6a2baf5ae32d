from enum import StrEnum

from .._hooks import keep_unknown_value


class RedactPIIEntity(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    EMAIL = "EMAIL"
    FINANCIAL = "FINANCIAL"
    LOCATION = "LOCATION"
    PERSON = "PERSON"
    PHONE = "PHONE"
    SECRET = "SECRET"

    def __str__(self) -> str:
        return str(self.value)
