from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.research_paper_metadata_response import ResearchPaperMetadataResponse
from ...models.research_read_paper_response import ResearchReadPaperResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    query: str | Unset = UNSET,
    k: int | Unset = 4,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["k"] = k

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/research/papers/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ResearchPaperMetadataResponse | ResearchReadPaperResponse | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ResearchPaperMetadataResponse | ResearchReadPaperResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ResearchReadPaperResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ResearchPaperMetadataResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ResearchPaperMetadataResponse | ResearchReadPaperResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    k: int | Unset = 4,
) -> Response[Any | ResearchPaperMetadataResponse | ResearchReadPaperResponse]:
    """Inspect or read a paper

    Args:
        id (str):
        query (str | Unset):
        k (int | Unset):  Default: 4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ResearchPaperMetadataResponse | ResearchReadPaperResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        query=query,
        k=k,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    k: int | Unset = 4,
) -> Any | ResearchPaperMetadataResponse | ResearchReadPaperResponse | None:
    """Inspect or read a paper

    Args:
        id (str):
        query (str | Unset):
        k (int | Unset):  Default: 4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ResearchPaperMetadataResponse | ResearchReadPaperResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        query=query,
        k=k,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    k: int | Unset = 4,
) -> Response[Any | ResearchPaperMetadataResponse | ResearchReadPaperResponse]:
    """Inspect or read a paper

    Args:
        id (str):
        query (str | Unset):
        k (int | Unset):  Default: 4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ResearchPaperMetadataResponse | ResearchReadPaperResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        query=query,
        k=k,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    k: int | Unset = 4,
) -> Any | ResearchPaperMetadataResponse | ResearchReadPaperResponse | None:
    """Inspect or read a paper

    Args:
        id (str):
        query (str | Unset):
        k (int | Unset):  Default: 4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ResearchPaperMetadataResponse | ResearchReadPaperResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            query=query,
            k=k,
        )
    ).parsed
