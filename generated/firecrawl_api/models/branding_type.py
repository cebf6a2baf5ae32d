from enum import StrEnum

from .._hooks import keep_unknown_value


class BrandingType(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    BRANDING = "branding"

    def __str__(self) -> str:
        return str(self.value)
