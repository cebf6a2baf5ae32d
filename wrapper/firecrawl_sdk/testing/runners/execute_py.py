"""Python execute runner (a standalone script): Playwright connected over ``$CDP_URL``, ``page`` bound.

Top-level ``await`` is allowed; the value of a final expression is written to ``$FIRECRAWL_RESULT_FILE``.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import json
import os
import sys
import traceback
from typing import Any

from playwright.async_api import async_playwright

_RESULT = "__firecrawl_result__"


def _compile(source: str) -> Any:
    tree = ast.parse(source, "<execute>", "exec")
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body[-1]
        assign = ast.Assign(targets=[ast.Name(_RESULT, ast.Store())], value=last.value)
        tree.body[-1] = ast.copy_location(assign, last)
        ast.fix_missing_locations(tree)
    return compile(tree, "<execute>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return repr(value)


async def main() -> int:
    with open(os.environ["FIRECRAWL_CODE_FILE"], encoding="utf-8") as f:
        source = f.read()
    outcome: dict[str, str] = {}
    status = 0
    async with async_playwright() as playwright:
        browser = await playwright.chromium.connect_over_cdp(os.environ["CDP_URL"])
        context = browser.contexts[0] if browser.contexts else await browser.new_context()
        shown = [p for p in context.pages if p.url != "about:blank"] or context.pages  # as the live view
        page = shown[0] if shown else await context.new_page()
        namespace: dict[str, Any] = {"__name__": "__main__", "asyncio": asyncio, "playwright": playwright}
        namespace.update(browser=browser, context=context, page=page)
        try:
            code = _compile(source)
            value = eval(code, namespace)
            if inspect.isawaitable(value):
                await value
            if namespace.get(_RESULT) is not None:
                outcome["result"] = _text(namespace[_RESULT])
        except BaseException as exc:  # report everything, including SystemExit from the user's code
            traceback.print_exc()
            outcome["error"] = f"{type(exc).__name__}: {exc}"
            status = exc.code if isinstance(exc, SystemExit) and isinstance(exc.code, int) else 1
        finally:
            sys.stdout.flush()
            with open(os.environ["FIRECRAWL_RESULT_FILE"], "w", encoding="utf-8") as f:
                json.dump(outcome, f)
            await browser.close()  # over CDP this only disconnects: the session's browser keeps running
    return status


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
