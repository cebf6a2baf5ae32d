from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_scrape_status_response_obj import BatchScrapeStatusResponseObj
from ...models.get_batch_scrape_status_response_402 import (
    GetBatchScrapeStatusResponse402,
)
from ...models.get_batch_scrape_status_response_429 import (
    GetBatchScrapeStatusResponse429,
)
from ...models.get_batch_scrape_status_response_500 import (
    GetBatchScrapeStatusResponse500,
)
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/batch/scrape/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BatchScrapeStatusResponseObj
    | GetBatchScrapeStatusResponse402
    | GetBatchScrapeStatusResponse429
    | GetBatchScrapeStatusResponse500
    | None
):
    if response.status_code == 200:
        response_200 = BatchScrapeStatusResponseObj.from_dict(response.json())

        return response_200

    if response.status_code == 402:
        response_402 = GetBatchScrapeStatusResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = GetBatchScrapeStatusResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetBatchScrapeStatusResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    BatchScrapeStatusResponseObj
    | GetBatchScrapeStatusResponse402
    | GetBatchScrapeStatusResponse429
    | GetBatchScrapeStatusResponse500
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
    BatchScrapeStatusResponseObj
    | GetBatchScrapeStatusResponse402
    | GetBatchScrapeStatusResponse429
    | GetBatchScrapeStatusResponse500
]:
    """Get the status of a batch scrape job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchScrapeStatusResponseObj | GetBatchScrapeStatusResponse402 | GetBatchScrapeStatusResponse429 | GetBatchScrapeStatusResponse500]
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
    BatchScrapeStatusResponseObj
    | GetBatchScrapeStatusResponse402
    | GetBatchScrapeStatusResponse429
    | GetBatchScrapeStatusResponse500
    | None
):
    """Get the status of a batch scrape job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchScrapeStatusResponseObj | GetBatchScrapeStatusResponse402 | GetBatchScrapeStatusResponse429 | GetBatchScrapeStatusResponse500
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
    BatchScrapeStatusResponseObj
    | GetBatchScrapeStatusResponse402
    | GetBatchScrapeStatusResponse429
    | GetBatchScrapeStatusResponse500
]:
    """Get the status of a batch scrape job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchScrapeStatusResponseObj | GetBatchScrapeStatusResponse402 | GetBatchScrapeStatusResponse429 | GetBatchScrapeStatusResponse500]
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
    BatchScrapeStatusResponseObj
    | GetBatchScrapeStatusResponse402
    | GetBatchScrapeStatusResponse429
    | GetBatchScrapeStatusResponse500
    | None
):
    """Get the status of a batch scrape job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchScrapeStatusResponseObj | GetBatchScrapeStatusResponse402 | GetBatchScrapeStatusResponse429 | GetBatchScrapeStatusResponse500
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
