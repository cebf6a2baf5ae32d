from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_monitor_checks_status import ListMonitorChecksStatus
from ...models.monitor_check_list_response import MonitorCheckListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    monitor_id: UUID,
    *,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    status: ListMonitorChecksStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/monitor/{monitor_id}/checks".format(
            monitor_id=quote(str(monitor_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MonitorCheckListResponse | None:
    if response.status_code == 200:
        response_200 = MonitorCheckListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MonitorCheckListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    monitor_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    status: ListMonitorChecksStatus | Unset = UNSET,
) -> Response[MonitorCheckListResponse]:
    """List monitor checks

    Args:
        monitor_id (UUID):
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        status (ListMonitorChecksStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonitorCheckListResponse]
    """

    kwargs = _get_kwargs(
        monitor_id=monitor_id,
        limit=limit,
        offset=offset,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    monitor_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    status: ListMonitorChecksStatus | Unset = UNSET,
) -> MonitorCheckListResponse | None:
    """List monitor checks

    Args:
        monitor_id (UUID):
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        status (ListMonitorChecksStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonitorCheckListResponse
    """

    return sync_detailed(
        monitor_id=monitor_id,
        client=client,
        limit=limit,
        offset=offset,
        status=status,
    ).parsed


async def asyncio_detailed(
    monitor_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    status: ListMonitorChecksStatus | Unset = UNSET,
) -> Response[MonitorCheckListResponse]:
    """List monitor checks

    Args:
        monitor_id (UUID):
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        status (ListMonitorChecksStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonitorCheckListResponse]
    """

    kwargs = _get_kwargs(
        monitor_id=monitor_id,
        limit=limit,
        offset=offset,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    monitor_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    offset: int | Unset = 0,
    status: ListMonitorChecksStatus | Unset = UNSET,
) -> MonitorCheckListResponse | None:
    """List monitor checks

    Args:
        monitor_id (UUID):
        limit (int | Unset):  Default: 25.
        offset (int | Unset):  Default: 0.
        status (ListMonitorChecksStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonitorCheckListResponse
    """

    return (
        await asyncio_detailed(
            monitor_id=monitor_id,
            client=client,
            limit=limit,
            offset=offset,
            status=status,
        )
    ).parsed
