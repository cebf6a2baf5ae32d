from enum import StrEnum

from .._hooks import keep_unknown_value


class RedactPIIEntity(StrEnum):
    # A value the spec does not list yet parses (tools/postprocess.py).
    _missing_ = classmethod(keep_unknown_value)

    EMAIL = "EMAIL"
    FINANCIAL = "FINANCIAL"
    LOCATION = "LOCATION"
    PERSON = "PERSON"
    PHONE = "PHONE"
    SECRET = "SECRET"

    def __str__(self) -> str:
        return str(self.value)
