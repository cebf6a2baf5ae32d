from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.research_related_papers_mode import ResearchRelatedPapersMode
from ...models.research_similar_papers_response import ResearchSimilarPapersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    intent: str,
    mode: ResearchRelatedPapersMode | Unset = ResearchRelatedPapersMode.SIMILAR,
    k: int | Unset = 40,
    rerank: bool | Unset = UNSET,
    anchor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["intent"] = intent

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    params["k"] = k

    params["rerank"] = rerank

    params["anchor"] = anchor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/research/papers/{id}/similar".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ResearchSimilarPapersResponse | None:
    if response.status_code == 200:
        response_200 = ResearchSimilarPapersResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

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
) -> Response[Any | ResearchSimilarPapersResponse]:
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
    intent: str,
    mode: ResearchRelatedPapersMode | Unset = ResearchRelatedPapersMode.SIMILAR,
    k: int | Unset = 40,
    rerank: bool | Unset = UNSET,
    anchor: str | Unset = UNSET,
) -> Response[Any | ResearchSimilarPapersResponse]:
    """Find related papers

    Args:
        id (str):
        intent (str):
        mode (ResearchRelatedPapersMode | Unset):  Default: ResearchRelatedPapersMode.SIMILAR.
        k (int | Unset):  Default: 40.
        rerank (bool | Unset):
        anchor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ResearchSimilarPapersResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        intent=intent,
        mode=mode,
        k=k,
        rerank=rerank,
        anchor=anchor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient,
    intent: str,
    mode: ResearchRelatedPapersMode | Unset = ResearchRelatedPapersMode.SIMILAR,
    k: int | Unset = 40,
    rerank: bool | Unset = UNSET,
    anchor: str | Unset = UNSET,
) -> Any | ResearchSimilarPapersResponse | None:
    """Find related papers

    Args:
        id (str):
        intent (str):
        mode (ResearchRelatedPapersMode | Unset):  Default: ResearchRelatedPapersMode.SIMILAR.
        k (int | Unset):  Default: 40.
        rerank (bool | Unset):
        anchor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ResearchSimilarPapersResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        intent=intent,
        mode=mode,
        k=k,
        rerank=rerank,
        anchor=anchor,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient,
    intent: str,
    mode: ResearchRelatedPapersMode | Unset = ResearchRelatedPapersMode.SIMILAR,
    k: int | Unset = 40,
    rerank: bool | Unset = UNSET,
    anchor: str | Unset = UNSET,
) -> Response[Any | ResearchSimilarPapersResponse]:
    """Find related papers

    Args:
        id (str):
        intent (str):
        mode (ResearchRelatedPapersMode | Unset):  Default: ResearchRelatedPapersMode.SIMILAR.
        k (int | Unset):  Default: 40.
        rerank (bool | Unset):
        anchor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ResearchSimilarPapersResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        intent=intent,
        mode=mode,
        k=k,
        rerank=rerank,
        anchor=anchor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient,
    intent: str,
    mode: ResearchRelatedPapersMode | Unset = ResearchRelatedPapersMode.SIMILAR,
    k: int | Unset = 40,
    rerank: bool | Unset = UNSET,
    anchor: str | Unset = UNSET,
) -> Any | ResearchSimilarPapersResponse | None:
    """Find related papers

    Args:
        id (str):
        intent (str):
        mode (ResearchRelatedPapersMode | Unset):  Default: ResearchRelatedPapersMode.SIMILAR.
        k (int | Unset):  Default: 40.
        rerank (bool | Unset):
        anchor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ResearchSimilarPapersResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            intent=intent,
            mode=mode,
            k=k,
            rerank=rerank,
            anchor=anchor,
        )
    ).parsed
