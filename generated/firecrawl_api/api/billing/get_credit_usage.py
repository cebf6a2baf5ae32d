from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_credit_usage_response_200 import GetCreditUsageResponse200
from ...models.get_credit_usage_response_404 import GetCreditUsageResponse404
from ...models.get_credit_usage_response_500 import GetCreditUsageResponse500
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/team/credit-usage",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetCreditUsageResponse200
    | GetCreditUsageResponse404
    | GetCreditUsageResponse500
    | None
):
    if response.status_code == 200:
        response_200 = GetCreditUsageResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = GetCreditUsageResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = GetCreditUsageResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetCreditUsageResponse200 | GetCreditUsageResponse404 | GetCreditUsageResponse500
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
    GetCreditUsageResponse200 | GetCreditUsageResponse404 | GetCreditUsageResponse500
]:
    """Get remaining credits for the authenticated team

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCreditUsageResponse200 | GetCreditUsageResponse404 | GetCreditUsageResponse500]
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
    GetCreditUsageResponse200
    | GetCreditUsageResponse404
    | GetCreditUsageResponse500
    | None
):
    """Get remaining credits for the authenticated team

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCreditUsageResponse200 | GetCreditUsageResponse404 | GetCreditUsageResponse500
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    GetCreditUsageResponse200 | GetCreditUsageResponse404 | GetCreditUsageResponse500
]:
    """Get remaining credits for the authenticated team

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCreditUsageResponse200 | GetCreditUsageResponse404 | GetCreditUsageResponse500]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    GetCreditUsageResponse200
    | GetCreditUsageResponse404
    | GetCreditUsageResponse500
    | None
):
    """Get remaining credits for the authenticated team

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCreditUsageResponse200 | GetCreditUsageResponse404 | GetCreditUsageResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
