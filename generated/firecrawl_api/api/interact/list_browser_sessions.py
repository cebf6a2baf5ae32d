from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.interact_session_list import InteractSessionList
from ...models.list_sessions_payment_required import ListSessionsPaymentRequired
from ...models.session_status_filter import SessionStatusFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: SessionStatusFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/interact",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InteractSessionList | ListSessionsPaymentRequired | None:
    if response.status_code == 200:
        response_200 = InteractSessionList.from_dict(response.json())

        return response_200

    if response.status_code == 402:
        response_402 = ListSessionsPaymentRequired.from_dict(response.json())

        return response_402

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[InteractSessionList | ListSessionsPaymentRequired]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: SessionStatusFilter | Unset = UNSET,
) -> Response[InteractSessionList | ListSessionsPaymentRequired]:
    """List interact sessions

    Args:
        status (SessionStatusFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InteractSessionList | ListSessionsPaymentRequired]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: SessionStatusFilter | Unset = UNSET,
) -> InteractSessionList | ListSessionsPaymentRequired | None:
    """List interact sessions

    Args:
        status (SessionStatusFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InteractSessionList | ListSessionsPaymentRequired
    """

    return sync_detailed(
        client=client,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: SessionStatusFilter | Unset = UNSET,
) -> Response[InteractSessionList | ListSessionsPaymentRequired]:
    """List interact sessions

    Args:
        status (SessionStatusFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InteractSessionList | ListSessionsPaymentRequired]
    """

    kwargs = _get_kwargs(
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: SessionStatusFilter | Unset = UNSET,
) -> InteractSessionList | ListSessionsPaymentRequired | None:
    """List interact sessions

    Args:
        status (SessionStatusFilter | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InteractSessionList | ListSessionsPaymentRequired
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
        )
    ).parsed
