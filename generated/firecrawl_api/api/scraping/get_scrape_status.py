from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_scrape_status_response_402 import GetScrapeStatusResponse402
from ...models.get_scrape_status_response_429 import GetScrapeStatusResponse429
from ...models.get_scrape_status_response_500 import GetScrapeStatusResponse500
from ...models.scrape_response import ScrapeResponse
from ...types import Response


def _get_kwargs(
    job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/scrape/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetScrapeStatusResponse402
    | GetScrapeStatusResponse429
    | GetScrapeStatusResponse500
    | ScrapeResponse
    | None
):
    if response.status_code == 200:
        response_200 = ScrapeResponse.from_dict(response.json())

        return response_200

    if response.status_code == 402:
        response_402 = GetScrapeStatusResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = GetScrapeStatusResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetScrapeStatusResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetScrapeStatusResponse402
    | GetScrapeStatusResponse429
    | GetScrapeStatusResponse500
    | ScrapeResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetScrapeStatusResponse402
    | GetScrapeStatusResponse429
    | GetScrapeStatusResponse500
    | ScrapeResponse
]:
    """Get the status of a scrape job

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetScrapeStatusResponse402 | GetScrapeStatusResponse429 | GetScrapeStatusResponse500 | ScrapeResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> (
    GetScrapeStatusResponse402
    | GetScrapeStatusResponse429
    | GetScrapeStatusResponse500
    | ScrapeResponse
    | None
):
    """Get the status of a scrape job

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetScrapeStatusResponse402 | GetScrapeStatusResponse429 | GetScrapeStatusResponse500 | ScrapeResponse
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetScrapeStatusResponse402
    | GetScrapeStatusResponse429
    | GetScrapeStatusResponse500
    | ScrapeResponse
]:
    """Get the status of a scrape job

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetScrapeStatusResponse402 | GetScrapeStatusResponse429 | GetScrapeStatusResponse500 | ScrapeResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> (
    GetScrapeStatusResponse402
    | GetScrapeStatusResponse429
    | GetScrapeStatusResponse500
    | ScrapeResponse
    | None
):
    """Get the status of a scrape job

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetScrapeStatusResponse402 | GetScrapeStatusResponse429 | GetScrapeStatusResponse500 | ScrapeResponse
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
