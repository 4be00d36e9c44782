"""Client lifecycle, raw responses, standalone functions and the package surface."""

from __future__ import annotations

import copy
import pickle

import httpx
import openrouter_byok
import pytest
from byok_helpers import API_KEY, KEY_ID, Server, async_client_for, client_for, error_body, ok
from openrouter_byok import (
    NOT_GIVEN,
    APIResponse,
    AsyncOpenRouter,
    AsyncPage,
    OpenRouter,
    Result,
    SyncPage,
)
from openrouter_byok.errors import NotFoundResponseError
from openrouter_byok.funcs import (
    byok_create,
    byok_delete_async,
    byok_get,
    byok_get_async,
    byok_list,
    byok_list_async,
    byok_update,
)
from openrouter_byok.models import GetBYOKKeyResponse


def _page(count: int) -> httpx.Response:
    return httpx.Response(200, json={"data": [ok().json()["data"]] * count, "total_count": count})


# -- lifecycle ----------------------------------------------------------------------------------


def test_supplied_http_client_stays_open_after_with() -> None:
    server = Server()
    http = httpx.Client(transport=httpx.MockTransport(server))
    with OpenRouter(api_key=API_KEY, http_client=http) as client:
        client.byok.get(id=KEY_ID)
    assert not http.is_closed
    http.get("https://openrouter.ai/api/v1/byok")  # still usable by its owner
    assert len(server.requests) == 2
    http.close()


def test_own_http_client_is_closed_after_with() -> None:
    with OpenRouter(api_key=API_KEY) as client:
        http = client._http
    assert http.is_closed


async def test_async_supplied_http_client_stays_open_after_with() -> None:
    server = Server()
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    async with AsyncOpenRouter(api_key=API_KEY, http_client=http) as client:
        await client.byok.get(id=KEY_ID)
    assert not http.is_closed
    await http.get("https://openrouter.ai/api/v1/byok")
    await http.aclose()


async def test_async_own_http_client_is_closed_after_with() -> None:
    async with AsyncOpenRouter(api_key=API_KEY) as client:
        http = client._http
    assert http.is_closed


def test_resource_is_created_once() -> None:
    client = client_for(Server())
    assert client.byok is client.byok
    assert client.byok.with_raw_response is client.byok.with_raw_response


# -- raw responses ------------------------------------------------------------------------------


def test_raw_response() -> None:
    server = Server(httpx.Response(200, json={"data": ok().json()["data"]}, headers={"x-r": "1"}))
    raw = client_for(server).byok.with_raw_response.get(id=KEY_ID)
    assert isinstance(raw, APIResponse)
    assert raw.status_code == 200
    assert raw.headers["x-r"] == "1"
    assert raw.http_response.request.url.path.endswith(KEY_ID)
    parsed = raw.parse()
    assert isinstance(parsed, GetBYOKKeyResponse)
    assert raw.parse() is parsed


def test_raw_response_of_a_list_parses_to_a_page() -> None:
    raw = client_for(Server(_page(3))).byok.with_raw_response.list()
    page = raw.parse()
    assert isinstance(page, SyncPage)
    assert len(page.data) == 3


def test_raw_response_still_raises_for_error_statuses() -> None:
    client = client_for(Server(error_body(404)))
    with pytest.raises(NotFoundResponseError):
        client.byok.with_raw_response.delete(id=KEY_ID)


def test_raw_mode_ends_with_the_call() -> None:
    client = client_for(Server())
    client.byok.with_raw_response.get(id=KEY_ID)
    assert isinstance(client.byok.get(id=KEY_ID), GetBYOKKeyResponse)


async def test_async_raw_response() -> None:
    client = async_client_for(Server())
    raw = await client.byok.with_raw_response.get(id=KEY_ID)
    assert raw.status_code == 200
    assert raw.parse().data.id == KEY_ID
    assert isinstance(await client.byok.get(id=KEY_ID), GetBYOKKeyResponse)


async def test_async_raw_response_of_a_list() -> None:
    raw = await async_client_for(Server(_page(2))).byok.with_raw_response.list()
    page = raw.parse()
    assert isinstance(page, AsyncPage)
    assert len(page.data) == 2


# -- standalone functions ---------------------------------------------------------------------


def test_function_returns_ok_result() -> None:
    result = byok_get(client_for(Server()), id=KEY_ID)
    assert result.ok
    assert result.error is None
    assert result.value is not None
    assert result.value.data.id == KEY_ID
    assert result.unwrap() is result.value


def test_function_returns_error_result() -> None:
    result = byok_update(client_for(Server(error_body(404))), id=KEY_ID, name="x")
    assert not result.ok
    assert result.value is None
    assert isinstance(result.error, NotFoundResponseError)
    with pytest.raises(NotFoundResponseError):
        result.unwrap()


def test_function_passes_options_and_body_through() -> None:
    server = Server(httpx.Response(201, json={"data": ok().json()["data"]}))
    result = byok_create(
        client_for(server), provider="openai", key="sk-x", name=None, extra_headers={"X-A": "1"}
    )
    assert result.ok
    assert server.sent_json() == {"provider": "openai", "key": "sk-x", "name": None}
    assert server.last.headers["x-a"] == "1"


def test_function_does_not_capture_programming_errors() -> None:
    with pytest.raises(ValueError):
        byok_get(client_for(Server()), id="")


def test_list_function_returns_the_first_page() -> None:
    result = byok_list(client_for(Server(_page(2))), limit=2)
    assert result.ok
    assert isinstance(result.value, SyncPage)
    assert len(list(result.value)) == 2


async def test_async_functions() -> None:
    client = async_client_for(Server(ok(), error_body(404)))
    first = await byok_get_async(client, id=KEY_ID)
    assert first.ok
    second = await byok_delete_async(client, id=KEY_ID)
    assert isinstance(second.error, NotFoundResponseError)


async def test_async_list_function_returns_the_first_page() -> None:
    result = await byok_list_async(async_client_for(Server(_page(3))))
    assert isinstance(result.value, AsyncPage)
    assert len(result.value.data) == 3


# -- package surface ----------------------------------------------------------------------------


def test_not_given_sentinel() -> None:
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert copy.deepcopy(NOT_GIVEN) is NOT_GIVEN
    assert pickle.loads(pickle.dumps(NOT_GIVEN)) is NOT_GIVEN
    assert type(NOT_GIVEN)() is NOT_GIVEN


def test_result_failure_and_success() -> None:
    assert Result.success(3).ok
    assert not Result.failure(NotFoundResponseError.__new__(NotFoundResponseError)).ok


def test_public_names() -> None:
    for name in openrouter_byok.__all__:
        assert hasattr(openrouter_byok, name), name
    assert openrouter_byok.__version__ == "0.1.0"
