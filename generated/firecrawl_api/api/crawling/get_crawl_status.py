from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.crawl_status_response_obj import CrawlStatusResponseObj
from ...models.get_crawl_status_response_402 import GetCrawlStatusResponse402
from ...models.get_crawl_status_response_429 import GetCrawlStatusResponse429
from ...models.get_crawl_status_response_500 import GetCrawlStatusResponse500
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/crawl/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CrawlStatusResponseObj
    | GetCrawlStatusResponse402
    | GetCrawlStatusResponse429
    | GetCrawlStatusResponse500
    | None
):
    if response.status_code == 200:
        response_200 = CrawlStatusResponseObj.from_dict(response.json())

        return response_200

    if response.status_code == 402:
        response_402 = GetCrawlStatusResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = GetCrawlStatusResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetCrawlStatusResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CrawlStatusResponseObj
    | GetCrawlStatusResponse402
    | GetCrawlStatusResponse429
    | GetCrawlStatusResponse500
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
    CrawlStatusResponseObj
    | GetCrawlStatusResponse402
    | GetCrawlStatusResponse429
    | GetCrawlStatusResponse500
]:
    """Get the status of a crawl job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CrawlStatusResponseObj | GetCrawlStatusResponse402 | GetCrawlStatusResponse429 | GetCrawlStatusResponse500]
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
    CrawlStatusResponseObj
    | GetCrawlStatusResponse402
    | GetCrawlStatusResponse429
    | GetCrawlStatusResponse500
    | None
):
    """Get the status of a crawl job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CrawlStatusResponseObj | GetCrawlStatusResponse402 | GetCrawlStatusResponse429 | GetCrawlStatusResponse500
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
    CrawlStatusResponseObj
    | GetCrawlStatusResponse402
    | GetCrawlStatusResponse429
    | GetCrawlStatusResponse500
]:
    """Get the status of a crawl job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CrawlStatusResponseObj | GetCrawlStatusResponse402 | GetCrawlStatusResponse429 | GetCrawlStatusResponse500]
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
    CrawlStatusResponseObj
    | GetCrawlStatusResponse402
    | GetCrawlStatusResponse429
    | GetCrawlStatusResponse500
    | None
):
    """Get the status of a crawl job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CrawlStatusResponseObj | GetCrawlStatusResponse402 | GetCrawlStatusResponse429 | GetCrawlStatusResponse500
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
