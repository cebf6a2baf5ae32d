from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.support_ask_request import SupportAskRequest
from ...models.support_ask_response import SupportAskResponse
from ...models.support_proxy_error_response import SupportProxyErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SupportAskRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/support/ask",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SupportAskResponse | SupportProxyErrorResponse | None:
    if response.status_code == 200:
        response_200 = SupportAskResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SupportProxyErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SupportProxyErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 503:
        response_503 = SupportProxyErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = SupportProxyErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SupportAskResponse | SupportProxyErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SupportAskRequest,
) -> Response[SupportAskResponse | SupportProxyErrorResponse]:
    """Ask the Firecrawl support agent

     Diagnose Firecrawl job, account, and API usage issues with an AI support agent.

    Args:
        body (SupportAskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SupportAskResponse | SupportProxyErrorResponse]
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
    body: SupportAskRequest,
) -> SupportAskResponse | SupportProxyErrorResponse | None:
    """Ask the Firecrawl support agent

     Diagnose Firecrawl job, account, and API usage issues with an AI support agent.

    Args:
        body (SupportAskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SupportAskResponse | SupportProxyErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SupportAskRequest,
) -> Response[SupportAskResponse | SupportProxyErrorResponse]:
    """Ask the Firecrawl support agent

     Diagnose Firecrawl job, account, and API usage issues with an AI support agent.

    Args:
        body (SupportAskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SupportAskResponse | SupportProxyErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SupportAskRequest,
) -> SupportAskResponse | SupportProxyErrorResponse | None:
    """Ask the Firecrawl support agent

     Diagnose Firecrawl job, account, and API usage issues with an AI support agent.

    Args:
        body (SupportAskRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SupportAskResponse | SupportProxyErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
