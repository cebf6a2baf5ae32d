from enum import StrEnum


class MenuType(StrEnum):
    MENU = "menu"

    def __str__(self) -> str:
        return str(self.value)
