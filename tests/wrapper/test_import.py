"""Importing firecrawl_sdk stays cheap: nothing optional or heavy is loaded eagerly."""

from __future__ import annotations

import subprocess
import sys

CHECK = """
import sys
import firecrawl_sdk
from firecrawl_sdk import Firecrawl
Firecrawl(api_key="k")
heavy = [m for m in sys.modules if m.startswith(("firecrawl_sdk.testing", "firecrawl_api.models", "starlette",
         "uvicorn", "playwright", "websockets", "firecrawl_sdk.resources"))]
print(",".join(heavy))
"""


def test_import_and_construct_load_no_models_resources_or_extras() -> None:
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""
