from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.scrape_and_extract_from_url_body import ScrapeAndExtractFromUrlBody
from ...models.scrape_and_extract_from_url_response_402 import (
    ScrapeAndExtractFromUrlResponse402,
)
from ...models.scrape_and_extract_from_url_response_429 import (
    ScrapeAndExtractFromUrlResponse429,
)
from ...models.scrape_and_extract_from_url_response_500 import (
    ScrapeAndExtractFromUrlResponse500,
)
from ...models.scrape_response import ScrapeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ScrapeAndExtractFromUrlBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scrape",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ScrapeAndExtractFromUrlResponse402
    | ScrapeAndExtractFromUrlResponse429
    | ScrapeAndExtractFromUrlResponse500
    | ScrapeResponse
    | None
):
    if response.status_code == 200:
        response_200 = ScrapeResponse.from_dict(response.json())

        return response_200

    if response.status_code == 402:
        response_402 = ScrapeAndExtractFromUrlResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = ScrapeAndExtractFromUrlResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ScrapeAndExtractFromUrlResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ScrapeAndExtractFromUrlResponse402
    | ScrapeAndExtractFromUrlResponse429
    | ScrapeAndExtractFromUrlResponse500
    | ScrapeResponse
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
    body: ScrapeAndExtractFromUrlBody,
) -> Response[
    ScrapeAndExtractFromUrlResponse402
    | ScrapeAndExtractFromUrlResponse429
    | ScrapeAndExtractFromUrlResponse500
    | ScrapeResponse
]:
    """Scrape a single URL and optionally extract information using an LLM

    Args:
        body (ScrapeAndExtractFromUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScrapeAndExtractFromUrlResponse402 | ScrapeAndExtractFromUrlResponse429 | ScrapeAndExtractFromUrlResponse500 | ScrapeResponse]
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
    body: ScrapeAndExtractFromUrlBody,
) -> (
    ScrapeAndExtractFromUrlResponse402
    | ScrapeAndExtractFromUrlResponse429
    | ScrapeAndExtractFromUrlResponse500
    | ScrapeResponse
    | None
):
    """Scrape a single URL and optionally extract information using an LLM

    Args:
        body (ScrapeAndExtractFromUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScrapeAndExtractFromUrlResponse402 | ScrapeAndExtractFromUrlResponse429 | ScrapeAndExtractFromUrlResponse500 | ScrapeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScrapeAndExtractFromUrlBody,
) -> Response[
    ScrapeAndExtractFromUrlResponse402
    | ScrapeAndExtractFromUrlResponse429
    | ScrapeAndExtractFromUrlResponse500
    | ScrapeResponse
]:
    """Scrape a single URL and optionally extract information using an LLM

    Args:
        body (ScrapeAndExtractFromUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ScrapeAndExtractFromUrlResponse402 | ScrapeAndExtractFromUrlResponse429 | ScrapeAndExtractFromUrlResponse500 | ScrapeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScrapeAndExtractFromUrlBody,
) -> (
    ScrapeAndExtractFromUrlResponse402
    | ScrapeAndExtractFromUrlResponse429
    | ScrapeAndExtractFromUrlResponse500
    | ScrapeResponse
    | None
):
    """Scrape a single URL and optionally extract information using an LLM

    Args:
        body (ScrapeAndExtractFromUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ScrapeAndExtractFromUrlResponse402 | ScrapeAndExtractFromUrlResponse429 | ScrapeAndExtractFromUrlResponse500 | ScrapeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
