from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_historical_token_usage_response_200 import (
    GetHistoricalTokenUsageResponse200,
)
from ...models.get_historical_token_usage_response_500 import (
    GetHistoricalTokenUsageResponse500,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    by_api_key: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["byApiKey"] = by_api_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/team/token-usage/historical",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetHistoricalTokenUsageResponse200 | GetHistoricalTokenUsageResponse500 | None:
    if response.status_code == 200:
        response_200 = GetHistoricalTokenUsageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = GetHistoricalTokenUsageResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetHistoricalTokenUsageResponse200 | GetHistoricalTokenUsageResponse500]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    by_api_key: bool | Unset = False,
) -> Response[GetHistoricalTokenUsageResponse200 | GetHistoricalTokenUsageResponse500]:
    """Get historical token usage for the authenticated team (Extract only)

    Args:
        by_api_key (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetHistoricalTokenUsageResponse200 | GetHistoricalTokenUsageResponse500]
    """

    kwargs = _get_kwargs(
        by_api_key=by_api_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    by_api_key: bool | Unset = False,
) -> GetHistoricalTokenUsageResponse200 | GetHistoricalTokenUsageResponse500 | None:
    """Get historical token usage for the authenticated team (Extract only)

    Args:
        by_api_key (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetHistoricalTokenUsageResponse200 | GetHistoricalTokenUsageResponse500
    """

    return sync_detailed(
        client=client,
        by_api_key=by_api_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    by_api_key: bool | Unset = False,
) -> Response[GetHistoricalTokenUsageResponse200 | GetHistoricalTokenUsageResponse500]:
    """Get historical token usage for the authenticated team (Extract only)

    Args:
        by_api_key (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetHistoricalTokenUsageResponse200 | GetHistoricalTokenUsageResponse500]
    """

    kwargs = _get_kwargs(
        by_api_key=by_api_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    by_api_key: bool | Unset = False,
) -> GetHistoricalTokenUsageResponse200 | GetHistoricalTokenUsageResponse500 | None:
    """Get historical token usage for the authenticated team (Extract only)

    Args:
        by_api_key (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetHistoricalTokenUsageResponse200 | GetHistoricalTokenUsageResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
            by_api_key=by_api_key,
        )
    ).parsed
