"""Input constraints of every operation, from the OpenAPI spec (tools/constraints.py).

OPERATIONS[operationId] = {method, path, parameters: {json_name: {in, python, required, schema}},
body: {contentType, required, schema}}; SCHEMAS[name] = the component schemas that rules
reference as {"$ref": name}. Normalised JSON Schema (see tools/constraints.py)."""

from typing import Any

OPERATIONS: dict[str, dict[str, Any]] = {
    "askSupportAgent": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {"$ref": "SupportAskRequest"},
        },
        "method": "POST",
        "parameters": {},
        "path": "/support/ask",
    },
    "cancelAgent": {
        "method": "DELETE",
        "parameters": {
            "jobId": {
                "in": "path",
                "python": "job_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/agent/{jobId}",
    },
    "cancelBatchScrape": {
        "method": "DELETE",
        "parameters": {
            "id": {
                "in": "path",
                "python": "job_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/batch/scrape/{id}",
    },
    "cancelCrawl": {
        "method": "DELETE",
        "parameters": {
            "id": {
                "in": "path",
                "python": "job_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/crawl/{id}",
    },
    "crawlParamsPreview": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {
                "properties": {
                    "prompt": {"maxLength": 10000, "type": "string"},
                    "url": {"format": "uri", "type": "string"},
                },
                "required": ["url", "prompt"],
                "type": "object",
            },
        },
        "method": "POST",
        "parameters": {},
        "path": "/crawl/params-preview",
    },
    "crawlUrls": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {
                "properties": {
                    "allowExternalLinks": {"type": "boolean"},
                    "allowSubdomains": {"type": "boolean"},
                    "crawlEntireDomain": {"type": "boolean"},
                    "delay": {"type": "number"},
                    "excludePaths": {"items": {"type": "string"}, "type": "array"},
                    "ignoreQueryParameters": {"type": "boolean"},
                    "ignoreRobotsTxt": {"type": "boolean"},
                    "includePaths": {"items": {"type": "string"}, "type": "array"},
                    "limit": {"type": "integer"},
                    "maxConcurrency": {"type": "integer"},
                    "maxDiscoveryDepth": {"type": "integer"},
                    "prompt": {"type": "string"},
                    "regexOnFullURL": {"type": "boolean"},
                    "robotsUserAgent": {"type": "string"},
                    "scrapeOptions": {"$ref": "ScrapeOptions"},
                    "sitemap": {"enum": ["skip", "include", "only"], "type": "string"},
                    "url": {"format": "uri", "type": "string"},
                    "webhook": {
                        "properties": {
                            "events": {
                                "items": {
                                    "enum": ["completed", "page", "failed", "started"],
                                    "type": "string",
                                },
                                "type": "array",
                            },
                            "headers": {
                                "additionalProperties": {"type": "string"},
                                "type": "object",
                            },
                            "metadata": {"type": "object"},
                            "url": {"type": "string"},
                        },
                        "required": ["url"],
                        "type": "object",
                    },
                    "zeroDataRetention": {"type": "boolean"},
                },
                "py": {
                    "allowExternalLinks": "allow_external_links",
                    "allowSubdomains": "allow_subdomains",
                    "crawlEntireDomain": "crawl_entire_domain",
                    "excludePaths": "exclude_paths",
                    "ignoreQueryParameters": "ignore_query_parameters",
                    "ignoreRobotsTxt": "ignore_robots_txt",
                    "includePaths": "include_paths",
                    "maxConcurrency": "max_concurrency",
                    "maxDiscoveryDepth": "max_discovery_depth",
                    "regexOnFullURL": "regex_on_full_url",
                    "robotsUserAgent": "robots_user_agent",
                    "scrapeOptions": "scrape_options",
                    "zeroDataRetention": "zero_data_retention",
                },
                "required": ["url"],
                "type": "object",
            },
        },
        "method": "POST",
        "parameters": {},
        "path": "/crawl",
    },
    "createBrowserSession": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {
                "properties": {
                    "activityTtl": {"maximum": 3600, "minimum": 10, "type": "integer"},
                    "profile": {
                        "properties": {
                            "name": {
                                "maxLength": 128,
                                "minLength": 1,
                                "type": "string",
                            },
                            "saveChanges": {"type": "boolean"},
                        },
                        "py": {"saveChanges": "save_changes"},
                        "required": ["name"],
                        "type": "object",
                    },
                    "streamWebView": {"type": "boolean"},
                    "ttl": {"maximum": 3600, "minimum": 30, "type": "integer"},
                },
                "py": {
                    "activityTtl": "activity_ttl",
                    "streamWebView": "stream_web_view",
                },
                "type": "object",
            },
        },
        "method": "POST",
        "parameters": {},
        "path": "/interact",
    },
    "createMonitor": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {"$ref": "MonitorCreateRequest"},
        },
        "method": "POST",
        "parameters": {},
        "path": "/monitor",
    },
    "deleteBrowserSession": {
        "method": "DELETE",
        "parameters": {
            "sessionId": {
                "in": "path",
                "python": "session_id",
                "required": True,
                "schema": {"type": "string"},
            }
        },
        "path": "/interact/{sessionId}",
    },
    "deleteMonitor": {
        "method": "DELETE",
        "parameters": {
            "monitorId": {
                "in": "path",
                "python": "monitor_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/monitor/{monitorId}",
    },
    "developerSearch": {
        "method": "GET",
        "parameters": {
            "archived": {
                "in": "query",
                "python": "archived",
                "schema": {"type": "boolean"},
            },
            "fork": {"in": "query", "python": "fork", "schema": {"type": "boolean"}},
            "k": {
                "in": "query",
                "python": "k",
                "schema": {"maximum": 100, "minimum": 1, "type": "integer"},
            },
            "language": {
                "in": "query",
                "python": "language",
                "schema": {"type": "string"},
            },
            "license": {
                "in": "query",
                "python": "license_",
                "schema": {"type": "string"},
            },
            "max_stars": {
                "in": "query",
                "python": "max_stars",
                "schema": {"minimum": 0, "type": "integer"},
            },
            "min_stars": {
                "in": "query",
                "python": "min_stars",
                "schema": {"minimum": 0, "type": "integer"},
            },
            "passages": {
                "in": "query",
                "python": "passages",
                "schema": {"maximum": 5, "minimum": 1, "type": "integer"},
            },
            "query": {
                "in": "query",
                "python": "query",
                "required": True,
                "schema": {"minLength": 1, "type": "string"},
            },
            "repos": {
                "in": "query",
                "python": "repos",
                "schema": {"items": {"type": "string"}, "type": "array"},
            },
            "skills": {
                "in": "query",
                "python": "skills",
                "schema": {"enum": ["only"], "type": "string"},
            },
            "sources": {
                "in": "query",
                "python": "sources",
                "schema": {
                    "items": {"maxLength": 512, "minLength": 1, "type": "string"},
                    "maxItems": 20,
                    "type": "array",
                },
            },
            "topic": {"in": "query", "python": "topic", "schema": {"type": "string"}},
            "types": {
                "in": "query",
                "python": "types",
                "schema": {
                    "items": {
                        "enum": ["doc", "issue", "pull_request", "readme"],
                        "type": "string",
                    },
                    "type": "array",
                },
            },
        },
        "path": "/search/developer",
    },
    "developerSearchPost": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {
                "properties": {
                    "archived": {"type": "boolean"},
                    "fork": {"type": "boolean"},
                    "k": {"maximum": 100, "minimum": 1, "type": "integer"},
                    "language": {"type": "string"},
                    "license": {"type": "string"},
                    "max_stars": {"minimum": 0, "type": "integer"},
                    "min_stars": {"minimum": 0, "type": "integer"},
                    "passages": {"maximum": 5, "minimum": 1, "type": "integer"},
                    "query": {"minLength": 1, "type": "string"},
                    "repos": {"items": {"type": "string"}, "type": "array"},
                    "skills": {"enum": ["only"], "type": "string"},
                    "sources": {
                        "items": {"maxLength": 512, "minLength": 1, "type": "string"},
                        "maxItems": 20,
                        "type": "array",
                    },
                    "topic": {"type": "string"},
                    "types": {
                        "items": {
                            "enum": ["doc", "issue", "pull_request", "readme"],
                            "type": "string",
                        },
                        "type": "array",
                    },
                },
                "py": {"license": "license_"},
                "required": ["query"],
                "type": "object",
            },
        },
        "method": "POST",
        "parameters": {},
        "path": "/search/developer",
    },
    "executeBrowserCode": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {
                "properties": {
                    "code": {"maxLength": 100000, "minLength": 1, "type": "string"},
                    "language": {"enum": ["python", "node", "bash"], "type": "string"},
                    "timeout": {"maximum": 300, "minimum": 1, "type": "integer"},
                },
                "required": ["code"],
                "type": "object",
            },
        },
        "method": "POST",
        "parameters": {
            "sessionId": {
                "in": "path",
                "python": "session_id",
                "required": True,
                "schema": {"type": "string"},
            }
        },
        "path": "/interact/{sessionId}/execute",
    },
    "extractData": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {
                "properties": {
                    "enableWebSearch": {"type": "boolean"},
                    "ignoreInvalidURLs": {"type": "boolean"},
                    "ignoreSitemap": {"type": "boolean"},
                    "includeSubdomains": {"type": "boolean"},
                    "prompt": {"type": "string"},
                    "schema": {"type": "object"},
                    "scrapeOptions": {"$ref": "ScrapeOptions"},
                    "showSources": {"type": "boolean"},
                    "threatProtection": {"$ref": "ThreatProtectionOverride"},
                    "urls": {
                        "items": {"format": "uri", "type": "string"},
                        "type": "array",
                    },
                },
                "py": {
                    "enableWebSearch": "enable_web_search",
                    "ignoreInvalidURLs": "ignore_invalid_urls",
                    "ignoreSitemap": "ignore_sitemap",
                    "includeSubdomains": "include_subdomains",
                    "scrapeOptions": "scrape_options",
                    "showSources": "show_sources",
                    "threatProtection": "threat_protection",
                },
                "required": ["urls"],
                "type": "object",
            },
        },
        "method": "POST",
        "parameters": {},
        "path": "/extract",
    },
    "getActiveCrawls": {"method": "GET", "parameters": {}, "path": "/crawl/active"},
    "getActivity": {
        "method": "GET",
        "parameters": {
            "cursor": {"in": "query", "python": "cursor", "schema": {"type": "string"}},
            "endpoint": {
                "in": "query",
                "python": "endpoint",
                "schema": {
                    "enum": [
                        "scrape",
                        "crawl",
                        "batch_scrape",
                        "search",
                        "extract",
                        "llmstxt",
                        "deep_research",
                        "map",
                        "agent",
                        "browser",
                        "interact",
                    ],
                    "type": "string",
                },
            },
            "limit": {
                "in": "query",
                "python": "limit",
                "schema": {"maximum": 100, "minimum": 1, "type": "integer"},
            },
        },
        "path": "/team/activity",
    },
    "getAgentStatus": {
        "method": "GET",
        "parameters": {
            "jobId": {
                "in": "path",
                "python": "job_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/agent/{jobId}",
    },
    "getBatchScrapeErrors": {
        "method": "GET",
        "parameters": {
            "id": {
                "in": "path",
                "python": "job_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/batch/scrape/{id}/errors",
    },
    "getBatchScrapeStatus": {
        "method": "GET",
        "parameters": {
            "id": {
                "in": "path",
                "python": "job_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/batch/scrape/{id}",
    },
    "getCrawlErrors": {
        "method": "GET",
        "parameters": {
            "id": {
                "in": "path",
                "python": "job_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/crawl/{id}/errors",
    },
    "getCrawlStatus": {
        "method": "GET",
        "parameters": {
            "id": {
                "in": "path",
                "python": "job_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/crawl/{id}",
    },
    "getCreditUsage": {"method": "GET", "parameters": {}, "path": "/team/credit-usage"},
    "getExtractStatus": {
        "method": "GET",
        "parameters": {
            "id": {
                "in": "path",
                "python": "job_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/extract/{id}",
    },
    "getHistoricalCreditUsage": {
        "method": "GET",
        "parameters": {
            "byApiKey": {
                "in": "query",
                "python": "by_api_key",
                "schema": {"type": "boolean"},
            }
        },
        "path": "/team/credit-usage/historical",
    },
    "getHistoricalTokenUsage": {
        "method": "GET",
        "parameters": {
            "byApiKey": {
                "in": "query",
                "python": "by_api_key",
                "schema": {"type": "boolean"},
            }
        },
        "path": "/team/token-usage/historical",
    },
    "getMonitor": {
        "method": "GET",
        "parameters": {
            "monitorId": {
                "in": "path",
                "python": "monitor_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/monitor/{monitorId}",
    },
    "getMonitorCheck": {
        "method": "GET",
        "parameters": {
            "checkId": {
                "in": "path",
                "python": "check_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            },
            "limit": {
                "in": "query",
                "python": "limit",
                "schema": {"maximum": 100, "minimum": 1, "type": "integer"},
            },
            "monitorId": {
                "in": "path",
                "python": "monitor_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            },
            "skip": {
                "in": "query",
                "python": "skip",
                "schema": {"minimum": 0, "type": "integer"},
            },
            "status": {
                "in": "query",
                "python": "status",
                "schema": {
                    "enum": ["same", "new", "changed", "removed", "error"],
                    "type": "string",
                },
            },
        },
        "path": "/monitor/{monitorId}/checks/{checkId}",
    },
    "getQueueStatus": {"method": "GET", "parameters": {}, "path": "/team/queue-status"},
    "getScrapeStatus": {
        "method": "GET",
        "parameters": {
            "jobId": {
                "in": "path",
                "python": "job_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/scrape/{jobId}",
    },
    "getThreatProtection": {
        "method": "GET",
        "parameters": {},
        "path": "/team/threat-protection",
    },
    "getTokenUsage": {"method": "GET", "parameters": {}, "path": "/team/token-usage"},
    "interactWithScrapeBrowserSession": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {
                "allOf": [
                    {
                        "anyOf": [{"required": ["code"]}, {"required": ["prompt"]}],
                        "titles": ["", ""],
                    }
                ],
                "properties": {
                    "code": {"maxLength": 100000, "minLength": 1, "type": "string"},
                    "language": {"enum": ["python", "node", "bash"], "type": "string"},
                    "origin": {"type": "string"},
                    "prompt": {"maxLength": 10000, "minLength": 1, "type": "string"},
                    "timeout": {"maximum": 300, "minimum": 1, "type": "integer"},
                },
                "type": "object",
            },
        },
        "method": "POST",
        "parameters": {
            "jobId": {
                "in": "path",
                "python": "job_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/scrape/{jobId}/interact",
    },
    "listBrowserSessions": {
        "method": "GET",
        "parameters": {
            "status": {
                "in": "query",
                "python": "status",
                "schema": {"enum": ["active", "destroyed"], "type": "string"},
            }
        },
        "path": "/interact",
    },
    "listMonitorChecks": {
        "method": "GET",
        "parameters": {
            "limit": {
                "in": "query",
                "python": "limit",
                "schema": {"maximum": 100, "minimum": 1, "type": "integer"},
            },
            "monitorId": {
                "in": "path",
                "python": "monitor_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            },
            "offset": {
                "in": "query",
                "python": "offset",
                "schema": {"minimum": 0, "type": "integer"},
            },
            "status": {
                "in": "query",
                "python": "status",
                "schema": {
                    "enum": [
                        "queued",
                        "running",
                        "completed",
                        "failed",
                        "partial",
                        "skipped_overlap",
                    ],
                    "type": "string",
                },
            },
        },
        "path": "/monitor/{monitorId}/checks",
    },
    "listMonitors": {
        "method": "GET",
        "parameters": {
            "limit": {
                "in": "query",
                "python": "limit",
                "schema": {"maximum": 100, "minimum": 1, "type": "integer"},
            },
            "offset": {
                "in": "query",
                "python": "offset",
                "schema": {"minimum": 0, "type": "integer"},
            },
        },
        "path": "/monitor",
    },
    "mapUrls": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {
                "properties": {
                    "auditMetadata": {"$ref": "AuditMetadata"},
                    "ignoreCache": {"type": "boolean"},
                    "ignoreQueryParameters": {"type": "boolean"},
                    "includeSubdomains": {"type": "boolean"},
                    "limit": {"maximum": 100000, "type": "integer"},
                    "location": {
                        "properties": {
                            "country": {"pattern": "^[A-Z]{2}$", "type": "string"},
                            "languages": {"items": {"type": "string"}, "type": "array"},
                        },
                        "type": "object",
                    },
                    "search": {"type": "string"},
                    "sitemap": {"enum": ["skip", "include", "only"], "type": "string"},
                    "threatProtection": {"$ref": "ThreatProtectionOverride"},
                    "timeout": {"type": "integer"},
                    "url": {"format": "uri", "type": "string"},
                },
                "py": {
                    "auditMetadata": "audit_metadata",
                    "ignoreCache": "ignore_cache",
                    "ignoreQueryParameters": "ignore_query_parameters",
                    "includeSubdomains": "include_subdomains",
                    "threatProtection": "threat_protection",
                },
                "required": ["url"],
                "type": "object",
            },
        },
        "method": "POST",
        "parameters": {},
        "path": "/map",
    },
    "parseFile": {
        "body": {
            "contentType": "multipart/form-data",
            "required": True,
            "schema": {
                "properties": {"file": {}, "options": {"$ref": "ParseOptions"}},
                "required": ["file"],
                "type": "object",
            },
        },
        "method": "POST",
        "parameters": {},
        "path": "/parse",
    },
    "researchGetPaper": {
        "method": "GET",
        "parameters": {
            "id": {
                "in": "path",
                "python": "paper_id",
                "required": True,
                "schema": {"type": "string"},
            },
            "k": {
                "in": "query",
                "python": "k",
                "schema": {"maximum": 50, "minimum": 1, "type": "integer"},
            },
            "query": {
                "in": "query",
                "python": "query",
                "schema": {"minLength": 1, "type": "string"},
            },
        },
        "path": "/search/research/papers/{id}",
    },
    "researchRelatedPapers": {
        "method": "GET",
        "parameters": {
            "anchor": {"in": "query", "python": "anchor", "schema": {"type": "string"}},
            "id": {
                "in": "path",
                "python": "paper_id",
                "required": True,
                "schema": {"type": "string"},
            },
            "intent": {
                "in": "query",
                "python": "intent",
                "required": True,
                "schema": {"minLength": 1, "type": "string"},
            },
            "k": {
                "in": "query",
                "python": "k",
                "schema": {"maximum": 500, "minimum": 1, "type": "integer"},
            },
            "mode": {
                "in": "query",
                "python": "mode",
                "schema": {
                    "enum": ["similar", "citers", "references"],
                    "type": "string",
                },
            },
            "rerank": {
                "in": "query",
                "python": "rerank",
                "schema": {"type": "boolean"},
            },
        },
        "path": "/search/research/papers/{id}/similar",
    },
    "researchSearchPapers": {
        "method": "GET",
        "parameters": {
            "authors": {
                "in": "query",
                "python": "authors",
                "schema": {"type": "string"},
            },
            "categories": {
                "in": "query",
                "python": "categories",
                "schema": {"type": "string"},
            },
            "from": {
                "in": "query",
                "python": "from_",
                "schema": {"format": "date", "type": "string"},
            },
            "k": {
                "in": "query",
                "python": "k",
                "schema": {"maximum": 500, "minimum": 1, "type": "integer"},
            },
            "query": {
                "in": "query",
                "python": "query",
                "required": True,
                "schema": {"minLength": 1, "type": "string"},
            },
            "to": {
                "in": "query",
                "python": "to",
                "schema": {"format": "date", "type": "string"},
            },
        },
        "path": "/search/research/papers",
    },
    "runMonitor": {
        "method": "POST",
        "parameters": {
            "monitorId": {
                "in": "path",
                "python": "monitor_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/monitor/{monitorId}/run",
    },
    "scrapeAndExtractFromUrl": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {
                "properties": {
                    "actions": {
                        "items": {
                            "oneOf": [
                                {
                                    "oneOf": [
                                        {
                                            "additionalProperties": False,
                                            "properties": {
                                                "milliseconds": {
                                                    "minimum": 1,
                                                    "type": "integer",
                                                },
                                                "type": {
                                                    "enum": ["wait"],
                                                    "type": "string",
                                                },
                                            },
                                            "py": {"type": "type_"},
                                            "required": ["type", "milliseconds"],
                                            "type": "object",
                                        },
                                        {
                                            "additionalProperties": False,
                                            "properties": {
                                                "selector": {"type": "string"},
                                                "type": {
                                                    "enum": ["wait"],
                                                    "type": "string",
                                                },
                                            },
                                            "py": {"type": "type_"},
                                            "required": ["type", "selector"],
                                            "type": "object",
                                        },
                                    ],
                                    "titles": ["Wait by Duration", "Wait for Element"],
                                },
                                {
                                    "properties": {
                                        "fullPage": {"type": "boolean"},
                                        "quality": {"type": "integer"},
                                        "type": {
                                            "enum": ["screenshot"],
                                            "type": "string",
                                        },
                                        "viewport": {
                                            "properties": {
                                                "height": {"type": "integer"},
                                                "width": {"type": "integer"},
                                            },
                                            "required": ["width", "height"],
                                            "type": "object",
                                        },
                                    },
                                    "py": {"fullPage": "full_page", "type": "type_"},
                                    "required": ["type"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "all": {"type": "boolean"},
                                        "selector": {"type": "string"},
                                        "type": {"enum": ["click"], "type": "string"},
                                    },
                                    "py": {"all": "all_", "type": "type_"},
                                    "required": ["type", "selector"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "text": {"type": "string"},
                                        "type": {"enum": ["write"], "type": "string"},
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type", "text"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "key": {"type": "string"},
                                        "type": {"enum": ["press"], "type": "string"},
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type", "key"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "direction": {
                                            "enum": ["up", "down"],
                                            "type": "string",
                                        },
                                        "selector": {"type": "string"},
                                        "type": {"enum": ["scroll"], "type": "string"},
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "type": {"enum": ["scrape"], "type": "string"}
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "script": {"type": "string"},
                                        "type": {
                                            "enum": ["executeJavascript"],
                                            "type": "string",
                                        },
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type", "script"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "format": {
                                            "enum": [
                                                "A0",
                                                "A1",
                                                "A2",
                                                "A3",
                                                "A4",
                                                "A5",
                                                "A6",
                                                "Letter",
                                                "Legal",
                                                "Tabloid",
                                                "Ledger",
                                            ],
                                            "type": "string",
                                        },
                                        "landscape": {"type": "boolean"},
                                        "scale": {"type": "number"},
                                        "type": {"enum": ["pdf"], "type": "string"},
                                    },
                                    "py": {"format": "format_", "type": "type_"},
                                    "required": ["type"],
                                    "type": "object",
                                },
                            ],
                            "tag": "type",
                            "tags": [
                                ["wait", 0],
                                ["screenshot", 1],
                                ["click", 2],
                                ["write", 3],
                                ["press", 4],
                                ["scroll", 5],
                                ["scrape", 6],
                                ["executeJavascript", 7],
                                ["pdf", 8],
                            ],
                            "titles": [
                                "Wait",
                                "Screenshot Action",
                                "Click",
                                "Write text",
                                "Press a key",
                                "Scroll",
                                "Scrape",
                                "Execute JavaScript",
                                "Generate PDF",
                            ],
                        },
                        "type": "array",
                    },
                    "auditMetadata": {"$ref": "AuditMetadata"},
                    "blockAds": {"type": "boolean"},
                    "excludeTags": {"items": {"type": "string"}, "type": "array"},
                    "formats": {"$ref": "Formats"},
                    "headers": {"type": "object"},
                    "includeTags": {"items": {"type": "string"}, "type": "array"},
                    "location": {
                        "properties": {
                            "country": {"pattern": "^[A-Z]{2}$", "type": "string"},
                            "languages": {"items": {"type": "string"}, "type": "array"},
                        },
                        "type": "object",
                    },
                    "lockdown": {"type": "boolean"},
                    "maxAge": {"type": "integer"},
                    "minAge": {"type": "integer"},
                    "mobile": {"type": "boolean"},
                    "onlyCleanContent": {"type": "boolean"},
                    "onlyMainContent": {"type": "boolean"},
                    "parsers": {
                        "items": {
                            "oneOf": [
                                {
                                    "additionalProperties": False,
                                    "properties": {
                                        "blocks": {"type": "boolean"},
                                        "maxPages": {
                                            "maximum": 10000,
                                            "minimum": 1,
                                            "type": "integer",
                                        },
                                        "mode": {
                                            "enum": ["fast", "auto", "ocr"],
                                            "type": "string",
                                        },
                                        "pageMarkers": {"type": "boolean"},
                                        "pages": {"type": "boolean"},
                                        "type": {"enum": ["pdf"], "type": "string"},
                                    },
                                    "py": {
                                        "maxPages": "max_pages",
                                        "pageMarkers": "page_markers",
                                        "type": "type_",
                                    },
                                    "required": ["type"],
                                    "type": "object",
                                },
                                {"enum": ["pdf"], "type": "string"},
                            ],
                            "scalars": [1],
                            "tag": "type",
                            "tags": [["pdf", 0]],
                            "titles": ["", "Parser Name"],
                        },
                        "type": "array",
                    },
                    "profile": {
                        "properties": {
                            "name": {
                                "maxLength": 128,
                                "minLength": 1,
                                "type": "string",
                            },
                            "saveChanges": {"type": "boolean"},
                        },
                        "py": {"saveChanges": "save_changes"},
                        "required": ["name"],
                        "type": "object",
                    },
                    "proxy": {"enum": ["basic", "enhanced", "auto"], "type": "string"},
                    "redactPII": {
                        "oneOf": [{"type": "boolean"}, {"$ref": "RedactPIIOptions"}],
                        "titles": ["", ""],
                    },
                    "removeBase64Images": {"type": "boolean"},
                    "skipTlsVerification": {"type": "boolean"},
                    "storeInCache": {"type": "boolean"},
                    "threatProtection": {"$ref": "ThreatProtectionOverride"},
                    "timeout": {"maximum": 300000, "minimum": 1000, "type": "integer"},
                    "url": {"format": "uri", "type": "string"},
                    "waitFor": {"type": "integer"},
                    "zeroDataRetention": {"type": "boolean"},
                },
                "py": {
                    "auditMetadata": "audit_metadata",
                    "blockAds": "block_ads",
                    "excludeTags": "exclude_tags",
                    "includeTags": "include_tags",
                    "maxAge": "max_age",
                    "minAge": "min_age",
                    "onlyCleanContent": "only_clean_content",
                    "onlyMainContent": "only_main_content",
                    "redactPII": "redact_pii",
                    "removeBase64Images": "remove_base_64_images",
                    "skipTlsVerification": "skip_tls_verification",
                    "storeInCache": "store_in_cache",
                    "threatProtection": "threat_protection",
                    "waitFor": "wait_for",
                    "zeroDataRetention": "zero_data_retention",
                },
                "required": ["url"],
                "type": "object",
            },
        },
        "method": "POST",
        "parameters": {},
        "path": "/scrape",
    },
    "scrapeAndExtractFromUrls": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {
                "properties": {
                    "actions": {
                        "items": {
                            "oneOf": [
                                {
                                    "oneOf": [
                                        {
                                            "additionalProperties": False,
                                            "properties": {
                                                "milliseconds": {
                                                    "minimum": 1,
                                                    "type": "integer",
                                                },
                                                "type": {
                                                    "enum": ["wait"],
                                                    "type": "string",
                                                },
                                            },
                                            "py": {"type": "type_"},
                                            "required": ["type", "milliseconds"],
                                            "type": "object",
                                        },
                                        {
                                            "additionalProperties": False,
                                            "properties": {
                                                "selector": {"type": "string"},
                                                "type": {
                                                    "enum": ["wait"],
                                                    "type": "string",
                                                },
                                            },
                                            "py": {"type": "type_"},
                                            "required": ["type", "selector"],
                                            "type": "object",
                                        },
                                    ],
                                    "titles": ["Wait by Duration", "Wait for Element"],
                                },
                                {
                                    "properties": {
                                        "fullPage": {"type": "boolean"},
                                        "quality": {"type": "integer"},
                                        "type": {
                                            "enum": ["screenshot"],
                                            "type": "string",
                                        },
                                        "viewport": {
                                            "properties": {
                                                "height": {"type": "integer"},
                                                "width": {"type": "integer"},
                                            },
                                            "required": ["width", "height"],
                                            "type": "object",
                                        },
                                    },
                                    "py": {"fullPage": "full_page", "type": "type_"},
                                    "required": ["type"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "all": {"type": "boolean"},
                                        "selector": {"type": "string"},
                                        "type": {"enum": ["click"], "type": "string"},
                                    },
                                    "py": {"all": "all_", "type": "type_"},
                                    "required": ["type", "selector"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "text": {"type": "string"},
                                        "type": {"enum": ["write"], "type": "string"},
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type", "text"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "key": {"type": "string"},
                                        "type": {"enum": ["press"], "type": "string"},
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type", "key"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "direction": {
                                            "enum": ["up", "down"],
                                            "type": "string",
                                        },
                                        "selector": {"type": "string"},
                                        "type": {"enum": ["scroll"], "type": "string"},
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "type": {"enum": ["scrape"], "type": "string"}
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "script": {"type": "string"},
                                        "type": {
                                            "enum": ["executeJavascript"],
                                            "type": "string",
                                        },
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type", "script"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "format": {
                                            "enum": [
                                                "A0",
                                                "A1",
                                                "A2",
                                                "A3",
                                                "A4",
                                                "A5",
                                                "A6",
                                                "Letter",
                                                "Legal",
                                                "Tabloid",
                                                "Ledger",
                                            ],
                                            "type": "string",
                                        },
                                        "landscape": {"type": "boolean"},
                                        "scale": {"type": "number"},
                                        "type": {"enum": ["pdf"], "type": "string"},
                                    },
                                    "py": {"format": "format_", "type": "type_"},
                                    "required": ["type"],
                                    "type": "object",
                                },
                            ],
                            "tag": "type",
                            "tags": [
                                ["wait", 0],
                                ["screenshot", 1],
                                ["click", 2],
                                ["write", 3],
                                ["press", 4],
                                ["scroll", 5],
                                ["scrape", 6],
                                ["executeJavascript", 7],
                                ["pdf", 8],
                            ],
                            "titles": [
                                "Wait",
                                "Screenshot Action",
                                "Click",
                                "Write text",
                                "Press a key",
                                "Scroll",
                                "Scrape",
                                "Execute JavaScript",
                                "Generate PDF",
                            ],
                        },
                        "type": "array",
                    },
                    "auditMetadata": {"$ref": "AuditMetadata"},
                    "blockAds": {"type": "boolean"},
                    "excludeTags": {"items": {"type": "string"}, "type": "array"},
                    "formats": {"$ref": "Formats"},
                    "headers": {"type": "object"},
                    "ignoreInvalidURLs": {"type": "boolean"},
                    "includeTags": {"items": {"type": "string"}, "type": "array"},
                    "location": {
                        "properties": {
                            "country": {"pattern": "^[A-Z]{2}$", "type": "string"},
                            "languages": {"items": {"type": "string"}, "type": "array"},
                        },
                        "type": "object",
                    },
                    "lockdown": {"type": "boolean"},
                    "maxAge": {"type": "integer"},
                    "maxConcurrency": {"type": "integer"},
                    "minAge": {"type": "integer"},
                    "mobile": {"type": "boolean"},
                    "onlyCleanContent": {"type": "boolean"},
                    "onlyMainContent": {"type": "boolean"},
                    "parsers": {
                        "items": {
                            "oneOf": [
                                {
                                    "additionalProperties": False,
                                    "properties": {
                                        "blocks": {"type": "boolean"},
                                        "maxPages": {
                                            "maximum": 10000,
                                            "minimum": 1,
                                            "type": "integer",
                                        },
                                        "mode": {
                                            "enum": ["fast", "auto", "ocr"],
                                            "type": "string",
                                        },
                                        "pageMarkers": {"type": "boolean"},
                                        "pages": {"type": "boolean"},
                                        "type": {"enum": ["pdf"], "type": "string"},
                                    },
                                    "py": {
                                        "maxPages": "max_pages",
                                        "pageMarkers": "page_markers",
                                        "type": "type_",
                                    },
                                    "required": ["type"],
                                    "type": "object",
                                },
                                {"enum": ["pdf"], "type": "string"},
                            ],
                            "scalars": [1],
                            "tag": "type",
                            "tags": [["pdf", 0]],
                            "titles": ["", "Parser Name"],
                        },
                        "type": "array",
                    },
                    "profile": {
                        "properties": {
                            "name": {
                                "maxLength": 128,
                                "minLength": 1,
                                "type": "string",
                            },
                            "saveChanges": {"type": "boolean"},
                        },
                        "py": {"saveChanges": "save_changes"},
                        "required": ["name"],
                        "type": "object",
                    },
                    "proxy": {"enum": ["basic", "enhanced", "auto"], "type": "string"},
                    "redactPII": {
                        "oneOf": [{"type": "boolean"}, {"$ref": "RedactPIIOptions"}],
                        "titles": ["", ""],
                    },
                    "removeBase64Images": {"type": "boolean"},
                    "skipTlsVerification": {"type": "boolean"},
                    "storeInCache": {"type": "boolean"},
                    "threatProtection": {"$ref": "ThreatProtectionOverride"},
                    "timeout": {"maximum": 300000, "minimum": 1000, "type": "integer"},
                    "urls": {
                        "items": {"format": "uri", "type": "string"},
                        "type": "array",
                    },
                    "waitFor": {"type": "integer"},
                    "webhook": {
                        "properties": {
                            "events": {
                                "items": {
                                    "enum": ["completed", "page", "failed", "started"],
                                    "type": "string",
                                },
                                "type": "array",
                            },
                            "headers": {
                                "additionalProperties": {"type": "string"},
                                "type": "object",
                            },
                            "metadata": {"type": "object"},
                            "url": {"type": "string"},
                        },
                        "required": ["url"],
                        "type": "object",
                    },
                    "zeroDataRetention": {"type": "boolean"},
                },
                "py": {
                    "auditMetadata": "audit_metadata",
                    "blockAds": "block_ads",
                    "excludeTags": "exclude_tags",
                    "ignoreInvalidURLs": "ignore_invalid_urls",
                    "includeTags": "include_tags",
                    "maxAge": "max_age",
                    "maxConcurrency": "max_concurrency",
                    "minAge": "min_age",
                    "onlyCleanContent": "only_clean_content",
                    "onlyMainContent": "only_main_content",
                    "redactPII": "redact_pii",
                    "removeBase64Images": "remove_base_64_images",
                    "skipTlsVerification": "skip_tls_verification",
                    "storeInCache": "store_in_cache",
                    "threatProtection": "threat_protection",
                    "waitFor": "wait_for",
                    "zeroDataRetention": "zero_data_retention",
                },
                "required": ["urls"],
                "type": "object",
            },
        },
        "method": "POST",
        "parameters": {},
        "path": "/batch/scrape",
    },
    "searchAndScrape": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {
                "properties": {
                    "categories": {
                        "items": {
                            "oneOf": [
                                {
                                    "properties": {
                                        "type": {"enum": ["github"], "type": "string"}
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "type": {"enum": ["research"], "type": "string"}
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "type": {"enum": ["pdf"], "type": "string"}
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type"],
                                    "type": "object",
                                },
                            ],
                            "tag": "type",
                            "tags": [["github", 0], ["research", 1], ["pdf", 2]],
                            "titles": ["GitHub", "Research", "PDF"],
                        },
                        "type": "array",
                    },
                    "country": {"type": "string"},
                    "enterprise": {
                        "items": {"enum": ["anon", "zdr"], "type": "string"},
                        "type": "array",
                    },
                    "excludeDomains": {
                        "items": {"format": "hostname", "type": "string"},
                        "type": "array",
                    },
                    "highlights": {"type": "boolean"},
                    "ignoreInvalidURLs": {"type": "boolean"},
                    "includeDomains": {
                        "items": {"format": "hostname", "type": "string"},
                        "type": "array",
                    },
                    "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
                    "location": {"type": "string"},
                    "query": {"maxLength": 500, "type": "string"},
                    "safe": {"type": "boolean"},
                    "scrapeOptions": {
                        "properties": {
                            "actions": {
                                "items": {
                                    "oneOf": [
                                        {
                                            "oneOf": [
                                                {
                                                    "additionalProperties": False,
                                                    "properties": {
                                                        "milliseconds": {
                                                            "minimum": 1,
                                                            "type": "integer",
                                                        },
                                                        "type": {
                                                            "enum": ["wait"],
                                                            "type": "string",
                                                        },
                                                    },
                                                    "py": {"type": "type_"},
                                                    "required": [
                                                        "type",
                                                        "milliseconds",
                                                    ],
                                                    "type": "object",
                                                },
                                                {
                                                    "additionalProperties": False,
                                                    "properties": {
                                                        "selector": {"type": "string"},
                                                        "type": {
                                                            "enum": ["wait"],
                                                            "type": "string",
                                                        },
                                                    },
                                                    "py": {"type": "type_"},
                                                    "required": ["type", "selector"],
                                                    "type": "object",
                                                },
                                            ],
                                            "titles": [
                                                "Wait by Duration",
                                                "Wait for Element",
                                            ],
                                        },
                                        {
                                            "properties": {
                                                "fullPage": {"type": "boolean"},
                                                "quality": {"type": "integer"},
                                                "type": {
                                                    "enum": ["screenshot"],
                                                    "type": "string",
                                                },
                                                "viewport": {
                                                    "properties": {
                                                        "height": {"type": "integer"},
                                                        "width": {"type": "integer"},
                                                    },
                                                    "required": ["width", "height"],
                                                    "type": "object",
                                                },
                                            },
                                            "py": {
                                                "fullPage": "full_page",
                                                "type": "type_",
                                            },
                                            "required": ["type"],
                                            "type": "object",
                                        },
                                        {
                                            "properties": {
                                                "all": {"type": "boolean"},
                                                "selector": {"type": "string"},
                                                "type": {
                                                    "enum": ["click"],
                                                    "type": "string",
                                                },
                                            },
                                            "py": {"all": "all_", "type": "type_"},
                                            "required": ["type", "selector"],
                                            "type": "object",
                                        },
                                        {
                                            "properties": {
                                                "text": {"type": "string"},
                                                "type": {
                                                    "enum": ["write"],
                                                    "type": "string",
                                                },
                                            },
                                            "py": {"type": "type_"},
                                            "required": ["type", "text"],
                                            "type": "object",
                                        },
                                        {
                                            "properties": {
                                                "key": {"type": "string"},
                                                "type": {
                                                    "enum": ["press"],
                                                    "type": "string",
                                                },
                                            },
                                            "py": {"type": "type_"},
                                            "required": ["type", "key"],
                                            "type": "object",
                                        },
                                        {
                                            "properties": {
                                                "direction": {
                                                    "enum": ["up", "down"],
                                                    "type": "string",
                                                },
                                                "selector": {"type": "string"},
                                                "type": {
                                                    "enum": ["scroll"],
                                                    "type": "string",
                                                },
                                            },
                                            "py": {"type": "type_"},
                                            "required": ["type"],
                                            "type": "object",
                                        },
                                        {
                                            "properties": {
                                                "type": {
                                                    "enum": ["scrape"],
                                                    "type": "string",
                                                }
                                            },
                                            "py": {"type": "type_"},
                                            "required": ["type"],
                                            "type": "object",
                                        },
                                        {
                                            "properties": {
                                                "script": {"type": "string"},
                                                "type": {
                                                    "enum": ["executeJavascript"],
                                                    "type": "string",
                                                },
                                            },
                                            "py": {"type": "type_"},
                                            "required": ["type", "script"],
                                            "type": "object",
                                        },
                                        {
                                            "properties": {
                                                "format": {
                                                    "enum": [
                                                        "A0",
                                                        "A1",
                                                        "A2",
                                                        "A3",
                                                        "A4",
                                                        "A5",
                                                        "A6",
                                                        "Letter",
                                                        "Legal",
                                                        "Tabloid",
                                                        "Ledger",
                                                    ],
                                                    "type": "string",
                                                },
                                                "landscape": {"type": "boolean"},
                                                "scale": {"type": "number"},
                                                "type": {
                                                    "enum": ["pdf"],
                                                    "type": "string",
                                                },
                                            },
                                            "py": {
                                                "format": "format_",
                                                "type": "type_",
                                            },
                                            "required": ["type"],
                                            "type": "object",
                                        },
                                    ],
                                    "tag": "type",
                                    "tags": [
                                        ["wait", 0],
                                        ["screenshot", 1],
                                        ["click", 2],
                                        ["write", 3],
                                        ["press", 4],
                                        ["scroll", 5],
                                        ["scrape", 6],
                                        ["executeJavascript", 7],
                                        ["pdf", 8],
                                    ],
                                    "titles": [
                                        "Wait",
                                        "Screenshot Action",
                                        "Click",
                                        "Write text",
                                        "Press a key",
                                        "Scroll",
                                        "Scrape",
                                        "Execute JavaScript",
                                        "Generate PDF",
                                    ],
                                },
                                "type": "array",
                            },
                            "auditMetadata": {"$ref": "AuditMetadata"},
                            "blockAds": {"type": "boolean"},
                            "excludeTags": {
                                "items": {"type": "string"},
                                "type": "array",
                            },
                            "formats": {"$ref": "Formats"},
                            "headers": {"type": "object"},
                            "includeTags": {
                                "items": {"type": "string"},
                                "type": "array",
                            },
                            "location": {
                                "properties": {
                                    "country": {
                                        "pattern": "^[A-Z]{2}$",
                                        "type": "string",
                                    },
                                    "languages": {
                                        "items": {"type": "string"},
                                        "type": "array",
                                    },
                                },
                                "type": "object",
                            },
                            "lockdown": {"type": "boolean"},
                            "maxAge": {"type": "integer"},
                            "minAge": {"type": "integer"},
                            "mobile": {"type": "boolean"},
                            "onlyCleanContent": {"type": "boolean"},
                            "onlyMainContent": {"type": "boolean"},
                            "parsers": {
                                "items": {
                                    "oneOf": [
                                        {
                                            "additionalProperties": False,
                                            "properties": {
                                                "blocks": {"type": "boolean"},
                                                "maxPages": {
                                                    "maximum": 10000,
                                                    "minimum": 1,
                                                    "type": "integer",
                                                },
                                                "mode": {
                                                    "enum": ["fast", "auto", "ocr"],
                                                    "type": "string",
                                                },
                                                "pageMarkers": {"type": "boolean"},
                                                "pages": {"type": "boolean"},
                                                "type": {
                                                    "enum": ["pdf"],
                                                    "type": "string",
                                                },
                                            },
                                            "py": {
                                                "maxPages": "max_pages",
                                                "pageMarkers": "page_markers",
                                                "type": "type_",
                                            },
                                            "required": ["type"],
                                            "type": "object",
                                        },
                                        {"enum": ["pdf"], "type": "string"},
                                    ],
                                    "scalars": [1],
                                    "tag": "type",
                                    "tags": [["pdf", 0]],
                                    "titles": ["", "Parser Name"],
                                },
                                "type": "array",
                            },
                            "profile": {
                                "properties": {
                                    "name": {
                                        "maxLength": 128,
                                        "minLength": 1,
                                        "type": "string",
                                    },
                                    "saveChanges": {"type": "boolean"},
                                },
                                "py": {"saveChanges": "save_changes"},
                                "required": ["name"],
                                "type": "object",
                            },
                            "proxy": {
                                "enum": ["basic", "enhanced", "auto"],
                                "type": "string",
                            },
                            "redactPII": {
                                "oneOf": [
                                    {"type": "boolean"},
                                    {"$ref": "RedactPIIOptions"},
                                ],
                                "titles": ["", ""],
                            },
                            "removeBase64Images": {"type": "boolean"},
                            "skipTlsVerification": {"type": "boolean"},
                            "storeInCache": {"type": "boolean"},
                            "threatProtection": {"$ref": "ThreatProtectionOverride"},
                            "timeout": {
                                "maximum": 300000,
                                "minimum": 1000,
                                "type": "integer",
                            },
                            "waitFor": {"type": "integer"},
                        },
                        "py": {
                            "auditMetadata": "audit_metadata",
                            "blockAds": "block_ads",
                            "excludeTags": "exclude_tags",
                            "includeTags": "include_tags",
                            "maxAge": "max_age",
                            "minAge": "min_age",
                            "onlyCleanContent": "only_clean_content",
                            "onlyMainContent": "only_main_content",
                            "redactPII": "redact_pii",
                            "removeBase64Images": "remove_base_64_images",
                            "skipTlsVerification": "skip_tls_verification",
                            "storeInCache": "store_in_cache",
                            "threatProtection": "threat_protection",
                            "waitFor": "wait_for",
                        },
                        "type": "object",
                    },
                    "sources": {
                        "items": {
                            "oneOf": [
                                {
                                    "properties": {
                                        "location": {"type": "string"},
                                        "tbs": {"type": "string"},
                                        "type": {"enum": ["web"], "type": "string"},
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "type": {"enum": ["images"], "type": "string"}
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type"],
                                    "type": "object",
                                },
                                {
                                    "properties": {
                                        "type": {"enum": ["news"], "type": "string"}
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type"],
                                    "type": "object",
                                },
                            ],
                            "tag": "type",
                            "tags": [["web", 0], ["images", 1], ["news", 2]],
                            "titles": ["Web", "Images", "News"],
                        },
                        "type": "array",
                    },
                    "tbs": {"type": "string"},
                    "threatProtection": {"$ref": "ThreatProtectionOverride"},
                    "timeout": {"type": "integer"},
                },
                "py": {
                    "excludeDomains": "exclude_domains",
                    "ignoreInvalidURLs": "ignore_invalid_urls",
                    "includeDomains": "include_domains",
                    "scrapeOptions": "scrape_options",
                    "threatProtection": "threat_protection",
                },
                "required": ["query"],
                "type": "object",
            },
        },
        "method": "POST",
        "parameters": {},
        "path": "/search",
    },
    "searchSupportDocs": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {"$ref": "SupportDocsSearchRequest"},
        },
        "method": "POST",
        "parameters": {},
        "path": "/support/docs-search",
    },
    "startAgent": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {
                "properties": {
                    "auditMetadata": {"$ref": "AuditMetadata"},
                    "maxCredits": {"type": "number"},
                    "model": {
                        "enum": ["spark-2", "spark-1-mini", "spark-1-pro"],
                        "type": "string",
                    },
                    "prompt": {"maxLength": 10000, "type": "string"},
                    "schema": {"type": "object"},
                    "strictConstrainToURLs": {"type": "boolean"},
                    "threatProtection": {"$ref": "ThreatProtectionOverride"},
                    "urls": {
                        "items": {"format": "uri", "type": "string"},
                        "type": "array",
                    },
                },
                "py": {
                    "auditMetadata": "audit_metadata",
                    "maxCredits": "max_credits",
                    "strictConstrainToURLs": "strict_constrain_to_urls",
                    "threatProtection": "threat_protection",
                },
                "required": ["prompt"],
                "type": "object",
            },
        },
        "method": "POST",
        "parameters": {},
        "path": "/agent",
    },
    "stopInteractiveScrapeBrowserSession": {
        "method": "DELETE",
        "parameters": {
            "jobId": {
                "in": "path",
                "python": "job_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/scrape/{jobId}/interact",
    },
    "submitEndpointFeedback": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {"$ref": "EndpointFeedbackRequest"},
        },
        "method": "POST",
        "parameters": {},
        "path": "/feedback",
    },
    "submitSearchFeedback": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {"$ref": "SearchFeedbackRequest"},
        },
        "method": "POST",
        "parameters": {
            "jobId": {
                "in": "path",
                "python": "job_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/search/{jobId}/feedback",
    },
    "updateMonitor": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {"$ref": "MonitorUpdateRequest"},
        },
        "method": "PATCH",
        "parameters": {
            "monitorId": {
                "in": "path",
                "python": "monitor_id",
                "required": True,
                "schema": {"format": "uuid", "type": "string"},
            }
        },
        "path": "/monitor/{monitorId}",
    },
    "updateThreatProtection": {
        "body": {
            "contentType": "application/json",
            "required": True,
            "schema": {
                "properties": {
                    "allowRequestOverrides": {"type": "boolean"},
                    "blacklist": {"items": {"type": "string"}, "type": "array"},
                    "blockedTlds": {"items": {"type": "string"}, "type": "array"},
                    "failurePolicy": {"enum": ["open", "closed"], "type": "string"},
                    "mode": {"enum": ["off", "normal"], "type": "string"},
                    "riskScoreThreshold": {
                        "maximum": 100,
                        "minimum": 0,
                        "type": "integer",
                    },
                    "whitelist": {"items": {"type": "string"}, "type": "array"},
                },
                "py": {
                    "allowRequestOverrides": "allow_request_overrides",
                    "blockedTlds": "blocked_tlds",
                    "failurePolicy": "failure_policy",
                    "riskScoreThreshold": "risk_score_threshold",
                },
                "required": ["mode"],
                "type": "object",
            },
        },
        "method": "PUT",
        "parameters": {},
        "path": "/team/threat-protection",
    },
}

SCHEMAS: dict[str, dict[str, Any]] = {
    "AuditMetadata": {
        "additionalProperties": False,
        "properties": {"username": {"maxLength": 1024, "type": "string"}},
        "required": ["username"],
        "type": "object",
    },
    "EndpointFeedbackRequest": {
        "properties": {
            "endpoint": {
                "enum": ["search", "scrape", "parse", "map"],
                "type": "string",
            },
            "integration": {"nullable": True, "type": "string"},
            "issues": {
                "items": {
                    "maxLength": 80,
                    "pattern": "^[a-z0-9][a-z0-9_-]*$",
                    "type": "string",
                },
                "maxItems": 20,
                "type": "array",
            },
            "jobId": {"format": "uuid", "type": "string"},
            "metadata": {"type": "object"},
            "missingContent": {
                "allOf": [
                    {
                        "items": {
                            "properties": {
                                "description": {"maxLength": 2000, "type": "string"},
                                "topic": {
                                    "maxLength": 200,
                                    "minLength": 1,
                                    "type": "string",
                                },
                            },
                            "required": ["topic"],
                            "type": "object",
                        },
                        "maxItems": 20,
                        "type": "array",
                    },
                    {
                        "items": {
                            "properties": {
                                "description": {"maxLength": 2000, "type": "string"},
                                "topic": {
                                    "maxLength": 200,
                                    "minLength": 1,
                                    "type": "string",
                                },
                            },
                            "required": ["topic"],
                            "type": "object",
                        },
                        "maxItems": 50,
                        "type": "array",
                    },
                ]
            },
            "note": {"maxLength": 4000, "type": "string"},
            "origin": {"type": "string"},
            "pageNumbers": {
                "items": {"minimum": 1, "type": "integer"},
                "maxItems": 100,
                "type": "array",
            },
            "querySuggestions": {"maxLength": 2000, "type": "string"},
            "rating": {"enum": ["good", "partial", "bad"], "type": "string"},
            "tags": {
                "items": {
                    "maxLength": 80,
                    "pattern": "^[a-z0-9][a-z0-9_-]*$",
                    "type": "string",
                },
                "maxItems": 20,
                "type": "array",
            },
            "url": {"format": "uri", "type": "string"},
            "valuableSources": {
                "items": {
                    "properties": {
                        "reason": {"maxLength": 1000, "type": "string"},
                        "url": {"format": "uri", "type": "string"},
                    },
                    "required": ["url"],
                    "type": "object",
                },
                "maxItems": 50,
                "type": "array",
            },
        },
        "py": {
            "jobId": "job_id",
            "missingContent": "missing_content",
            "pageNumbers": "page_numbers",
            "querySuggestions": "query_suggestions",
            "valuableSources": "valuable_sources",
        },
        "required": ["rating", "endpoint", "jobId"],
        "type": "object",
    },
    "Formats": {
        "items": {
            "oneOf": [
                {
                    "properties": {"type": {"enum": ["markdown"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["summary"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["html"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["rawHtml"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["links"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["images"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {
                        "fullPage": {"type": "boolean"},
                        "quality": {"type": "integer"},
                        "type": {"enum": ["screenshot"], "type": "string"},
                        "viewport": {"$ref": "ScreenshotViewport"},
                    },
                    "py": {"fullPage": "full_page", "type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {
                        "prompt": {"type": "string"},
                        "schema": {"$ref": "JsonSchemaDocument"},
                        "type": {"enum": ["json"], "type": "string"},
                    },
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {
                        "modes": {
                            "items": {"enum": ["git-diff", "json"], "type": "string"},
                            "type": "array",
                        },
                        "prompt": {"type": "string"},
                        "schema": {"$ref": "JsonSchemaDocument"},
                        "tag": {"nullable": True, "type": "string"},
                        "type": {"enum": ["changeTracking"], "type": "string"},
                    },
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["branding"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["product"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["menu"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["audio"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["video"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {
                        "question": {"maxLength": 10000, "type": "string"},
                        "type": {"enum": ["question"], "type": "string"},
                    },
                    "py": {"type": "type_"},
                    "required": ["type", "question"],
                    "type": "object",
                },
                {
                    "properties": {
                        "query": {"maxLength": 10000, "type": "string"},
                        "type": {"enum": ["highlights"], "type": "string"},
                    },
                    "py": {"type": "type_"},
                    "required": ["type", "query"],
                    "type": "object",
                },
                {
                    "enum": [
                        "markdown",
                        "summary",
                        "html",
                        "rawHtml",
                        "links",
                        "images",
                        "screenshot",
                        "json",
                        "changeTracking",
                        "branding",
                        "product",
                        "menu",
                        "audio",
                        "video",
                        "question",
                        "highlights",
                    ],
                    "type": "string",
                },
            ],
            "scalars": [16],
            "tag": "type",
            "tags": [
                ["markdown", 0],
                ["summary", 1],
                ["html", 2],
                ["rawHtml", 3],
                ["links", 4],
                ["images", 5],
                ["screenshot", 6],
                ["json", 7],
                ["changeTracking", 8],
                ["branding", 9],
                ["product", 10],
                ["menu", 11],
                ["audio", 12],
                ["video", 13],
                ["question", 14],
                ["highlights", 15],
            ],
            "titles": [
                "Markdown",
                "Summary",
                "HTML",
                "Raw HTML",
                "Links",
                "Images",
                "Screenshot Format",
                "JSON",
                "Change Tracking",
                "Branding",
                "Product",
                "Menu",
                "Audio",
                "Video",
                "Question",
                "Highlights",
                "Format Name",
            ],
        },
        "type": "array",
    },
    "JsonSchemaDocument": {"type": "object"},
    "MonitorCrawlOptions": {"type": "object"},
    "MonitorCreateRequest": {
        "properties": {
            "goal": {"maxLength": 2000, "nullable": True, "type": "string"},
            "judgeEnabled": {"type": "boolean"},
            "name": {"maxLength": 256, "type": "string"},
            "notification": {"$ref": "MonitorNotification"},
            "retentionDays": {"maximum": 365, "minimum": 1, "type": "integer"},
            "schedule": {"$ref": "MonitorSchedule"},
            "targets": {
                "items": {"$ref": "MonitorTarget"},
                "maxItems": 50,
                "minItems": 1,
                "type": "array",
            },
            "webhook": {"$ref": "MonitorWebhook"},
        },
        "py": {"judgeEnabled": "judge_enabled", "retentionDays": "retention_days"},
        "required": ["name", "schedule", "targets"],
        "type": "object",
    },
    "MonitorNotification": {
        "properties": {
            "email": {
                "properties": {
                    "enabled": {"type": "boolean"},
                    "includeDiffs": {"type": "boolean"},
                    "recipients": {
                        "items": {"format": "email", "type": "string"},
                        "maxItems": 25,
                        "type": "array",
                    },
                },
                "py": {"includeDiffs": "include_diffs"},
                "type": "object",
            }
        },
        "type": "object",
    },
    "MonitorSchedule": {
        "properties": {
            "cron": {"type": "string"},
            "text": {"type": "string"},
            "timezone": {"type": "string"},
        },
        "type": "object",
    },
    "MonitorTarget": {
        "oneOf": [
            {
                "properties": {
                    "id": {"format": "uuid", "type": "string"},
                    "scrapeOptions": {"$ref": "ScrapeOptions"},
                    "type": {"enum": ["scrape"], "type": "string"},
                    "urls": {
                        "items": {"format": "uri", "type": "string"},
                        "minItems": 1,
                        "type": "array",
                    },
                },
                "py": {"scrapeOptions": "scrape_options", "type": "type_"},
                "required": ["type", "urls"],
                "type": "object",
            },
            {
                "properties": {
                    "crawlOptions": {"$ref": "MonitorCrawlOptions"},
                    "id": {"format": "uuid", "type": "string"},
                    "scrapeOptions": {"$ref": "ScrapeOptions"},
                    "type": {"enum": ["crawl"], "type": "string"},
                    "url": {"format": "uri", "type": "string"},
                },
                "py": {
                    "crawlOptions": "crawl_options",
                    "scrapeOptions": "scrape_options",
                    "type": "type_",
                },
                "required": ["type", "url"],
                "type": "object",
            },
            {
                "properties": {
                    "excludeDomains": {
                        "items": {"type": "string"},
                        "maxItems": 50,
                        "type": "array",
                    },
                    "id": {"format": "uuid", "type": "string"},
                    "includeDomains": {
                        "items": {"type": "string"},
                        "maxItems": 50,
                        "type": "array",
                    },
                    "maxResults": {"maximum": 50, "minimum": 1, "type": "integer"},
                    "queries": {
                        "items": {"maxLength": 256, "minLength": 1, "type": "string"},
                        "maxItems": 12,
                        "minItems": 1,
                        "type": "array",
                    },
                    "searchWindow": {
                        "enum": ["5m", "15m", "1h", "6h", "24h", "7d"],
                        "type": "string",
                    },
                    "type": {"enum": ["search"], "type": "string"},
                },
                "py": {
                    "excludeDomains": "exclude_domains",
                    "includeDomains": "include_domains",
                    "maxResults": "max_results",
                    "searchWindow": "search_window",
                    "type": "type_",
                },
                "required": ["type", "queries"],
                "type": "object",
            },
        ],
        "tag": "type",
        "tags": [["scrape", 0], ["crawl", 1], ["search", 2]],
        "titles": ["Scrape target", "Crawl target", "Search target"],
    },
    "MonitorUpdateRequest": {
        "properties": {
            "goal": {"maxLength": 2000, "nullable": True, "type": "string"},
            "judgeEnabled": {"type": "boolean"},
            "name": {"maxLength": 256, "type": "string"},
            "notification": {"$ref": "MonitorNotification"},
            "retentionDays": {"maximum": 365, "minimum": 1, "type": "integer"},
            "schedule": {"$ref": "MonitorSchedule"},
            "status": {"enum": ["active", "paused"], "type": "string"},
            "targets": {
                "items": {"$ref": "MonitorTarget"},
                "maxItems": 50,
                "minItems": 1,
                "type": "array",
            },
            "webhook": {"$ref": "MonitorWebhook"},
        },
        "py": {"judgeEnabled": "judge_enabled", "retentionDays": "retention_days"},
        "type": "object",
    },
    "MonitorWebhook": {
        "properties": {
            "events": {
                "items": {
                    "enum": ["monitor.page", "monitor.check.completed"],
                    "type": "string",
                },
                "type": "array",
            },
            "headers": {"additionalProperties": {"type": "string"}, "type": "object"},
            "metadata": {"type": "object"},
            "url": {"format": "uri", "type": "string"},
        },
        "required": ["url"],
        "type": "object",
    },
    "ParseFormats": {
        "items": {
            "oneOf": [
                {
                    "properties": {"type": {"enum": ["markdown"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["summary"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["html"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["rawHtml"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["links"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {"type": {"enum": ["images"], "type": "string"}},
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
                {
                    "properties": {
                        "prompt": {"type": "string"},
                        "schema": {"$ref": "JsonSchemaDocument"},
                        "type": {"enum": ["json"], "type": "string"},
                    },
                    "py": {"type": "type_"},
                    "required": ["type"],
                    "type": "object",
                },
            ],
            "tag": "type",
            "tags": [
                ["markdown", 0],
                ["summary", 1],
                ["html", 2],
                ["rawHtml", 3],
                ["links", 4],
                ["images", 5],
                ["json", 6],
            ],
            "titles": [
                "Parse Markdown",
                "Parse Summary",
                "Parse HTML",
                "Parse Raw HTML",
                "Parse Links",
                "Parse Images",
                "Parse JSON",
            ],
        },
        "type": "array",
    },
    "ParseOptions": {
        "properties": {
            "auditMetadata": {"$ref": "AuditMetadata"},
            "blockAds": {"type": "boolean"},
            "excludeTags": {"items": {"type": "string"}, "type": "array"},
            "formats": {"$ref": "ParseFormats"},
            "headers": {"type": "object"},
            "includeTags": {"items": {"type": "string"}, "type": "array"},
            "integration": {"nullable": True, "type": "string"},
            "onlyMainContent": {"type": "boolean"},
            "origin": {"type": "string"},
            "parsers": {
                "items": {
                    "oneOf": [
                        {
                            "additionalProperties": False,
                            "properties": {
                                "blocks": {"type": "boolean"},
                                "maxPages": {
                                    "maximum": 10000,
                                    "minimum": 1,
                                    "type": "integer",
                                },
                                "mode": {
                                    "enum": ["fast", "auto", "ocr"],
                                    "type": "string",
                                },
                                "pageMarkers": {"type": "boolean"},
                                "pages": {"type": "boolean"},
                                "type": {"enum": ["pdf"], "type": "string"},
                            },
                            "py": {
                                "maxPages": "max_pages",
                                "pageMarkers": "page_markers",
                                "type": "type_",
                            },
                            "required": ["type"],
                            "type": "object",
                        }
                    ],
                    "tag": "type",
                    "tags": [["pdf", 0]],
                    "titles": [""],
                },
                "type": "array",
            },
            "proxy": {"enum": ["basic", "auto"], "type": "string"},
            "redactPII": {
                "oneOf": [{"type": "boolean"}, {"$ref": "RedactPIIOptions"}],
                "titles": ["", ""],
            },
            "removeBase64Images": {"type": "boolean"},
            "skipTlsVerification": {"type": "boolean"},
            "timeout": {"maximum": 300000, "type": "integer"},
            "zeroDataRetention": {"type": "boolean"},
        },
        "py": {
            "auditMetadata": "audit_metadata",
            "blockAds": "block_ads",
            "excludeTags": "exclude_tags",
            "includeTags": "include_tags",
            "onlyMainContent": "only_main_content",
            "redactPII": "redact_pii",
            "removeBase64Images": "remove_base_64_images",
            "skipTlsVerification": "skip_tls_verification",
            "zeroDataRetention": "zero_data_retention",
        },
        "type": "object",
    },
    "RedactPIIEntity": {
        "enum": ["PERSON", "EMAIL", "PHONE", "LOCATION", "FINANCIAL", "SECRET"],
        "type": "string",
    },
    "RedactPIIOptions": {
        "additionalProperties": False,
        "properties": {
            "entities": {"items": {"$ref": "RedactPIIEntity"}, "type": "array"},
            "mode": {"enum": ["accurate", "aggressive", "fast"], "type": "string"},
            "replaceStyle": {"enum": ["tag", "mask", "remove"], "type": "string"},
        },
        "py": {"replaceStyle": "replace_style"},
        "type": "object",
    },
    "ScrapeOptions": {
        "properties": {
            "actions": {
                "items": {
                    "oneOf": [
                        {
                            "oneOf": [
                                {
                                    "additionalProperties": False,
                                    "properties": {
                                        "milliseconds": {
                                            "minimum": 1,
                                            "type": "integer",
                                        },
                                        "type": {"enum": ["wait"], "type": "string"},
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type", "milliseconds"],
                                    "type": "object",
                                },
                                {
                                    "additionalProperties": False,
                                    "properties": {
                                        "selector": {"type": "string"},
                                        "type": {"enum": ["wait"], "type": "string"},
                                    },
                                    "py": {"type": "type_"},
                                    "required": ["type", "selector"],
                                    "type": "object",
                                },
                            ],
                            "titles": ["Wait by Duration", "Wait for Element"],
                        },
                        {
                            "properties": {
                                "fullPage": {"type": "boolean"},
                                "quality": {"type": "integer"},
                                "type": {"enum": ["screenshot"], "type": "string"},
                                "viewport": {
                                    "properties": {
                                        "height": {"type": "integer"},
                                        "width": {"type": "integer"},
                                    },
                                    "required": ["width", "height"],
                                    "type": "object",
                                },
                            },
                            "py": {"fullPage": "full_page", "type": "type_"},
                            "required": ["type"],
                            "type": "object",
                        },
                        {
                            "properties": {
                                "all": {"type": "boolean"},
                                "selector": {"type": "string"},
                                "type": {"enum": ["click"], "type": "string"},
                            },
                            "py": {"all": "all_", "type": "type_"},
                            "required": ["type", "selector"],
                            "type": "object",
                        },
                        {
                            "properties": {
                                "text": {"type": "string"},
                                "type": {"enum": ["write"], "type": "string"},
                            },
                            "py": {"type": "type_"},
                            "required": ["type", "text"],
                            "type": "object",
                        },
                        {
                            "properties": {
                                "key": {"type": "string"},
                                "type": {"enum": ["press"], "type": "string"},
                            },
                            "py": {"type": "type_"},
                            "required": ["type", "key"],
                            "type": "object",
                        },
                        {
                            "properties": {
                                "direction": {"enum": ["up", "down"], "type": "string"},
                                "selector": {"type": "string"},
                                "type": {"enum": ["scroll"], "type": "string"},
                            },
                            "py": {"type": "type_"},
                            "required": ["type"],
                            "type": "object",
                        },
                        {
                            "properties": {
                                "type": {"enum": ["scrape"], "type": "string"}
                            },
                            "py": {"type": "type_"},
                            "required": ["type"],
                            "type": "object",
                        },
                        {
                            "properties": {
                                "script": {"type": "string"},
                                "type": {
                                    "enum": ["executeJavascript"],
                                    "type": "string",
                                },
                            },
                            "py": {"type": "type_"},
                            "required": ["type", "script"],
                            "type": "object",
                        },
                        {
                            "properties": {
                                "format": {
                                    "enum": [
                                        "A0",
                                        "A1",
                                        "A2",
                                        "A3",
                                        "A4",
                                        "A5",
                                        "A6",
                                        "Letter",
                                        "Legal",
                                        "Tabloid",
                                        "Ledger",
                                    ],
                                    "type": "string",
                                },
                                "landscape": {"type": "boolean"},
                                "scale": {"type": "number"},
                                "type": {"enum": ["pdf"], "type": "string"},
                            },
                            "py": {"format": "format_", "type": "type_"},
                            "required": ["type"],
                            "type": "object",
                        },
                    ],
                    "tag": "type",
                    "tags": [
                        ["wait", 0],
                        ["screenshot", 1],
                        ["click", 2],
                        ["write", 3],
                        ["press", 4],
                        ["scroll", 5],
                        ["scrape", 6],
                        ["executeJavascript", 7],
                        ["pdf", 8],
                    ],
                    "titles": [
                        "Wait",
                        "Screenshot Action",
                        "Click",
                        "Write text",
                        "Press a key",
                        "Scroll",
                        "Scrape",
                        "Execute JavaScript",
                        "Generate PDF",
                    ],
                },
                "type": "array",
            },
            "auditMetadata": {"$ref": "AuditMetadata"},
            "blockAds": {"type": "boolean"},
            "excludeTags": {"items": {"type": "string"}, "type": "array"},
            "formats": {"$ref": "Formats"},
            "headers": {"type": "object"},
            "includeTags": {"items": {"type": "string"}, "type": "array"},
            "location": {
                "properties": {
                    "country": {"pattern": "^[A-Z]{2}$", "type": "string"},
                    "languages": {"items": {"type": "string"}, "type": "array"},
                },
                "type": "object",
            },
            "lockdown": {"type": "boolean"},
            "maxAge": {"type": "integer"},
            "minAge": {"type": "integer"},
            "mobile": {"type": "boolean"},
            "onlyCleanContent": {"type": "boolean"},
            "onlyMainContent": {"type": "boolean"},
            "parsers": {
                "items": {
                    "oneOf": [
                        {
                            "additionalProperties": False,
                            "properties": {
                                "blocks": {"type": "boolean"},
                                "maxPages": {
                                    "maximum": 10000,
                                    "minimum": 1,
                                    "type": "integer",
                                },
                                "mode": {
                                    "enum": ["fast", "auto", "ocr"],
                                    "type": "string",
                                },
                                "pageMarkers": {"type": "boolean"},
                                "pages": {"type": "boolean"},
                                "type": {"enum": ["pdf"], "type": "string"},
                            },
                            "py": {
                                "maxPages": "max_pages",
                                "pageMarkers": "page_markers",
                                "type": "type_",
                            },
                            "required": ["type"],
                            "type": "object",
                        },
                        {"enum": ["pdf"], "type": "string"},
                    ],
                    "scalars": [1],
                    "tag": "type",
                    "tags": [["pdf", 0]],
                    "titles": ["", "Parser Name"],
                },
                "type": "array",
            },
            "profile": {
                "properties": {
                    "name": {"maxLength": 128, "minLength": 1, "type": "string"},
                    "saveChanges": {"type": "boolean"},
                },
                "py": {"saveChanges": "save_changes"},
                "required": ["name"],
                "type": "object",
            },
            "proxy": {"enum": ["basic", "enhanced", "auto"], "type": "string"},
            "redactPII": {
                "oneOf": [{"type": "boolean"}, {"$ref": "RedactPIIOptions"}],
                "titles": ["", ""],
            },
            "removeBase64Images": {"type": "boolean"},
            "skipTlsVerification": {"type": "boolean"},
            "storeInCache": {"type": "boolean"},
            "threatProtection": {"$ref": "ThreatProtectionOverride"},
            "timeout": {"maximum": 300000, "minimum": 1000, "type": "integer"},
            "waitFor": {"type": "integer"},
        },
        "py": {
            "auditMetadata": "audit_metadata",
            "blockAds": "block_ads",
            "excludeTags": "exclude_tags",
            "includeTags": "include_tags",
            "maxAge": "max_age",
            "minAge": "min_age",
            "onlyCleanContent": "only_clean_content",
            "onlyMainContent": "only_main_content",
            "redactPII": "redact_pii",
            "removeBase64Images": "remove_base_64_images",
            "skipTlsVerification": "skip_tls_verification",
            "storeInCache": "store_in_cache",
            "threatProtection": "threat_protection",
            "waitFor": "wait_for",
        },
        "type": "object",
    },
    "ScreenshotViewport": {
        "properties": {"height": {"type": "integer"}, "width": {"type": "integer"}},
        "required": ["width", "height"],
        "type": "object",
    },
    "SearchFeedbackRequest": {
        "properties": {
            "integration": {"nullable": True, "type": "string"},
            "missingContent": {
                "items": {
                    "properties": {
                        "description": {"maxLength": 2000, "type": "string"},
                        "topic": {"maxLength": 200, "minLength": 1, "type": "string"},
                    },
                    "required": ["topic"],
                    "type": "object",
                },
                "maxItems": 20,
                "type": "array",
            },
            "origin": {"type": "string"},
            "querySuggestions": {"maxLength": 2000, "type": "string"},
            "rating": {"enum": ["good", "partial", "bad"], "type": "string"},
            "valuableSources": {
                "items": {
                    "properties": {
                        "reason": {"maxLength": 1000, "type": "string"},
                        "url": {"format": "uri", "type": "string"},
                    },
                    "required": ["url"],
                    "type": "object",
                },
                "maxItems": 50,
                "type": "array",
            },
        },
        "py": {
            "missingContent": "missing_content",
            "querySuggestions": "query_suggestions",
            "valuableSources": "valuable_sources",
        },
        "required": ["rating"],
        "type": "object",
    },
    "SupportAskRequest": {
        "properties": {"question": {"type": "string"}, "rationale": {"type": "string"}},
        "required": ["question"],
        "type": "object",
    },
    "SupportDocsSearchRequest": {
        "properties": {"question": {"type": "string"}},
        "required": ["question"],
        "type": "object",
    },
    "ThreatProtectionOverride": {
        "properties": {
            "blacklist": {
                "items": {"type": "string"},
                "maxItems": 1000,
                "type": "array",
            },
            "blockedTlds": {
                "items": {"type": "string"},
                "maxItems": 1000,
                "type": "array",
            },
            "failurePolicy": {"enum": ["open", "closed"], "type": "string"},
            "mode": {"enum": ["off", "normal"], "type": "string"},
            "riskScoreThreshold": {"maximum": 100, "minimum": 0, "type": "integer"},
            "whitelist": {
                "items": {"type": "string"},
                "maxItems": 1000,
                "type": "array",
            },
        },
        "py": {
            "blockedTlds": "blocked_tlds",
            "failurePolicy": "failure_policy",
            "riskScoreThreshold": "risk_score_threshold",
        },
        "type": "object",
    },
}
