"""Input constraints of every operation, from the OpenAPI spec (tools/constraints.py).

OPERATIONS[operationId] = {method, path, params: {python_name: rule}}; a rule keeps the
spec's own keywords (type, minimum, maximum, minLength, maxLength, enum, format, ...)."""

from typing import Any

OPERATIONS: dict[str, dict[str, Any]] = {
    "askSupportAgent": {
        "method": "POST",
        "params": {
            "question": {
                "in": "body",
                "name": "question",
                "required": True,
                "type": "string",
            },
            "rationale": {"in": "body", "name": "rationale", "type": "string"},
        },
        "path": "/support/ask",
    },
    "cancelAgent": {
        "method": "DELETE",
        "params": {
            "job_id": {
                "format": "uuid",
                "in": "path",
                "name": "jobId",
                "required": True,
                "type": "string",
            }
        },
        "path": "/agent/{jobId}",
    },
    "cancelBatchScrape": {
        "method": "DELETE",
        "params": {
            "id": {
                "format": "uuid",
                "in": "path",
                "name": "id",
                "required": True,
                "type": "string",
            }
        },
        "path": "/batch/scrape/{id}",
    },
    "cancelCrawl": {
        "method": "DELETE",
        "params": {
            "id": {
                "format": "uuid",
                "in": "path",
                "name": "id",
                "required": True,
                "type": "string",
            }
        },
        "path": "/crawl/{id}",
    },
    "crawlParamsPreview": {
        "method": "POST",
        "params": {
            "prompt": {
                "in": "body",
                "maxLength": 10000,
                "name": "prompt",
                "required": True,
                "type": "string",
            },
            "url": {
                "format": "uri",
                "in": "body",
                "name": "url",
                "required": True,
                "type": "string",
            },
        },
        "path": "/crawl/params-preview",
    },
    "crawlUrls": {
        "method": "POST",
        "params": {
            "allow_external_links": {
                "in": "body",
                "name": "allowExternalLinks",
                "type": "boolean",
            },
            "allow_subdomains": {
                "in": "body",
                "name": "allowSubdomains",
                "type": "boolean",
            },
            "crawl_entire_domain": {
                "in": "body",
                "name": "crawlEntireDomain",
                "type": "boolean",
            },
            "delay": {"in": "body", "name": "delay", "type": "number"},
            "exclude_paths": {"in": "body", "name": "excludePaths", "type": "array"},
            "ignore_query_parameters": {
                "in": "body",
                "name": "ignoreQueryParameters",
                "type": "boolean",
            },
            "ignore_robots_txt": {
                "in": "body",
                "name": "ignoreRobotsTxt",
                "type": "boolean",
            },
            "include_paths": {"in": "body", "name": "includePaths", "type": "array"},
            "limit": {"in": "body", "name": "limit", "type": "integer"},
            "max_concurrency": {
                "in": "body",
                "name": "maxConcurrency",
                "type": "integer",
            },
            "max_discovery_depth": {
                "in": "body",
                "name": "maxDiscoveryDepth",
                "type": "integer",
            },
            "prompt": {"in": "body", "name": "prompt", "type": "string"},
            "regex_on_full_url": {
                "in": "body",
                "name": "regexOnFullURL",
                "type": "boolean",
            },
            "robots_user_agent": {
                "in": "body",
                "name": "robotsUserAgent",
                "type": "string",
            },
            "scrape_options": {
                "in": "body",
                "name": "scrapeOptions",
                "properties": {
                    "actions": {"name": "actions", "type": "array"},
                    "audit_metadata": {
                        "name": "auditMetadata",
                        "properties": {
                            "username": {
                                "maxLength": 1024,
                                "name": "username",
                                "required": True,
                                "type": "string",
                            }
                        },
                        "type": "object",
                    },
                    "block_ads": {"name": "blockAds", "type": "boolean"},
                    "exclude_tags": {"name": "excludeTags", "type": "array"},
                    "formats": {"name": "formats", "type": "array"},
                    "headers": {"name": "headers", "type": "object"},
                    "include_tags": {"name": "includeTags", "type": "array"},
                    "location": {
                        "name": "location",
                        "properties": {
                            "country": {"name": "country", "type": "string"},
                            "languages": {"name": "languages", "type": "array"},
                        },
                        "type": "object",
                    },
                    "lockdown": {"name": "lockdown", "type": "boolean"},
                    "max_age": {"name": "maxAge", "type": "integer"},
                    "min_age": {"name": "minAge", "type": "integer"},
                    "mobile": {"name": "mobile", "type": "boolean"},
                    "only_clean_content": {
                        "name": "onlyCleanContent",
                        "type": "boolean",
                    },
                    "only_main_content": {"name": "onlyMainContent", "type": "boolean"},
                    "parsers": {"name": "parsers", "type": "array"},
                    "profile": {
                        "name": "profile",
                        "properties": {
                            "name": {
                                "maxLength": 128,
                                "minLength": 1,
                                "name": "name",
                                "required": True,
                                "type": "string",
                            },
                            "save_changes": {"name": "saveChanges", "type": "boolean"},
                        },
                        "type": "object",
                    },
                    "proxy": {
                        "enum": ["basic", "enhanced", "auto"],
                        "name": "proxy",
                        "type": "string",
                    },
                    "redact_pii": {"name": "redactPII"},
                    "remove_base_64_images": {
                        "name": "removeBase64Images",
                        "type": "boolean",
                    },
                    "skip_tls_verification": {
                        "name": "skipTlsVerification",
                        "type": "boolean",
                    },
                    "store_in_cache": {"name": "storeInCache", "type": "boolean"},
                    "threat_protection": {
                        "name": "threatProtection",
                        "properties": {
                            "blacklist": {"name": "blacklist", "type": "array"},
                            "blocked_tlds": {"name": "blockedTlds", "type": "array"},
                            "failure_policy": {
                                "enum": ["open", "closed"],
                                "name": "failurePolicy",
                                "type": "string",
                            },
                            "mode": {
                                "enum": ["off", "normal"],
                                "name": "mode",
                                "type": "string",
                            },
                            "risk_score_threshold": {
                                "maximum": 100,
                                "minimum": 0,
                                "name": "riskScoreThreshold",
                                "type": "integer",
                            },
                            "whitelist": {"name": "whitelist", "type": "array"},
                        },
                        "type": "object",
                    },
                    "timeout": {
                        "maximum": 300000,
                        "minimum": 1000,
                        "name": "timeout",
                        "type": "integer",
                    },
                    "wait_for": {"name": "waitFor", "type": "integer"},
                },
                "type": "object",
            },
            "sitemap": {
                "enum": ["skip", "include", "only"],
                "in": "body",
                "name": "sitemap",
                "type": "string",
            },
            "url": {
                "format": "uri",
                "in": "body",
                "name": "url",
                "required": True,
                "type": "string",
            },
            "webhook": {
                "in": "body",
                "name": "webhook",
                "properties": {
                    "events": {"name": "events", "type": "array"},
                    "headers": {"name": "headers", "type": "object"},
                    "metadata": {"name": "metadata", "type": "object"},
                    "url": {"name": "url", "required": True, "type": "string"},
                },
                "type": "object",
            },
            "zero_data_retention": {
                "in": "body",
                "name": "zeroDataRetention",
                "type": "boolean",
            },
        },
        "path": "/crawl",
    },
    "createBrowserSession": {
        "method": "POST",
        "params": {
            "activity_ttl": {
                "in": "body",
                "maximum": 3600,
                "minimum": 10,
                "name": "activityTtl",
                "type": "integer",
            },
            "profile": {
                "in": "body",
                "name": "profile",
                "properties": {
                    "name": {
                        "maxLength": 128,
                        "minLength": 1,
                        "name": "name",
                        "required": True,
                        "type": "string",
                    },
                    "save_changes": {"name": "saveChanges", "type": "boolean"},
                },
                "type": "object",
            },
            "stream_web_view": {
                "in": "body",
                "name": "streamWebView",
                "type": "boolean",
            },
            "ttl": {
                "in": "body",
                "maximum": 3600,
                "minimum": 30,
                "name": "ttl",
                "type": "integer",
            },
        },
        "path": "/interact",
    },
    "createMonitor": {
        "method": "POST",
        "params": {
            "goal": {
                "in": "body",
                "maxLength": 2000,
                "name": "goal",
                "nullable": True,
                "type": "string",
            },
            "judge_enabled": {"in": "body", "name": "judgeEnabled", "type": "boolean"},
            "name": {
                "in": "body",
                "maxLength": 256,
                "name": "name",
                "required": True,
                "type": "string",
            },
            "notification": {
                "in": "body",
                "name": "notification",
                "properties": {
                    "email": {
                        "name": "email",
                        "properties": {
                            "enabled": {"name": "enabled", "type": "boolean"},
                            "include_diffs": {
                                "name": "includeDiffs",
                                "type": "boolean",
                            },
                            "recipients": {"name": "recipients", "type": "array"},
                        },
                        "type": "object",
                    }
                },
                "type": "object",
            },
            "retention_days": {
                "in": "body",
                "maximum": 365,
                "minimum": 1,
                "name": "retentionDays",
                "type": "integer",
            },
            "schedule": {
                "in": "body",
                "name": "schedule",
                "properties": {
                    "cron": {"name": "cron", "type": "string"},
                    "text": {"name": "text", "type": "string"},
                    "timezone": {"name": "timezone", "type": "string"},
                },
                "required": True,
                "type": "object",
            },
            "targets": {
                "in": "body",
                "name": "targets",
                "required": True,
                "type": "array",
            },
            "webhook": {
                "in": "body",
                "name": "webhook",
                "properties": {
                    "events": {"name": "events", "type": "array"},
                    "headers": {"name": "headers", "type": "object"},
                    "metadata": {"name": "metadata", "type": "object"},
                    "url": {
                        "format": "uri",
                        "name": "url",
                        "required": True,
                        "type": "string",
                    },
                },
                "type": "object",
            },
        },
        "path": "/monitor",
    },
    "deleteBrowserSession": {
        "method": "DELETE",
        "params": {
            "session_id": {
                "in": "path",
                "name": "sessionId",
                "required": True,
                "type": "string",
            }
        },
        "path": "/interact/{sessionId}",
    },
    "deleteMonitor": {
        "method": "DELETE",
        "params": {
            "monitor_id": {
                "format": "uuid",
                "in": "path",
                "name": "monitorId",
                "required": True,
                "type": "string",
            }
        },
        "path": "/monitor/{monitorId}",
    },
    "developerSearch": {
        "method": "GET",
        "params": {
            "archived": {"in": "query", "name": "archived", "type": "boolean"},
            "fork": {"in": "query", "name": "fork", "type": "boolean"},
            "k": {
                "in": "query",
                "maximum": 100,
                "minimum": 1,
                "name": "k",
                "type": "integer",
            },
            "language": {"in": "query", "name": "language", "type": "string"},
            "license_": {"in": "query", "name": "license", "type": "string"},
            "max_stars": {
                "in": "query",
                "minimum": 0,
                "name": "max_stars",
                "type": "integer",
            },
            "min_stars": {
                "in": "query",
                "minimum": 0,
                "name": "min_stars",
                "type": "integer",
            },
            "passages": {
                "in": "query",
                "maximum": 5,
                "minimum": 1,
                "name": "passages",
                "type": "integer",
            },
            "query": {
                "in": "query",
                "minLength": 1,
                "name": "query",
                "required": True,
                "type": "string",
            },
            "repos": {"in": "query", "name": "repos", "type": "array"},
            "skills": {
                "enum": ["only"],
                "in": "query",
                "name": "skills",
                "type": "string",
            },
            "sources": {"in": "query", "name": "sources", "type": "array"},
            "topic": {"in": "query", "name": "topic", "type": "string"},
            "types": {"in": "query", "name": "types", "type": "array"},
        },
        "path": "/search/developer",
    },
    "developerSearchPost": {
        "method": "POST",
        "params": {
            "archived": {"in": "body", "name": "archived", "type": "boolean"},
            "fork": {"in": "body", "name": "fork", "type": "boolean"},
            "k": {
                "in": "body",
                "maximum": 100,
                "minimum": 1,
                "name": "k",
                "type": "integer",
            },
            "language": {"in": "body", "name": "language", "type": "string"},
            "license_": {"in": "body", "name": "license", "type": "string"},
            "max_stars": {
                "in": "body",
                "minimum": 0,
                "name": "max_stars",
                "type": "integer",
            },
            "min_stars": {
                "in": "body",
                "minimum": 0,
                "name": "min_stars",
                "type": "integer",
            },
            "passages": {
                "in": "body",
                "maximum": 5,
                "minimum": 1,
                "name": "passages",
                "type": "integer",
            },
            "query": {
                "in": "body",
                "minLength": 1,
                "name": "query",
                "required": True,
                "type": "string",
            },
            "repos": {"in": "body", "name": "repos", "type": "array"},
            "skills": {
                "enum": ["only"],
                "in": "body",
                "name": "skills",
                "type": "string",
            },
            "sources": {"in": "body", "name": "sources", "type": "array"},
            "topic": {"in": "body", "name": "topic", "type": "string"},
            "types": {"in": "body", "name": "types", "type": "array"},
        },
        "path": "/search/developer",
    },
    "executeBrowserCode": {
        "method": "POST",
        "params": {
            "code": {
                "in": "body",
                "maxLength": 100000,
                "minLength": 1,
                "name": "code",
                "required": True,
                "type": "string",
            },
            "language": {
                "enum": ["python", "node", "bash"],
                "in": "body",
                "name": "language",
                "type": "string",
            },
            "session_id": {
                "in": "path",
                "name": "sessionId",
                "required": True,
                "type": "string",
            },
            "timeout": {
                "in": "body",
                "maximum": 300,
                "minimum": 1,
                "name": "timeout",
                "type": "integer",
            },
        },
        "path": "/interact/{sessionId}/execute",
    },
    "extractData": {
        "method": "POST",
        "params": {
            "enable_web_search": {
                "in": "body",
                "name": "enableWebSearch",
                "type": "boolean",
            },
            "ignore_invalid_ur_ls": {
                "in": "body",
                "name": "ignoreInvalidURLs",
                "type": "boolean",
            },
            "ignore_sitemap": {
                "in": "body",
                "name": "ignoreSitemap",
                "type": "boolean",
            },
            "include_subdomains": {
                "in": "body",
                "name": "includeSubdomains",
                "type": "boolean",
            },
            "prompt": {"in": "body", "name": "prompt", "type": "string"},
            "schema": {"in": "body", "name": "schema", "type": "object"},
            "scrape_options": {
                "in": "body",
                "name": "scrapeOptions",
                "properties": {
                    "actions": {"name": "actions", "type": "array"},
                    "audit_metadata": {
                        "name": "auditMetadata",
                        "properties": {
                            "username": {
                                "maxLength": 1024,
                                "name": "username",
                                "required": True,
                                "type": "string",
                            }
                        },
                        "type": "object",
                    },
                    "block_ads": {"name": "blockAds", "type": "boolean"},
                    "exclude_tags": {"name": "excludeTags", "type": "array"},
                    "formats": {"name": "formats", "type": "array"},
                    "headers": {"name": "headers", "type": "object"},
                    "include_tags": {"name": "includeTags", "type": "array"},
                    "location": {
                        "name": "location",
                        "properties": {
                            "country": {"name": "country", "type": "string"},
                            "languages": {"name": "languages", "type": "array"},
                        },
                        "type": "object",
                    },
                    "lockdown": {"name": "lockdown", "type": "boolean"},
                    "max_age": {"name": "maxAge", "type": "integer"},
                    "min_age": {"name": "minAge", "type": "integer"},
                    "mobile": {"name": "mobile", "type": "boolean"},
                    "only_clean_content": {
                        "name": "onlyCleanContent",
                        "type": "boolean",
                    },
                    "only_main_content": {"name": "onlyMainContent", "type": "boolean"},
                    "parsers": {"name": "parsers", "type": "array"},
                    "profile": {
                        "name": "profile",
                        "properties": {
                            "name": {
                                "maxLength": 128,
                                "minLength": 1,
                                "name": "name",
                                "required": True,
                                "type": "string",
                            },
                            "save_changes": {"name": "saveChanges", "type": "boolean"},
                        },
                        "type": "object",
                    },
                    "proxy": {
                        "enum": ["basic", "enhanced", "auto"],
                        "name": "proxy",
                        "type": "string",
                    },
                    "redact_pii": {"name": "redactPII"},
                    "remove_base_64_images": {
                        "name": "removeBase64Images",
                        "type": "boolean",
                    },
                    "skip_tls_verification": {
                        "name": "skipTlsVerification",
                        "type": "boolean",
                    },
                    "store_in_cache": {"name": "storeInCache", "type": "boolean"},
                    "threat_protection": {
                        "name": "threatProtection",
                        "properties": {
                            "blacklist": {"name": "blacklist", "type": "array"},
                            "blocked_tlds": {"name": "blockedTlds", "type": "array"},
                            "failure_policy": {
                                "enum": ["open", "closed"],
                                "name": "failurePolicy",
                                "type": "string",
                            },
                            "mode": {
                                "enum": ["off", "normal"],
                                "name": "mode",
                                "type": "string",
                            },
                            "risk_score_threshold": {
                                "maximum": 100,
                                "minimum": 0,
                                "name": "riskScoreThreshold",
                                "type": "integer",
                            },
                            "whitelist": {"name": "whitelist", "type": "array"},
                        },
                        "type": "object",
                    },
                    "timeout": {
                        "maximum": 300000,
                        "minimum": 1000,
                        "name": "timeout",
                        "type": "integer",
                    },
                    "wait_for": {"name": "waitFor", "type": "integer"},
                },
                "type": "object",
            },
            "show_sources": {"in": "body", "name": "showSources", "type": "boolean"},
            "threat_protection": {
                "in": "body",
                "name": "threatProtection",
                "properties": {
                    "blacklist": {"name": "blacklist", "type": "array"},
                    "blocked_tlds": {"name": "blockedTlds", "type": "array"},
                    "failure_policy": {
                        "enum": ["open", "closed"],
                        "name": "failurePolicy",
                        "type": "string",
                    },
                    "mode": {
                        "enum": ["off", "normal"],
                        "name": "mode",
                        "type": "string",
                    },
                    "risk_score_threshold": {
                        "maximum": 100,
                        "minimum": 0,
                        "name": "riskScoreThreshold",
                        "type": "integer",
                    },
                    "whitelist": {"name": "whitelist", "type": "array"},
                },
                "type": "object",
            },
            "urls": {"in": "body", "name": "urls", "required": True, "type": "array"},
        },
        "path": "/extract",
    },
    "getActiveCrawls": {"method": "GET", "params": {}, "path": "/crawl/active"},
    "getActivity": {
        "method": "GET",
        "params": {
            "cursor": {"in": "query", "name": "cursor", "type": "string"},
            "endpoint": {
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
                "in": "query",
                "name": "endpoint",
                "type": "string",
            },
            "limit": {
                "in": "query",
                "maximum": 100,
                "minimum": 1,
                "name": "limit",
                "type": "integer",
            },
        },
        "path": "/team/activity",
    },
    "getAgentStatus": {
        "method": "GET",
        "params": {
            "job_id": {
                "format": "uuid",
                "in": "path",
                "name": "jobId",
                "required": True,
                "type": "string",
            }
        },
        "path": "/agent/{jobId}",
    },
    "getBatchScrapeErrors": {
        "method": "GET",
        "params": {
            "id": {
                "format": "uuid",
                "in": "path",
                "name": "id",
                "required": True,
                "type": "string",
            }
        },
        "path": "/batch/scrape/{id}/errors",
    },
    "getBatchScrapeStatus": {
        "method": "GET",
        "params": {
            "id": {
                "format": "uuid",
                "in": "path",
                "name": "id",
                "required": True,
                "type": "string",
            }
        },
        "path": "/batch/scrape/{id}",
    },
    "getCrawlErrors": {
        "method": "GET",
        "params": {
            "id": {
                "format": "uuid",
                "in": "path",
                "name": "id",
                "required": True,
                "type": "string",
            }
        },
        "path": "/crawl/{id}/errors",
    },
    "getCrawlStatus": {
        "method": "GET",
        "params": {
            "id": {
                "format": "uuid",
                "in": "path",
                "name": "id",
                "required": True,
                "type": "string",
            }
        },
        "path": "/crawl/{id}",
    },
    "getCreditUsage": {"method": "GET", "params": {}, "path": "/team/credit-usage"},
    "getExtractStatus": {
        "method": "GET",
        "params": {
            "id": {
                "format": "uuid",
                "in": "path",
                "name": "id",
                "required": True,
                "type": "string",
            }
        },
        "path": "/extract/{id}",
    },
    "getHistoricalCreditUsage": {
        "method": "GET",
        "params": {
            "by_api_key": {"in": "query", "name": "byApiKey", "type": "boolean"}
        },
        "path": "/team/credit-usage/historical",
    },
    "getHistoricalTokenUsage": {
        "method": "GET",
        "params": {
            "by_api_key": {"in": "query", "name": "byApiKey", "type": "boolean"}
        },
        "path": "/team/token-usage/historical",
    },
    "getMonitor": {
        "method": "GET",
        "params": {
            "monitor_id": {
                "format": "uuid",
                "in": "path",
                "name": "monitorId",
                "required": True,
                "type": "string",
            }
        },
        "path": "/monitor/{monitorId}",
    },
    "getMonitorCheck": {
        "method": "GET",
        "params": {
            "check_id": {
                "format": "uuid",
                "in": "path",
                "name": "checkId",
                "required": True,
                "type": "string",
            },
            "limit": {
                "in": "query",
                "maximum": 100,
                "minimum": 1,
                "name": "limit",
                "type": "integer",
            },
            "monitor_id": {
                "format": "uuid",
                "in": "path",
                "name": "monitorId",
                "required": True,
                "type": "string",
            },
            "skip": {"in": "query", "minimum": 0, "name": "skip", "type": "integer"},
            "status": {
                "enum": ["same", "new", "changed", "removed", "error"],
                "in": "query",
                "name": "status",
                "type": "string",
            },
        },
        "path": "/monitor/{monitorId}/checks/{checkId}",
    },
    "getQueueStatus": {"method": "GET", "params": {}, "path": "/team/queue-status"},
    "getScrapeStatus": {
        "method": "GET",
        "params": {
            "job_id": {
                "format": "uuid",
                "in": "path",
                "name": "jobId",
                "required": True,
                "type": "string",
            }
        },
        "path": "/scrape/{jobId}",
    },
    "getThreatProtection": {
        "method": "GET",
        "params": {},
        "path": "/team/threat-protection",
    },
    "getTokenUsage": {"method": "GET", "params": {}, "path": "/team/token-usage"},
    "interactWithScrapeBrowserSession": {
        "method": "POST",
        "params": {
            "code": {
                "in": "body",
                "maxLength": 100000,
                "minLength": 1,
                "name": "code",
                "type": "string",
            },
            "job_id": {
                "format": "uuid",
                "in": "path",
                "name": "jobId",
                "required": True,
                "type": "string",
            },
            "language": {
                "enum": ["python", "node", "bash"],
                "in": "body",
                "name": "language",
                "type": "string",
            },
            "origin": {"in": "body", "name": "origin", "type": "string"},
            "prompt": {
                "in": "body",
                "maxLength": 10000,
                "minLength": 1,
                "name": "prompt",
                "type": "string",
            },
            "timeout": {
                "in": "body",
                "maximum": 300,
                "minimum": 1,
                "name": "timeout",
                "type": "integer",
            },
        },
        "path": "/scrape/{jobId}/interact",
    },
    "listBrowserSessions": {
        "method": "GET",
        "params": {
            "status": {
                "enum": ["active", "destroyed"],
                "in": "query",
                "name": "status",
                "type": "string",
            }
        },
        "path": "/interact",
    },
    "listMonitorChecks": {
        "method": "GET",
        "params": {
            "limit": {
                "in": "query",
                "maximum": 100,
                "minimum": 1,
                "name": "limit",
                "type": "integer",
            },
            "monitor_id": {
                "format": "uuid",
                "in": "path",
                "name": "monitorId",
                "required": True,
                "type": "string",
            },
            "offset": {
                "in": "query",
                "minimum": 0,
                "name": "offset",
                "type": "integer",
            },
            "status": {
                "enum": [
                    "queued",
                    "running",
                    "completed",
                    "failed",
                    "partial",
                    "skipped_overlap",
                ],
                "in": "query",
                "name": "status",
                "type": "string",
            },
        },
        "path": "/monitor/{monitorId}/checks",
    },
    "listMonitors": {
        "method": "GET",
        "params": {
            "limit": {
                "in": "query",
                "maximum": 100,
                "minimum": 1,
                "name": "limit",
                "type": "integer",
            },
            "offset": {
                "in": "query",
                "minimum": 0,
                "name": "offset",
                "type": "integer",
            },
        },
        "path": "/monitor",
    },
    "mapUrls": {
        "method": "POST",
        "params": {
            "audit_metadata": {
                "in": "body",
                "name": "auditMetadata",
                "properties": {
                    "username": {
                        "maxLength": 1024,
                        "name": "username",
                        "required": True,
                        "type": "string",
                    }
                },
                "type": "object",
            },
            "ignore_cache": {"in": "body", "name": "ignoreCache", "type": "boolean"},
            "ignore_query_parameters": {
                "in": "body",
                "name": "ignoreQueryParameters",
                "type": "boolean",
            },
            "include_subdomains": {
                "in": "body",
                "name": "includeSubdomains",
                "type": "boolean",
            },
            "limit": {
                "in": "body",
                "maximum": 100000,
                "name": "limit",
                "type": "integer",
            },
            "location": {
                "in": "body",
                "name": "location",
                "properties": {
                    "country": {"name": "country", "type": "string"},
                    "languages": {"name": "languages", "type": "array"},
                },
                "type": "object",
            },
            "search": {"in": "body", "name": "search", "type": "string"},
            "sitemap": {
                "enum": ["skip", "include", "only"],
                "in": "body",
                "name": "sitemap",
                "type": "string",
            },
            "threat_protection": {
                "in": "body",
                "name": "threatProtection",
                "properties": {
                    "blacklist": {"name": "blacklist", "type": "array"},
                    "blocked_tlds": {"name": "blockedTlds", "type": "array"},
                    "failure_policy": {
                        "enum": ["open", "closed"],
                        "name": "failurePolicy",
                        "type": "string",
                    },
                    "mode": {
                        "enum": ["off", "normal"],
                        "name": "mode",
                        "type": "string",
                    },
                    "risk_score_threshold": {
                        "maximum": 100,
                        "minimum": 0,
                        "name": "riskScoreThreshold",
                        "type": "integer",
                    },
                    "whitelist": {"name": "whitelist", "type": "array"},
                },
                "type": "object",
            },
            "timeout": {"in": "body", "name": "timeout", "type": "integer"},
            "url": {
                "format": "uri",
                "in": "body",
                "name": "url",
                "required": True,
                "type": "string",
            },
        },
        "path": "/map",
    },
    "parseFile": {"method": "POST", "params": {}, "path": "/parse"},
    "researchGetPaper": {
        "method": "GET",
        "params": {
            "id": {"in": "path", "name": "id", "required": True, "type": "string"},
            "k": {
                "in": "query",
                "maximum": 50,
                "minimum": 1,
                "name": "k",
                "type": "integer",
            },
            "query": {"in": "query", "minLength": 1, "name": "query", "type": "string"},
        },
        "path": "/search/research/papers/{id}",
    },
    "researchRelatedPapers": {
        "method": "GET",
        "params": {
            "anchor": {"in": "query", "name": "anchor", "type": "string"},
            "id": {"in": "path", "name": "id", "required": True, "type": "string"},
            "intent": {
                "in": "query",
                "minLength": 1,
                "name": "intent",
                "required": True,
                "type": "string",
            },
            "k": {
                "in": "query",
                "maximum": 500,
                "minimum": 1,
                "name": "k",
                "type": "integer",
            },
            "mode": {
                "enum": ["similar", "citers", "references"],
                "in": "query",
                "name": "mode",
                "type": "string",
            },
            "rerank": {"in": "query", "name": "rerank", "type": "boolean"},
        },
        "path": "/search/research/papers/{id}/similar",
    },
    "researchSearchPapers": {
        "method": "GET",
        "params": {
            "authors": {"in": "query", "name": "authors", "type": "string"},
            "categories": {"in": "query", "name": "categories", "type": "string"},
            "from_": {
                "format": "date",
                "in": "query",
                "name": "from",
                "type": "string",
            },
            "k": {
                "in": "query",
                "maximum": 500,
                "minimum": 1,
                "name": "k",
                "type": "integer",
            },
            "query": {
                "in": "query",
                "minLength": 1,
                "name": "query",
                "required": True,
                "type": "string",
            },
            "to": {"format": "date", "in": "query", "name": "to", "type": "string"},
        },
        "path": "/search/research/papers",
    },
    "runMonitor": {
        "method": "POST",
        "params": {
            "monitor_id": {
                "format": "uuid",
                "in": "path",
                "name": "monitorId",
                "required": True,
                "type": "string",
            }
        },
        "path": "/monitor/{monitorId}/run",
    },
    "scrapeAndExtractFromUrl": {"method": "POST", "params": {}, "path": "/scrape"},
    "scrapeAndExtractFromUrls": {
        "method": "POST",
        "params": {},
        "path": "/batch/scrape",
    },
    "searchAndScrape": {
        "method": "POST",
        "params": {
            "categories": {"in": "body", "name": "categories", "type": "array"},
            "country": {"in": "body", "name": "country", "type": "string"},
            "enterprise": {"in": "body", "name": "enterprise", "type": "array"},
            "exclude_domains": {
                "in": "body",
                "name": "excludeDomains",
                "type": "array",
            },
            "highlights": {"in": "body", "name": "highlights", "type": "boolean"},
            "ignore_invalid_ur_ls": {
                "in": "body",
                "name": "ignoreInvalidURLs",
                "type": "boolean",
            },
            "include_domains": {
                "in": "body",
                "name": "includeDomains",
                "type": "array",
            },
            "limit": {
                "in": "body",
                "maximum": 100,
                "minimum": 1,
                "name": "limit",
                "type": "integer",
            },
            "location": {"in": "body", "name": "location", "type": "string"},
            "query": {
                "in": "body",
                "maxLength": 500,
                "name": "query",
                "required": True,
                "type": "string",
            },
            "safe": {"in": "body", "name": "safe", "type": "boolean"},
            "scrape_options": {"in": "body", "name": "scrapeOptions"},
            "sources": {"in": "body", "name": "sources", "type": "array"},
            "tbs": {"in": "body", "name": "tbs", "type": "string"},
            "threat_protection": {
                "in": "body",
                "name": "threatProtection",
                "properties": {
                    "blacklist": {"name": "blacklist", "type": "array"},
                    "blocked_tlds": {"name": "blockedTlds", "type": "array"},
                    "failure_policy": {
                        "enum": ["open", "closed"],
                        "name": "failurePolicy",
                        "type": "string",
                    },
                    "mode": {
                        "enum": ["off", "normal"],
                        "name": "mode",
                        "type": "string",
                    },
                    "risk_score_threshold": {
                        "maximum": 100,
                        "minimum": 0,
                        "name": "riskScoreThreshold",
                        "type": "integer",
                    },
                    "whitelist": {"name": "whitelist", "type": "array"},
                },
                "type": "object",
            },
            "timeout": {"in": "body", "name": "timeout", "type": "integer"},
        },
        "path": "/search",
    },
    "searchSupportDocs": {
        "method": "POST",
        "params": {
            "question": {
                "in": "body",
                "name": "question",
                "required": True,
                "type": "string",
            }
        },
        "path": "/support/docs-search",
    },
    "startAgent": {
        "method": "POST",
        "params": {
            "audit_metadata": {
                "in": "body",
                "name": "auditMetadata",
                "properties": {
                    "username": {
                        "maxLength": 1024,
                        "name": "username",
                        "required": True,
                        "type": "string",
                    }
                },
                "type": "object",
            },
            "max_credits": {"in": "body", "name": "maxCredits", "type": "number"},
            "model": {
                "enum": ["spark-2", "spark-1-mini", "spark-1-pro"],
                "in": "body",
                "name": "model",
                "type": "string",
            },
            "prompt": {
                "in": "body",
                "maxLength": 10000,
                "name": "prompt",
                "required": True,
                "type": "string",
            },
            "schema": {"in": "body", "name": "schema", "type": "object"},
            "strict_constrain_to_ur_ls": {
                "in": "body",
                "name": "strictConstrainToURLs",
                "type": "boolean",
            },
            "threat_protection": {
                "in": "body",
                "name": "threatProtection",
                "properties": {
                    "blacklist": {"name": "blacklist", "type": "array"},
                    "blocked_tlds": {"name": "blockedTlds", "type": "array"},
                    "failure_policy": {
                        "enum": ["open", "closed"],
                        "name": "failurePolicy",
                        "type": "string",
                    },
                    "mode": {
                        "enum": ["off", "normal"],
                        "name": "mode",
                        "type": "string",
                    },
                    "risk_score_threshold": {
                        "maximum": 100,
                        "minimum": 0,
                        "name": "riskScoreThreshold",
                        "type": "integer",
                    },
                    "whitelist": {"name": "whitelist", "type": "array"},
                },
                "type": "object",
            },
            "urls": {"in": "body", "name": "urls", "type": "array"},
        },
        "path": "/agent",
    },
    "stopInteractiveScrapeBrowserSession": {
        "method": "DELETE",
        "params": {
            "job_id": {
                "format": "uuid",
                "in": "path",
                "name": "jobId",
                "required": True,
                "type": "string",
            }
        },
        "path": "/scrape/{jobId}/interact",
    },
    "submitEndpointFeedback": {"method": "POST", "params": {}, "path": "/feedback"},
    "submitSearchFeedback": {
        "method": "POST",
        "params": {
            "integration": {
                "in": "body",
                "name": "integration",
                "nullable": True,
                "type": "string",
            },
            "job_id": {
                "format": "uuid",
                "in": "path",
                "name": "jobId",
                "required": True,
                "type": "string",
            },
            "missing_content": {
                "in": "body",
                "name": "missingContent",
                "type": "array",
            },
            "origin": {"in": "body", "name": "origin", "type": "string"},
            "query_suggestions": {
                "in": "body",
                "maxLength": 2000,
                "name": "querySuggestions",
                "type": "string",
            },
            "rating": {
                "enum": ["good", "partial", "bad"],
                "in": "body",
                "name": "rating",
                "required": True,
                "type": "string",
            },
            "valuable_sources": {
                "in": "body",
                "name": "valuableSources",
                "type": "array",
            },
        },
        "path": "/search/{jobId}/feedback",
    },
    "updateMonitor": {
        "method": "PATCH",
        "params": {
            "goal": {
                "in": "body",
                "maxLength": 2000,
                "name": "goal",
                "nullable": True,
                "type": "string",
            },
            "judge_enabled": {"in": "body", "name": "judgeEnabled", "type": "boolean"},
            "monitor_id": {
                "format": "uuid",
                "in": "path",
                "name": "monitorId",
                "required": True,
                "type": "string",
            },
            "name": {"in": "body", "maxLength": 256, "name": "name", "type": "string"},
            "notification": {
                "in": "body",
                "name": "notification",
                "properties": {
                    "email": {
                        "name": "email",
                        "properties": {
                            "enabled": {"name": "enabled", "type": "boolean"},
                            "include_diffs": {
                                "name": "includeDiffs",
                                "type": "boolean",
                            },
                            "recipients": {"name": "recipients", "type": "array"},
                        },
                        "type": "object",
                    }
                },
                "type": "object",
            },
            "retention_days": {
                "in": "body",
                "maximum": 365,
                "minimum": 1,
                "name": "retentionDays",
                "type": "integer",
            },
            "schedule": {
                "in": "body",
                "name": "schedule",
                "properties": {
                    "cron": {"name": "cron", "type": "string"},
                    "text": {"name": "text", "type": "string"},
                    "timezone": {"name": "timezone", "type": "string"},
                },
                "type": "object",
            },
            "status": {
                "enum": ["active", "paused"],
                "in": "body",
                "name": "status",
                "type": "string",
            },
            "targets": {"in": "body", "name": "targets", "type": "array"},
            "webhook": {
                "in": "body",
                "name": "webhook",
                "properties": {
                    "events": {"name": "events", "type": "array"},
                    "headers": {"name": "headers", "type": "object"},
                    "metadata": {"name": "metadata", "type": "object"},
                    "url": {
                        "format": "uri",
                        "name": "url",
                        "required": True,
                        "type": "string",
                    },
                },
                "type": "object",
            },
        },
        "path": "/monitor/{monitorId}",
    },
    "updateThreatProtection": {
        "method": "PUT",
        "params": {
            "allow_request_overrides": {
                "in": "body",
                "name": "allowRequestOverrides",
                "type": "boolean",
            },
            "blacklist": {"in": "body", "name": "blacklist", "type": "array"},
            "blocked_tlds": {"in": "body", "name": "blockedTlds", "type": "array"},
            "failure_policy": {
                "enum": ["open", "closed"],
                "in": "body",
                "name": "failurePolicy",
                "type": "string",
            },
            "mode": {
                "enum": ["off", "normal"],
                "in": "body",
                "name": "mode",
                "required": True,
                "type": "string",
            },
            "risk_score_threshold": {
                "in": "body",
                "maximum": 100,
                "minimum": 0,
                "name": "riskScoreThreshold",
                "type": "integer",
            },
            "whitelist": {"in": "body", "name": "whitelist", "type": "array"},
        },
        "path": "/team/threat-protection",
    },
}
