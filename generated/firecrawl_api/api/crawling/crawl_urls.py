from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.crawl_response import CrawlResponse
from ...models.crawl_urls_body import CrawlUrlsBody
from ...models.crawl_urls_response_402 import CrawlUrlsResponse402
from ...models.crawl_urls_response_429 import CrawlUrlsResponse429
from ...models.crawl_urls_response_500 import CrawlUrlsResponse500
from ...types import Response


def _get_kwargs(
    *,
    body: CrawlUrlsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/crawl",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CrawlResponse
    | CrawlUrlsResponse402
    | CrawlUrlsResponse429
    | CrawlUrlsResponse500
    | None
):
    if response.status_code == 200:
        response_200 = CrawlResponse.from_dict(response.json())

        return response_200

    if response.status_code == 402:
        response_402 = CrawlUrlsResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = CrawlUrlsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CrawlUrlsResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CrawlResponse | CrawlUrlsResponse402 | CrawlUrlsResponse429 | CrawlUrlsResponse500
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
    body: CrawlUrlsBody,
) -> Response[
    CrawlResponse | CrawlUrlsResponse402 | CrawlUrlsResponse429 | CrawlUrlsResponse500
]:
    """Crawl multiple URLs based on options

    Args:
        body (CrawlUrlsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CrawlResponse | CrawlUrlsResponse402 | CrawlUrlsResponse429 | CrawlUrlsResponse500]
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
    body: CrawlUrlsBody,
) -> (
    CrawlResponse
    | CrawlUrlsResponse402
    | CrawlUrlsResponse429
    | CrawlUrlsResponse500
    | None
):
    """Crawl multiple URLs based on options

    Args:
        body (CrawlUrlsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CrawlResponse | CrawlUrlsResponse402 | CrawlUrlsResponse429 | CrawlUrlsResponse500
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CrawlUrlsBody,
) -> Response[
    CrawlResponse | CrawlUrlsResponse402 | CrawlUrlsResponse429 | CrawlUrlsResponse500
]:
    """Crawl multiple URLs based on options

    Args:
        body (CrawlUrlsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CrawlResponse | CrawlUrlsResponse402 | CrawlUrlsResponse429 | CrawlUrlsResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CrawlUrlsBody,
) -> (
    CrawlResponse
    | CrawlUrlsResponse402
    | CrawlUrlsResponse429
    | CrawlUrlsResponse500
    | None
):
    """Crawl multiple URLs based on options

    Args:
        body (CrawlUrlsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CrawlResponse | CrawlUrlsResponse402 | CrawlUrlsResponse429 | CrawlUrlsResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
