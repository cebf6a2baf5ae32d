from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.stop_interaction_result import StopInteractionResult
from ...models.stop_interactive_scrape_browser_session_response_403 import (
    StopInteractiveScrapeBrowserSessionResponse403,
)
from ...models.stop_interactive_scrape_browser_session_response_404 import (
    StopInteractiveScrapeBrowserSessionResponse404,
)
from ...types import Response


def _get_kwargs(
    job_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/scrape/{job_id}/interact".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    StopInteractionResult
    | StopInteractiveScrapeBrowserSessionResponse403
    | StopInteractiveScrapeBrowserSessionResponse404
    | None
):
    if response.status_code == 200:
        response_200 = StopInteractionResult.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = StopInteractiveScrapeBrowserSessionResponse403.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 404:
        response_404 = StopInteractiveScrapeBrowserSessionResponse404.from_dict(
            response.json()
        )

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    StopInteractionResult
    | StopInteractiveScrapeBrowserSessionResponse403
    | StopInteractiveScrapeBrowserSessionResponse404
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[
    StopInteractionResult
    | StopInteractiveScrapeBrowserSessionResponse403
    | StopInteractiveScrapeBrowserSessionResponse404
]:
    """Stop the interactive browser session associated with a scrape job

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StopInteractionResult | StopInteractiveScrapeBrowserSessionResponse403 | StopInteractiveScrapeBrowserSessionResponse404]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> (
    StopInteractionResult
    | StopInteractiveScrapeBrowserSessionResponse403
    | StopInteractiveScrapeBrowserSessionResponse404
    | None
):
    """Stop the interactive browser session associated with a scrape job

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StopInteractionResult | StopInteractiveScrapeBrowserSessionResponse403 | StopInteractiveScrapeBrowserSessionResponse404
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[
    StopInteractionResult
    | StopInteractiveScrapeBrowserSessionResponse403
    | StopInteractiveScrapeBrowserSessionResponse404
]:
    """Stop the interactive browser session associated with a scrape job

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[StopInteractionResult | StopInteractiveScrapeBrowserSessionResponse403 | StopInteractiveScrapeBrowserSessionResponse404]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
) -> (
    StopInteractionResult
    | StopInteractiveScrapeBrowserSessionResponse403
    | StopInteractiveScrapeBrowserSessionResponse404
    | None
):
    """Stop the interactive browser session associated with a scrape job

    Args:
        job_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        StopInteractionResult | StopInteractiveScrapeBrowserSessionResponse403 | StopInteractiveScrapeBrowserSessionResponse404
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
