from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.developer_search_response import DeveloperSearchResponse
from ...models.developer_search_skills import DeveloperSearchSkills
from ...models.developer_search_types_item import DeveloperSearchTypesItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str,
    k: int | Unset = 10,
    types: list[DeveloperSearchTypesItem] | Unset = UNSET,
    repos: list[str] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    skills: DeveloperSearchSkills | Unset = UNSET,
    passages: int | Unset = 1,
    language: str | Unset = UNSET,
    topic: str | Unset = UNSET,
    license_: str | Unset = UNSET,
    min_stars: int | Unset = UNSET,
    max_stars: int | Unset = UNSET,
    archived: bool | Unset = UNSET,
    fork: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    params["k"] = k

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item = types_item_data.value
            json_types.append(types_item)

    params["types"] = json_types

    json_repos: list[str] | Unset = UNSET
    if not isinstance(repos, Unset):
        json_repos = repos

    params["repos"] = json_repos

    json_sources: list[str] | Unset = UNSET
    if not isinstance(sources, Unset):
        json_sources = sources

    params["sources"] = json_sources

    json_skills: str | Unset = UNSET
    if not isinstance(skills, Unset):
        json_skills = skills.value

    params["skills"] = json_skills

    params["passages"] = passages

    params["language"] = language

    params["topic"] = topic

    params["license"] = license_

    params["min_stars"] = min_stars

    params["max_stars"] = max_stars

    params["archived"] = archived

    params["fork"] = fork

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/search/developer",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeveloperSearchResponse | None:
    if response.status_code == 200:
        response_200 = DeveloperSearchResponse.from_dict(response.json())

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
) -> Response[Any | DeveloperSearchResponse]:
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
    k: int | Unset = 10,
    types: list[DeveloperSearchTypesItem] | Unset = UNSET,
    repos: list[str] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    skills: DeveloperSearchSkills | Unset = UNSET,
    passages: int | Unset = 1,
    language: str | Unset = UNSET,
    topic: str | Unset = UNSET,
    license_: str | Unset = UNSET,
    min_stars: int | Unset = UNSET,
    max_stars: int | Unset = UNSET,
    archived: bool | Unset = UNSET,
    fork: bool | Unset = UNSET,
) -> Response[Any | DeveloperSearchResponse]:
    """Search the developer index

    Args:
        query (str):
        k (int | Unset):  Default: 10.
        types (list[DeveloperSearchTypesItem] | Unset):
        repos (list[str] | Unset):
        sources (list[str] | Unset):
        skills (DeveloperSearchSkills | Unset):
        passages (int | Unset):  Default: 1.
        language (str | Unset):  Example: Rust.
        topic (str | Unset):  Example: async.
        license_ (str | Unset):  Example: MIT.
        min_stars (int | Unset):
        max_stars (int | Unset):
        archived (bool | Unset):
        fork (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeveloperSearchResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        k=k,
        types=types,
        repos=repos,
        sources=sources,
        skills=skills,
        passages=passages,
        language=language,
        topic=topic,
        license_=license_,
        min_stars=min_stars,
        max_stars=max_stars,
        archived=archived,
        fork=fork,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    query: str,
    k: int | Unset = 10,
    types: list[DeveloperSearchTypesItem] | Unset = UNSET,
    repos: list[str] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    skills: DeveloperSearchSkills | Unset = UNSET,
    passages: int | Unset = 1,
    language: str | Unset = UNSET,
    topic: str | Unset = UNSET,
    license_: str | Unset = UNSET,
    min_stars: int | Unset = UNSET,
    max_stars: int | Unset = UNSET,
    archived: bool | Unset = UNSET,
    fork: bool | Unset = UNSET,
) -> Any | DeveloperSearchResponse | None:
    """Search the developer index

    Args:
        query (str):
        k (int | Unset):  Default: 10.
        types (list[DeveloperSearchTypesItem] | Unset):
        repos (list[str] | Unset):
        sources (list[str] | Unset):
        skills (DeveloperSearchSkills | Unset):
        passages (int | Unset):  Default: 1.
        language (str | Unset):  Example: Rust.
        topic (str | Unset):  Example: async.
        license_ (str | Unset):  Example: MIT.
        min_stars (int | Unset):
        max_stars (int | Unset):
        archived (bool | Unset):
        fork (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeveloperSearchResponse
    """

    return sync_detailed(
        client=client,
        query=query,
        k=k,
        types=types,
        repos=repos,
        sources=sources,
        skills=skills,
        passages=passages,
        language=language,
        topic=topic,
        license_=license_,
        min_stars=min_stars,
        max_stars=max_stars,
        archived=archived,
        fork=fork,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str,
    k: int | Unset = 10,
    types: list[DeveloperSearchTypesItem] | Unset = UNSET,
    repos: list[str] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    skills: DeveloperSearchSkills | Unset = UNSET,
    passages: int | Unset = 1,
    language: str | Unset = UNSET,
    topic: str | Unset = UNSET,
    license_: str | Unset = UNSET,
    min_stars: int | Unset = UNSET,
    max_stars: int | Unset = UNSET,
    archived: bool | Unset = UNSET,
    fork: bool | Unset = UNSET,
) -> Response[Any | DeveloperSearchResponse]:
    """Search the developer index

    Args:
        query (str):
        k (int | Unset):  Default: 10.
        types (list[DeveloperSearchTypesItem] | Unset):
        repos (list[str] | Unset):
        sources (list[str] | Unset):
        skills (DeveloperSearchSkills | Unset):
        passages (int | Unset):  Default: 1.
        language (str | Unset):  Example: Rust.
        topic (str | Unset):  Example: async.
        license_ (str | Unset):  Example: MIT.
        min_stars (int | Unset):
        max_stars (int | Unset):
        archived (bool | Unset):
        fork (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeveloperSearchResponse]
    """

    kwargs = _get_kwargs(
        query=query,
        k=k,
        types=types,
        repos=repos,
        sources=sources,
        skills=skills,
        passages=passages,
        language=language,
        topic=topic,
        license_=license_,
        min_stars=min_stars,
        max_stars=max_stars,
        archived=archived,
        fork=fork,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str,
    k: int | Unset = 10,
    types: list[DeveloperSearchTypesItem] | Unset = UNSET,
    repos: list[str] | Unset = UNSET,
    sources: list[str] | Unset = UNSET,
    skills: DeveloperSearchSkills | Unset = UNSET,
    passages: int | Unset = 1,
    language: str | Unset = UNSET,
    topic: str | Unset = UNSET,
    license_: str | Unset = UNSET,
    min_stars: int | Unset = UNSET,
    max_stars: int | Unset = UNSET,
    archived: bool | Unset = UNSET,
    fork: bool | Unset = UNSET,
) -> Any | DeveloperSearchResponse | None:
    """Search the developer index

    Args:
        query (str):
        k (int | Unset):  Default: 10.
        types (list[DeveloperSearchTypesItem] | Unset):
        repos (list[str] | Unset):
        sources (list[str] | Unset):
        skills (DeveloperSearchSkills | Unset):
        passages (int | Unset):  Default: 1.
        language (str | Unset):  Example: Rust.
        topic (str | Unset):  Example: async.
        license_ (str | Unset):  Example: MIT.
        min_stars (int | Unset):
        max_stars (int | Unset):
        archived (bool | Unset):
        fork (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeveloperSearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            k=k,
            types=types,
            repos=repos,
            sources=sources,
            skills=skills,
            passages=passages,
            language=language,
            topic=topic,
            license_=license_,
            min_stars=min_stars,
            max_stars=max_stars,
            archived=archived,
            fork=fork,
        )
    ).parsed
