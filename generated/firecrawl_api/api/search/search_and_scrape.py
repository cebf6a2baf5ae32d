from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_and_scrape_body import SearchAndScrapeBody
from ...models.search_and_scrape_response_200 import SearchAndScrapeResponse200
from ...models.search_and_scrape_response_408 import SearchAndScrapeResponse408
from ...models.search_and_scrape_response_500 import SearchAndScrapeResponse500
from ...types import Response


def _get_kwargs(
    *,
    body: SearchAndScrapeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SearchAndScrapeResponse200
    | SearchAndScrapeResponse408
    | SearchAndScrapeResponse500
    | None
):
    if response.status_code == 200:
        response_200 = SearchAndScrapeResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 408:
        response_408 = SearchAndScrapeResponse408.from_dict(response.json())

        return response_408

    if response.status_code == 500:
        response_500 = SearchAndScrapeResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SearchAndScrapeResponse200 | SearchAndScrapeResponse408 | SearchAndScrapeResponse500
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
    body: SearchAndScrapeBody,
) -> Response[
    SearchAndScrapeResponse200 | SearchAndScrapeResponse408 | SearchAndScrapeResponse500
]:
    """Search and optionally scrape search results

    Args:
        body (SearchAndScrapeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAndScrapeResponse200 | SearchAndScrapeResponse408 | SearchAndScrapeResponse500]
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
    body: SearchAndScrapeBody,
) -> (
    SearchAndScrapeResponse200
    | SearchAndScrapeResponse408
    | SearchAndScrapeResponse500
    | None
):
    """Search and optionally scrape search results

    Args:
        body (SearchAndScrapeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAndScrapeResponse200 | SearchAndScrapeResponse408 | SearchAndScrapeResponse500
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchAndScrapeBody,
) -> Response[
    SearchAndScrapeResponse200 | SearchAndScrapeResponse408 | SearchAndScrapeResponse500
]:
    """Search and optionally scrape search results

    Args:
        body (SearchAndScrapeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAndScrapeResponse200 | SearchAndScrapeResponse408 | SearchAndScrapeResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchAndScrapeBody,
) -> (
    SearchAndScrapeResponse200
    | SearchAndScrapeResponse408
    | SearchAndScrapeResponse500
    | None
):
    """Search and optionally scrape search results

    Args:
        body (SearchAndScrapeBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAndScrapeResponse200 | SearchAndScrapeResponse408 | SearchAndScrapeResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
