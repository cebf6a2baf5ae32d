from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.parse_file_body import ParseFileBody
from ...models.parse_file_response_400 import ParseFileResponse400
from ...models.parse_file_response_402 import ParseFileResponse402
from ...models.parse_file_response_429 import ParseFileResponse429
from ...models.parse_file_response_500 import ParseFileResponse500
from ...models.scrape_response import ScrapeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ParseFileBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/parse",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ParseFileResponse400
    | ParseFileResponse402
    | ParseFileResponse429
    | ParseFileResponse500
    | ScrapeResponse
    | None
):
    if response.status_code == 200:
        response_200 = ScrapeResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ParseFileResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 402:
        response_402 = ParseFileResponse402.from_dict(response.json())

        return response_402

    if response.status_code == 429:
        response_429 = ParseFileResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ParseFileResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ParseFileResponse400
    | ParseFileResponse402
    | ParseFileResponse429
    | ParseFileResponse500
    | ScrapeResponse
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
    body: ParseFileBody,
) -> Response[
    ParseFileResponse400
    | ParseFileResponse402
    | ParseFileResponse429
    | ParseFileResponse500
    | ScrapeResponse
]:
    """Upload and parse a file

    Args:
        body (ParseFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParseFileResponse400 | ParseFileResponse402 | ParseFileResponse429 | ParseFileResponse500 | ScrapeResponse]
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
    body: ParseFileBody,
) -> (
    ParseFileResponse400
    | ParseFileResponse402
    | ParseFileResponse429
    | ParseFileResponse500
    | ScrapeResponse
    | None
):
    """Upload and parse a file

    Args:
        body (ParseFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParseFileResponse400 | ParseFileResponse402 | ParseFileResponse429 | ParseFileResponse500 | ScrapeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ParseFileBody,
) -> Response[
    ParseFileResponse400
    | ParseFileResponse402
    | ParseFileResponse429
    | ParseFileResponse500
    | ScrapeResponse
]:
    """Upload and parse a file

    Args:
        body (ParseFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ParseFileResponse400 | ParseFileResponse402 | ParseFileResponse429 | ParseFileResponse500 | ScrapeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ParseFileBody,
) -> (
    ParseFileResponse400
    | ParseFileResponse402
    | ParseFileResponse429
    | ParseFileResponse500
    | ScrapeResponse
    | None
):
    """Upload and parse a file

    Args:
        body (ParseFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ParseFileResponse400 | ParseFileResponse402 | ParseFileResponse429 | ParseFileResponse500 | ScrapeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
