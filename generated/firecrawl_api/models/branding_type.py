from enum import StrEnum


class BrandingType(StrEnum):
    BRANDING = "branding"

    def __str__(self) -> str:
        return str(self.value)
