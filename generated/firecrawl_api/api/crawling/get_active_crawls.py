from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_active_crawls_response_200 import GetActiveCrawlsResponse200
from ...models.get_active_crawls_response_402 import GetActiveCrawlsResponse402
from ...models.get_active_crawls_response_429 import GetActiveCrawlsResponse429
from ...models.get_active_crawls_response_500 import GetActiveCrawlsResponse500
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/crawl/active",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetActiveCrawlsResponse200
    | GetActiveCrawlsResponse402
    | GetActiveCrawlsResponse429
    | GetActiveCrawlsResponse500
    | None
):
    if response.status_code == 200:
        response_200 = GetActiveCrawlsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 402:
        response_402 = GetActiveCrawlsResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = GetActiveCrawlsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = GetActiveCrawlsResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetActiveCrawlsResponse200
    | GetActiveCrawlsResponse402
    | GetActiveCrawlsResponse429
    | GetActiveCrawlsResponse500
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
) -> Response[
    GetActiveCrawlsResponse200
    | GetActiveCrawlsResponse402
    | GetActiveCrawlsResponse429
    | GetActiveCrawlsResponse500
]:
    """Get all active crawls for the authenticated team

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetActiveCrawlsResponse200 | GetActiveCrawlsResponse402 | GetActiveCrawlsResponse429 | GetActiveCrawlsResponse500]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    GetActiveCrawlsResponse200
    | GetActiveCrawlsResponse402
    | GetActiveCrawlsResponse429
    | GetActiveCrawlsResponse500
    | None
):
    """Get all active crawls for the authenticated team

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetActiveCrawlsResponse200 | GetActiveCrawlsResponse402 | GetActiveCrawlsResponse429 | GetActiveCrawlsResponse500
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    GetActiveCrawlsResponse200
    | GetActiveCrawlsResponse402
    | GetActiveCrawlsResponse429
    | GetActiveCrawlsResponse500
]:
    """Get all active crawls for the authenticated team

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetActiveCrawlsResponse200 | GetActiveCrawlsResponse402 | GetActiveCrawlsResponse429 | GetActiveCrawlsResponse500]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    GetActiveCrawlsResponse200
    | GetActiveCrawlsResponse402
    | GetActiveCrawlsResponse429
    | GetActiveCrawlsResponse500
    | None
):
    """Get all active crawls for the authenticated team

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetActiveCrawlsResponse200 | GetActiveCrawlsResponse402 | GetActiveCrawlsResponse429 | GetActiveCrawlsResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
