"""What a scrape returns, from the loaded page: one script reads the DOM, Python shapes the formats.

``html`` is the page cleaned as the spec describes (no script/style/noscript/meta/head, absolute URLs,
the largest ``srcset`` candidate); ``includeTags`` keeps only what matches, ``excludeTags`` and
``onlyMainContent`` remove. ``markdown`` is that HTML through markdownify.
"""

from __future__ import annotations

import json
import re
from typing import Any

from markdownify import markdownify

# Removed by onlyMainContent (the selector list of Firecrawl's open-source scraper, abridged).
NON_MAIN = (
    "header", "footer", "nav", "aside", ".header", ".top", ".navbar", "#header", ".footer", ".bottom",
    "#footer", ".sidebar", ".side", ".aside", "#sidebar", ".modal", ".popup", "#modal", ".overlay", ".ad",
    ".ads", ".advert", "#ad", ".lang-selector", ".language", "#language-selector", ".social",
    ".social-media", ".social-links", "#social", ".menu", ".navigation", "#nav", ".breadcrumbs",
    "#breadcrumbs", ".share", "#share", ".widget", "#widget", ".cookie", "#cookie",
)  # fmt: skip
_BASE64_IMAGE = re.compile(r"\]\(data:image/[^)]*\)")

# Runs in the page; (options) => {...}. Works on a copy: the live page is left as the scrape found it.
READ_PAGE = r"""
(opts) => {
  const abs = (u) => { try { return new URL(u, document.baseURI).href; } catch (e) { return u; } };
  const doctype = document.doctype ? new XMLSerializer().serializeToString(document.doctype) : "";
  const meta = {};
  for (const m of document.querySelectorAll("meta[name], meta[property], meta[itemprop]")) {
    const key = m.getAttribute("name") || m.getAttribute("property") || m.getAttribute("itemprop");
    const value = m.getAttribute("content");
    if (!key || value === null) continue;
    meta[key] = key in meta ? [].concat(meta[key], value) : value;
  }
  const unique = (xs) => [...new Set(xs)];
  const links = unique([...document.querySelectorAll("a[href]")].map((a) => a.href)
    .filter((h) => /^(https?|mailto|tel):/i.test(h)));
  const images = unique([...document.querySelectorAll("img[src]")].map((i) => i.src));
  let root = (document.body || document.documentElement).cloneNode(true);
  if (opts.include.length) {
    const selector = opts.include.join(",");
    const picked = document.createElement("div");
    for (const el of root.querySelectorAll(selector)) {
      if (!(el.parentElement && el.parentElement.closest(selector))) picked.appendChild(el.cloneNode(true));
    }
    root = picked;
  }
  const drop = (selector) => { for (const el of root.querySelectorAll(selector)) el.remove(); };
  drop("script, style, noscript, meta, link, head, template");
  if (opts.exclude.length) drop(opts.exclude.join(","));
  if (opts.onlyMain && !opts.include.length) drop(opts.nonMain.join(","));
  for (const el of root.querySelectorAll("img[srcset], source[srcset]")) {
    const best = el.getAttribute("srcset").split(",").map((c) => c.trim().split(/\s+/))
      .map(([u, d]) => [u, parseFloat(d || "1") || 1]).sort((a, b) => b[1] - a[1])[0];
    if (best && best[0]) el.setAttribute("src", best[0]);
    el.removeAttribute("srcset");
  }
  for (const el of root.querySelectorAll("[href]")) el.setAttribute("href", abs(el.getAttribute("href")));
  for (const el of root.querySelectorAll("[src]")) el.setAttribute("src", abs(el.getAttribute("src")));
  const nav = performance.getEntriesByType("navigation")[0];
  return {
    rawHtml: doctype + document.documentElement.outerHTML,
    html: root.innerHTML.trim(),
    links, images, meta,
    title: document.title,
    language: document.documentElement.getAttribute("lang"),
    url: location.href,
    contentType: document.contentType,
    statusCode: nav && nav.responseStatus ? nav.responseStatus : null,
  };
}
"""


def read_page_expression(include: tuple[str, ...], exclude: tuple[str, ...], only_main: bool) -> str:
    """The ``Runtime.evaluate`` expression of :data:`READ_PAGE` with these options."""
    options = {"include": include, "exclude": exclude, "onlyMain": only_main, "nonMain": NON_MAIN}
    return f"({READ_PAGE})({json.dumps(options)})"


def to_markdown(html: str, remove_base64_images: bool) -> str:
    """Markdown of the cleaned HTML: ATX headings, ``-`` bullets, at most one blank line in a row."""
    text = markdownify(html, heading_style="ATX", bullets="-", escape_underscores=False)
    if remove_base64_images:
        text = _BASE64_IMAGE.sub("](<Base64-Image-Removed>)", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def metadata(page: dict[str, Any], source_url: str, scrape_id: str) -> dict[str, Any]:
    """The spec's ``metadata``: every meta tag by its name, then the documented fields."""
    result: dict[str, Any] = {k: v for k, v in page["meta"].items() if isinstance(v, (str, list))}
    if page["language"]:  # absent rather than null: the spec's nullable oneOf does not validate null
        result["language"] = page["language"]
    result.update(
        title=page["title"],
        sourceURL=source_url,
        url=page["url"],
        statusCode=page["statusCode"] or 200,
        contentType=page["contentType"],
        scrapeId=scrape_id,
        creditsUsed=1,
    )
    return result
