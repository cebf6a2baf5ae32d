from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_threat_protection_body import UpdateThreatProtectionBody
from ...models.update_threat_protection_response_200 import (
    UpdateThreatProtectionResponse200,
)
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateThreatProtectionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/team/threat-protection",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UpdateThreatProtectionResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateThreatProtectionResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 403:
        response_403 = cast(Any, None)
        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | UpdateThreatProtectionResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateThreatProtectionBody,
) -> Response[Any | UpdateThreatProtectionResponse200]:
    """Update the team's threat protection policy

     Full-document update. Unspecified fields reset to defaults. Enterprise feature, team admins only.

    Args:
        body (UpdateThreatProtectionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateThreatProtectionResponse200]
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
    body: UpdateThreatProtectionBody,
) -> Any | UpdateThreatProtectionResponse200 | None:
    """Update the team's threat protection policy

     Full-document update. Unspecified fields reset to defaults. Enterprise feature, team admins only.

    Args:
        body (UpdateThreatProtectionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateThreatProtectionResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateThreatProtectionBody,
) -> Response[Any | UpdateThreatProtectionResponse200]:
    """Update the team's threat protection policy

     Full-document update. Unspecified fields reset to defaults. Enterprise feature, team admins only.

    Args:
        body (UpdateThreatProtectionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UpdateThreatProtectionResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateThreatProtectionBody,
) -> Any | UpdateThreatProtectionResponse200 | None:
    """Update the team's threat protection policy

     Full-document update. Unspecified fields reset to defaults. Enterprise feature, team admins only.

    Args:
        body (UpdateThreatProtectionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UpdateThreatProtectionResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
