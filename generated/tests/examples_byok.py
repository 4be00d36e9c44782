# generated from spec/openrouter-byok.yaml; do not edit
"""What the tests of `client.byok` share: the bodies the mock answers, and checks.

Values are the spec's examples (made up from the type where it has none). The offline and the
contract tests hold the requests sent and the values parsed to the `check_*` functions."""

from __future__ import annotations

import copy
import datetime
import json
from typing import Any

from openrouter_byok import errors, models

from conftest import path_of
from mock_server import ErrorCase

BYOK_KEY: Any = {
    "id": "11111111-2222-3333-4444-555555555555",
    "provider": "openai",
    "workspace_id": "550e8400-e29b-41d4-a716-446655440000",
    "name": "Production OpenAI Key",
    "label": "sk-...AbCd",
    "disabled": False,
    "is_fallback": False,
    "allowed_models": None,
    "allowed_api_key_hashes": None,
    "allowed_user_ids": None,
    "sort_order": 0,
    "created_at": "2025-08-24T10:30:00Z",
}
LIST_RESPONSE: Any = {"data": [BYOK_KEY], "total_count": 1}
BAD_REQUEST_RESPONSE: Any = {"error": {"code": 400, "message": "Invalid request parameters"}}
UNAUTHORIZED_RESPONSE: Any = {"error": {"code": 401, "message": "Missing Authentication header"}}
INTERNAL_SERVER_RESPONSE: Any = {"error": {"code": 500, "message": "Internal Server Error"}}
CREATE_RESPONSE: Any = {"data": BYOK_KEY}
FORBIDDEN_RESPONSE: Any = {
    "error": {"code": 403, "message": "Only management keys can perform this operation"}
}
GET_RESPONSE: Any = {"data": BYOK_KEY}
NOT_FOUND_RESPONSE: Any = {"error": {"code": 404, "message": "Resource not found"}}
DELETE_RESPONSE: Any = {"deleted": True}
UPDATE_RESPONSE: Any = {"data": {**BYOK_KEY, "name": "Updated OpenAI Key"}}
LIST_WITH_UNKNOWN_ENUM: Any = copy.deepcopy(LIST_RESPONSE)
LIST_WITH_UNKNOWN_ENUM["data"][0]["provider"] = "sdk-test-unknown-value"
CREATE_WITH_UNKNOWN_ENUM: Any = copy.deepcopy(CREATE_RESPONSE)
CREATE_WITH_UNKNOWN_ENUM["data"]["provider"] = "sdk-test-unknown-value"
GET_WITH_UNKNOWN_ENUM: Any = copy.deepcopy(GET_RESPONSE)
GET_WITH_UNKNOWN_ENUM["data"]["provider"] = "sdk-test-unknown-value"
UPDATE_WITH_UNKNOWN_ENUM: Any = copy.deepcopy(UPDATE_RESPONSE)
UPDATE_WITH_UNKNOWN_ENUM["data"]["provider"] = "sdk-test-unknown-value"


def body_of(request: Any) -> Any:
    return json.loads(request.content)


def serve_list_pages(mock_server: Any) -> None:
    """`list` in pages: 3 items, 2 to a page."""
    mock_server.paginate(
        LIST_RESPONSE,
        items_path=("data",),
        total_path=("total_count",),
        items=[BYOK_KEY] * 3,
        page_size=2,
        offset_param="offset",
    )


def check_list_request(request: Any) -> None:
    assert request.method == "GET"
    assert path_of(request) == "/byok"
    assert sorted(request.url.params.multi_items()) == []
    assert request.headers["Authorization"] == "Bearer sdk-test-key"
    assert request.content == b""


def check_list_request_with_all_params(request: Any) -> None:
    assert request.method == "GET"
    assert path_of(request) == "/byok"
    assert sorted(request.url.params.multi_items()) == [
        ("limit", "50"),
        ("offset", "0"),
        ("provider", "openai"),
        ("workspace_id", "550e8400-e29b-41d4-a716-446655440000"),
    ]
    assert request.headers["HTTP-Referer"] == "https://myapp.example.com"
    assert request.headers["X-OpenRouter-Title"] == "My App"
    assert request.headers["X-OpenRouter-Categories"] == "cli-agent,cloud-agent"
    assert request.headers["Authorization"] == "Bearer sdk-test-key"
    assert request.content == b""


def check_create_request(request: Any) -> None:
    assert request.method == "POST"
    assert path_of(request) == "/byok"
    assert sorted(request.url.params.multi_items()) == []
    assert request.headers["Authorization"] == "Bearer sdk-test-key"
    assert request.headers["Content-Type"] == "application/json"
    assert body_of(request) == {"provider": "openai", "key": "sk-proj-abc123..."}


def check_create_request_with_all_params(request: Any) -> None:
    assert request.method == "POST"
    assert path_of(request) == "/byok"
    assert sorted(request.url.params.multi_items()) == []
    assert request.headers["HTTP-Referer"] == "https://myapp.example.com"
    assert request.headers["X-OpenRouter-Title"] == "My App"
    assert request.headers["X-OpenRouter-Categories"] == "cli-agent,cloud-agent"
    assert request.headers["Authorization"] == "Bearer sdk-test-key"
    assert request.headers["Content-Type"] == "application/json"
    assert body_of(request) == {
        "provider": "openai",
        "key": "sk-proj-abc123...",
        "name": "Production OpenAI Key",
        "workspace_id": "550e8400-e29b-41d4-a716-446655440000",
        "disabled": False,
        "is_fallback": False,
        "allowed_models": None,
        "allowed_api_key_hashes": [
            "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"
        ],
        "allowed_user_ids": None,
    }


def check_get_request(request: Any) -> None:
    assert request.method == "GET"
    assert path_of(request) == "/byok/11111111-2222-3333-4444-555555555555"
    assert sorted(request.url.params.multi_items()) == []
    assert request.headers["Authorization"] == "Bearer sdk-test-key"
    assert request.content == b""


def check_get_request_with_all_params(request: Any) -> None:
    assert request.method == "GET"
    assert path_of(request) == "/byok/11111111-2222-3333-4444-555555555555"
    assert sorted(request.url.params.multi_items()) == []
    assert request.headers["HTTP-Referer"] == "https://myapp.example.com"
    assert request.headers["X-OpenRouter-Title"] == "My App"
    assert request.headers["X-OpenRouter-Categories"] == "cli-agent,cloud-agent"
    assert request.headers["Authorization"] == "Bearer sdk-test-key"
    assert request.content == b""


def check_delete_request(request: Any) -> None:
    assert request.method == "DELETE"
    assert path_of(request) == "/byok/11111111-2222-3333-4444-555555555555"
    assert sorted(request.url.params.multi_items()) == []
    assert request.headers["Authorization"] == "Bearer sdk-test-key"
    assert request.content == b""


def check_delete_request_with_all_params(request: Any) -> None:
    assert request.method == "DELETE"
    assert path_of(request) == "/byok/11111111-2222-3333-4444-555555555555"
    assert sorted(request.url.params.multi_items()) == []
    assert request.headers["HTTP-Referer"] == "https://myapp.example.com"
    assert request.headers["X-OpenRouter-Title"] == "My App"
    assert request.headers["X-OpenRouter-Categories"] == "cli-agent,cloud-agent"
    assert request.headers["Authorization"] == "Bearer sdk-test-key"
    assert request.content == b""


def check_update_request(request: Any) -> None:
    assert request.method == "PATCH"
    assert path_of(request) == "/byok/11111111-2222-3333-4444-555555555555"
    assert sorted(request.url.params.multi_items()) == []
    assert request.headers["Authorization"] == "Bearer sdk-test-key"
    assert request.headers["Content-Type"] == "application/json"
    assert body_of(request) == {}


def check_update_request_with_all_params(request: Any) -> None:
    assert request.method == "PATCH"
    assert path_of(request) == "/byok/11111111-2222-3333-4444-555555555555"
    assert sorted(request.url.params.multi_items()) == []
    assert request.headers["HTTP-Referer"] == "https://myapp.example.com"
    assert request.headers["X-OpenRouter-Title"] == "My App"
    assert request.headers["X-OpenRouter-Categories"] == "cli-agent,cloud-agent"
    assert request.headers["Authorization"] == "Bearer sdk-test-key"
    assert request.headers["Content-Type"] == "application/json"
    assert body_of(request) == {
        "key": "sk-proj-newkey456...",
        "name": "Updated OpenAI Key",
        "disabled": False,
        "is_fallback": False,
        "allowed_models": None,
        "allowed_api_key_hashes": [
            "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"
        ],
        "allowed_user_ids": None,
    }


def check_byok_key(value: Any) -> None:
    assert isinstance(value, models.BYOKKey)
    assert value.id == "11111111-2222-3333-4444-555555555555"
    assert value.provider is models.ProviderSlug.OPENAI
    assert value.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
    assert value.name == "Production OpenAI Key"
    assert value.label == "sk-...AbCd"
    assert value.disabled is False
    assert value.is_fallback is False
    assert value.allowed_models is None
    assert value.allowed_api_key_hashes is None
    assert value.allowed_user_ids is None
    assert value.sort_order == 0
    assert value.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)


def check_list_page(page: Any) -> None:
    assert len(page.data) == 1
    check_byok_key(page.data[0])
    assert page.total_count == 1


def check_bad_request_response_error(error: Any) -> None:
    assert type(error) is errors.BadRequestResponseError
    assert error.status_code == 400
    assert isinstance(error.data, models.BadRequestResponse)
    assert isinstance(error.data.error, models.BadRequestResponseErrorData)
    assert error.data.error.code == 400
    assert error.data.error.message == "Invalid request parameters"


def check_unauthorized_response_error(error: Any) -> None:
    assert type(error) is errors.UnauthorizedResponseError
    assert error.status_code == 401
    assert isinstance(error.data, models.UnauthorizedResponse)
    assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
    assert error.data.error.code == 401
    assert error.data.error.message == "Missing Authentication header"


def check_internal_server_response_error(error: Any) -> None:
    assert type(error) is errors.InternalServerResponseError
    assert error.status_code == 500
    assert isinstance(error.data, models.InternalServerResponse)
    assert isinstance(error.data.error, models.InternalServerResponseErrorData)
    assert error.data.error.code == 500
    assert error.data.error.message == "Internal Server Error"


def check_open_router_default_error(error: Any) -> None:
    assert type(error) is errors.OpenRouterDefaultError
    assert error.status_code == 418
    assert error.body == "error 418"
    assert error.data is None


def check_open_router_default_error_404(error: Any) -> None:
    assert type(error) is errors.OpenRouterDefaultError
    assert error.status_code == 404
    assert error.data is None


def check_create_byok_key_response(value: Any) -> None:
    assert isinstance(value, models.CreateBYOKKeyResponse)
    check_byok_key(value.data)


def check_forbidden_response_error(error: Any) -> None:
    assert type(error) is errors.ForbiddenResponseError
    assert error.status_code == 403
    assert isinstance(error.data, models.ForbiddenResponse)
    assert isinstance(error.data.error, models.ForbiddenResponseErrorData)
    assert error.data.error.code == 403
    assert error.data.error.message == "Only management keys can perform this operation"


def check_get_byok_key_response(value: Any) -> None:
    assert isinstance(value, models.GetBYOKKeyResponse)
    check_byok_key(value.data)


def check_not_found_response_error(error: Any) -> None:
    assert type(error) is errors.NotFoundResponseError
    assert error.status_code == 404
    assert isinstance(error.data, models.NotFoundResponse)
    assert isinstance(error.data.error, models.NotFoundResponseErrorData)
    assert error.data.error.code == 404
    assert error.data.error.message == "Resource not found"


def check_delete_byok_key_response(value: Any) -> None:
    assert isinstance(value, models.DeleteBYOKKeyResponse)
    assert value.deleted is True


def check_update_byok_key_response(value: Any) -> None:
    assert isinstance(value, models.UpdateBYOKKeyResponse)
    assert isinstance(value.data, models.BYOKKey)
    assert value.data.id == "11111111-2222-3333-4444-555555555555"
    assert value.data.provider is models.ProviderSlug.OPENAI
    assert value.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
    assert value.data.name == "Updated OpenAI Key"
    assert value.data.label == "sk-...AbCd"
    assert value.data.disabled is False
    assert value.data.is_fallback is False
    assert value.data.allowed_models is None
    assert value.data.allowed_api_key_hashes is None
    assert value.data.allowed_user_ids is None
    assert value.data.sort_order == 0
    assert value.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)


LIST_ERRORS: list[ErrorCase] = [
    ErrorCase(400, check_bad_request_response_error, json=BAD_REQUEST_RESPONSE),
    ErrorCase(401, check_unauthorized_response_error, json=UNAUTHORIZED_RESPONSE),
    ErrorCase(500, check_internal_server_response_error, json=INTERNAL_SERVER_RESPONSE),
    ErrorCase(418, check_open_router_default_error, text="error 418", label="default"),
]

LIST_PRISM_ERRORS: list[ErrorCase] = [
    ErrorCase(400, check_bad_request_response_error, headers={"Prefer": "code=400"}),
    ErrorCase(401, check_unauthorized_response_error, headers={"Prefer": "code=401"}),
    ErrorCase(500, check_internal_server_response_error, headers={"Prefer": "code=500"}),
    ErrorCase(
        404,
        check_open_router_default_error_404,
        headers={"Prefer": "code=418"},
        in_body="418",
        label="default",
    ),
]

CREATE_ERRORS: list[ErrorCase] = [
    ErrorCase(400, check_bad_request_response_error, json=BAD_REQUEST_RESPONSE),
    ErrorCase(401, check_unauthorized_response_error, json=UNAUTHORIZED_RESPONSE),
    ErrorCase(403, check_forbidden_response_error, json=FORBIDDEN_RESPONSE),
    ErrorCase(500, check_internal_server_response_error, json=INTERNAL_SERVER_RESPONSE),
    ErrorCase(418, check_open_router_default_error, text="error 418", label="default"),
]

CREATE_PRISM_ERRORS: list[ErrorCase] = [
    ErrorCase(400, check_bad_request_response_error, headers={"Prefer": "code=400"}),
    ErrorCase(401, check_unauthorized_response_error, headers={"Prefer": "code=401"}),
    ErrorCase(403, check_forbidden_response_error, headers={"Prefer": "code=403"}),
    ErrorCase(500, check_internal_server_response_error, headers={"Prefer": "code=500"}),
    ErrorCase(
        404,
        check_open_router_default_error_404,
        headers={"Prefer": "code=418"},
        in_body="418",
        label="default",
    ),
]

GET_ERRORS: list[ErrorCase] = [
    ErrorCase(401, check_unauthorized_response_error, json=UNAUTHORIZED_RESPONSE),
    ErrorCase(404, check_not_found_response_error, json=NOT_FOUND_RESPONSE),
    ErrorCase(500, check_internal_server_response_error, json=INTERNAL_SERVER_RESPONSE),
    ErrorCase(418, check_open_router_default_error, text="error 418", label="default"),
]

GET_PRISM_ERRORS: list[ErrorCase] = [
    ErrorCase(401, check_unauthorized_response_error, headers={"Prefer": "code=401"}),
    ErrorCase(404, check_not_found_response_error, headers={"Prefer": "code=404"}),
    ErrorCase(500, check_internal_server_response_error, headers={"Prefer": "code=500"}),
]

DELETE_ERRORS = GET_ERRORS

DELETE_PRISM_ERRORS = GET_PRISM_ERRORS

UPDATE_ERRORS: list[ErrorCase] = [
    ErrorCase(400, check_bad_request_response_error, json=BAD_REQUEST_RESPONSE),
    ErrorCase(401, check_unauthorized_response_error, json=UNAUTHORIZED_RESPONSE),
    ErrorCase(404, check_not_found_response_error, json=NOT_FOUND_RESPONSE),
    ErrorCase(500, check_internal_server_response_error, json=INTERNAL_SERVER_RESPONSE),
    ErrorCase(418, check_open_router_default_error, text="error 418", label="default"),
]

UPDATE_PRISM_ERRORS: list[ErrorCase] = [
    ErrorCase(400, check_bad_request_response_error, headers={"Prefer": "code=400"}),
    ErrorCase(401, check_unauthorized_response_error, headers={"Prefer": "code=401"}),
    ErrorCase(404, check_not_found_response_error, headers={"Prefer": "code=404"}),
    ErrorCase(500, check_internal_server_response_error, headers={"Prefer": "code=500"}),
]
