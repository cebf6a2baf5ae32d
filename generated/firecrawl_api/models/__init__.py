"""Contains all the data models used in inputs/outputs

Models load on first use (PEP 562): importing one endpoint does not import all of them.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audio import Audio
    from .audio_type import AudioType
    from .audit_metadata import AuditMetadata
    from .batch_scrape_response_obj import BatchScrapeResponseObj
    from .batch_scrape_status_response_obj import BatchScrapeStatusResponseObj
    from .batch_scrape_status_response_obj_data_item import (
        BatchScrapeStatusResponseObjDataItem,
    )
    from .batch_scrape_status_response_obj_data_item_blocks_type_0_item import (
        BatchScrapeStatusResponseObjDataItemBlocksType0Item,
    )
    from .batch_scrape_status_response_obj_data_item_blocks_type_0_item_items_item import (
        BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItem,
    )
    from .batch_scrape_status_response_obj_data_item_blocks_type_0_item_items_item_confidence import (
        BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence,
    )
    from .batch_scrape_status_response_obj_data_item_metadata import (
        BatchScrapeStatusResponseObjDataItemMetadata,
    )
    from .batch_scrape_status_response_obj_data_item_pages_type_0_item import (
        BatchScrapeStatusResponseObjDataItemPagesType0Item,
    )
    from .batch_scrape_status_response_obj_status import (
        BatchScrapeStatusResponseObjStatus,
    )
    from .branding import Branding
    from .branding_type import BrandingType
    from .cancel_agent_response_200 import CancelAgentResponse200
    from .cancel_batch_scrape_response_200 import CancelBatchScrapeResponse200
    from .cancel_batch_scrape_response_200_status import (
        CancelBatchScrapeResponse200Status,
    )
    from .cancel_batch_scrape_response_404 import CancelBatchScrapeResponse404
    from .cancel_batch_scrape_response_500 import CancelBatchScrapeResponse500
    from .cancel_crawl_response_200 import CancelCrawlResponse200
    from .cancel_crawl_response_200_status import CancelCrawlResponse200Status
    from .cancel_crawl_response_404 import CancelCrawlResponse404
    from .cancel_crawl_response_500 import CancelCrawlResponse500
    from .change_tracking import ChangeTracking
    from .change_tracking_modes_item import ChangeTrackingModesItem
    from .change_tracking_type import ChangeTrackingType
    from .code_language import CodeLanguage
    from .crawl_errors_response_obj import CrawlErrorsResponseObj
    from .crawl_errors_response_obj_errors_item import CrawlErrorsResponseObjErrorsItem
    from .crawl_params_preview_body import CrawlParamsPreviewBody
    from .crawl_params_preview_response_200 import CrawlParamsPreviewResponse200
    from .crawl_params_preview_response_200_data import (
        CrawlParamsPreviewResponse200Data,
    )
    from .crawl_params_preview_response_200_data_sitemap import (
        CrawlParamsPreviewResponse200DataSitemap,
    )
    from .crawl_params_preview_response_400 import CrawlParamsPreviewResponse400
    from .crawl_params_preview_response_401 import CrawlParamsPreviewResponse401
    from .crawl_params_preview_response_500 import CrawlParamsPreviewResponse500
    from .crawl_response import CrawlResponse
    from .crawl_status_response_obj import CrawlStatusResponseObj
    from .crawl_status_response_obj_data_item import CrawlStatusResponseObjDataItem
    from .crawl_status_response_obj_data_item_blocks_type_0_item import (
        CrawlStatusResponseObjDataItemBlocksType0Item,
    )
    from .crawl_status_response_obj_data_item_blocks_type_0_item_items_item import (
        CrawlStatusResponseObjDataItemBlocksType0ItemItemsItem,
    )
    from .crawl_status_response_obj_data_item_blocks_type_0_item_items_item_confidence import (
        CrawlStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence,
    )
    from .crawl_status_response_obj_data_item_metadata import (
        CrawlStatusResponseObjDataItemMetadata,
    )
    from .crawl_status_response_obj_data_item_pages_type_0_item import (
        CrawlStatusResponseObjDataItemPagesType0Item,
    )
    from .crawl_status_response_obj_status import CrawlStatusResponseObjStatus
    from .crawl_target import CrawlTarget
    from .crawl_target_type import CrawlTargetType
    from .crawl_urls_body import CrawlUrlsBody
    from .crawl_urls_body_sitemap import CrawlUrlsBodySitemap
    from .crawl_urls_body_webhook import CrawlUrlsBodyWebhook
    from .crawl_urls_body_webhook_events_item import CrawlUrlsBodyWebhookEventsItem
    from .crawl_urls_body_webhook_headers import CrawlUrlsBodyWebhookHeaders
    from .crawl_urls_body_webhook_metadata import CrawlUrlsBodyWebhookMetadata
    from .crawl_urls_response_402 import CrawlUrlsResponse402
    from .crawl_urls_response_429 import CrawlUrlsResponse429
    from .crawl_urls_response_500 import CrawlUrlsResponse500
    from .create_session_body import CreateSessionBody
    from .create_session_payment_required import CreateSessionPaymentRequired
    from .delete_session_payment_required import DeleteSessionPaymentRequired
    from .delete_session_result import DeleteSessionResult
    from .developer_search_post_body import DeveloperSearchPostBody
    from .developer_search_post_body_skills import DeveloperSearchPostBodySkills
    from .developer_search_post_body_types_item import DeveloperSearchPostBodyTypesItem
    from .developer_search_response import DeveloperSearchResponse
    from .developer_search_response_coverage import DeveloperSearchResponseCoverage
    from .developer_search_response_coverage_doc import (
        DeveloperSearchResponseCoverageDoc,
    )
    from .developer_search_response_coverage_issue import (
        DeveloperSearchResponseCoverageIssue,
    )
    from .developer_search_response_coverage_pull_request import (
        DeveloperSearchResponseCoveragePullRequest,
    )
    from .developer_search_response_coverage_readme import (
        DeveloperSearchResponseCoverageReadme,
    )
    from .developer_search_response_repos_item import DeveloperSearchResponseReposItem
    from .developer_search_response_repos_item_types import (
        DeveloperSearchResponseReposItemTypes,
    )
    from .developer_search_response_sources_item import (
        DeveloperSearchResponseSourcesItem,
    )
    from .developer_search_result import DeveloperSearchResult
    from .developer_search_result_passages_item import DeveloperSearchResultPassagesItem
    from .developer_search_result_type import DeveloperSearchResultType
    from .developer_search_skills import DeveloperSearchSkills
    from .developer_search_types_item import DeveloperSearchTypesItem
    from .endpoint_feedback_request import EndpointFeedbackRequest
    from .endpoint_feedback_request_endpoint import EndpointFeedbackRequestEndpoint
    from .endpoint_feedback_request_metadata import EndpointFeedbackRequestMetadata
    from .endpoint_feedback_request_missing_content_item import (
        EndpointFeedbackRequestMissingContentItem,
    )
    from .execute_body import ExecuteBody
    from .execute_payment_required import ExecutePaymentRequired
    from .execute_result import ExecuteResult
    from .extract_data_body import ExtractDataBody
    from .extract_data_body_schema import ExtractDataBodySchema
    from .extract_data_response_400 import ExtractDataResponse400
    from .extract_data_response_500 import ExtractDataResponse500
    from .extract_response import ExtractResponse
    from .extract_status_response import ExtractStatusResponse
    from .extract_status_response_data import ExtractStatusResponseData
    from .extract_status_response_status import ExtractStatusResponseStatus
    from .feedback_error_response import FeedbackErrorResponse
    from .feedback_error_response_details_item import FeedbackErrorResponseDetailsItem
    from .feedback_response import FeedbackResponse
    from .format_name import FormatName
    from .get_active_crawls_response_200 import GetActiveCrawlsResponse200
    from .get_active_crawls_response_200_crawls_item import (
        GetActiveCrawlsResponse200CrawlsItem,
    )
    from .get_active_crawls_response_200_crawls_item_options import (
        GetActiveCrawlsResponse200CrawlsItemOptions,
    )
    from .get_active_crawls_response_402 import GetActiveCrawlsResponse402
    from .get_active_crawls_response_429 import GetActiveCrawlsResponse429
    from .get_active_crawls_response_500 import GetActiveCrawlsResponse500
    from .get_activity_endpoint import GetActivityEndpoint
    from .get_activity_response_200 import GetActivityResponse200
    from .get_activity_response_200_data_item import GetActivityResponse200DataItem
    from .get_activity_response_200_data_item_endpoint import (
        GetActivityResponse200DataItemEndpoint,
    )
    from .get_agent_status_response_200 import GetAgentStatusResponse200
    from .get_agent_status_response_200_data import GetAgentStatusResponse200Data
    from .get_agent_status_response_200_model import GetAgentStatusResponse200Model
    from .get_agent_status_response_200_status import GetAgentStatusResponse200Status
    from .get_batch_scrape_errors_response_402 import GetBatchScrapeErrorsResponse402
    from .get_batch_scrape_errors_response_429 import GetBatchScrapeErrorsResponse429
    from .get_batch_scrape_errors_response_500 import GetBatchScrapeErrorsResponse500
    from .get_batch_scrape_status_response_402 import GetBatchScrapeStatusResponse402
    from .get_batch_scrape_status_response_429 import GetBatchScrapeStatusResponse429
    from .get_batch_scrape_status_response_500 import GetBatchScrapeStatusResponse500
    from .get_crawl_errors_response_402 import GetCrawlErrorsResponse402
    from .get_crawl_errors_response_429 import GetCrawlErrorsResponse429
    from .get_crawl_errors_response_500 import GetCrawlErrorsResponse500
    from .get_crawl_status_response_402 import GetCrawlStatusResponse402
    from .get_crawl_status_response_429 import GetCrawlStatusResponse429
    from .get_crawl_status_response_500 import GetCrawlStatusResponse500
    from .get_credit_usage_response_200 import GetCreditUsageResponse200
    from .get_credit_usage_response_200_data import GetCreditUsageResponse200Data
    from .get_credit_usage_response_404 import GetCreditUsageResponse404
    from .get_credit_usage_response_500 import GetCreditUsageResponse500
    from .get_historical_credit_usage_response_200 import (
        GetHistoricalCreditUsageResponse200,
    )
    from .get_historical_credit_usage_response_200_periods_item import (
        GetHistoricalCreditUsageResponse200PeriodsItem,
    )
    from .get_historical_credit_usage_response_500 import (
        GetHistoricalCreditUsageResponse500,
    )
    from .get_historical_token_usage_response_200 import (
        GetHistoricalTokenUsageResponse200,
    )
    from .get_historical_token_usage_response_200_periods_item import (
        GetHistoricalTokenUsageResponse200PeriodsItem,
    )
    from .get_historical_token_usage_response_500 import (
        GetHistoricalTokenUsageResponse500,
    )
    from .get_monitor_check_status import GetMonitorCheckStatus
    from .get_queue_status_response_200 import GetQueueStatusResponse200
    from .get_scrape_status_response_402 import GetScrapeStatusResponse402
    from .get_scrape_status_response_429 import GetScrapeStatusResponse429
    from .get_scrape_status_response_500 import GetScrapeStatusResponse500
    from .get_threat_protection_response_200 import GetThreatProtectionResponse200
    from .get_threat_protection_response_200_data import (
        GetThreatProtectionResponse200Data,
    )
    from .get_threat_protection_response_200_data_failure_policy import (
        GetThreatProtectionResponse200DataFailurePolicy,
    )
    from .get_threat_protection_response_200_data_mode import (
        GetThreatProtectionResponse200DataMode,
    )
    from .get_token_usage_response_200 import GetTokenUsageResponse200
    from .get_token_usage_response_200_data import GetTokenUsageResponse200Data
    from .get_token_usage_response_404 import GetTokenUsageResponse404
    from .get_token_usage_response_500 import GetTokenUsageResponse500
    from .highlights import Highlights
    from .highlights_type import HighlightsType
    from .html import HTML
    from .html_type import HTMLType
    from .images import Images
    from .images_type import ImagesType
    from .interact_session import InteractSession
    from .interact_session_list import InteractSessionList
    from .interact_session_summary import InteractSessionSummary
    from .interact_with_scrape_browser_session_response_400 import (
        InteractWithScrapeBrowserSessionResponse400,
    )
    from .interact_with_scrape_browser_session_response_402 import (
        InteractWithScrapeBrowserSessionResponse402,
    )
    from .interact_with_scrape_browser_session_response_403 import (
        InteractWithScrapeBrowserSessionResponse403,
    )
    from .interact_with_scrape_browser_session_response_404 import (
        InteractWithScrapeBrowserSessionResponse404,
    )
    from .interact_with_scrape_browser_session_response_409 import (
        InteractWithScrapeBrowserSessionResponse409,
    )
    from .interact_with_scrape_browser_session_response_410 import (
        InteractWithScrapeBrowserSessionResponse410,
    )
    from .interact_with_scrape_browser_session_response_429 import (
        InteractWithScrapeBrowserSessionResponse429,
    )
    from .interact_with_scrape_browser_session_response_502 import (
        InteractWithScrapeBrowserSessionResponse502,
    )
    from .json import JSON
    from .json_schema_document import JsonSchemaDocument
    from .json_type import JSONType
    from .links import Links
    from .links_type import LinksType
    from .list_monitor_checks_status import ListMonitorChecksStatus
    from .list_sessions_payment_required import ListSessionsPaymentRequired
    from .map_response import MapResponse
    from .map_response_links_item import MapResponseLinksItem
    from .map_urls_body import MapUrlsBody
    from .map_urls_body_location import MapUrlsBodyLocation
    from .map_urls_body_sitemap import MapUrlsBodySitemap
    from .map_urls_response_402 import MapUrlsResponse402
    from .map_urls_response_429 import MapUrlsResponse429
    from .map_urls_response_500 import MapUrlsResponse500
    from .markdown import Markdown
    from .markdown_type import MarkdownType
    from .menu import Menu
    from .menu_type import MenuType
    from .monitor import Monitor
    from .monitor_check import MonitorCheck
    from .monitor_check_detail_response import MonitorCheckDetailResponse
    from .monitor_check_detail_response_data import MonitorCheckDetailResponseData
    from .monitor_check_list_response import MonitorCheckListResponse
    from .monitor_check_notification_status_type_0 import (
        MonitorCheckNotificationStatusType0,
    )
    from .monitor_check_page import MonitorCheckPage
    from .monitor_check_page_diff_type_0 import MonitorCheckPageDiffType0
    from .monitor_check_page_diff_type_0_json import MonitorCheckPageDiffType0Json
    from .monitor_check_page_metadata_type_0 import MonitorCheckPageMetadataType0
    from .monitor_check_page_snapshot_type_0 import MonitorCheckPageSnapshotType0
    from .monitor_check_page_snapshot_type_0_json import (
        MonitorCheckPageSnapshotType0Json,
    )
    from .monitor_check_page_status import MonitorCheckPageStatus
    from .monitor_check_status import MonitorCheckStatus
    from .monitor_check_trigger import MonitorCheckTrigger
    from .monitor_crawl_options import MonitorCrawlOptions
    from .monitor_create_request import MonitorCreateRequest
    from .monitor_list_response import MonitorListResponse
    from .monitor_meaningful_change import MonitorMeaningfulChange
    from .monitor_meaningful_change_type import MonitorMeaningfulChangeType
    from .monitor_monitor_schedule_state import MonitorMonitorScheduleState
    from .monitor_notification import MonitorNotification
    from .monitor_notification_email import MonitorNotificationEmail
    from .monitor_page_judgment_type_0 import MonitorPageJudgmentType0
    from .monitor_page_judgment_type_0_confidence import (
        MonitorPageJudgmentType0Confidence,
    )
    from .monitor_response import MonitorResponse
    from .monitor_run_response import MonitorRunResponse
    from .monitor_schedule import MonitorSchedule
    from .monitor_status import MonitorStatus
    from .monitor_summary import MonitorSummary
    from .monitor_update_request import MonitorUpdateRequest
    from .monitor_update_request_status import MonitorUpdateRequestStatus
    from .monitor_webhook import MonitorWebhook
    from .monitor_webhook_events_item import MonitorWebhookEventsItem
    from .monitor_webhook_headers import MonitorWebhookHeaders
    from .monitor_webhook_metadata import MonitorWebhookMetadata
    from .parse_file_body import ParseFileBody
    from .parse_file_response_400 import ParseFileResponse400
    from .parse_file_response_402 import ParseFileResponse402
    from .parse_file_response_429 import ParseFileResponse429
    from .parse_file_response_500 import ParseFileResponse500
    from .parse_html import ParseHTML
    from .parse_html_type import ParseHTMLType
    from .parse_images import ParseImages
    from .parse_images_type import ParseImagesType
    from .parse_json import ParseJSON
    from .parse_json_type import ParseJSONType
    from .parse_links import ParseLinks
    from .parse_links_type import ParseLinksType
    from .parse_markdown import ParseMarkdown
    from .parse_markdown_type import ParseMarkdownType
    from .parse_options import ParseOptions
    from .parse_options_headers import ParseOptionsHeaders
    from .parse_options_parsers_item_type_0 import ParseOptionsParsersItemType0
    from .parse_options_parsers_item_type_0_mode import ParseOptionsParsersItemType0Mode
    from .parse_options_parsers_item_type_0_type import ParseOptionsParsersItemType0Type
    from .parse_options_proxy import ParseOptionsProxy
    from .parse_raw_html import ParseRawHTML
    from .parse_raw_html_type import ParseRawHTMLType
    from .parse_summary import ParseSummary
    from .parse_summary_type import ParseSummaryType
    from .product import Product
    from .product_type import ProductType
    from .profile import Profile
    from .question import Question
    from .question_type import QuestionType
    from .raw_html import RawHTML
    from .raw_html_type import RawHTMLType
    from .redact_pii_entity import RedactPIIEntity
    from .redact_pii_options import RedactPIIOptions
    from .redact_pii_options_mode import RedactPIIOptionsMode
    from .redact_pii_options_replace_style import RedactPIIOptionsReplaceStyle
    from .research_id_map import ResearchIdMap
    from .research_paper_metadata import ResearchPaperMetadata
    from .research_paper_metadata_response import ResearchPaperMetadataResponse
    from .research_paper_result import ResearchPaperResult
    from .research_paper_signals import ResearchPaperSignals
    from .research_passage import ResearchPassage
    from .research_read_paper_response import ResearchReadPaperResponse
    from .research_related_papers_mode import ResearchRelatedPapersMode
    from .research_search_papers_response import ResearchSearchPapersResponse
    from .research_similar_papers_response import ResearchSimilarPapersResponse
    from .scrape_and_extract_from_url_body import ScrapeAndExtractFromUrlBody
    from .scrape_and_extract_from_url_response_402 import (
        ScrapeAndExtractFromUrlResponse402,
    )
    from .scrape_and_extract_from_url_response_429 import (
        ScrapeAndExtractFromUrlResponse429,
    )
    from .scrape_and_extract_from_url_response_500 import (
        ScrapeAndExtractFromUrlResponse500,
    )
    from .scrape_and_extract_from_urls_body import ScrapeAndExtractFromUrlsBody
    from .scrape_and_extract_from_urls_body_webhook import (
        ScrapeAndExtractFromUrlsBodyWebhook,
    )
    from .scrape_and_extract_from_urls_body_webhook_events_item import (
        ScrapeAndExtractFromUrlsBodyWebhookEventsItem,
    )
    from .scrape_and_extract_from_urls_body_webhook_headers import (
        ScrapeAndExtractFromUrlsBodyWebhookHeaders,
    )
    from .scrape_and_extract_from_urls_body_webhook_metadata import (
        ScrapeAndExtractFromUrlsBodyWebhookMetadata,
    )
    from .scrape_and_extract_from_urls_response_402 import (
        ScrapeAndExtractFromUrlsResponse402,
    )
    from .scrape_and_extract_from_urls_response_429 import (
        ScrapeAndExtractFromUrlsResponse429,
    )
    from .scrape_and_extract_from_urls_response_500 import (
        ScrapeAndExtractFromUrlsResponse500,
    )
    from .scrape_interact_body import ScrapeInteractBody
    from .scrape_interact_language import ScrapeInteractLanguage
    from .scrape_interact_result import ScrapeInteractResult
    from .scrape_options import ScrapeOptions
    from .scrape_options_click import ScrapeOptionsClick
    from .scrape_options_click_type import ScrapeOptionsClickType
    from .scrape_options_execute_java_script import ScrapeOptionsExecuteJavaScript
    from .scrape_options_execute_java_script_type import (
        ScrapeOptionsExecuteJavaScriptType,
    )
    from .scrape_options_generate_pdf import ScrapeOptionsGeneratePDF
    from .scrape_options_generate_pdf_format import ScrapeOptionsGeneratePDFFormat
    from .scrape_options_generate_pdf_type import ScrapeOptionsGeneratePDFType
    from .scrape_options_headers import ScrapeOptionsHeaders
    from .scrape_options_location import ScrapeOptionsLocation
    from .scrape_options_parser_name import ScrapeOptionsParserName
    from .scrape_options_parsers_item_type_0 import ScrapeOptionsParsersItemType0
    from .scrape_options_parsers_item_type_0_mode import (
        ScrapeOptionsParsersItemType0Mode,
    )
    from .scrape_options_parsers_item_type_0_type import (
        ScrapeOptionsParsersItemType0Type,
    )
    from .scrape_options_press_a_key import ScrapeOptionsPressAKey
    from .scrape_options_press_a_key_type import ScrapeOptionsPressAKeyType
    from .scrape_options_profile import ScrapeOptionsProfile
    from .scrape_options_proxy import ScrapeOptionsProxy
    from .scrape_options_scrape import ScrapeOptionsScrape
    from .scrape_options_scrape_type import ScrapeOptionsScrapeType
    from .scrape_options_screenshot_action import ScrapeOptionsScreenshotAction
    from .scrape_options_screenshot_action_type import ScrapeOptionsScreenshotActionType
    from .scrape_options_screenshot_action_viewport import (
        ScrapeOptionsScreenshotActionViewport,
    )
    from .scrape_options_scroll import ScrapeOptionsScroll
    from .scrape_options_scroll_direction import ScrapeOptionsScrollDirection
    from .scrape_options_scroll_type import ScrapeOptionsScrollType
    from .scrape_options_wait_by_duration import ScrapeOptionsWaitByDuration
    from .scrape_options_wait_by_duration_type import ScrapeOptionsWaitByDurationType
    from .scrape_options_wait_for_element import ScrapeOptionsWaitForElement
    from .scrape_options_wait_for_element_type import ScrapeOptionsWaitForElementType
    from .scrape_options_write_text import ScrapeOptionsWriteText
    from .scrape_options_write_text_type import ScrapeOptionsWriteTextType
    from .scrape_response import ScrapeResponse
    from .scrape_response_data import ScrapeResponseData
    from .scrape_response_data_actions_type_0 import ScrapeResponseDataActionsType0
    from .scrape_response_data_actions_type_0_javascript_returns_item import (
        ScrapeResponseDataActionsType0JavascriptReturnsItem,
    )
    from .scrape_response_data_actions_type_0_scrapes_item import (
        ScrapeResponseDataActionsType0ScrapesItem,
    )
    from .scrape_response_data_blocks_type_0_item import (
        ScrapeResponseDataBlocksType0Item,
    )
    from .scrape_response_data_blocks_type_0_item_items_item import (
        ScrapeResponseDataBlocksType0ItemItemsItem,
    )
    from .scrape_response_data_blocks_type_0_item_items_item_confidence import (
        ScrapeResponseDataBlocksType0ItemItemsItemConfidence,
    )
    from .scrape_response_data_branding_type_0 import ScrapeResponseDataBrandingType0
    from .scrape_response_data_branding_type_0_animations_type_0 import (
        ScrapeResponseDataBrandingType0AnimationsType0,
    )
    from .scrape_response_data_branding_type_0_color_scheme import (
        ScrapeResponseDataBrandingType0ColorScheme,
    )
    from .scrape_response_data_branding_type_0_colors_type_0 import (
        ScrapeResponseDataBrandingType0ColorsType0,
    )
    from .scrape_response_data_branding_type_0_components_type_0 import (
        ScrapeResponseDataBrandingType0ComponentsType0,
    )
    from .scrape_response_data_branding_type_0_components_type_0_button_primary import (
        ScrapeResponseDataBrandingType0ComponentsType0ButtonPrimary,
    )
    from .scrape_response_data_branding_type_0_components_type_0_button_secondary import (
        ScrapeResponseDataBrandingType0ComponentsType0ButtonSecondary,
    )
    from .scrape_response_data_branding_type_0_components_type_0_input import (
        ScrapeResponseDataBrandingType0ComponentsType0Input,
    )
    from .scrape_response_data_branding_type_0_fonts_type_0_item import (
        ScrapeResponseDataBrandingType0FontsType0Item,
    )
    from .scrape_response_data_branding_type_0_icons_type_0 import (
        ScrapeResponseDataBrandingType0IconsType0,
    )
    from .scrape_response_data_branding_type_0_images_type_0 import (
        ScrapeResponseDataBrandingType0ImagesType0,
    )
    from .scrape_response_data_branding_type_0_layout_type_0 import (
        ScrapeResponseDataBrandingType0LayoutType0,
    )
    from .scrape_response_data_branding_type_0_personality_type_0 import (
        ScrapeResponseDataBrandingType0PersonalityType0,
    )
    from .scrape_response_data_branding_type_0_spacing_type_0 import (
        ScrapeResponseDataBrandingType0SpacingType0,
    )
    from .scrape_response_data_branding_type_0_spacing_type_0_margins import (
        ScrapeResponseDataBrandingType0SpacingType0Margins,
    )
    from .scrape_response_data_branding_type_0_spacing_type_0_padding import (
        ScrapeResponseDataBrandingType0SpacingType0Padding,
    )
    from .scrape_response_data_branding_type_0_typography_type_0 import (
        ScrapeResponseDataBrandingType0TypographyType0,
    )
    from .scrape_response_data_branding_type_0_typography_type_0_font_families import (
        ScrapeResponseDataBrandingType0TypographyType0FontFamilies,
    )
    from .scrape_response_data_branding_type_0_typography_type_0_font_sizes import (
        ScrapeResponseDataBrandingType0TypographyType0FontSizes,
    )
    from .scrape_response_data_branding_type_0_typography_type_0_font_weights import (
        ScrapeResponseDataBrandingType0TypographyType0FontWeights,
    )
    from .scrape_response_data_branding_type_0_typography_type_0_line_heights import (
        ScrapeResponseDataBrandingType0TypographyType0LineHeights,
    )
    from .scrape_response_data_change_tracking_type_0 import (
        ScrapeResponseDataChangeTrackingType0,
    )
    from .scrape_response_data_change_tracking_type_0_change_status import (
        ScrapeResponseDataChangeTrackingType0ChangeStatus,
    )
    from .scrape_response_data_change_tracking_type_0_json_type_0 import (
        ScrapeResponseDataChangeTrackingType0JsonType0,
    )
    from .scrape_response_data_change_tracking_type_0_visibility import (
        ScrapeResponseDataChangeTrackingType0Visibility,
    )
    from .scrape_response_data_menu_type_0 import ScrapeResponseDataMenuType0
    from .scrape_response_data_menu_type_0_merchant import (
        ScrapeResponseDataMenuType0Merchant,
    )
    from .scrape_response_data_menu_type_0_sections_item import (
        ScrapeResponseDataMenuType0SectionsItem,
    )
    from .scrape_response_data_menu_type_0_sections_item_items_item import (
        ScrapeResponseDataMenuType0SectionsItemItemsItem,
    )
    from .scrape_response_data_menu_type_0_sections_item_items_item_availability import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemAvailability,
    )
    from .scrape_response_data_menu_type_0_sections_item_items_item_identifiers import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemIdentifiers,
    )
    from .scrape_response_data_menu_type_0_sections_item_items_item_images_item import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemImagesItem,
    )
    from .scrape_response_data_menu_type_0_sections_item_items_item_option_groups_item import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemOptionGroupsItem,
    )
    from .scrape_response_data_menu_type_0_sections_item_items_item_price import (
        ScrapeResponseDataMenuType0SectionsItemItemsItemPrice,
    )
    from .scrape_response_data_metadata import ScrapeResponseDataMetadata
    from .scrape_response_data_pages_type_0_item import ScrapeResponseDataPagesType0Item
    from .scrape_response_data_product_type_0 import ScrapeResponseDataProductType0
    from .scrape_response_data_product_type_0_variants_item import (
        ScrapeResponseDataProductType0VariantsItem,
    )
    from .scrape_response_data_product_type_0_variants_item_availability import (
        ScrapeResponseDataProductType0VariantsItemAvailability,
    )
    from .scrape_response_data_product_type_0_variants_item_images_item import (
        ScrapeResponseDataProductType0VariantsItemImagesItem,
    )
    from .scrape_response_data_product_type_0_variants_item_price import (
        ScrapeResponseDataProductType0VariantsItemPrice,
    )
    from .scrape_response_data_product_type_0_variants_item_sale import (
        ScrapeResponseDataProductType0VariantsItemSale,
    )
    from .scrape_response_data_product_type_0_variants_item_sale_original_price import (
        ScrapeResponseDataProductType0VariantsItemSaleOriginalPrice,
    )
    from .scrape_response_data_product_type_0_variants_item_values import (
        ScrapeResponseDataProductType0VariantsItemValues,
    )
    from .scrape_target import ScrapeTarget
    from .scrape_target_type import ScrapeTargetType
    from .screenshot_format import ScreenshotFormat
    from .screenshot_format_type import ScreenshotFormatType
    from .screenshot_viewport import ScreenshotViewport
    from .search_and_scrape_body import SearchAndScrapeBody
    from .search_and_scrape_body_enterprise_item import (
        SearchAndScrapeBodyEnterpriseItem,
    )
    from .search_and_scrape_body_git_hub import SearchAndScrapeBodyGitHub
    from .search_and_scrape_body_git_hub_type import SearchAndScrapeBodyGitHubType
    from .search_and_scrape_body_images import SearchAndScrapeBodyImages
    from .search_and_scrape_body_images_type import SearchAndScrapeBodyImagesType
    from .search_and_scrape_body_news import SearchAndScrapeBodyNews
    from .search_and_scrape_body_news_type import SearchAndScrapeBodyNewsType
    from .search_and_scrape_body_pdf import SearchAndScrapeBodyPDF
    from .search_and_scrape_body_pdf_type import SearchAndScrapeBodyPDFType
    from .search_and_scrape_body_research import SearchAndScrapeBodyResearch
    from .search_and_scrape_body_research_type import SearchAndScrapeBodyResearchType
    from .search_and_scrape_body_web import SearchAndScrapeBodyWeb
    from .search_and_scrape_body_web_type import SearchAndScrapeBodyWebType
    from .search_and_scrape_response_200 import SearchAndScrapeResponse200
    from .search_and_scrape_response_200_data import SearchAndScrapeResponse200Data
    from .search_and_scrape_response_200_data_images_item import (
        SearchAndScrapeResponse200DataImagesItem,
    )
    from .search_and_scrape_response_200_data_news_item import (
        SearchAndScrapeResponse200DataNewsItem,
    )
    from .search_and_scrape_response_200_data_news_item_metadata import (
        SearchAndScrapeResponse200DataNewsItemMetadata,
    )
    from .search_and_scrape_response_200_data_web_item import (
        SearchAndScrapeResponse200DataWebItem,
    )
    from .search_and_scrape_response_200_data_web_item_metadata import (
        SearchAndScrapeResponse200DataWebItemMetadata,
    )
    from .search_and_scrape_response_408 import SearchAndScrapeResponse408
    from .search_and_scrape_response_500 import SearchAndScrapeResponse500
    from .search_feedback_request import SearchFeedbackRequest
    from .search_feedback_request_missing_content_item import (
        SearchFeedbackRequestMissingContentItem,
    )
    from .search_feedback_request_rating import SearchFeedbackRequestRating
    from .search_feedback_request_valuable_sources_item import (
        SearchFeedbackRequestValuableSourcesItem,
    )
    from .search_target import SearchTarget
    from .search_target_search_window import SearchTargetSearchWindow
    from .search_target_type import SearchTargetType
    from .session_status import SessionStatus
    from .session_status_filter import SessionStatusFilter
    from .start_agent_body import StartAgentBody
    from .start_agent_body_model import StartAgentBodyModel
    from .start_agent_body_schema import StartAgentBodySchema
    from .start_agent_response_200 import StartAgentResponse200
    from .start_agent_response_402 import StartAgentResponse402
    from .start_agent_response_429 import StartAgentResponse429
    from .stop_interaction_result import StopInteractionResult
    from .stop_interactive_scrape_browser_session_response_403 import (
        StopInteractiveScrapeBrowserSessionResponse403,
    )
    from .stop_interactive_scrape_browser_session_response_404 import (
        StopInteractiveScrapeBrowserSessionResponse404,
    )
    from .success_response import SuccessResponse
    from .summary import Summary
    from .summary_type import SummaryType
    from .support_ask_request import SupportAskRequest
    from .support_ask_response import SupportAskResponse
    from .support_ask_response_confidence import SupportAskResponseConfidence
    from .support_ask_response_feedback_type_0 import SupportAskResponseFeedbackType0
    from .support_ask_response_fix_parameters_type_0 import (
        SupportAskResponseFixParametersType0,
    )
    from .support_ask_response_validation_type_0 import (
        SupportAskResponseValidationType0,
    )
    from .support_docs_search_request import SupportDocsSearchRequest
    from .support_docs_search_response import SupportDocsSearchResponse
    from .support_docs_search_response_evidence_item import (
        SupportDocsSearchResponseEvidenceItem,
    )
    from .support_docs_search_response_usage import SupportDocsSearchResponseUsage
    from .support_proxy_error_response import SupportProxyErrorResponse
    from .threat_protection_override import ThreatProtectionOverride
    from .threat_protection_override_failure_policy import (
        ThreatProtectionOverrideFailurePolicy,
    )
    from .threat_protection_override_mode import ThreatProtectionOverrideMode
    from .update_threat_protection_body import UpdateThreatProtectionBody
    from .update_threat_protection_body_failure_policy import (
        UpdateThreatProtectionBodyFailurePolicy,
    )
    from .update_threat_protection_body_mode import UpdateThreatProtectionBodyMode
    from .update_threat_protection_response_200 import UpdateThreatProtectionResponse200
    from .update_threat_protection_response_200_data import (
        UpdateThreatProtectionResponse200Data,
    )
    from .update_threat_protection_response_200_data_failure_policy import (
        UpdateThreatProtectionResponse200DataFailurePolicy,
    )
    from .update_threat_protection_response_200_data_mode import (
        UpdateThreatProtectionResponse200DataMode,
    )
    from .video import Video
    from .video_type import VideoType

_MODULES: dict[str, str] = {
    "Audio": "audio",
    "AudioType": "audio_type",
    "AuditMetadata": "audit_metadata",
    "BatchScrapeResponseObj": "batch_scrape_response_obj",
    "BatchScrapeStatusResponseObj": "batch_scrape_status_response_obj",
    "BatchScrapeStatusResponseObjDataItem": "batch_scrape_status_response_obj_data_item",
    "BatchScrapeStatusResponseObjDataItemBlocksType0Item": "batch_scrape_status_response_obj_data_item_blocks_type_0_item",
    "BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItem": "batch_scrape_status_response_obj_data_item_blocks_type_0_item_items_item",
    "BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence": "batch_scrape_status_response_obj_data_item_blocks_type_0_item_items_item_confidence",
    "BatchScrapeStatusResponseObjDataItemMetadata": "batch_scrape_status_response_obj_data_item_metadata",
    "BatchScrapeStatusResponseObjDataItemPagesType0Item": "batch_scrape_status_response_obj_data_item_pages_type_0_item",
    "BatchScrapeStatusResponseObjStatus": "batch_scrape_status_response_obj_status",
    "Branding": "branding",
    "BrandingType": "branding_type",
    "CancelAgentResponse200": "cancel_agent_response_200",
    "CancelBatchScrapeResponse200": "cancel_batch_scrape_response_200",
    "CancelBatchScrapeResponse200Status": "cancel_batch_scrape_response_200_status",
    "CancelBatchScrapeResponse404": "cancel_batch_scrape_response_404",
    "CancelBatchScrapeResponse500": "cancel_batch_scrape_response_500",
    "CancelCrawlResponse200": "cancel_crawl_response_200",
    "CancelCrawlResponse200Status": "cancel_crawl_response_200_status",
    "CancelCrawlResponse404": "cancel_crawl_response_404",
    "CancelCrawlResponse500": "cancel_crawl_response_500",
    "ChangeTracking": "change_tracking",
    "ChangeTrackingModesItem": "change_tracking_modes_item",
    "ChangeTrackingType": "change_tracking_type",
    "CodeLanguage": "code_language",
    "CrawlErrorsResponseObj": "crawl_errors_response_obj",
    "CrawlErrorsResponseObjErrorsItem": "crawl_errors_response_obj_errors_item",
    "CrawlParamsPreviewBody": "crawl_params_preview_body",
    "CrawlParamsPreviewResponse200": "crawl_params_preview_response_200",
    "CrawlParamsPreviewResponse200Data": "crawl_params_preview_response_200_data",
    "CrawlParamsPreviewResponse200DataSitemap": "crawl_params_preview_response_200_data_sitemap",
    "CrawlParamsPreviewResponse400": "crawl_params_preview_response_400",
    "CrawlParamsPreviewResponse401": "crawl_params_preview_response_401",
    "CrawlParamsPreviewResponse500": "crawl_params_preview_response_500",
    "CrawlResponse": "crawl_response",
    "CrawlStatusResponseObj": "crawl_status_response_obj",
    "CrawlStatusResponseObjDataItem": "crawl_status_response_obj_data_item",
    "CrawlStatusResponseObjDataItemBlocksType0Item": "crawl_status_response_obj_data_item_blocks_type_0_item",
    "CrawlStatusResponseObjDataItemBlocksType0ItemItemsItem": "crawl_status_response_obj_data_item_blocks_type_0_item_items_item",
    "CrawlStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence": "crawl_status_response_obj_data_item_blocks_type_0_item_items_item_confidence",
    "CrawlStatusResponseObjDataItemMetadata": "crawl_status_response_obj_data_item_metadata",
    "CrawlStatusResponseObjDataItemPagesType0Item": "crawl_status_response_obj_data_item_pages_type_0_item",
    "CrawlStatusResponseObjStatus": "crawl_status_response_obj_status",
    "CrawlTarget": "crawl_target",
    "CrawlTargetType": "crawl_target_type",
    "CrawlUrlsBody": "crawl_urls_body",
    "CrawlUrlsBodySitemap": "crawl_urls_body_sitemap",
    "CrawlUrlsBodyWebhook": "crawl_urls_body_webhook",
    "CrawlUrlsBodyWebhookEventsItem": "crawl_urls_body_webhook_events_item",
    "CrawlUrlsBodyWebhookHeaders": "crawl_urls_body_webhook_headers",
    "CrawlUrlsBodyWebhookMetadata": "crawl_urls_body_webhook_metadata",
    "CrawlUrlsResponse402": "crawl_urls_response_402",
    "CrawlUrlsResponse429": "crawl_urls_response_429",
    "CrawlUrlsResponse500": "crawl_urls_response_500",
    "CreateSessionBody": "create_session_body",
    "CreateSessionPaymentRequired": "create_session_payment_required",
    "DeleteSessionPaymentRequired": "delete_session_payment_required",
    "DeleteSessionResult": "delete_session_result",
    "DeveloperSearchPostBody": "developer_search_post_body",
    "DeveloperSearchPostBodySkills": "developer_search_post_body_skills",
    "DeveloperSearchPostBodyTypesItem": "developer_search_post_body_types_item",
    "DeveloperSearchResponse": "developer_search_response",
    "DeveloperSearchResponseCoverage": "developer_search_response_coverage",
    "DeveloperSearchResponseCoverageDoc": "developer_search_response_coverage_doc",
    "DeveloperSearchResponseCoverageIssue": "developer_search_response_coverage_issue",
    "DeveloperSearchResponseCoveragePullRequest": "developer_search_response_coverage_pull_request",
    "DeveloperSearchResponseCoverageReadme": "developer_search_response_coverage_readme",
    "DeveloperSearchResponseReposItem": "developer_search_response_repos_item",
    "DeveloperSearchResponseReposItemTypes": "developer_search_response_repos_item_types",
    "DeveloperSearchResponseSourcesItem": "developer_search_response_sources_item",
    "DeveloperSearchResult": "developer_search_result",
    "DeveloperSearchResultPassagesItem": "developer_search_result_passages_item",
    "DeveloperSearchResultType": "developer_search_result_type",
    "DeveloperSearchSkills": "developer_search_skills",
    "DeveloperSearchTypesItem": "developer_search_types_item",
    "EndpointFeedbackRequest": "endpoint_feedback_request",
    "EndpointFeedbackRequestEndpoint": "endpoint_feedback_request_endpoint",
    "EndpointFeedbackRequestMetadata": "endpoint_feedback_request_metadata",
    "EndpointFeedbackRequestMissingContentItem": "endpoint_feedback_request_missing_content_item",
    "ExecuteBody": "execute_body",
    "ExecutePaymentRequired": "execute_payment_required",
    "ExecuteResult": "execute_result",
    "ExtractDataBody": "extract_data_body",
    "ExtractDataBodySchema": "extract_data_body_schema",
    "ExtractDataResponse400": "extract_data_response_400",
    "ExtractDataResponse500": "extract_data_response_500",
    "ExtractResponse": "extract_response",
    "ExtractStatusResponse": "extract_status_response",
    "ExtractStatusResponseData": "extract_status_response_data",
    "ExtractStatusResponseStatus": "extract_status_response_status",
    "FeedbackErrorResponse": "feedback_error_response",
    "FeedbackErrorResponseDetailsItem": "feedback_error_response_details_item",
    "FeedbackResponse": "feedback_response",
    "FormatName": "format_name",
    "GetActiveCrawlsResponse200": "get_active_crawls_response_200",
    "GetActiveCrawlsResponse200CrawlsItem": "get_active_crawls_response_200_crawls_item",
    "GetActiveCrawlsResponse200CrawlsItemOptions": "get_active_crawls_response_200_crawls_item_options",
    "GetActiveCrawlsResponse402": "get_active_crawls_response_402",
    "GetActiveCrawlsResponse429": "get_active_crawls_response_429",
    "GetActiveCrawlsResponse500": "get_active_crawls_response_500",
    "GetActivityEndpoint": "get_activity_endpoint",
    "GetActivityResponse200": "get_activity_response_200",
    "GetActivityResponse200DataItem": "get_activity_response_200_data_item",
    "GetActivityResponse200DataItemEndpoint": "get_activity_response_200_data_item_endpoint",
    "GetAgentStatusResponse200": "get_agent_status_response_200",
    "GetAgentStatusResponse200Data": "get_agent_status_response_200_data",
    "GetAgentStatusResponse200Model": "get_agent_status_response_200_model",
    "GetAgentStatusResponse200Status": "get_agent_status_response_200_status",
    "GetBatchScrapeErrorsResponse402": "get_batch_scrape_errors_response_402",
    "GetBatchScrapeErrorsResponse429": "get_batch_scrape_errors_response_429",
    "GetBatchScrapeErrorsResponse500": "get_batch_scrape_errors_response_500",
    "GetBatchScrapeStatusResponse402": "get_batch_scrape_status_response_402",
    "GetBatchScrapeStatusResponse429": "get_batch_scrape_status_response_429",
    "GetBatchScrapeStatusResponse500": "get_batch_scrape_status_response_500",
    "GetCrawlErrorsResponse402": "get_crawl_errors_response_402",
    "GetCrawlErrorsResponse429": "get_crawl_errors_response_429",
    "GetCrawlErrorsResponse500": "get_crawl_errors_response_500",
    "GetCrawlStatusResponse402": "get_crawl_status_response_402",
    "GetCrawlStatusResponse429": "get_crawl_status_response_429",
    "GetCrawlStatusResponse500": "get_crawl_status_response_500",
    "GetCreditUsageResponse200": "get_credit_usage_response_200",
    "GetCreditUsageResponse200Data": "get_credit_usage_response_200_data",
    "GetCreditUsageResponse404": "get_credit_usage_response_404",
    "GetCreditUsageResponse500": "get_credit_usage_response_500",
    "GetHistoricalCreditUsageResponse200": "get_historical_credit_usage_response_200",
    "GetHistoricalCreditUsageResponse200PeriodsItem": "get_historical_credit_usage_response_200_periods_item",
    "GetHistoricalCreditUsageResponse500": "get_historical_credit_usage_response_500",
    "GetHistoricalTokenUsageResponse200": "get_historical_token_usage_response_200",
    "GetHistoricalTokenUsageResponse200PeriodsItem": "get_historical_token_usage_response_200_periods_item",
    "GetHistoricalTokenUsageResponse500": "get_historical_token_usage_response_500",
    "GetMonitorCheckStatus": "get_monitor_check_status",
    "GetQueueStatusResponse200": "get_queue_status_response_200",
    "GetScrapeStatusResponse402": "get_scrape_status_response_402",
    "GetScrapeStatusResponse429": "get_scrape_status_response_429",
    "GetScrapeStatusResponse500": "get_scrape_status_response_500",
    "GetThreatProtectionResponse200": "get_threat_protection_response_200",
    "GetThreatProtectionResponse200Data": "get_threat_protection_response_200_data",
    "GetThreatProtectionResponse200DataFailurePolicy": "get_threat_protection_response_200_data_failure_policy",
    "GetThreatProtectionResponse200DataMode": "get_threat_protection_response_200_data_mode",
    "GetTokenUsageResponse200": "get_token_usage_response_200",
    "GetTokenUsageResponse200Data": "get_token_usage_response_200_data",
    "GetTokenUsageResponse404": "get_token_usage_response_404",
    "GetTokenUsageResponse500": "get_token_usage_response_500",
    "Highlights": "highlights",
    "HighlightsType": "highlights_type",
    "HTML": "html",
    "HTMLType": "html_type",
    "Images": "images",
    "ImagesType": "images_type",
    "InteractSession": "interact_session",
    "InteractSessionList": "interact_session_list",
    "InteractSessionSummary": "interact_session_summary",
    "InteractWithScrapeBrowserSessionResponse400": "interact_with_scrape_browser_session_response_400",
    "InteractWithScrapeBrowserSessionResponse402": "interact_with_scrape_browser_session_response_402",
    "InteractWithScrapeBrowserSessionResponse403": "interact_with_scrape_browser_session_response_403",
    "InteractWithScrapeBrowserSessionResponse404": "interact_with_scrape_browser_session_response_404",
    "InteractWithScrapeBrowserSessionResponse409": "interact_with_scrape_browser_session_response_409",
    "InteractWithScrapeBrowserSessionResponse410": "interact_with_scrape_browser_session_response_410",
    "InteractWithScrapeBrowserSessionResponse429": "interact_with_scrape_browser_session_response_429",
    "InteractWithScrapeBrowserSessionResponse502": "interact_with_scrape_browser_session_response_502",
    "JSON": "json",
    "JsonSchemaDocument": "json_schema_document",
    "JSONType": "json_type",
    "Links": "links",
    "LinksType": "links_type",
    "ListMonitorChecksStatus": "list_monitor_checks_status",
    "ListSessionsPaymentRequired": "list_sessions_payment_required",
    "MapResponse": "map_response",
    "MapResponseLinksItem": "map_response_links_item",
    "MapUrlsBody": "map_urls_body",
    "MapUrlsBodyLocation": "map_urls_body_location",
    "MapUrlsBodySitemap": "map_urls_body_sitemap",
    "MapUrlsResponse402": "map_urls_response_402",
    "MapUrlsResponse429": "map_urls_response_429",
    "MapUrlsResponse500": "map_urls_response_500",
    "Markdown": "markdown",
    "MarkdownType": "markdown_type",
    "Menu": "menu",
    "MenuType": "menu_type",
    "Monitor": "monitor",
    "MonitorCheck": "monitor_check",
    "MonitorCheckDetailResponse": "monitor_check_detail_response",
    "MonitorCheckDetailResponseData": "monitor_check_detail_response_data",
    "MonitorCheckListResponse": "monitor_check_list_response",
    "MonitorCheckNotificationStatusType0": "monitor_check_notification_status_type_0",
    "MonitorCheckPage": "monitor_check_page",
    "MonitorCheckPageDiffType0": "monitor_check_page_diff_type_0",
    "MonitorCheckPageDiffType0Json": "monitor_check_page_diff_type_0_json",
    "MonitorCheckPageMetadataType0": "monitor_check_page_metadata_type_0",
    "MonitorCheckPageSnapshotType0": "monitor_check_page_snapshot_type_0",
    "MonitorCheckPageSnapshotType0Json": "monitor_check_page_snapshot_type_0_json",
    "MonitorCheckPageStatus": "monitor_check_page_status",
    "MonitorCheckStatus": "monitor_check_status",
    "MonitorCheckTrigger": "monitor_check_trigger",
    "MonitorCrawlOptions": "monitor_crawl_options",
    "MonitorCreateRequest": "monitor_create_request",
    "MonitorListResponse": "monitor_list_response",
    "MonitorMeaningfulChange": "monitor_meaningful_change",
    "MonitorMeaningfulChangeType": "monitor_meaningful_change_type",
    "MonitorMonitorScheduleState": "monitor_monitor_schedule_state",
    "MonitorNotification": "monitor_notification",
    "MonitorNotificationEmail": "monitor_notification_email",
    "MonitorPageJudgmentType0": "monitor_page_judgment_type_0",
    "MonitorPageJudgmentType0Confidence": "monitor_page_judgment_type_0_confidence",
    "MonitorResponse": "monitor_response",
    "MonitorRunResponse": "monitor_run_response",
    "MonitorSchedule": "monitor_schedule",
    "MonitorStatus": "monitor_status",
    "MonitorSummary": "monitor_summary",
    "MonitorUpdateRequest": "monitor_update_request",
    "MonitorUpdateRequestStatus": "monitor_update_request_status",
    "MonitorWebhook": "monitor_webhook",
    "MonitorWebhookEventsItem": "monitor_webhook_events_item",
    "MonitorWebhookHeaders": "monitor_webhook_headers",
    "MonitorWebhookMetadata": "monitor_webhook_metadata",
    "ParseFileBody": "parse_file_body",
    "ParseFileResponse400": "parse_file_response_400",
    "ParseFileResponse402": "parse_file_response_402",
    "ParseFileResponse429": "parse_file_response_429",
    "ParseFileResponse500": "parse_file_response_500",
    "ParseHTML": "parse_html",
    "ParseHTMLType": "parse_html_type",
    "ParseImages": "parse_images",
    "ParseImagesType": "parse_images_type",
    "ParseJSON": "parse_json",
    "ParseJSONType": "parse_json_type",
    "ParseLinks": "parse_links",
    "ParseLinksType": "parse_links_type",
    "ParseMarkdown": "parse_markdown",
    "ParseMarkdownType": "parse_markdown_type",
    "ParseOptions": "parse_options",
    "ParseOptionsHeaders": "parse_options_headers",
    "ParseOptionsParsersItemType0": "parse_options_parsers_item_type_0",
    "ParseOptionsParsersItemType0Mode": "parse_options_parsers_item_type_0_mode",
    "ParseOptionsParsersItemType0Type": "parse_options_parsers_item_type_0_type",
    "ParseOptionsProxy": "parse_options_proxy",
    "ParseRawHTML": "parse_raw_html",
    "ParseRawHTMLType": "parse_raw_html_type",
    "ParseSummary": "parse_summary",
    "ParseSummaryType": "parse_summary_type",
    "Product": "product",
    "ProductType": "product_type",
    "Profile": "profile",
    "Question": "question",
    "QuestionType": "question_type",
    "RawHTML": "raw_html",
    "RawHTMLType": "raw_html_type",
    "RedactPIIEntity": "redact_pii_entity",
    "RedactPIIOptions": "redact_pii_options",
    "RedactPIIOptionsMode": "redact_pii_options_mode",
    "RedactPIIOptionsReplaceStyle": "redact_pii_options_replace_style",
    "ResearchIdMap": "research_id_map",
    "ResearchPaperMetadata": "research_paper_metadata",
    "ResearchPaperMetadataResponse": "research_paper_metadata_response",
    "ResearchPaperResult": "research_paper_result",
    "ResearchPaperSignals": "research_paper_signals",
    "ResearchPassage": "research_passage",
    "ResearchReadPaperResponse": "research_read_paper_response",
    "ResearchRelatedPapersMode": "research_related_papers_mode",
    "ResearchSearchPapersResponse": "research_search_papers_response",
    "ResearchSimilarPapersResponse": "research_similar_papers_response",
    "ScrapeAndExtractFromUrlBody": "scrape_and_extract_from_url_body",
    "ScrapeAndExtractFromUrlResponse402": "scrape_and_extract_from_url_response_402",
    "ScrapeAndExtractFromUrlResponse429": "scrape_and_extract_from_url_response_429",
    "ScrapeAndExtractFromUrlResponse500": "scrape_and_extract_from_url_response_500",
    "ScrapeAndExtractFromUrlsBody": "scrape_and_extract_from_urls_body",
    "ScrapeAndExtractFromUrlsBodyWebhook": "scrape_and_extract_from_urls_body_webhook",
    "ScrapeAndExtractFromUrlsBodyWebhookEventsItem": "scrape_and_extract_from_urls_body_webhook_events_item",
    "ScrapeAndExtractFromUrlsBodyWebhookHeaders": "scrape_and_extract_from_urls_body_webhook_headers",
    "ScrapeAndExtractFromUrlsBodyWebhookMetadata": "scrape_and_extract_from_urls_body_webhook_metadata",
    "ScrapeAndExtractFromUrlsResponse402": "scrape_and_extract_from_urls_response_402",
    "ScrapeAndExtractFromUrlsResponse429": "scrape_and_extract_from_urls_response_429",
    "ScrapeAndExtractFromUrlsResponse500": "scrape_and_extract_from_urls_response_500",
    "ScrapeInteractBody": "scrape_interact_body",
    "ScrapeInteractLanguage": "scrape_interact_language",
    "ScrapeInteractResult": "scrape_interact_result",
    "ScrapeOptions": "scrape_options",
    "ScrapeOptionsClick": "scrape_options_click",
    "ScrapeOptionsClickType": "scrape_options_click_type",
    "ScrapeOptionsExecuteJavaScript": "scrape_options_execute_java_script",
    "ScrapeOptionsExecuteJavaScriptType": "scrape_options_execute_java_script_type",
    "ScrapeOptionsGeneratePDF": "scrape_options_generate_pdf",
    "ScrapeOptionsGeneratePDFFormat": "scrape_options_generate_pdf_format",
    "ScrapeOptionsGeneratePDFType": "scrape_options_generate_pdf_type",
    "ScrapeOptionsHeaders": "scrape_options_headers",
    "ScrapeOptionsLocation": "scrape_options_location",
    "ScrapeOptionsParserName": "scrape_options_parser_name",
    "ScrapeOptionsParsersItemType0": "scrape_options_parsers_item_type_0",
    "ScrapeOptionsParsersItemType0Mode": "scrape_options_parsers_item_type_0_mode",
    "ScrapeOptionsParsersItemType0Type": "scrape_options_parsers_item_type_0_type",
    "ScrapeOptionsPressAKey": "scrape_options_press_a_key",
    "ScrapeOptionsPressAKeyType": "scrape_options_press_a_key_type",
    "ScrapeOptionsProfile": "scrape_options_profile",
    "ScrapeOptionsProxy": "scrape_options_proxy",
    "ScrapeOptionsScrape": "scrape_options_scrape",
    "ScrapeOptionsScrapeType": "scrape_options_scrape_type",
    "ScrapeOptionsScreenshotAction": "scrape_options_screenshot_action",
    "ScrapeOptionsScreenshotActionType": "scrape_options_screenshot_action_type",
    "ScrapeOptionsScreenshotActionViewport": "scrape_options_screenshot_action_viewport",
    "ScrapeOptionsScroll": "scrape_options_scroll",
    "ScrapeOptionsScrollDirection": "scrape_options_scroll_direction",
    "ScrapeOptionsScrollType": "scrape_options_scroll_type",
    "ScrapeOptionsWaitByDuration": "scrape_options_wait_by_duration",
    "ScrapeOptionsWaitByDurationType": "scrape_options_wait_by_duration_type",
    "ScrapeOptionsWaitForElement": "scrape_options_wait_for_element",
    "ScrapeOptionsWaitForElementType": "scrape_options_wait_for_element_type",
    "ScrapeOptionsWriteText": "scrape_options_write_text",
    "ScrapeOptionsWriteTextType": "scrape_options_write_text_type",
    "ScrapeResponse": "scrape_response",
    "ScrapeResponseData": "scrape_response_data",
    "ScrapeResponseDataActionsType0": "scrape_response_data_actions_type_0",
    "ScrapeResponseDataActionsType0JavascriptReturnsItem": "scrape_response_data_actions_type_0_javascript_returns_item",
    "ScrapeResponseDataActionsType0ScrapesItem": "scrape_response_data_actions_type_0_scrapes_item",
    "ScrapeResponseDataBlocksType0Item": "scrape_response_data_blocks_type_0_item",
    "ScrapeResponseDataBlocksType0ItemItemsItem": "scrape_response_data_blocks_type_0_item_items_item",
    "ScrapeResponseDataBlocksType0ItemItemsItemConfidence": "scrape_response_data_blocks_type_0_item_items_item_confidence",
    "ScrapeResponseDataBrandingType0": "scrape_response_data_branding_type_0",
    "ScrapeResponseDataBrandingType0AnimationsType0": "scrape_response_data_branding_type_0_animations_type_0",
    "ScrapeResponseDataBrandingType0ColorScheme": "scrape_response_data_branding_type_0_color_scheme",
    "ScrapeResponseDataBrandingType0ColorsType0": "scrape_response_data_branding_type_0_colors_type_0",
    "ScrapeResponseDataBrandingType0ComponentsType0": "scrape_response_data_branding_type_0_components_type_0",
    "ScrapeResponseDataBrandingType0ComponentsType0ButtonPrimary": "scrape_response_data_branding_type_0_components_type_0_button_primary",
    "ScrapeResponseDataBrandingType0ComponentsType0ButtonSecondary": "scrape_response_data_branding_type_0_components_type_0_button_secondary",
    "ScrapeResponseDataBrandingType0ComponentsType0Input": "scrape_response_data_branding_type_0_components_type_0_input",
    "ScrapeResponseDataBrandingType0FontsType0Item": "scrape_response_data_branding_type_0_fonts_type_0_item",
    "ScrapeResponseDataBrandingType0IconsType0": "scrape_response_data_branding_type_0_icons_type_0",
    "ScrapeResponseDataBrandingType0ImagesType0": "scrape_response_data_branding_type_0_images_type_0",
    "ScrapeResponseDataBrandingType0LayoutType0": "scrape_response_data_branding_type_0_layout_type_0",
    "ScrapeResponseDataBrandingType0PersonalityType0": "scrape_response_data_branding_type_0_personality_type_0",
    "ScrapeResponseDataBrandingType0SpacingType0": "scrape_response_data_branding_type_0_spacing_type_0",
    "ScrapeResponseDataBrandingType0SpacingType0Margins": "scrape_response_data_branding_type_0_spacing_type_0_margins",
    "ScrapeResponseDataBrandingType0SpacingType0Padding": "scrape_response_data_branding_type_0_spacing_type_0_padding",
    "ScrapeResponseDataBrandingType0TypographyType0": "scrape_response_data_branding_type_0_typography_type_0",
    "ScrapeResponseDataBrandingType0TypographyType0FontFamilies": "scrape_response_data_branding_type_0_typography_type_0_font_families",
    "ScrapeResponseDataBrandingType0TypographyType0FontSizes": "scrape_response_data_branding_type_0_typography_type_0_font_sizes",
    "ScrapeResponseDataBrandingType0TypographyType0FontWeights": "scrape_response_data_branding_type_0_typography_type_0_font_weights",
    "ScrapeResponseDataBrandingType0TypographyType0LineHeights": "scrape_response_data_branding_type_0_typography_type_0_line_heights",
    "ScrapeResponseDataChangeTrackingType0": "scrape_response_data_change_tracking_type_0",
    "ScrapeResponseDataChangeTrackingType0ChangeStatus": "scrape_response_data_change_tracking_type_0_change_status",
    "ScrapeResponseDataChangeTrackingType0JsonType0": "scrape_response_data_change_tracking_type_0_json_type_0",
    "ScrapeResponseDataChangeTrackingType0Visibility": "scrape_response_data_change_tracking_type_0_visibility",
    "ScrapeResponseDataMenuType0": "scrape_response_data_menu_type_0",
    "ScrapeResponseDataMenuType0Merchant": "scrape_response_data_menu_type_0_merchant",
    "ScrapeResponseDataMenuType0SectionsItem": "scrape_response_data_menu_type_0_sections_item",
    "ScrapeResponseDataMenuType0SectionsItemItemsItem": "scrape_response_data_menu_type_0_sections_item_items_item",
    "ScrapeResponseDataMenuType0SectionsItemItemsItemAvailability": "scrape_response_data_menu_type_0_sections_item_items_item_availability",
    "ScrapeResponseDataMenuType0SectionsItemItemsItemIdentifiers": "scrape_response_data_menu_type_0_sections_item_items_item_identifiers",
    "ScrapeResponseDataMenuType0SectionsItemItemsItemImagesItem": "scrape_response_data_menu_type_0_sections_item_items_item_images_item",
    "ScrapeResponseDataMenuType0SectionsItemItemsItemOptionGroupsItem": "scrape_response_data_menu_type_0_sections_item_items_item_option_groups_item",
    "ScrapeResponseDataMenuType0SectionsItemItemsItemPrice": "scrape_response_data_menu_type_0_sections_item_items_item_price",
    "ScrapeResponseDataMetadata": "scrape_response_data_metadata",
    "ScrapeResponseDataPagesType0Item": "scrape_response_data_pages_type_0_item",
    "ScrapeResponseDataProductType0": "scrape_response_data_product_type_0",
    "ScrapeResponseDataProductType0VariantsItem": "scrape_response_data_product_type_0_variants_item",
    "ScrapeResponseDataProductType0VariantsItemAvailability": "scrape_response_data_product_type_0_variants_item_availability",
    "ScrapeResponseDataProductType0VariantsItemImagesItem": "scrape_response_data_product_type_0_variants_item_images_item",
    "ScrapeResponseDataProductType0VariantsItemPrice": "scrape_response_data_product_type_0_variants_item_price",
    "ScrapeResponseDataProductType0VariantsItemSale": "scrape_response_data_product_type_0_variants_item_sale",
    "ScrapeResponseDataProductType0VariantsItemSaleOriginalPrice": "scrape_response_data_product_type_0_variants_item_sale_original_price",
    "ScrapeResponseDataProductType0VariantsItemValues": "scrape_response_data_product_type_0_variants_item_values",
    "ScrapeTarget": "scrape_target",
    "ScrapeTargetType": "scrape_target_type",
    "ScreenshotFormat": "screenshot_format",
    "ScreenshotFormatType": "screenshot_format_type",
    "ScreenshotViewport": "screenshot_viewport",
    "SearchAndScrapeBody": "search_and_scrape_body",
    "SearchAndScrapeBodyEnterpriseItem": "search_and_scrape_body_enterprise_item",
    "SearchAndScrapeBodyGitHub": "search_and_scrape_body_git_hub",
    "SearchAndScrapeBodyGitHubType": "search_and_scrape_body_git_hub_type",
    "SearchAndScrapeBodyImages": "search_and_scrape_body_images",
    "SearchAndScrapeBodyImagesType": "search_and_scrape_body_images_type",
    "SearchAndScrapeBodyNews": "search_and_scrape_body_news",
    "SearchAndScrapeBodyNewsType": "search_and_scrape_body_news_type",
    "SearchAndScrapeBodyPDF": "search_and_scrape_body_pdf",
    "SearchAndScrapeBodyPDFType": "search_and_scrape_body_pdf_type",
    "SearchAndScrapeBodyResearch": "search_and_scrape_body_research",
    "SearchAndScrapeBodyResearchType": "search_and_scrape_body_research_type",
    "SearchAndScrapeBodyWeb": "search_and_scrape_body_web",
    "SearchAndScrapeBodyWebType": "search_and_scrape_body_web_type",
    "SearchAndScrapeResponse200": "search_and_scrape_response_200",
    "SearchAndScrapeResponse200Data": "search_and_scrape_response_200_data",
    "SearchAndScrapeResponse200DataImagesItem": "search_and_scrape_response_200_data_images_item",
    "SearchAndScrapeResponse200DataNewsItem": "search_and_scrape_response_200_data_news_item",
    "SearchAndScrapeResponse200DataNewsItemMetadata": "search_and_scrape_response_200_data_news_item_metadata",
    "SearchAndScrapeResponse200DataWebItem": "search_and_scrape_response_200_data_web_item",
    "SearchAndScrapeResponse200DataWebItemMetadata": "search_and_scrape_response_200_data_web_item_metadata",
    "SearchAndScrapeResponse408": "search_and_scrape_response_408",
    "SearchAndScrapeResponse500": "search_and_scrape_response_500",
    "SearchFeedbackRequest": "search_feedback_request",
    "SearchFeedbackRequestMissingContentItem": "search_feedback_request_missing_content_item",
    "SearchFeedbackRequestRating": "search_feedback_request_rating",
    "SearchFeedbackRequestValuableSourcesItem": "search_feedback_request_valuable_sources_item",
    "SearchTarget": "search_target",
    "SearchTargetSearchWindow": "search_target_search_window",
    "SearchTargetType": "search_target_type",
    "SessionStatus": "session_status",
    "SessionStatusFilter": "session_status_filter",
    "StartAgentBody": "start_agent_body",
    "StartAgentBodyModel": "start_agent_body_model",
    "StartAgentBodySchema": "start_agent_body_schema",
    "StartAgentResponse200": "start_agent_response_200",
    "StartAgentResponse402": "start_agent_response_402",
    "StartAgentResponse429": "start_agent_response_429",
    "StopInteractionResult": "stop_interaction_result",
    "StopInteractiveScrapeBrowserSessionResponse403": "stop_interactive_scrape_browser_session_response_403",
    "StopInteractiveScrapeBrowserSessionResponse404": "stop_interactive_scrape_browser_session_response_404",
    "SuccessResponse": "success_response",
    "Summary": "summary",
    "SummaryType": "summary_type",
    "SupportAskRequest": "support_ask_request",
    "SupportAskResponse": "support_ask_response",
    "SupportAskResponseConfidence": "support_ask_response_confidence",
    "SupportAskResponseFeedbackType0": "support_ask_response_feedback_type_0",
    "SupportAskResponseFixParametersType0": "support_ask_response_fix_parameters_type_0",
    "SupportAskResponseValidationType0": "support_ask_response_validation_type_0",
    "SupportDocsSearchRequest": "support_docs_search_request",
    "SupportDocsSearchResponse": "support_docs_search_response",
    "SupportDocsSearchResponseEvidenceItem": "support_docs_search_response_evidence_item",
    "SupportDocsSearchResponseUsage": "support_docs_search_response_usage",
    "SupportProxyErrorResponse": "support_proxy_error_response",
    "ThreatProtectionOverride": "threat_protection_override",
    "ThreatProtectionOverrideFailurePolicy": "threat_protection_override_failure_policy",
    "ThreatProtectionOverrideMode": "threat_protection_override_mode",
    "UpdateThreatProtectionBody": "update_threat_protection_body",
    "UpdateThreatProtectionBodyFailurePolicy": "update_threat_protection_body_failure_policy",
    "UpdateThreatProtectionBodyMode": "update_threat_protection_body_mode",
    "UpdateThreatProtectionResponse200": "update_threat_protection_response_200",
    "UpdateThreatProtectionResponse200Data": "update_threat_protection_response_200_data",
    "UpdateThreatProtectionResponse200DataFailurePolicy": "update_threat_protection_response_200_data_failure_policy",
    "UpdateThreatProtectionResponse200DataMode": "update_threat_protection_response_200_data_mode",
    "Video": "video",
    "VideoType": "video_type",
}

__all__ = (
    "HTML",
    "JSON",
    "Audio",
    "AudioType",
    "AuditMetadata",
    "BatchScrapeResponseObj",
    "BatchScrapeStatusResponseObj",
    "BatchScrapeStatusResponseObjDataItem",
    "BatchScrapeStatusResponseObjDataItemBlocksType0Item",
    "BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItem",
    "BatchScrapeStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence",
    "BatchScrapeStatusResponseObjDataItemMetadata",
    "BatchScrapeStatusResponseObjDataItemPagesType0Item",
    "BatchScrapeStatusResponseObjStatus",
    "Branding",
    "BrandingType",
    "CancelAgentResponse200",
    "CancelBatchScrapeResponse200",
    "CancelBatchScrapeResponse200Status",
    "CancelBatchScrapeResponse404",
    "CancelBatchScrapeResponse500",
    "CancelCrawlResponse200",
    "CancelCrawlResponse200Status",
    "CancelCrawlResponse404",
    "CancelCrawlResponse500",
    "ChangeTracking",
    "ChangeTrackingModesItem",
    "ChangeTrackingType",
    "CodeLanguage",
    "CrawlErrorsResponseObj",
    "CrawlErrorsResponseObjErrorsItem",
    "CrawlParamsPreviewBody",
    "CrawlParamsPreviewResponse200",
    "CrawlParamsPreviewResponse200Data",
    "CrawlParamsPreviewResponse200DataSitemap",
    "CrawlParamsPreviewResponse400",
    "CrawlParamsPreviewResponse401",
    "CrawlParamsPreviewResponse500",
    "CrawlResponse",
    "CrawlStatusResponseObj",
    "CrawlStatusResponseObjDataItem",
    "CrawlStatusResponseObjDataItemBlocksType0Item",
    "CrawlStatusResponseObjDataItemBlocksType0ItemItemsItem",
    "CrawlStatusResponseObjDataItemBlocksType0ItemItemsItemConfidence",
    "CrawlStatusResponseObjDataItemMetadata",
    "CrawlStatusResponseObjDataItemPagesType0Item",
    "CrawlStatusResponseObjStatus",
    "CrawlTarget",
    "CrawlTargetType",
    "CrawlUrlsBody",
    "CrawlUrlsBodySitemap",
    "CrawlUrlsBodyWebhook",
    "CrawlUrlsBodyWebhookEventsItem",
    "CrawlUrlsBodyWebhookHeaders",
    "CrawlUrlsBodyWebhookMetadata",
    "CrawlUrlsResponse402",
    "CrawlUrlsResponse429",
    "CrawlUrlsResponse500",
    "CreateSessionBody",
    "CreateSessionPaymentRequired",
    "DeleteSessionPaymentRequired",
    "DeleteSessionResult",
    "DeveloperSearchPostBody",
    "DeveloperSearchPostBodySkills",
    "DeveloperSearchPostBodyTypesItem",
    "DeveloperSearchResponse",
    "DeveloperSearchResponseCoverage",
    "DeveloperSearchResponseCoverageDoc",
    "DeveloperSearchResponseCoverageIssue",
    "DeveloperSearchResponseCoveragePullRequest",
    "DeveloperSearchResponseCoverageReadme",
    "DeveloperSearchResponseReposItem",
    "DeveloperSearchResponseReposItemTypes",
    "DeveloperSearchResponseSourcesItem",
    "DeveloperSearchResult",
    "DeveloperSearchResultPassagesItem",
    "DeveloperSearchResultType",
    "DeveloperSearchSkills",
    "DeveloperSearchTypesItem",
    "EndpointFeedbackRequest",
    "EndpointFeedbackRequestEndpoint",
    "EndpointFeedbackRequestMetadata",
    "EndpointFeedbackRequestMissingContentItem",
    "ExecuteBody",
    "ExecutePaymentRequired",
    "ExecuteResult",
    "ExtractDataBody",
    "ExtractDataBodySchema",
    "ExtractDataResponse400",
    "ExtractDataResponse500",
    "ExtractResponse",
    "ExtractStatusResponse",
    "ExtractStatusResponseData",
    "ExtractStatusResponseStatus",
    "FeedbackErrorResponse",
    "FeedbackErrorResponseDetailsItem",
    "FeedbackResponse",
    "FormatName",
    "GetActiveCrawlsResponse200",
    "GetActiveCrawlsResponse200CrawlsItem",
    "GetActiveCrawlsResponse200CrawlsItemOptions",
    "GetActiveCrawlsResponse402",
    "GetActiveCrawlsResponse429",
    "GetActiveCrawlsResponse500",
    "GetActivityEndpoint",
    "GetActivityResponse200",
    "GetActivityResponse200DataItem",
    "GetActivityResponse200DataItemEndpoint",
    "GetAgentStatusResponse200",
    "GetAgentStatusResponse200Data",
    "GetAgentStatusResponse200Model",
    "GetAgentStatusResponse200Status",
    "GetBatchScrapeErrorsResponse402",
    "GetBatchScrapeErrorsResponse429",
    "GetBatchScrapeErrorsResponse500",
    "GetBatchScrapeStatusResponse402",
    "GetBatchScrapeStatusResponse429",
    "GetBatchScrapeStatusResponse500",
    "GetCrawlErrorsResponse402",
    "GetCrawlErrorsResponse429",
    "GetCrawlErrorsResponse500",
    "GetCrawlStatusResponse402",
    "GetCrawlStatusResponse429",
    "GetCrawlStatusResponse500",
    "GetCreditUsageResponse200",
    "GetCreditUsageResponse200Data",
    "GetCreditUsageResponse404",
    "GetCreditUsageResponse500",
    "GetHistoricalCreditUsageResponse200",
    "GetHistoricalCreditUsageResponse200PeriodsItem",
    "GetHistoricalCreditUsageResponse500",
    "GetHistoricalTokenUsageResponse200",
    "GetHistoricalTokenUsageResponse200PeriodsItem",
    "GetHistoricalTokenUsageResponse500",
    "GetMonitorCheckStatus",
    "GetQueueStatusResponse200",
    "GetScrapeStatusResponse402",
    "GetScrapeStatusResponse429",
    "GetScrapeStatusResponse500",
    "GetThreatProtectionResponse200",
    "GetThreatProtectionResponse200Data",
    "GetThreatProtectionResponse200DataFailurePolicy",
    "GetThreatProtectionResponse200DataMode",
    "GetTokenUsageResponse200",
    "GetTokenUsageResponse200Data",
    "GetTokenUsageResponse404",
    "GetTokenUsageResponse500",
    "HTMLType",
    "Highlights",
    "HighlightsType",
    "Images",
    "ImagesType",
    "InteractSession",
    "InteractSessionList",
    "InteractSessionSummary",
    "InteractWithScrapeBrowserSessionResponse400",
    "InteractWithScrapeBrowserSessionResponse402",
    "InteractWithScrapeBrowserSessionResponse403",
    "InteractWithScrapeBrowserSessionResponse404",
    "InteractWithScrapeBrowserSessionResponse409",
    "InteractWithScrapeBrowserSessionResponse410",
    "InteractWithScrapeBrowserSessionResponse429",
    "InteractWithScrapeBrowserSessionResponse502",
    "JSONType",
    "JsonSchemaDocument",
    "Links",
    "LinksType",
    "ListMonitorChecksStatus",
    "ListSessionsPaymentRequired",
    "MapResponse",
    "MapResponseLinksItem",
    "MapUrlsBody",
    "MapUrlsBodyLocation",
    "MapUrlsBodySitemap",
    "MapUrlsResponse402",
    "MapUrlsResponse429",
    "MapUrlsResponse500",
    "Markdown",
    "MarkdownType",
    "Menu",
    "MenuType",
    "Monitor",
    "MonitorCheck",
    "MonitorCheckDetailResponse",
    "MonitorCheckDetailResponseData",
    "MonitorCheckListResponse",
    "MonitorCheckNotificationStatusType0",
    "MonitorCheckPage",
    "MonitorCheckPageDiffType0",
    "MonitorCheckPageDiffType0Json",
    "MonitorCheckPageMetadataType0",
    "MonitorCheckPageSnapshotType0",
    "MonitorCheckPageSnapshotType0Json",
    "MonitorCheckPageStatus",
    "MonitorCheckStatus",
    "MonitorCheckTrigger",
    "MonitorCrawlOptions",
    "MonitorCreateRequest",
    "MonitorListResponse",
    "MonitorMeaningfulChange",
    "MonitorMeaningfulChangeType",
    "MonitorMonitorScheduleState",
    "MonitorNotification",
    "MonitorNotificationEmail",
    "MonitorPageJudgmentType0",
    "MonitorPageJudgmentType0Confidence",
    "MonitorResponse",
    "MonitorRunResponse",
    "MonitorSchedule",
    "MonitorStatus",
    "MonitorSummary",
    "MonitorUpdateRequest",
    "MonitorUpdateRequestStatus",
    "MonitorWebhook",
    "MonitorWebhookEventsItem",
    "MonitorWebhookHeaders",
    "MonitorWebhookMetadata",
    "ParseFileBody",
    "ParseFileResponse400",
    "ParseFileResponse402",
    "ParseFileResponse429",
    "ParseFileResponse500",
    "ParseHTML",
    "ParseHTMLType",
    "ParseImages",
    "ParseImagesType",
    "ParseJSON",
    "ParseJSONType",
    "ParseLinks",
    "ParseLinksType",
    "ParseMarkdown",
    "ParseMarkdownType",
    "ParseOptions",
    "ParseOptionsHeaders",
    "ParseOptionsParsersItemType0",
    "ParseOptionsParsersItemType0Mode",
    "ParseOptionsParsersItemType0Type",
    "ParseOptionsProxy",
    "ParseRawHTML",
    "ParseRawHTMLType",
    "ParseSummary",
    "ParseSummaryType",
    "Product",
    "ProductType",
    "Profile",
    "Question",
    "QuestionType",
    "RawHTML",
    "RawHTMLType",
    "RedactPIIEntity",
    "RedactPIIOptions",
    "RedactPIIOptionsMode",
    "RedactPIIOptionsReplaceStyle",
    "ResearchIdMap",
    "ResearchPaperMetadata",
    "ResearchPaperMetadataResponse",
    "ResearchPaperResult",
    "ResearchPaperSignals",
    "ResearchPassage",
    "ResearchReadPaperResponse",
    "ResearchRelatedPapersMode",
    "ResearchSearchPapersResponse",
    "ResearchSimilarPapersResponse",
    "ScrapeAndExtractFromUrlBody",
    "ScrapeAndExtractFromUrlResponse402",
    "ScrapeAndExtractFromUrlResponse429",
    "ScrapeAndExtractFromUrlResponse500",
    "ScrapeAndExtractFromUrlsBody",
    "ScrapeAndExtractFromUrlsBodyWebhook",
    "ScrapeAndExtractFromUrlsBodyWebhookEventsItem",
    "ScrapeAndExtractFromUrlsBodyWebhookHeaders",
    "ScrapeAndExtractFromUrlsBodyWebhookMetadata",
    "ScrapeAndExtractFromUrlsResponse402",
    "ScrapeAndExtractFromUrlsResponse429",
    "ScrapeAndExtractFromUrlsResponse500",
    "ScrapeInteractBody",
    "ScrapeInteractLanguage",
    "ScrapeInteractResult",
    "ScrapeOptions",
    "ScrapeOptionsClick",
    "ScrapeOptionsClickType",
    "ScrapeOptionsExecuteJavaScript",
    "ScrapeOptionsExecuteJavaScriptType",
    "ScrapeOptionsGeneratePDF",
    "ScrapeOptionsGeneratePDFFormat",
    "ScrapeOptionsGeneratePDFType",
    "ScrapeOptionsHeaders",
    "ScrapeOptionsLocation",
    "ScrapeOptionsParserName",
    "ScrapeOptionsParsersItemType0",
    "ScrapeOptionsParsersItemType0Mode",
    "ScrapeOptionsParsersItemType0Type",
    "ScrapeOptionsPressAKey",
    "ScrapeOptionsPressAKeyType",
    "ScrapeOptionsProfile",
    "ScrapeOptionsProxy",
    "ScrapeOptionsScrape",
    "ScrapeOptionsScrapeType",
    "ScrapeOptionsScreenshotAction",
    "ScrapeOptionsScreenshotActionType",
    "ScrapeOptionsScreenshotActionViewport",
    "ScrapeOptionsScroll",
    "ScrapeOptionsScrollDirection",
    "ScrapeOptionsScrollType",
    "ScrapeOptionsWaitByDuration",
    "ScrapeOptionsWaitByDurationType",
    "ScrapeOptionsWaitForElement",
    "ScrapeOptionsWaitForElementType",
    "ScrapeOptionsWriteText",
    "ScrapeOptionsWriteTextType",
    "ScrapeResponse",
    "ScrapeResponseData",
    "ScrapeResponseDataActionsType0",
    "ScrapeResponseDataActionsType0JavascriptReturnsItem",
    "ScrapeResponseDataActionsType0ScrapesItem",
    "ScrapeResponseDataBlocksType0Item",
    "ScrapeResponseDataBlocksType0ItemItemsItem",
    "ScrapeResponseDataBlocksType0ItemItemsItemConfidence",
    "ScrapeResponseDataBrandingType0",
    "ScrapeResponseDataBrandingType0AnimationsType0",
    "ScrapeResponseDataBrandingType0ColorScheme",
    "ScrapeResponseDataBrandingType0ColorsType0",
    "ScrapeResponseDataBrandingType0ComponentsType0",
    "ScrapeResponseDataBrandingType0ComponentsType0ButtonPrimary",
    "ScrapeResponseDataBrandingType0ComponentsType0ButtonSecondary",
    "ScrapeResponseDataBrandingType0ComponentsType0Input",
    "ScrapeResponseDataBrandingType0FontsType0Item",
    "ScrapeResponseDataBrandingType0IconsType0",
    "ScrapeResponseDataBrandingType0ImagesType0",
    "ScrapeResponseDataBrandingType0LayoutType0",
    "ScrapeResponseDataBrandingType0PersonalityType0",
    "ScrapeResponseDataBrandingType0SpacingType0",
    "ScrapeResponseDataBrandingType0SpacingType0Margins",
    "ScrapeResponseDataBrandingType0SpacingType0Padding",
    "ScrapeResponseDataBrandingType0TypographyType0",
    "ScrapeResponseDataBrandingType0TypographyType0FontFamilies",
    "ScrapeResponseDataBrandingType0TypographyType0FontSizes",
    "ScrapeResponseDataBrandingType0TypographyType0FontWeights",
    "ScrapeResponseDataBrandingType0TypographyType0LineHeights",
    "ScrapeResponseDataChangeTrackingType0",
    "ScrapeResponseDataChangeTrackingType0ChangeStatus",
    "ScrapeResponseDataChangeTrackingType0JsonType0",
    "ScrapeResponseDataChangeTrackingType0Visibility",
    "ScrapeResponseDataMenuType0",
    "ScrapeResponseDataMenuType0Merchant",
    "ScrapeResponseDataMenuType0SectionsItem",
    "ScrapeResponseDataMenuType0SectionsItemItemsItem",
    "ScrapeResponseDataMenuType0SectionsItemItemsItemAvailability",
    "ScrapeResponseDataMenuType0SectionsItemItemsItemIdentifiers",
    "ScrapeResponseDataMenuType0SectionsItemItemsItemImagesItem",
    "ScrapeResponseDataMenuType0SectionsItemItemsItemOptionGroupsItem",
    "ScrapeResponseDataMenuType0SectionsItemItemsItemPrice",
    "ScrapeResponseDataMetadata",
    "ScrapeResponseDataPagesType0Item",
    "ScrapeResponseDataProductType0",
    "ScrapeResponseDataProductType0VariantsItem",
    "ScrapeResponseDataProductType0VariantsItemAvailability",
    "ScrapeResponseDataProductType0VariantsItemImagesItem",
    "ScrapeResponseDataProductType0VariantsItemPrice",
    "ScrapeResponseDataProductType0VariantsItemSale",
    "ScrapeResponseDataProductType0VariantsItemSaleOriginalPrice",
    "ScrapeResponseDataProductType0VariantsItemValues",
    "ScrapeTarget",
    "ScrapeTargetType",
    "ScreenshotFormat",
    "ScreenshotFormatType",
    "ScreenshotViewport",
    "SearchAndScrapeBody",
    "SearchAndScrapeBodyEnterpriseItem",
    "SearchAndScrapeBodyGitHub",
    "SearchAndScrapeBodyGitHubType",
    "SearchAndScrapeBodyImages",
    "SearchAndScrapeBodyImagesType",
    "SearchAndScrapeBodyNews",
    "SearchAndScrapeBodyNewsType",
    "SearchAndScrapeBodyPDF",
    "SearchAndScrapeBodyPDFType",
    "SearchAndScrapeBodyResearch",
    "SearchAndScrapeBodyResearchType",
    "SearchAndScrapeBodyWeb",
    "SearchAndScrapeBodyWebType",
    "SearchAndScrapeResponse200",
    "SearchAndScrapeResponse200Data",
    "SearchAndScrapeResponse200DataImagesItem",
    "SearchAndScrapeResponse200DataNewsItem",
    "SearchAndScrapeResponse200DataNewsItemMetadata",
    "SearchAndScrapeResponse200DataWebItem",
    "SearchAndScrapeResponse200DataWebItemMetadata",
    "SearchAndScrapeResponse408",
    "SearchAndScrapeResponse500",
    "SearchFeedbackRequest",
    "SearchFeedbackRequestMissingContentItem",
    "SearchFeedbackRequestRating",
    "SearchFeedbackRequestValuableSourcesItem",
    "SearchTarget",
    "SearchTargetSearchWindow",
    "SearchTargetType",
    "SessionStatus",
    "SessionStatusFilter",
    "StartAgentBody",
    "StartAgentBodyModel",
    "StartAgentBodySchema",
    "StartAgentResponse200",
    "StartAgentResponse402",
    "StartAgentResponse429",
    "StopInteractionResult",
    "StopInteractiveScrapeBrowserSessionResponse403",
    "StopInteractiveScrapeBrowserSessionResponse404",
    "SuccessResponse",
    "Summary",
    "SummaryType",
    "SupportAskRequest",
    "SupportAskResponse",
    "SupportAskResponseConfidence",
    "SupportAskResponseFeedbackType0",
    "SupportAskResponseFixParametersType0",
    "SupportAskResponseValidationType0",
    "SupportDocsSearchRequest",
    "SupportDocsSearchResponse",
    "SupportDocsSearchResponseEvidenceItem",
    "SupportDocsSearchResponseUsage",
    "SupportProxyErrorResponse",
    "ThreatProtectionOverride",
    "ThreatProtectionOverrideFailurePolicy",
    "ThreatProtectionOverrideMode",
    "UpdateThreatProtectionBody",
    "UpdateThreatProtectionBodyFailurePolicy",
    "UpdateThreatProtectionBodyMode",
    "UpdateThreatProtectionResponse200",
    "UpdateThreatProtectionResponse200Data",
    "UpdateThreatProtectionResponse200DataFailurePolicy",
    "UpdateThreatProtectionResponse200DataMode",
    "Video",
    "VideoType",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
