from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.crawl_params_preview_body import CrawlParamsPreviewBody
from ...models.crawl_params_preview_response_200 import CrawlParamsPreviewResponse200
from ...models.crawl_params_preview_response_400 import CrawlParamsPreviewResponse400
from ...models.crawl_params_preview_response_401 import CrawlParamsPreviewResponse401
from ...models.crawl_params_preview_response_500 import CrawlParamsPreviewResponse500
from ...types import Response


def _get_kwargs(
    *,
    body: CrawlParamsPreviewBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/crawl/params-preview",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CrawlParamsPreviewResponse200
    | CrawlParamsPreviewResponse400
    | CrawlParamsPreviewResponse401
    | CrawlParamsPreviewResponse500
    | None
):
    if response.status_code == 200:
        response_200 = CrawlParamsPreviewResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CrawlParamsPreviewResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CrawlParamsPreviewResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = CrawlParamsPreviewResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CrawlParamsPreviewResponse200
    | CrawlParamsPreviewResponse400
    | CrawlParamsPreviewResponse401
    | CrawlParamsPreviewResponse500
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
    body: CrawlParamsPreviewBody,
) -> Response[
    CrawlParamsPreviewResponse200
    | CrawlParamsPreviewResponse400
    | CrawlParamsPreviewResponse401
    | CrawlParamsPreviewResponse500
]:
    """Preview crawl parameters generated from natural language prompt

    Args:
        body (CrawlParamsPreviewBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CrawlParamsPreviewResponse200 | CrawlParamsPreviewResponse400 | CrawlParamsPreviewResponse401 | CrawlParamsPreviewResponse500]
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
    body: CrawlParamsPreviewBody,
) -> (
    CrawlParamsPreviewResponse200
    | CrawlParamsPreviewResponse400
    | CrawlParamsPreviewResponse401
    | CrawlParamsPreviewResponse500
    | None
):
    """Preview crawl parameters generated from natural language prompt

    Args:
        body (CrawlParamsPreviewBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CrawlParamsPreviewResponse200 | CrawlParamsPreviewResponse400 | CrawlParamsPreviewResponse401 | CrawlParamsPreviewResponse500
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CrawlParamsPreviewBody,
) -> Response[
    CrawlParamsPreviewResponse200
    | CrawlParamsPreviewResponse400
    | CrawlParamsPreviewResponse401
    | CrawlParamsPreviewResponse500
]:
    """Preview crawl parameters generated from natural language prompt

    Args:
        body (CrawlParamsPreviewBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CrawlParamsPreviewResponse200 | CrawlParamsPreviewResponse400 | CrawlParamsPreviewResponse401 | CrawlParamsPreviewResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CrawlParamsPreviewBody,
) -> (
    CrawlParamsPreviewResponse200
    | CrawlParamsPreviewResponse400
    | CrawlParamsPreviewResponse401
    | CrawlParamsPreviewResponse500
    | None
):
    """Preview crawl parameters generated from natural language prompt

    Args:
        body (CrawlParamsPreviewBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CrawlParamsPreviewResponse200 | CrawlParamsPreviewResponse400 | CrawlParamsPreviewResponse401 | CrawlParamsPreviewResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
