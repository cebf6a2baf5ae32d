from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_scrape_response_obj import BatchScrapeResponseObj
from ...models.scrape_and_extract_from_urls_body import ScrapeAndExtractFromUrlsBody
from ...models.scrape_and_extract_from_urls_response_402 import (
    ScrapeAndExtractFromUrlsResponse402,
)
from ...models.scrape_and_extract_from_urls_response_429 import (
    ScrapeAndExtractFromUrlsResponse429,
)
from ...models.scrape_and_extract_from_urls_response_500 import (
    ScrapeAndExtractFromUrlsResponse500,
)
from ...types import Response


def _get_kwargs(
    *,
    body: ScrapeAndExtractFromUrlsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/batch/scrape",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BatchScrapeResponseObj
    | ScrapeAndExtractFromUrlsResponse402
    | ScrapeAndExtractFromUrlsResponse429
    | ScrapeAndExtractFromUrlsResponse500
    | None
):
    if response.status_code == 200:
        response_200 = BatchScrapeResponseObj.from_dict(response.json())

        return response_200

    if response.status_code == 402:
        response_402 = ScrapeAndExtractFromUrlsResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = ScrapeAndExtractFromUrlsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ScrapeAndExtractFromUrlsResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BatchScrapeResponseObj
    | ScrapeAndExtractFromUrlsResponse402
    | ScrapeAndExtractFromUrlsResponse429
    | ScrapeAndExtractFromUrlsResponse500
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScrapeAndExtractFromUrlsBody,
) -> Response[
    BatchScrapeResponseObj
    | ScrapeAndExtractFromUrlsResponse402
    | ScrapeAndExtractFromUrlsResponse429
    | ScrapeAndExtractFromUrlsResponse500
]:
    """Scrape multiple URLs and optionally extract information using an LLM

    Args:
        body (ScrapeAndExtractFromUrlsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchScrapeResponseObj | ScrapeAndExtractFromUrlsResponse402 | ScrapeAndExtractFromUrlsResponse429 | ScrapeAndExtractFromUrlsResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ScrapeAndExtractFromUrlsBody,
) -> (
    BatchScrapeResponseObj
    | ScrapeAndExtractFromUrlsResponse402
    | ScrapeAndExtractFromUrlsResponse429
    | ScrapeAndExtractFromUrlsResponse500
    | None
):
    """Scrape multiple URLs and optionally extract information using an LLM

    Args:
        body (ScrapeAndExtractFromUrlsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchScrapeResponseObj | ScrapeAndExtractFromUrlsResponse402 | ScrapeAndExtractFromUrlsResponse429 | ScrapeAndExtractFromUrlsResponse500
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScrapeAndExtractFromUrlsBody,
) -> Response[
    BatchScrapeResponseObj
    | ScrapeAndExtractFromUrlsResponse402
    | ScrapeAndExtractFromUrlsResponse429
    | ScrapeAndExtractFromUrlsResponse500
]:
    """Scrape multiple URLs and optionally extract information using an LLM

    Args:
        body (ScrapeAndExtractFromUrlsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchScrapeResponseObj | ScrapeAndExtractFromUrlsResponse402 | ScrapeAndExtractFromUrlsResponse429 | ScrapeAndExtractFromUrlsResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScrapeAndExtractFromUrlsBody,
) -> (
    BatchScrapeResponseObj
    | ScrapeAndExtractFromUrlsResponse402
    | ScrapeAndExtractFromUrlsResponse429
    | ScrapeAndExtractFromUrlsResponse500
    | None
):
    """Scrape multiple URLs and optionally extract information using an LLM

    Args:
        body (ScrapeAndExtractFromUrlsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchScrapeResponseObj | ScrapeAndExtractFromUrlsResponse402 | ScrapeAndExtractFromUrlsResponse429 | ScrapeAndExtractFromUrlsResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
