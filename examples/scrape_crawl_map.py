"""Scrape a page, crawl a site until done, map its links: the firecrawl-py 4.55.0 flow.

firecrawl-py takes four statements: ``app = Firecrawl(api_key=...)``,
``app.scrape(url, formats=["markdown"])``, ``app.crawl(url, limit=5)``, ``app.map(url)``.
Here: the same four. FIRECRAWL_API_KEY (optional: keyless use has lower rate limits) and
FIRECRAWL_BASE_URL come from the environment. Type-checked with ``mypy --strict`` (make lint).
"""

from firecrawl_sdk import Firecrawl

fc = Firecrawl()
doc = fc.scrape("https://firecrawl.dev", formats=["markdown"])  # the document, unwrapped
job = fc.crawl("https://firecrawl.dev", limit=5)  # starts, waits, follows every `next` page
links = fc.map("https://firecrawl.dev")  # the links, each with .url

print(doc.markdown[:200] if doc.markdown else "", doc.metadata.scrape_id if doc.metadata else "")
print(job.status, len(job.data or []), "documents")
print(len(links), "links:", *(link.url for link in links[:5]))
