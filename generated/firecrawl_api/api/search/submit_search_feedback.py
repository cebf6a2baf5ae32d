from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.feedback_error_response import FeedbackErrorResponse
from ...models.feedback_response import FeedbackResponse
from ...models.search_feedback_request import SearchFeedbackRequest
from ...types import Response


def _get_kwargs(
    job_id: UUID,
    *,
    body: SearchFeedbackRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/search/{job_id}/feedback".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FeedbackErrorResponse | FeedbackResponse | None:
    if response.status_code == 200:
        response_200 = FeedbackResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = FeedbackErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = FeedbackErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = FeedbackErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = FeedbackErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = FeedbackErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FeedbackErrorResponse | FeedbackResponse]:
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
    body: SearchFeedbackRequest,
) -> Response[FeedbackErrorResponse | FeedbackResponse]:
    """Submit feedback for a search job

    Args:
        job_id (UUID):
        body (SearchFeedbackRequest): For 'good', include valuableSources. For 'partial', include
            valuableSources or missingContent. For 'bad', include missingContent or querySuggestions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackErrorResponse | FeedbackResponse]
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
    body: SearchFeedbackRequest,
) -> FeedbackErrorResponse | FeedbackResponse | None:
    """Submit feedback for a search job

    Args:
        job_id (UUID):
        body (SearchFeedbackRequest): For 'good', include valuableSources. For 'partial', include
            valuableSources or missingContent. For 'bad', include missingContent or querySuggestions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackErrorResponse | FeedbackResponse
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
    body: SearchFeedbackRequest,
) -> Response[FeedbackErrorResponse | FeedbackResponse]:
    """Submit feedback for a search job

    Args:
        job_id (UUID):
        body (SearchFeedbackRequest): For 'good', include valuableSources. For 'partial', include
            valuableSources or missingContent. For 'bad', include missingContent or querySuggestions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeedbackErrorResponse | FeedbackResponse]
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
    body: SearchFeedbackRequest,
) -> FeedbackErrorResponse | FeedbackResponse | None:
    """Submit feedback for a search job

    Args:
        job_id (UUID):
        body (SearchFeedbackRequest): For 'good', include valuableSources. For 'partial', include
            valuableSources or missingContent. For 'bad', include missingContent or querySuggestions.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeedbackErrorResponse | FeedbackResponse
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            body=body,
        )
    ).parsed
