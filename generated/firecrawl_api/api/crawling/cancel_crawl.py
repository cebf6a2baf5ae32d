from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_crawl_response_200 import CancelCrawlResponse200
from ...models.cancel_crawl_response_404 import CancelCrawlResponse404
from ...models.cancel_crawl_response_500 import CancelCrawlResponse500
from ...types import Response


def _get_kwargs(
    id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/crawl/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelCrawlResponse200 | CancelCrawlResponse404 | CancelCrawlResponse500 | None:
    if response.status_code == 200:
        response_200 = CancelCrawlResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = CancelCrawlResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = CancelCrawlResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelCrawlResponse200 | CancelCrawlResponse404 | CancelCrawlResponse500]:
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
) -> Response[CancelCrawlResponse200 | CancelCrawlResponse404 | CancelCrawlResponse500]:
    """Cancel a crawl job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelCrawlResponse200 | CancelCrawlResponse404 | CancelCrawlResponse500]
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
) -> CancelCrawlResponse200 | CancelCrawlResponse404 | CancelCrawlResponse500 | None:
    """Cancel a crawl job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelCrawlResponse200 | CancelCrawlResponse404 | CancelCrawlResponse500
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[CancelCrawlResponse200 | CancelCrawlResponse404 | CancelCrawlResponse500]:
    """Cancel a crawl job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelCrawlResponse200 | CancelCrawlResponse404 | CancelCrawlResponse500]
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
) -> CancelCrawlResponse200 | CancelCrawlResponse404 | CancelCrawlResponse500 | None:
    """Cancel a crawl job

    Args:
        id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelCrawlResponse200 | CancelCrawlResponse404 | CancelCrawlResponse500
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
