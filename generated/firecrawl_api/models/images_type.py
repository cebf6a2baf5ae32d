from enum import StrEnum

from .._hooks import keep_unknown_value


class ImagesType(StrEnum):
    _missing_ = classmethod(
        keep_unknown_value
    )  # unknown values parse (tools/postprocess.py)

    IMAGES = "images"

    def __str__(self) -> str:
        return str(self.value)
