from enum import StrEnum

from .._hooks import keep_unknown_value


class FormatName(StrEnum):
    # A value the spec does not list yet parses (tools/postprocess.py).
    _missing_ = classmethod(keep_unknown_value)

    AUDIO = "audio"
    BRANDING = "branding"
    CHANGETRACKING = "changeTracking"
    HIGHLIGHTS = "highlights"
    HTML = "html"
    IMAGES = "images"
    JSON = "json"
    LINKS = "links"
    MARKDOWN = "markdown"
    MENU = "menu"
    PRODUCT = "product"
    QUESTION = "question"
    RAWHTML = "rawHtml"
    SCREENSHOT = "screenshot"
    SUMMARY = "summary"
    VIDEO = "video"

    def __str__(self) -> str:
        return str(self.value)
