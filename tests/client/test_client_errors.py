"""Every documented error status raises its own class with a typed `.data`."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from byok_helpers import KEY_ID, Server, async_client_for, client_for, error_body
from openrouter_byok import errors, models
from openrouter_byok.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    OpenRouterDefaultError,
    OpenRouterError,
    ResponseValidationError,
    UnauthorizedResponseError,
)

HTML_502 = "<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>"


def _create(client: Any) -> Any:
    return client.byok.create(provider="openai", key="sk-x")


def _get(client: Any) -> Any:
    return client.byok.get(id=KEY_ID)


@pytest.mark.parametrize(
    ("call", "status", "error_class", "data_class"),
    [
        (_create, 400, BadRequestResponseError, models.BadRequestResponse),
        (_get, 401, UnauthorizedResponseError, models.UnauthorizedResponse),
        (_create, 403, ForbiddenResponseError, models.ForbiddenResponse),
        (_get, 404, NotFoundResponseError, models.NotFoundResponse),
        (_get, 500, InternalServerResponseError, models.InternalServerResponse),
    ],
)
def test_documented_status_raises_its_class_with_typed_data(
    call: Any, status: int, error_class: type[APIStatusError], data_class: type[Any]
) -> None:
    server = Server(error_body(status, "nope"))
    client = client_for(server, retries=None)

    with pytest.raises(error_class) as info:
        call(client)

    error = info.value
    assert type(error) is error_class
    assert isinstance(error.data, data_class)
    assert error.data.error.code == status
    assert error.data.error.message == "nope"
    assert error.status_code == status
    assert error.headers["content-type"] == "application/json"
    assert '"message":"nope"' in error.body
    assert error.raw_response.status_code == status
    assert str(error).startswith(f"Error code: {status}")


def test_undocumented_status_raises_default_error() -> None:
    server = Server(error_body(409, "conflict"))
    with pytest.raises(OpenRouterDefaultError) as info:
        client_for(server).byok.get(id=KEY_ID)
    assert info.value.status_code == 409
    assert info.value.data is None
    assert "conflict" in info.value.body


def test_documented_status_of_another_operation_is_not_used() -> None:
    # 400 is documented for create, not for get: get's 400 is a default error.
    with pytest.raises(OpenRouterDefaultError):
        client_for(Server(error_body(400))).byok.get(id=KEY_ID)


def test_html_error_page_keeps_body_and_has_no_data() -> None:
    server = Server(httpx.Response(502, text=HTML_502, headers={"content-type": "text/html"}))
    with pytest.raises(OpenRouterDefaultError) as info:
        client_for(server, retries=None).byok.get(id=KEY_ID)
    assert info.value.data is None
    assert info.value.body == HTML_502
    assert "502 Bad Gateway" in str(info.value)


def test_documented_status_with_html_body_has_no_data() -> None:
    server = Server(httpx.Response(500, text=HTML_502))
    with pytest.raises(InternalServerResponseError) as info:
        client_for(server, retries=None).byok.get(id=KEY_ID)
    assert info.value.data is None
    assert info.value.body == HTML_502


def test_truncated_error_body_has_no_data() -> None:
    truncated = '{"error": {"code": 404, "mess'
    with pytest.raises(NotFoundResponseError) as info:
        client_for(Server(httpx.Response(404, text=truncated))).byok.get(id=KEY_ID)
    assert info.value.data is None
    assert info.value.body == truncated


def test_error_body_of_the_wrong_shape_has_no_data() -> None:
    server = Server(httpx.Response(404, json={"detail": "not found"}))
    with pytest.raises(NotFoundResponseError) as info:
        client_for(server).byok.get(id=KEY_ID)
    assert info.value.data is None


def test_empty_error_body() -> None:
    with pytest.raises(UnauthorizedResponseError) as info:
        client_for(Server(httpx.Response(401))).byok.get(id=KEY_ID)
    assert info.value.data is None
    assert info.value.body == ""
    assert str(info.value) == "Error code: 401"


def test_invalid_success_body_raises_response_validation_error() -> None:
    body = {"data": {"id": KEY_ID, "provider": "openai"}}  # required fields missing
    with pytest.raises(ResponseValidationError) as info:
        client_for(Server(httpx.Response(200, json=body))).byok.get(id=KEY_ID)
    error = info.value
    assert error.status_code == 200
    assert error.body == httpx.Response(200, json=body).text
    assert "GetBYOKKeyResponse" in str(error)
    assert "data.label" in str(error)


def test_success_body_that_is_not_json_raises_response_validation_error() -> None:
    with pytest.raises(ResponseValidationError) as info:
        client_for(Server(httpx.Response(200, text="<html>ok</html>"))).byok.get(id=KEY_ID)
    assert info.value.body == "<html>ok</html>"


def test_delete_requires_deleted_true() -> None:
    server = Server(httpx.Response(200, json={"deleted": False}))
    with pytest.raises(ResponseValidationError):
        client_for(server).byok.delete(id=KEY_ID)


def test_exception_tree() -> None:
    for error_class in (
        APIConnectionError,
        ResponseValidationError,
        APIStatusError,
        OpenRouterDefaultError,
        BadRequestResponseError,
        InternalServerResponseError,
    ):
        assert issubclass(error_class, OpenRouterError)
    assert issubclass(APITimeoutError, APIConnectionError)
    assert issubclass(NotFoundResponseError, APIStatusError)
    assert errors.SDKError is OpenRouterError
    assert errors.DefaultError is OpenRouterDefaultError
    assert NotFoundResponseError.data_type is models.NotFoundResponse
    assert OpenRouterDefaultError.data_type is None


async def test_async_documented_status_raises_its_class_with_typed_data() -> None:
    async with async_client_for(Server(error_body(404, "gone"))) as client:
        with pytest.raises(NotFoundResponseError) as info:
            await client.byok.get(id=KEY_ID)
    assert info.value.data is not None
    assert info.value.data.error.message == "gone"


async def test_async_html_error_page_has_no_data() -> None:
    server = Server(httpx.Response(502, text=HTML_502))
    with pytest.raises(OpenRouterDefaultError) as info:
        await async_client_for(server, retries=None).byok.get(id=KEY_ID)
    assert info.value.data is None
    assert info.value.body == HTML_502


async def test_async_invalid_success_body_raises_response_validation_error() -> None:
    server = Server(httpx.Response(201, json={"data": {"id": 1}}))
    with pytest.raises(ResponseValidationError):
        await async_client_for(server).byok.create(provider="openai", key="sk-x")
