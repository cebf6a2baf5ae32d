from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.extract_data_body import ExtractDataBody
from ...models.extract_data_response_400 import ExtractDataResponse400
from ...models.extract_data_response_500 import ExtractDataResponse500
from ...models.extract_response import ExtractResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ExtractDataBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/extract",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExtractDataResponse400 | ExtractDataResponse500 | ExtractResponse | None:
    if response.status_code == 200:
        response_200 = ExtractResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ExtractDataResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ExtractDataResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExtractDataResponse400 | ExtractDataResponse500 | ExtractResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExtractDataBody,
) -> Response[ExtractDataResponse400 | ExtractDataResponse500 | ExtractResponse]:
    """Extract structured data from pages using LLMs

    Args:
        body (ExtractDataBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExtractDataResponse400 | ExtractDataResponse500 | ExtractResponse]
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
    body: ExtractDataBody,
) -> ExtractDataResponse400 | ExtractDataResponse500 | ExtractResponse | None:
    """Extract structured data from pages using LLMs

    Args:
        body (ExtractDataBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExtractDataResponse400 | ExtractDataResponse500 | ExtractResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExtractDataBody,
) -> Response[ExtractDataResponse400 | ExtractDataResponse500 | ExtractResponse]:
    """Extract structured data from pages using LLMs

    Args:
        body (ExtractDataBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExtractDataResponse400 | ExtractDataResponse500 | ExtractResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExtractDataBody,
) -> ExtractDataResponse400 | ExtractDataResponse500 | ExtractResponse | None:
    """Extract structured data from pages using LLMs

    Args:
        body (ExtractDataBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExtractDataResponse400 | ExtractDataResponse500 | ExtractResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
