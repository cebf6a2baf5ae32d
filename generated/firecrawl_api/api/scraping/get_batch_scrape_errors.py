from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.crawl_errors_response_obj import CrawlErrorsResponseObj
from ...models.get_batch_scrape_errors_response_402 import (
    GetBatchScrapeErrorsResponse402,
)
from ...models.get_batch_scrape_errors_response_429 import (
    GetBatchScrapeErrorsResponse429,
)
from ...models.get_batch_scrape_errors_response_500 import (
    GetBatchScrapeErrorsResponse500,
)
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/batch/scrape/{id}/errors".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CrawlErrorsResponseObj
    | GetBatchScrapeErrorsResponse402
    | GetBatchScrapeErrorsResponse429
    | GetBatchScrapeErrorsResponse500
    | None
):
    if response.status_code == 200:
        response_200 = CrawlErrorsResponseObj.from_dict(response.json())

        return response_200

    if response.status_code == 402:
        response_402 = GetBatchScrapeErrorsResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = GetBatchScrapeErrorsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetBatchScrapeErrorsResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CrawlErrorsResponseObj
    | GetBatchScrapeErrorsResponse402
    | GetBatchScrapeErrorsResponse429
    | GetBatchScrapeErrorsResponse500
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[
    CrawlErrorsResponseObj
    | GetBatchScrapeErrorsResponse402
    | GetBatchScrapeErrorsResponse429
    | GetBatchScrapeErrorsResponse500
]:
    """Get the errors of a batch scrape job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CrawlErrorsResponseObj | GetBatchScrapeErrorsResponse402 | GetBatchScrapeErrorsResponse429 | GetBatchScrapeErrorsResponse500]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> (
    CrawlErrorsResponseObj
    | GetBatchScrapeErrorsResponse402
    | GetBatchScrapeErrorsResponse429
    | GetBatchScrapeErrorsResponse500
    | None
):
    """Get the errors of a batch scrape job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CrawlErrorsResponseObj | GetBatchScrapeErrorsResponse402 | GetBatchScrapeErrorsResponse429 | GetBatchScrapeErrorsResponse500
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[
    CrawlErrorsResponseObj
    | GetBatchScrapeErrorsResponse402
    | GetBatchScrapeErrorsResponse429
    | GetBatchScrapeErrorsResponse500
]:
    """Get the errors of a batch scrape job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CrawlErrorsResponseObj | GetBatchScrapeErrorsResponse402 | GetBatchScrapeErrorsResponse429 | GetBatchScrapeErrorsResponse500]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> (
    CrawlErrorsResponseObj
    | GetBatchScrapeErrorsResponse402
    | GetBatchScrapeErrorsResponse429
    | GetBatchScrapeErrorsResponse500
    | None
):
    """Get the errors of a batch scrape job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CrawlErrorsResponseObj | GetBatchScrapeErrorsResponse402 | GetBatchScrapeErrorsResponse429 | GetBatchScrapeErrorsResponse500
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
