from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.interact_with_scrape_browser_session_response_400 import (
    InteractWithScrapeBrowserSessionResponse400,
)
from ...models.interact_with_scrape_browser_session_response_402 import (
    InteractWithScrapeBrowserSessionResponse402,
)
from ...models.interact_with_scrape_browser_session_response_403 import (
    InteractWithScrapeBrowserSessionResponse403,
)
from ...models.interact_with_scrape_browser_session_response_404 import (
    InteractWithScrapeBrowserSessionResponse404,
)
from ...models.interact_with_scrape_browser_session_response_409 import (
    InteractWithScrapeBrowserSessionResponse409,
)
from ...models.interact_with_scrape_browser_session_response_410 import (
    InteractWithScrapeBrowserSessionResponse410,
)
from ...models.interact_with_scrape_browser_session_response_429 import (
    InteractWithScrapeBrowserSessionResponse429,
)
from ...models.interact_with_scrape_browser_session_response_502 import (
    InteractWithScrapeBrowserSessionResponse502,
)
from ...models.scrape_interact_body import ScrapeInteractBody
from ...models.scrape_interact_result import ScrapeInteractResult
from ...types import Response


def _get_kwargs(
    job_id: UUID,
    *,
    body: ScrapeInteractBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scrape/{job_id}/interact".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    InteractWithScrapeBrowserSessionResponse400
    | InteractWithScrapeBrowserSessionResponse402
    | InteractWithScrapeBrowserSessionResponse403
    | InteractWithScrapeBrowserSessionResponse404
    | InteractWithScrapeBrowserSessionResponse409
    | InteractWithScrapeBrowserSessionResponse410
    | InteractWithScrapeBrowserSessionResponse429
    | InteractWithScrapeBrowserSessionResponse502
    | ScrapeInteractResult
    | None
):
    if response.status_code == 200:
        response_200 = ScrapeInteractResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = InteractWithScrapeBrowserSessionResponse400.from_dict(
            response.json()
        )

        return response_400

    if response.status_code == 402:
        response_402 = InteractWithScrapeBrowserSessionResponse402.from_dict(
            response.json()
        )

        return response_402

    if response.status_code == 403:
        response_403 = InteractWithScrapeBrowserSessionResponse403.from_dict(
            response.json()
        )

        return response_403

    if response.status_code == 404:
        response_404 = InteractWithScrapeBrowserSessionResponse404.from_dict(
            response.json()
        )

        return response_404

    if response.status_code == 409:
        response_409 = InteractWithScrapeBrowserSessionResponse409.from_dict(
            response.json()
        )

        return response_409

    if response.status_code == 410:
        response_410 = InteractWithScrapeBrowserSessionResponse410.from_dict(
            response.json()
        )

        return response_410

    if response.status_code == 429:
        response_429 = InteractWithScrapeBrowserSessionResponse429.from_dict(
            response.json()
        )

        return response_429

    if response.status_code == 502:
        response_502 = InteractWithScrapeBrowserSessionResponse502.from_dict(
            response.json()
        )

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    InteractWithScrapeBrowserSessionResponse400
    | InteractWithScrapeBrowserSessionResponse402
    | InteractWithScrapeBrowserSessionResponse403
    | InteractWithScrapeBrowserSessionResponse404
    | InteractWithScrapeBrowserSessionResponse409
    | InteractWithScrapeBrowserSessionResponse410
    | InteractWithScrapeBrowserSessionResponse429
    | InteractWithScrapeBrowserSessionResponse502
    | ScrapeInteractResult
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
    body: ScrapeInteractBody,
) -> Response[
    InteractWithScrapeBrowserSessionResponse400
    | InteractWithScrapeBrowserSessionResponse402
    | InteractWithScrapeBrowserSessionResponse403
    | InteractWithScrapeBrowserSessionResponse404
    | InteractWithScrapeBrowserSessionResponse409
    | InteractWithScrapeBrowserSessionResponse410
    | InteractWithScrapeBrowserSessionResponse429
    | InteractWithScrapeBrowserSessionResponse502
    | ScrapeInteractResult
]:
    """Interact with the browser session associated with a scrape job

    Args:
        job_id (UUID):
        body (ScrapeInteractBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InteractWithScrapeBrowserSessionResponse400 | InteractWithScrapeBrowserSessionResponse402 | InteractWithScrapeBrowserSessionResponse403 | InteractWithScrapeBrowserSessionResponse404 | InteractWithScrapeBrowserSessionResponse409 | InteractWithScrapeBrowserSessionResponse410 | InteractWithScrapeBrowserSessionResponse429 | InteractWithScrapeBrowserSessionResponse502 | ScrapeInteractResult]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ScrapeInteractBody,
) -> (
    InteractWithScrapeBrowserSessionResponse400
    | InteractWithScrapeBrowserSessionResponse402
    | InteractWithScrapeBrowserSessionResponse403
    | InteractWithScrapeBrowserSessionResponse404
    | InteractWithScrapeBrowserSessionResponse409
    | InteractWithScrapeBrowserSessionResponse410
    | InteractWithScrapeBrowserSessionResponse429
    | InteractWithScrapeBrowserSessionResponse502
    | ScrapeInteractResult
    | None
):
    """Interact with the browser session associated with a scrape job

    Args:
        job_id (UUID):
        body (ScrapeInteractBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InteractWithScrapeBrowserSessionResponse400 | InteractWithScrapeBrowserSessionResponse402 | InteractWithScrapeBrowserSessionResponse403 | InteractWithScrapeBrowserSessionResponse404 | InteractWithScrapeBrowserSessionResponse409 | InteractWithScrapeBrowserSessionResponse410 | InteractWithScrapeBrowserSessionResponse429 | InteractWithScrapeBrowserSessionResponse502 | ScrapeInteractResult
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ScrapeInteractBody,
) -> Response[
    InteractWithScrapeBrowserSessionResponse400
    | InteractWithScrapeBrowserSessionResponse402
    | InteractWithScrapeBrowserSessionResponse403
    | InteractWithScrapeBrowserSessionResponse404
    | InteractWithScrapeBrowserSessionResponse409
    | InteractWithScrapeBrowserSessionResponse410
    | InteractWithScrapeBrowserSessionResponse429
    | InteractWithScrapeBrowserSessionResponse502
    | ScrapeInteractResult
]:
    """Interact with the browser session associated with a scrape job

    Args:
        job_id (UUID):
        body (ScrapeInteractBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InteractWithScrapeBrowserSessionResponse400 | InteractWithScrapeBrowserSessionResponse402 | InteractWithScrapeBrowserSessionResponse403 | InteractWithScrapeBrowserSessionResponse404 | InteractWithScrapeBrowserSessionResponse409 | InteractWithScrapeBrowserSessionResponse410 | InteractWithScrapeBrowserSessionResponse429 | InteractWithScrapeBrowserSessionResponse502 | ScrapeInteractResult]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ScrapeInteractBody,
) -> (
    InteractWithScrapeBrowserSessionResponse400
    | InteractWithScrapeBrowserSessionResponse402
    | InteractWithScrapeBrowserSessionResponse403
    | InteractWithScrapeBrowserSessionResponse404
    | InteractWithScrapeBrowserSessionResponse409
    | InteractWithScrapeBrowserSessionResponse410
    | InteractWithScrapeBrowserSessionResponse429
    | InteractWithScrapeBrowserSessionResponse502
    | ScrapeInteractResult
    | None
):
    """Interact with the browser session associated with a scrape job

    Args:
        job_id (UUID):
        body (ScrapeInteractBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InteractWithScrapeBrowserSessionResponse400 | InteractWithScrapeBrowserSessionResponse402 | InteractWithScrapeBrowserSessionResponse403 | InteractWithScrapeBrowserSessionResponse404 | InteractWithScrapeBrowserSessionResponse409 | InteractWithScrapeBrowserSessionResponse410 | InteractWithScrapeBrowserSessionResponse429 | InteractWithScrapeBrowserSessionResponse502 | ScrapeInteractResult
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
