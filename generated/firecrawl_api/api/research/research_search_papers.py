import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.research_search_papers_response import ResearchSearchPapersResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str,
    k: int | Unset = 40,
    authors: str | Unset = UNSET,
    categories: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["k"] = k

    params["authors"] = authors

    params["categories"] = categories

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat()
    params["from"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat()
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/research/papers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ResearchSearchPapersResponse | None:
    if response.status_code == 200:
        response_200 = ResearchSearchPapersResponse.from_dict(response.json())

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
) -> Response[Any | ResearchSearchPapersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    k: int | Unset = 40,
    authors: str | Unset = UNSET,
    categories: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Response[Any | ResearchSearchPapersResponse]:
    """Search papers

    Args:
        query (str):
        k (int | Unset):  Default: 40.
        authors (str | Unset):
        categories (str | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ResearchSearchPapersResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        k=k,
        authors=authors,
        categories=categories,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    query: str,
    k: int | Unset = 40,
    authors: str | Unset = UNSET,
    categories: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Any | ResearchSearchPapersResponse | None:
    """Search papers

    Args:
        query (str):
        k (int | Unset):  Default: 40.
        authors (str | Unset):
        categories (str | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ResearchSearchPapersResponse
    """

    return sync_detailed(
        client=client,
        query=query,
        k=k,
        authors=authors,
        categories=categories,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    k: int | Unset = 40,
    authors: str | Unset = UNSET,
    categories: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Response[Any | ResearchSearchPapersResponse]:
    """Search papers

    Args:
        query (str):
        k (int | Unset):  Default: 40.
        authors (str | Unset):
        categories (str | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ResearchSearchPapersResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        k=k,
        authors=authors,
        categories=categories,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str,
    k: int | Unset = 40,
    authors: str | Unset = UNSET,
    categories: str | Unset = UNSET,
    from_: datetime.date | Unset = UNSET,
    to: datetime.date | Unset = UNSET,
) -> Any | ResearchSearchPapersResponse | None:
    """Search papers

    Args:
        query (str):
        k (int | Unset):  Default: 40.
        authors (str | Unset):
        categories (str | Unset):
        from_ (datetime.date | Unset):
        to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ResearchSearchPapersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            k=k,
            authors=authors,
            categories=categories,
            from_=from_,
            to=to,
        )
    ).parsed
