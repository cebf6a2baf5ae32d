from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.start_agent_body import StartAgentBody
from ...models.start_agent_response_200 import StartAgentResponse200
from ...models.start_agent_response_402 import StartAgentResponse402
from ...models.start_agent_response_429 import StartAgentResponse429
from ...types import Response


def _get_kwargs(
    *,
    body: StartAgentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agent",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> StartAgentResponse200 | StartAgentResponse402 | StartAgentResponse429 | None:
    if response.status_code == 200:
        response_200 = StartAgentResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 402:
        response_402 = StartAgentResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = StartAgentResponse429.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[StartAgentResponse200 | StartAgentResponse402 | StartAgentResponse429]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StartAgentBody,
) -> Response[StartAgentResponse200 | StartAgentResponse402 | StartAgentResponse429]:
    """Start an agent task for agentic data extraction

    Args:
        body (StartAgentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StartAgentResponse200 | StartAgentResponse402 | StartAgentResponse429]
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
    body: StartAgentBody,
) -> StartAgentResponse200 | StartAgentResponse402 | StartAgentResponse429 | None:
    """Start an agent task for agentic data extraction

    Args:
        body (StartAgentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartAgentResponse200 | StartAgentResponse402 | StartAgentResponse429
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StartAgentBody,
) -> Response[StartAgentResponse200 | StartAgentResponse402 | StartAgentResponse429]:
    """Start an agent task for agentic data extraction

    Args:
        body (StartAgentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StartAgentResponse200 | StartAgentResponse402 | StartAgentResponse429]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StartAgentBody,
) -> StartAgentResponse200 | StartAgentResponse402 | StartAgentResponse429 | None:
    """Start an agent task for agentic data extraction

    Args:
        body (StartAgentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StartAgentResponse200 | StartAgentResponse402 | StartAgentResponse429
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
