from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.support_docs_search_request import SupportDocsSearchRequest
from ...models.support_docs_search_response import SupportDocsSearchResponse
from ...models.support_proxy_error_response import SupportProxyErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SupportDocsSearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/support/docs-search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SupportDocsSearchResponse | SupportProxyErrorResponse | None:
    if response.status_code == 200:
        response_200 = SupportDocsSearchResponse.from_dict(response.json())

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
) -> Response[SupportDocsSearchResponse | SupportProxyErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SupportDocsSearchRequest,
) -> Response[SupportDocsSearchResponse | SupportProxyErrorResponse]:
    """Search Firecrawl docs with citations

     Answer Firecrawl documentation questions using the public docs corpus.

    Args:
        body (SupportDocsSearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SupportDocsSearchResponse | SupportProxyErrorResponse]
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
    body: SupportDocsSearchRequest,
) -> SupportDocsSearchResponse | SupportProxyErrorResponse | None:
    """Search Firecrawl docs with citations

     Answer Firecrawl documentation questions using the public docs corpus.

    Args:
        body (SupportDocsSearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SupportDocsSearchResponse | SupportProxyErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SupportDocsSearchRequest,
) -> Response[SupportDocsSearchResponse | SupportProxyErrorResponse]:
    """Search Firecrawl docs with citations

     Answer Firecrawl documentation questions using the public docs corpus.

    Args:
        body (SupportDocsSearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SupportDocsSearchResponse | SupportProxyErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SupportDocsSearchRequest,
) -> SupportDocsSearchResponse | SupportProxyErrorResponse | None:
    """Search Firecrawl docs with citations

     Answer Firecrawl documentation questions using the public docs corpus.

    Args:
        body (SupportDocsSearchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SupportDocsSearchResponse | SupportProxyErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
