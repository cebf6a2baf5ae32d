from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_monitor_check_status import GetMonitorCheckStatus
from ...models.monitor_check_detail_response import MonitorCheckDetailResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    monitor_id: UUID,
    check_id: UUID,
    *,
    limit: int | Unset = 25,
    skip: int | Unset = 0,
    status: GetMonitorCheckStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["skip"] = skip

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/monitor/{monitor_id}/checks/{check_id}".format(
            monitor_id=quote(str(monitor_id), safe=""),
            check_id=quote(str(check_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | MonitorCheckDetailResponse | None:
    if response.status_code == 200:
        response_200 = MonitorCheckDetailResponse.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | MonitorCheckDetailResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    monitor_id: UUID,
    check_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    skip: int | Unset = 0,
    status: GetMonitorCheckStatus | Unset = UNSET,
) -> Response[Any | MonitorCheckDetailResponse]:
    """Get a monitor check

    Args:
        monitor_id (UUID):
        check_id (UUID):
        limit (int | Unset):  Default: 25.
        skip (int | Unset):  Default: 0.
        status (GetMonitorCheckStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MonitorCheckDetailResponse]
    """

    kwargs = _get_kwargs(
        monitor_id=monitor_id,
        check_id=check_id,
        limit=limit,
        skip=skip,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    monitor_id: UUID,
    check_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    skip: int | Unset = 0,
    status: GetMonitorCheckStatus | Unset = UNSET,
) -> Any | MonitorCheckDetailResponse | None:
    """Get a monitor check

    Args:
        monitor_id (UUID):
        check_id (UUID):
        limit (int | Unset):  Default: 25.
        skip (int | Unset):  Default: 0.
        status (GetMonitorCheckStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MonitorCheckDetailResponse
    """

    return sync_detailed(
        monitor_id=monitor_id,
        check_id=check_id,
        client=client,
        limit=limit,
        skip=skip,
        status=status,
    ).parsed


async def asyncio_detailed(
    monitor_id: UUID,
    check_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    skip: int | Unset = 0,
    status: GetMonitorCheckStatus | Unset = UNSET,
) -> Response[Any | MonitorCheckDetailResponse]:
    """Get a monitor check

    Args:
        monitor_id (UUID):
        check_id (UUID):
        limit (int | Unset):  Default: 25.
        skip (int | Unset):  Default: 0.
        status (GetMonitorCheckStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MonitorCheckDetailResponse]
    """

    kwargs = _get_kwargs(
        monitor_id=monitor_id,
        check_id=check_id,
        limit=limit,
        skip=skip,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    monitor_id: UUID,
    check_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    skip: int | Unset = 0,
    status: GetMonitorCheckStatus | Unset = UNSET,
) -> Any | MonitorCheckDetailResponse | None:
    """Get a monitor check

    Args:
        monitor_id (UUID):
        check_id (UUID):
        limit (int | Unset):  Default: 25.
        skip (int | Unset):  Default: 0.
        status (GetMonitorCheckStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MonitorCheckDetailResponse
    """

    return (
        await asyncio_detailed(
            monitor_id=monitor_id,
            check_id=check_id,
            client=client,
            limit=limit,
            skip=skip,
            status=status,
        )
    ).parsed
