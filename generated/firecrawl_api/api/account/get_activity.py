from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_activity_endpoint import GetActivityEndpoint
from ...models.get_activity_response_200 import GetActivityResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    endpoint: GetActivityEndpoint | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_endpoint: str | Unset = UNSET
    if not isinstance(endpoint, Unset):
        json_endpoint = endpoint.value

    params["endpoint"] = json_endpoint

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/team/activity",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetActivityResponse200 | None:
    if response.status_code == 200:
        response_200 = GetActivityResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetActivityResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    endpoint: GetActivityEndpoint | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[GetActivityResponse200]:
    """List recent API activity

     Lists your team's recent API activity from the last 24 hours. Returns metadata about each job
    including the job ID, which can be used with the corresponding GET endpoint (e.g. GET /crawl/{id})
    to retrieve full results. Supports cursor-based pagination and filtering by endpoint.

    Args:
        endpoint (GetActivityEndpoint | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetActivityResponse200]
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    endpoint: GetActivityEndpoint | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> GetActivityResponse200 | None:
    """List recent API activity

     Lists your team's recent API activity from the last 24 hours. Returns metadata about each job
    including the job ID, which can be used with the corresponding GET endpoint (e.g. GET /crawl/{id})
    to retrieve full results. Supports cursor-based pagination and filtering by endpoint.

    Args:
        endpoint (GetActivityEndpoint | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetActivityResponse200
    """

    return sync_detailed(
        client=client,
        endpoint=endpoint,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    endpoint: GetActivityEndpoint | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> Response[GetActivityResponse200]:
    """List recent API activity

     Lists your team's recent API activity from the last 24 hours. Returns metadata about each job
    including the job ID, which can be used with the corresponding GET endpoint (e.g. GET /crawl/{id})
    to retrieve full results. Supports cursor-based pagination and filtering by endpoint.

    Args:
        endpoint (GetActivityEndpoint | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetActivityResponse200]
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    endpoint: GetActivityEndpoint | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
) -> GetActivityResponse200 | None:
    """List recent API activity

     Lists your team's recent API activity from the last 24 hours. Returns metadata about each job
    including the job ID, which can be used with the corresponding GET endpoint (e.g. GET /crawl/{id})
    to retrieve full results. Supports cursor-based pagination and filtering by endpoint.

    Args:
        endpoint (GetActivityEndpoint | Unset):
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetActivityResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            endpoint=endpoint,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
