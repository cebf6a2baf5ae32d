from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.map_response import MapResponse
from ...models.map_urls_body import MapUrlsBody
from ...models.map_urls_response_402 import MapUrlsResponse402
from ...models.map_urls_response_429 import MapUrlsResponse429
from ...models.map_urls_response_500 import MapUrlsResponse500
from ...types import Response


def _get_kwargs(
    *,
    body: MapUrlsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/map",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MapResponse | MapUrlsResponse402 | MapUrlsResponse429 | MapUrlsResponse500 | None:
    if response.status_code == 200:
        response_200 = MapResponse.from_dict(response.json())

        return response_200

    if response.status_code == 402:
        response_402 = MapUrlsResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = MapUrlsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = MapUrlsResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    MapResponse | MapUrlsResponse402 | MapUrlsResponse429 | MapUrlsResponse500
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
    body: MapUrlsBody,
) -> Response[
    MapResponse | MapUrlsResponse402 | MapUrlsResponse429 | MapUrlsResponse500
]:
    """Map multiple URLs based on options

    Args:
        body (MapUrlsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MapResponse | MapUrlsResponse402 | MapUrlsResponse429 | MapUrlsResponse500]
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
    body: MapUrlsBody,
) -> MapResponse | MapUrlsResponse402 | MapUrlsResponse429 | MapUrlsResponse500 | None:
    """Map multiple URLs based on options

    Args:
        body (MapUrlsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MapResponse | MapUrlsResponse402 | MapUrlsResponse429 | MapUrlsResponse500
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MapUrlsBody,
) -> Response[
    MapResponse | MapUrlsResponse402 | MapUrlsResponse429 | MapUrlsResponse500
]:
    """Map multiple URLs based on options

    Args:
        body (MapUrlsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MapResponse | MapUrlsResponse402 | MapUrlsResponse429 | MapUrlsResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MapUrlsBody,
) -> MapResponse | MapUrlsResponse402 | MapUrlsResponse429 | MapUrlsResponse500 | None:
    """Map multiple URLs based on options

    Args:
        body (MapUrlsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MapResponse | MapUrlsResponse402 | MapUrlsResponse429 | MapUrlsResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
