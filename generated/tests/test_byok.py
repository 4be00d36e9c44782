# generated from spec/openrouter-byok.yaml; do not edit
"""Offline tests of `client.byok`, with `httpx.MockTransport` (no network).

For each method: the request its example arguments produce (method, URL, query, headers, body),
how it parses the documented response, and the exception each documented error status raises.
Values are the spec's examples.
"""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

from openrouter_byok import errors, models

LIST_RESPONSE: Any = {
    "data": [
        {
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
    ],
    "total_count": 1,
}
LIST_ITEM: Any = {
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
LIST_WITH_UNKNOWN_ENUM: Any = {
    "data": [
        {
            "id": "11111111-2222-3333-4444-555555555555",
            "provider": "sdk-test-unknown-value",
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
    ],
    "total_count": 1,
}

CREATE_RESPONSE: Any = {
    "data": {
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
}
CREATE_WITH_UNKNOWN_ENUM: Any = {
    "data": {
        "id": "11111111-2222-3333-4444-555555555555",
        "provider": "sdk-test-unknown-value",
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
}

GET_RESPONSE: Any = {
    "data": {
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
}
GET_WITH_UNKNOWN_ENUM: Any = {
    "data": {
        "id": "11111111-2222-3333-4444-555555555555",
        "provider": "sdk-test-unknown-value",
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
}

DELETE_RESPONSE: Any = {"deleted": True}

UPDATE_RESPONSE: Any = {
    "data": {
        "id": "11111111-2222-3333-4444-555555555555",
        "provider": "openai",
        "workspace_id": "550e8400-e29b-41d4-a716-446655440000",
        "name": "Updated OpenAI Key",
        "label": "sk-...AbCd",
        "disabled": False,
        "is_fallback": False,
        "allowed_models": None,
        "allowed_api_key_hashes": None,
        "allowed_user_ids": None,
        "sort_order": 0,
        "created_at": "2025-08-24T10:30:00Z",
    }
}
UPDATE_WITH_UNKNOWN_ENUM: Any = {
    "data": {
        "id": "11111111-2222-3333-4444-555555555555",
        "provider": "sdk-test-unknown-value",
        "workspace_id": "550e8400-e29b-41d4-a716-446655440000",
        "name": "Updated OpenAI Key",
        "label": "sk-...AbCd",
        "disabled": False,
        "is_fallback": False,
        "allowed_models": None,
        "allowed_api_key_hashes": None,
        "allowed_user_ids": None,
        "sort_order": 0,
        "created_at": "2025-08-24T10:30:00Z",
    }
}


def body_of(request: Any) -> Any:
    return json.loads(request.content)


class TestByok:
    """`OpenRouter().byok` against canned responses."""

    def test_method_list(self, mock_server: Any) -> None:
        mock_server.respond(200, json=LIST_RESPONSE)
        client = mock_server.client()
        page = client.byok.list()
        request = mock_server.request
        assert request.method == "GET"
        assert request.url.copy_with(query=None) == "https://api.sdk-tests.example/v1/byok"
        assert sorted(request.url.params.multi_items()) == []
        assert request.headers["Authorization"] == "Bearer sdk-test-key"
        assert request.content == b""
        assert len(page.data) == 1
        assert isinstance(page.data[0], models.BYOKKey)
        assert page.data[0].id == "11111111-2222-3333-4444-555555555555"
        assert page.data[0].provider is models.ProviderSlug.OPENAI
        assert page.data[0].workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert page.data[0].name == "Production OpenAI Key"
        assert page.data[0].label == "sk-...AbCd"
        assert page.data[0].disabled is False
        assert page.data[0].is_fallback is False
        assert page.data[0].allowed_models is None
        assert page.data[0].allowed_api_key_hashes is None
        assert page.data[0].allowed_user_ids is None
        assert page.data[0].sort_order == 0
        assert page.data[0].created_at == datetime.datetime(
            2025, 8, 24, 10, 30, tzinfo=datetime.UTC
        )
        assert page.total_count == 1

    def test_method_list_with_all_params(self, mock_server: Any) -> None:
        mock_server.respond(200, json=LIST_RESPONSE)
        client = mock_server.client()
        page = client.byok.list(
            offset=0,
            limit=50,
            workspace_id="550e8400-e29b-41d4-a716-446655440000",
            provider="openai",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        request = mock_server.request
        assert request.method == "GET"
        assert request.url.copy_with(query=None) == "https://api.sdk-tests.example/v1/byok"
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
        assert len(page.data) == 1
        assert isinstance(page.data[0], models.BYOKKey)
        assert page.data[0].id == "11111111-2222-3333-4444-555555555555"
        assert page.data[0].provider is models.ProviderSlug.OPENAI
        assert page.data[0].workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert page.data[0].name == "Production OpenAI Key"
        assert page.data[0].label == "sk-...AbCd"
        assert page.data[0].disabled is False
        assert page.data[0].is_fallback is False
        assert page.data[0].allowed_models is None
        assert page.data[0].allowed_api_key_hashes is None
        assert page.data[0].allowed_user_ids is None
        assert page.data[0].sort_order == 0
        assert page.data[0].created_at == datetime.datetime(
            2025, 8, 24, 10, 30, tzinfo=datetime.UTC
        )
        assert page.total_count == 1

    def test_raw_response_list(self, mock_server: Any) -> None:
        mock_server.respond(200, json=LIST_RESPONSE)
        client = mock_server.client()
        response = client.byok.with_raw_response.list()
        assert response.status_code == 200
        assert response.http_response.json() == LIST_RESPONSE
        page = response.parse()
        assert len(page.data) == 1
        assert isinstance(page.data[0], models.BYOKKey)
        assert page.data[0].id == "11111111-2222-3333-4444-555555555555"
        assert page.data[0].provider is models.ProviderSlug.OPENAI
        assert page.data[0].workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert page.data[0].name == "Production OpenAI Key"
        assert page.data[0].label == "sk-...AbCd"
        assert page.data[0].disabled is False
        assert page.data[0].is_fallback is False
        assert page.data[0].allowed_models is None
        assert page.data[0].allowed_api_key_hashes is None
        assert page.data[0].allowed_user_ids is None
        assert page.data[0].sort_order == 0
        assert page.data[0].created_at == datetime.datetime(
            2025, 8, 24, 10, 30, tzinfo=datetime.UTC
        )
        assert page.total_count == 1

    def test_error_list_400(self, mock_server: Any) -> None:
        mock_server.respond(
            400, json={"error": {"code": 400, "message": "Invalid request parameters"}}
        )
        client = mock_server.client()
        with pytest.raises(errors.BadRequestResponseError) as caught:
            client.byok.list()
        error = caught.value
        assert type(error) is errors.BadRequestResponseError
        assert error.status_code == 400
        assert isinstance(error.data, models.BadRequestResponse)
        assert isinstance(error.data.error, models.BadRequestResponseErrorData)
        assert error.data.error.code == 400
        assert error.data.error.message == "Invalid request parameters"

    def test_error_list_401(self, mock_server: Any) -> None:
        mock_server.respond(
            401, json={"error": {"code": 401, "message": "Missing Authentication header"}}
        )
        client = mock_server.client()
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            client.byok.list()
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    def test_error_list_500(self, mock_server: Any) -> None:
        mock_server.respond(500, json={"error": {"code": 500, "message": "Internal Server Error"}})
        client = mock_server.client()
        with pytest.raises(errors.InternalServerResponseError) as caught:
            client.byok.list()
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    def test_error_list_default(self, mock_server: Any) -> None:
        mock_server.respond(418, text="error 418", content_type="text/plain")
        client = mock_server.client()
        with pytest.raises(errors.OpenRouterDefaultError) as caught:
            client.byok.list()
        error = caught.value
        assert type(error) is errors.OpenRouterDefaultError
        assert error.status_code == 418
        assert error.body == "error 418"
        assert error.data is None

    def test_pagination_list(self, mock_server: Any) -> None:
        mock_server.paginate(
            LIST_RESPONSE,
            items_path=("data",),
            total_path=("total_count",),
            items=[LIST_ITEM] * 3,
            page_size=2,
            offset_param="offset",
        )
        client = mock_server.client()
        items = list(client.byok.list(limit=2))
        assert len(items) == 3
        assert all(isinstance(item, models.BYOKKey) for item in items)
        offsets = [r.url.params.get("offset") for r in mock_server.requests]
        assert offsets == [None, "2"]

    def test_pagination_list_page_by_page(self, mock_server: Any) -> None:
        mock_server.paginate(
            LIST_RESPONSE,
            items_path=("data",),
            total_path=("total_count",),
            items=[LIST_ITEM] * 3,
            page_size=2,
            offset_param="offset",
        )
        client = mock_server.client()
        page = client.byok.list(limit=2)
        assert len(page.data) == 2
        assert page.total_count == 3
        assert page.has_next_page()
        page = page.next_page()
        assert len(page.data) == 1
        assert not page.has_next_page()
        assert len(mock_server.requests) == 2

    def test_unknown_enum_value_list(self, mock_server: Any) -> None:
        mock_server.respond(200, json=LIST_WITH_UNKNOWN_ENUM)
        client = mock_server.client()
        page = client.byok.list()
        assert page.data[0].provider == "sdk-test-unknown-value"
        assert type(page.data[0].provider) is str

    def test_method_create(self, mock_server: Any) -> None:
        mock_server.respond(201, json=CREATE_RESPONSE)
        client = mock_server.client()
        res = client.byok.create(provider="openai", key="sk-proj-abc123...")
        request = mock_server.request
        assert request.method == "POST"
        assert request.url.copy_with(query=None) == "https://api.sdk-tests.example/v1/byok"
        assert sorted(request.url.params.multi_items()) == []
        assert request.headers["Authorization"] == "Bearer sdk-test-key"
        assert request.headers["Content-Type"] == "application/json"
        assert body_of(request) == {"provider": "openai", "key": "sk-proj-abc123..."}
        assert isinstance(res, models.CreateBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Production OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    def test_method_create_with_all_params(self, mock_server: Any) -> None:
        mock_server.respond(201, json=CREATE_RESPONSE)
        client = mock_server.client()
        res = client.byok.create(
            provider="openai",
            key="sk-proj-abc123...",
            name="Production OpenAI Key",
            workspace_id="550e8400-e29b-41d4-a716-446655440000",
            disabled=False,
            is_fallback=False,
            allowed_models=None,
            allowed_api_key_hashes=[
                "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"
            ],
            allowed_user_ids=None,
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        request = mock_server.request
        assert request.method == "POST"
        assert request.url.copy_with(query=None) == "https://api.sdk-tests.example/v1/byok"
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
        assert isinstance(res, models.CreateBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Production OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    def test_raw_response_create(self, mock_server: Any) -> None:
        mock_server.respond(201, json=CREATE_RESPONSE)
        client = mock_server.client()
        response = client.byok.with_raw_response.create(provider="openai", key="sk-proj-abc123...")
        assert response.status_code == 201
        assert response.http_response.json() == CREATE_RESPONSE
        res = response.parse()
        assert isinstance(res, models.CreateBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Production OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    def test_error_create_400(self, mock_server: Any) -> None:
        mock_server.respond(
            400, json={"error": {"code": 400, "message": "Invalid request parameters"}}
        )
        client = mock_server.client()
        with pytest.raises(errors.BadRequestResponseError) as caught:
            client.byok.create(provider="openai", key="sk-proj-abc123...")
        error = caught.value
        assert type(error) is errors.BadRequestResponseError
        assert error.status_code == 400
        assert isinstance(error.data, models.BadRequestResponse)
        assert isinstance(error.data.error, models.BadRequestResponseErrorData)
        assert error.data.error.code == 400
        assert error.data.error.message == "Invalid request parameters"

    def test_error_create_401(self, mock_server: Any) -> None:
        mock_server.respond(
            401, json={"error": {"code": 401, "message": "Missing Authentication header"}}
        )
        client = mock_server.client()
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            client.byok.create(provider="openai", key="sk-proj-abc123...")
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    def test_error_create_403(self, mock_server: Any) -> None:
        mock_server.respond(
            403,
            json={
                "error": {"code": 403, "message": "Only management keys can perform this operation"}
            },
        )
        client = mock_server.client()
        with pytest.raises(errors.ForbiddenResponseError) as caught:
            client.byok.create(provider="openai", key="sk-proj-abc123...")
        error = caught.value
        assert type(error) is errors.ForbiddenResponseError
        assert error.status_code == 403
        assert isinstance(error.data, models.ForbiddenResponse)
        assert isinstance(error.data.error, models.ForbiddenResponseErrorData)
        assert error.data.error.code == 403
        assert error.data.error.message == "Only management keys can perform this operation"

    def test_error_create_500(self, mock_server: Any) -> None:
        mock_server.respond(500, json={"error": {"code": 500, "message": "Internal Server Error"}})
        client = mock_server.client()
        with pytest.raises(errors.InternalServerResponseError) as caught:
            client.byok.create(provider="openai", key="sk-proj-abc123...")
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    def test_error_create_default(self, mock_server: Any) -> None:
        mock_server.respond(418, text="error 418", content_type="text/plain")
        client = mock_server.client()
        with pytest.raises(errors.OpenRouterDefaultError) as caught:
            client.byok.create(provider="openai", key="sk-proj-abc123...")
        error = caught.value
        assert type(error) is errors.OpenRouterDefaultError
        assert error.status_code == 418
        assert error.body == "error 418"
        assert error.data is None

    def test_unknown_enum_value_create(self, mock_server: Any) -> None:
        mock_server.respond(201, json=CREATE_WITH_UNKNOWN_ENUM)
        client = mock_server.client()
        res = client.byok.create(provider="openai", key="sk-proj-abc123...")
        assert res.data.provider == "sdk-test-unknown-value"
        assert type(res.data.provider) is str

    def test_method_get(self, mock_server: Any) -> None:
        mock_server.respond(200, json=GET_RESPONSE)
        client = mock_server.client()
        res = client.byok.get(id="11111111-2222-3333-4444-555555555555")
        request = mock_server.request
        assert request.method == "GET"
        assert (
            request.url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/11111111-2222-3333-4444-555555555555"
        )
        assert sorted(request.url.params.multi_items()) == []
        assert request.headers["Authorization"] == "Bearer sdk-test-key"
        assert request.content == b""
        assert isinstance(res, models.GetBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Production OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    def test_method_get_with_all_params(self, mock_server: Any) -> None:
        mock_server.respond(200, json=GET_RESPONSE)
        client = mock_server.client()
        res = client.byok.get(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        request = mock_server.request
        assert request.method == "GET"
        assert (
            request.url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/11111111-2222-3333-4444-555555555555"
        )
        assert sorted(request.url.params.multi_items()) == []
        assert request.headers["HTTP-Referer"] == "https://myapp.example.com"
        assert request.headers["X-OpenRouter-Title"] == "My App"
        assert request.headers["X-OpenRouter-Categories"] == "cli-agent,cloud-agent"
        assert request.headers["Authorization"] == "Bearer sdk-test-key"
        assert request.content == b""
        assert isinstance(res, models.GetBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Production OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    def test_raw_response_get(self, mock_server: Any) -> None:
        mock_server.respond(200, json=GET_RESPONSE)
        client = mock_server.client()
        response = client.byok.with_raw_response.get(id="11111111-2222-3333-4444-555555555555")
        assert response.status_code == 200
        assert response.http_response.json() == GET_RESPONSE
        res = response.parse()
        assert isinstance(res, models.GetBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Production OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    def test_path_params_get(self, mock_server: Any) -> None:
        mock_server.respond(200, json=GET_RESPONSE)
        client = mock_server.client()
        with pytest.raises(ValueError, match="`id`"):
            client.byok.get(id="")
        assert mock_server.requests == []  # refused before sending
        client.byok.get(id="a/b c?d#e")
        assert (
            mock_server.requests[-1].url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/a%2Fb%20c%3Fd%23e"
        )

    def test_error_get_401(self, mock_server: Any) -> None:
        mock_server.respond(
            401, json={"error": {"code": 401, "message": "Missing Authentication header"}}
        )
        client = mock_server.client()
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            client.byok.get(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    def test_error_get_404(self, mock_server: Any) -> None:
        mock_server.respond(404, json={"error": {"code": 404, "message": "Resource not found"}})
        client = mock_server.client()
        with pytest.raises(errors.NotFoundResponseError) as caught:
            client.byok.get(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.NotFoundResponseError
        assert error.status_code == 404
        assert isinstance(error.data, models.NotFoundResponse)
        assert isinstance(error.data.error, models.NotFoundResponseErrorData)
        assert error.data.error.code == 404
        assert error.data.error.message == "Resource not found"

    def test_error_get_500(self, mock_server: Any) -> None:
        mock_server.respond(500, json={"error": {"code": 500, "message": "Internal Server Error"}})
        client = mock_server.client()
        with pytest.raises(errors.InternalServerResponseError) as caught:
            client.byok.get(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    def test_error_get_default(self, mock_server: Any) -> None:
        mock_server.respond(418, text="error 418", content_type="text/plain")
        client = mock_server.client()
        with pytest.raises(errors.OpenRouterDefaultError) as caught:
            client.byok.get(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.OpenRouterDefaultError
        assert error.status_code == 418
        assert error.body == "error 418"
        assert error.data is None

    def test_unknown_enum_value_get(self, mock_server: Any) -> None:
        mock_server.respond(200, json=GET_WITH_UNKNOWN_ENUM)
        client = mock_server.client()
        res = client.byok.get(id="11111111-2222-3333-4444-555555555555")
        assert res.data.provider == "sdk-test-unknown-value"
        assert type(res.data.provider) is str

    def test_method_delete(self, mock_server: Any) -> None:
        mock_server.respond(200, json=DELETE_RESPONSE)
        client = mock_server.client()
        res = client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        request = mock_server.request
        assert request.method == "DELETE"
        assert (
            request.url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/11111111-2222-3333-4444-555555555555"
        )
        assert sorted(request.url.params.multi_items()) == []
        assert request.headers["Authorization"] == "Bearer sdk-test-key"
        assert request.content == b""
        assert isinstance(res, models.DeleteBYOKKeyResponse)
        assert res.deleted is True

    def test_method_delete_with_all_params(self, mock_server: Any) -> None:
        mock_server.respond(200, json=DELETE_RESPONSE)
        client = mock_server.client()
        res = client.byok.delete(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        request = mock_server.request
        assert request.method == "DELETE"
        assert (
            request.url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/11111111-2222-3333-4444-555555555555"
        )
        assert sorted(request.url.params.multi_items()) == []
        assert request.headers["HTTP-Referer"] == "https://myapp.example.com"
        assert request.headers["X-OpenRouter-Title"] == "My App"
        assert request.headers["X-OpenRouter-Categories"] == "cli-agent,cloud-agent"
        assert request.headers["Authorization"] == "Bearer sdk-test-key"
        assert request.content == b""
        assert isinstance(res, models.DeleteBYOKKeyResponse)
        assert res.deleted is True

    def test_raw_response_delete(self, mock_server: Any) -> None:
        mock_server.respond(200, json=DELETE_RESPONSE)
        client = mock_server.client()
        response = client.byok.with_raw_response.delete(id="11111111-2222-3333-4444-555555555555")
        assert response.status_code == 200
        assert response.http_response.json() == DELETE_RESPONSE
        res = response.parse()
        assert isinstance(res, models.DeleteBYOKKeyResponse)
        assert res.deleted is True

    def test_path_params_delete(self, mock_server: Any) -> None:
        mock_server.respond(200, json=DELETE_RESPONSE)
        client = mock_server.client()
        with pytest.raises(ValueError, match="`id`"):
            client.byok.delete(id="")
        assert mock_server.requests == []  # refused before sending
        client.byok.delete(id="a/b c?d#e")
        assert (
            mock_server.requests[-1].url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/a%2Fb%20c%3Fd%23e"
        )

    def test_error_delete_401(self, mock_server: Any) -> None:
        mock_server.respond(
            401, json={"error": {"code": 401, "message": "Missing Authentication header"}}
        )
        client = mock_server.client()
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    def test_error_delete_404(self, mock_server: Any) -> None:
        mock_server.respond(404, json={"error": {"code": 404, "message": "Resource not found"}})
        client = mock_server.client()
        with pytest.raises(errors.NotFoundResponseError) as caught:
            client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.NotFoundResponseError
        assert error.status_code == 404
        assert isinstance(error.data, models.NotFoundResponse)
        assert isinstance(error.data.error, models.NotFoundResponseErrorData)
        assert error.data.error.code == 404
        assert error.data.error.message == "Resource not found"

    def test_error_delete_500(self, mock_server: Any) -> None:
        mock_server.respond(500, json={"error": {"code": 500, "message": "Internal Server Error"}})
        client = mock_server.client()
        with pytest.raises(errors.InternalServerResponseError) as caught:
            client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    def test_error_delete_default(self, mock_server: Any) -> None:
        mock_server.respond(418, text="error 418", content_type="text/plain")
        client = mock_server.client()
        with pytest.raises(errors.OpenRouterDefaultError) as caught:
            client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.OpenRouterDefaultError
        assert error.status_code == 418
        assert error.body == "error 418"
        assert error.data is None

    def test_method_update(self, mock_server: Any) -> None:
        mock_server.respond(200, json=UPDATE_RESPONSE)
        client = mock_server.client()
        res = client.byok.update(id="11111111-2222-3333-4444-555555555555")
        request = mock_server.request
        assert request.method == "PATCH"
        assert (
            request.url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/11111111-2222-3333-4444-555555555555"
        )
        assert sorted(request.url.params.multi_items()) == []
        assert request.headers["Authorization"] == "Bearer sdk-test-key"
        assert request.headers["Content-Type"] == "application/json"
        assert body_of(request) == {}
        assert isinstance(res, models.UpdateBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Updated OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    def test_method_update_with_all_params(self, mock_server: Any) -> None:
        mock_server.respond(200, json=UPDATE_RESPONSE)
        client = mock_server.client()
        res = client.byok.update(
            id="11111111-2222-3333-4444-555555555555",
            key="sk-proj-newkey456...",
            name="Updated OpenAI Key",
            disabled=False,
            is_fallback=False,
            allowed_models=None,
            allowed_api_key_hashes=[
                "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"
            ],
            allowed_user_ids=None,
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        request = mock_server.request
        assert request.method == "PATCH"
        assert (
            request.url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/11111111-2222-3333-4444-555555555555"
        )
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
        assert isinstance(res, models.UpdateBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Updated OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    def test_raw_response_update(self, mock_server: Any) -> None:
        mock_server.respond(200, json=UPDATE_RESPONSE)
        client = mock_server.client()
        response = client.byok.with_raw_response.update(id="11111111-2222-3333-4444-555555555555")
        assert response.status_code == 200
        assert response.http_response.json() == UPDATE_RESPONSE
        res = response.parse()
        assert isinstance(res, models.UpdateBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Updated OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    def test_path_params_update(self, mock_server: Any) -> None:
        mock_server.respond(200, json=UPDATE_RESPONSE)
        client = mock_server.client()
        with pytest.raises(ValueError, match="`id`"):
            client.byok.update(id="")
        assert mock_server.requests == []  # refused before sending
        client.byok.update(id="a/b c?d#e")
        assert (
            mock_server.requests[-1].url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/a%2Fb%20c%3Fd%23e"
        )

    def test_error_update_400(self, mock_server: Any) -> None:
        mock_server.respond(
            400, json={"error": {"code": 400, "message": "Invalid request parameters"}}
        )
        client = mock_server.client()
        with pytest.raises(errors.BadRequestResponseError) as caught:
            client.byok.update(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.BadRequestResponseError
        assert error.status_code == 400
        assert isinstance(error.data, models.BadRequestResponse)
        assert isinstance(error.data.error, models.BadRequestResponseErrorData)
        assert error.data.error.code == 400
        assert error.data.error.message == "Invalid request parameters"

    def test_error_update_401(self, mock_server: Any) -> None:
        mock_server.respond(
            401, json={"error": {"code": 401, "message": "Missing Authentication header"}}
        )
        client = mock_server.client()
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            client.byok.update(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    def test_error_update_404(self, mock_server: Any) -> None:
        mock_server.respond(404, json={"error": {"code": 404, "message": "Resource not found"}})
        client = mock_server.client()
        with pytest.raises(errors.NotFoundResponseError) as caught:
            client.byok.update(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.NotFoundResponseError
        assert error.status_code == 404
        assert isinstance(error.data, models.NotFoundResponse)
        assert isinstance(error.data.error, models.NotFoundResponseErrorData)
        assert error.data.error.code == 404
        assert error.data.error.message == "Resource not found"

    def test_error_update_500(self, mock_server: Any) -> None:
        mock_server.respond(500, json={"error": {"code": 500, "message": "Internal Server Error"}})
        client = mock_server.client()
        with pytest.raises(errors.InternalServerResponseError) as caught:
            client.byok.update(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    def test_error_update_default(self, mock_server: Any) -> None:
        mock_server.respond(418, text="error 418", content_type="text/plain")
        client = mock_server.client()
        with pytest.raises(errors.OpenRouterDefaultError) as caught:
            client.byok.update(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.OpenRouterDefaultError
        assert error.status_code == 418
        assert error.body == "error 418"
        assert error.data is None

    def test_unknown_enum_value_update(self, mock_server: Any) -> None:
        mock_server.respond(200, json=UPDATE_WITH_UNKNOWN_ENUM)
        client = mock_server.client()
        res = client.byok.update(id="11111111-2222-3333-4444-555555555555")
        assert res.data.provider == "sdk-test-unknown-value"
        assert type(res.data.provider) is str


class TestAsyncByok:
    """`AsyncOpenRouter().byok` against canned responses."""

    async def test_method_list(self, mock_server: Any) -> None:
        mock_server.respond(200, json=LIST_RESPONSE)
        client = mock_server.async_client()
        page = await client.byok.list()
        request = mock_server.request
        assert request.method == "GET"
        assert request.url.copy_with(query=None) == "https://api.sdk-tests.example/v1/byok"
        assert sorted(request.url.params.multi_items()) == []
        assert request.headers["Authorization"] == "Bearer sdk-test-key"
        assert request.content == b""
        assert len(page.data) == 1
        assert isinstance(page.data[0], models.BYOKKey)
        assert page.data[0].id == "11111111-2222-3333-4444-555555555555"
        assert page.data[0].provider is models.ProviderSlug.OPENAI
        assert page.data[0].workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert page.data[0].name == "Production OpenAI Key"
        assert page.data[0].label == "sk-...AbCd"
        assert page.data[0].disabled is False
        assert page.data[0].is_fallback is False
        assert page.data[0].allowed_models is None
        assert page.data[0].allowed_api_key_hashes is None
        assert page.data[0].allowed_user_ids is None
        assert page.data[0].sort_order == 0
        assert page.data[0].created_at == datetime.datetime(
            2025, 8, 24, 10, 30, tzinfo=datetime.UTC
        )
        assert page.total_count == 1

    async def test_method_list_with_all_params(self, mock_server: Any) -> None:
        mock_server.respond(200, json=LIST_RESPONSE)
        client = mock_server.async_client()
        page = await client.byok.list(
            offset=0,
            limit=50,
            workspace_id="550e8400-e29b-41d4-a716-446655440000",
            provider="openai",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        request = mock_server.request
        assert request.method == "GET"
        assert request.url.copy_with(query=None) == "https://api.sdk-tests.example/v1/byok"
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
        assert len(page.data) == 1
        assert isinstance(page.data[0], models.BYOKKey)
        assert page.data[0].id == "11111111-2222-3333-4444-555555555555"
        assert page.data[0].provider is models.ProviderSlug.OPENAI
        assert page.data[0].workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert page.data[0].name == "Production OpenAI Key"
        assert page.data[0].label == "sk-...AbCd"
        assert page.data[0].disabled is False
        assert page.data[0].is_fallback is False
        assert page.data[0].allowed_models is None
        assert page.data[0].allowed_api_key_hashes is None
        assert page.data[0].allowed_user_ids is None
        assert page.data[0].sort_order == 0
        assert page.data[0].created_at == datetime.datetime(
            2025, 8, 24, 10, 30, tzinfo=datetime.UTC
        )
        assert page.total_count == 1

    async def test_raw_response_list(self, mock_server: Any) -> None:
        mock_server.respond(200, json=LIST_RESPONSE)
        client = mock_server.async_client()
        response = await client.byok.with_raw_response.list()
        assert response.status_code == 200
        assert response.http_response.json() == LIST_RESPONSE
        page = response.parse()
        assert len(page.data) == 1
        assert isinstance(page.data[0], models.BYOKKey)
        assert page.data[0].id == "11111111-2222-3333-4444-555555555555"
        assert page.data[0].provider is models.ProviderSlug.OPENAI
        assert page.data[0].workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert page.data[0].name == "Production OpenAI Key"
        assert page.data[0].label == "sk-...AbCd"
        assert page.data[0].disabled is False
        assert page.data[0].is_fallback is False
        assert page.data[0].allowed_models is None
        assert page.data[0].allowed_api_key_hashes is None
        assert page.data[0].allowed_user_ids is None
        assert page.data[0].sort_order == 0
        assert page.data[0].created_at == datetime.datetime(
            2025, 8, 24, 10, 30, tzinfo=datetime.UTC
        )
        assert page.total_count == 1

    async def test_error_list_400(self, mock_server: Any) -> None:
        mock_server.respond(
            400, json={"error": {"code": 400, "message": "Invalid request parameters"}}
        )
        client = mock_server.async_client()
        with pytest.raises(errors.BadRequestResponseError) as caught:
            await client.byok.list()
        error = caught.value
        assert type(error) is errors.BadRequestResponseError
        assert error.status_code == 400
        assert isinstance(error.data, models.BadRequestResponse)
        assert isinstance(error.data.error, models.BadRequestResponseErrorData)
        assert error.data.error.code == 400
        assert error.data.error.message == "Invalid request parameters"

    async def test_error_list_401(self, mock_server: Any) -> None:
        mock_server.respond(
            401, json={"error": {"code": 401, "message": "Missing Authentication header"}}
        )
        client = mock_server.async_client()
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await client.byok.list()
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    async def test_error_list_500(self, mock_server: Any) -> None:
        mock_server.respond(500, json={"error": {"code": 500, "message": "Internal Server Error"}})
        client = mock_server.async_client()
        with pytest.raises(errors.InternalServerResponseError) as caught:
            await client.byok.list()
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    async def test_error_list_default(self, mock_server: Any) -> None:
        mock_server.respond(418, text="error 418", content_type="text/plain")
        client = mock_server.async_client()
        with pytest.raises(errors.OpenRouterDefaultError) as caught:
            await client.byok.list()
        error = caught.value
        assert type(error) is errors.OpenRouterDefaultError
        assert error.status_code == 418
        assert error.body == "error 418"
        assert error.data is None

    async def test_pagination_list(self, mock_server: Any) -> None:
        mock_server.paginate(
            LIST_RESPONSE,
            items_path=("data",),
            total_path=("total_count",),
            items=[LIST_ITEM] * 3,
            page_size=2,
            offset_param="offset",
        )
        client = mock_server.async_client()
        items = [item async for item in client.byok.list(limit=2)]
        assert len(items) == 3
        assert all(isinstance(item, models.BYOKKey) for item in items)
        offsets = [r.url.params.get("offset") for r in mock_server.requests]
        assert offsets == [None, "2"]

    async def test_pagination_list_page_by_page(self, mock_server: Any) -> None:
        mock_server.paginate(
            LIST_RESPONSE,
            items_path=("data",),
            total_path=("total_count",),
            items=[LIST_ITEM] * 3,
            page_size=2,
            offset_param="offset",
        )
        client = mock_server.async_client()
        page = await client.byok.list(limit=2)
        assert len(page.data) == 2
        assert page.total_count == 3
        assert page.has_next_page()
        page = await page.next_page()
        assert len(page.data) == 1
        assert not page.has_next_page()
        assert len(mock_server.requests) == 2

    async def test_unknown_enum_value_list(self, mock_server: Any) -> None:
        mock_server.respond(200, json=LIST_WITH_UNKNOWN_ENUM)
        client = mock_server.async_client()
        page = await client.byok.list()
        assert page.data[0].provider == "sdk-test-unknown-value"
        assert type(page.data[0].provider) is str

    async def test_method_create(self, mock_server: Any) -> None:
        mock_server.respond(201, json=CREATE_RESPONSE)
        client = mock_server.async_client()
        res = await client.byok.create(provider="openai", key="sk-proj-abc123...")
        request = mock_server.request
        assert request.method == "POST"
        assert request.url.copy_with(query=None) == "https://api.sdk-tests.example/v1/byok"
        assert sorted(request.url.params.multi_items()) == []
        assert request.headers["Authorization"] == "Bearer sdk-test-key"
        assert request.headers["Content-Type"] == "application/json"
        assert body_of(request) == {"provider": "openai", "key": "sk-proj-abc123..."}
        assert isinstance(res, models.CreateBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Production OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    async def test_method_create_with_all_params(self, mock_server: Any) -> None:
        mock_server.respond(201, json=CREATE_RESPONSE)
        client = mock_server.async_client()
        res = await client.byok.create(
            provider="openai",
            key="sk-proj-abc123...",
            name="Production OpenAI Key",
            workspace_id="550e8400-e29b-41d4-a716-446655440000",
            disabled=False,
            is_fallback=False,
            allowed_models=None,
            allowed_api_key_hashes=[
                "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"
            ],
            allowed_user_ids=None,
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        request = mock_server.request
        assert request.method == "POST"
        assert request.url.copy_with(query=None) == "https://api.sdk-tests.example/v1/byok"
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
        assert isinstance(res, models.CreateBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Production OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    async def test_raw_response_create(self, mock_server: Any) -> None:
        mock_server.respond(201, json=CREATE_RESPONSE)
        client = mock_server.async_client()
        response = await client.byok.with_raw_response.create(
            provider="openai", key="sk-proj-abc123..."
        )
        assert response.status_code == 201
        assert response.http_response.json() == CREATE_RESPONSE
        res = response.parse()
        assert isinstance(res, models.CreateBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Production OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    async def test_error_create_400(self, mock_server: Any) -> None:
        mock_server.respond(
            400, json={"error": {"code": 400, "message": "Invalid request parameters"}}
        )
        client = mock_server.async_client()
        with pytest.raises(errors.BadRequestResponseError) as caught:
            await client.byok.create(provider="openai", key="sk-proj-abc123...")
        error = caught.value
        assert type(error) is errors.BadRequestResponseError
        assert error.status_code == 400
        assert isinstance(error.data, models.BadRequestResponse)
        assert isinstance(error.data.error, models.BadRequestResponseErrorData)
        assert error.data.error.code == 400
        assert error.data.error.message == "Invalid request parameters"

    async def test_error_create_401(self, mock_server: Any) -> None:
        mock_server.respond(
            401, json={"error": {"code": 401, "message": "Missing Authentication header"}}
        )
        client = mock_server.async_client()
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await client.byok.create(provider="openai", key="sk-proj-abc123...")
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    async def test_error_create_403(self, mock_server: Any) -> None:
        mock_server.respond(
            403,
            json={
                "error": {"code": 403, "message": "Only management keys can perform this operation"}
            },
        )
        client = mock_server.async_client()
        with pytest.raises(errors.ForbiddenResponseError) as caught:
            await client.byok.create(provider="openai", key="sk-proj-abc123...")
        error = caught.value
        assert type(error) is errors.ForbiddenResponseError
        assert error.status_code == 403
        assert isinstance(error.data, models.ForbiddenResponse)
        assert isinstance(error.data.error, models.ForbiddenResponseErrorData)
        assert error.data.error.code == 403
        assert error.data.error.message == "Only management keys can perform this operation"

    async def test_error_create_500(self, mock_server: Any) -> None:
        mock_server.respond(500, json={"error": {"code": 500, "message": "Internal Server Error"}})
        client = mock_server.async_client()
        with pytest.raises(errors.InternalServerResponseError) as caught:
            await client.byok.create(provider="openai", key="sk-proj-abc123...")
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    async def test_error_create_default(self, mock_server: Any) -> None:
        mock_server.respond(418, text="error 418", content_type="text/plain")
        client = mock_server.async_client()
        with pytest.raises(errors.OpenRouterDefaultError) as caught:
            await client.byok.create(provider="openai", key="sk-proj-abc123...")
        error = caught.value
        assert type(error) is errors.OpenRouterDefaultError
        assert error.status_code == 418
        assert error.body == "error 418"
        assert error.data is None

    async def test_unknown_enum_value_create(self, mock_server: Any) -> None:
        mock_server.respond(201, json=CREATE_WITH_UNKNOWN_ENUM)
        client = mock_server.async_client()
        res = await client.byok.create(provider="openai", key="sk-proj-abc123...")
        assert res.data.provider == "sdk-test-unknown-value"
        assert type(res.data.provider) is str

    async def test_method_get(self, mock_server: Any) -> None:
        mock_server.respond(200, json=GET_RESPONSE)
        client = mock_server.async_client()
        res = await client.byok.get(id="11111111-2222-3333-4444-555555555555")
        request = mock_server.request
        assert request.method == "GET"
        assert (
            request.url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/11111111-2222-3333-4444-555555555555"
        )
        assert sorted(request.url.params.multi_items()) == []
        assert request.headers["Authorization"] == "Bearer sdk-test-key"
        assert request.content == b""
        assert isinstance(res, models.GetBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Production OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    async def test_method_get_with_all_params(self, mock_server: Any) -> None:
        mock_server.respond(200, json=GET_RESPONSE)
        client = mock_server.async_client()
        res = await client.byok.get(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        request = mock_server.request
        assert request.method == "GET"
        assert (
            request.url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/11111111-2222-3333-4444-555555555555"
        )
        assert sorted(request.url.params.multi_items()) == []
        assert request.headers["HTTP-Referer"] == "https://myapp.example.com"
        assert request.headers["X-OpenRouter-Title"] == "My App"
        assert request.headers["X-OpenRouter-Categories"] == "cli-agent,cloud-agent"
        assert request.headers["Authorization"] == "Bearer sdk-test-key"
        assert request.content == b""
        assert isinstance(res, models.GetBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Production OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    async def test_raw_response_get(self, mock_server: Any) -> None:
        mock_server.respond(200, json=GET_RESPONSE)
        client = mock_server.async_client()
        response = await client.byok.with_raw_response.get(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert response.http_response.json() == GET_RESPONSE
        res = response.parse()
        assert isinstance(res, models.GetBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Production OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    async def test_path_params_get(self, mock_server: Any) -> None:
        mock_server.respond(200, json=GET_RESPONSE)
        client = mock_server.async_client()
        with pytest.raises(ValueError, match="`id`"):
            await client.byok.get(id="")
        assert mock_server.requests == []  # refused before sending
        await client.byok.get(id="a/b c?d#e")
        assert (
            mock_server.requests[-1].url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/a%2Fb%20c%3Fd%23e"
        )

    async def test_error_get_401(self, mock_server: Any) -> None:
        mock_server.respond(
            401, json={"error": {"code": 401, "message": "Missing Authentication header"}}
        )
        client = mock_server.async_client()
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await client.byok.get(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    async def test_error_get_404(self, mock_server: Any) -> None:
        mock_server.respond(404, json={"error": {"code": 404, "message": "Resource not found"}})
        client = mock_server.async_client()
        with pytest.raises(errors.NotFoundResponseError) as caught:
            await client.byok.get(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.NotFoundResponseError
        assert error.status_code == 404
        assert isinstance(error.data, models.NotFoundResponse)
        assert isinstance(error.data.error, models.NotFoundResponseErrorData)
        assert error.data.error.code == 404
        assert error.data.error.message == "Resource not found"

    async def test_error_get_500(self, mock_server: Any) -> None:
        mock_server.respond(500, json={"error": {"code": 500, "message": "Internal Server Error"}})
        client = mock_server.async_client()
        with pytest.raises(errors.InternalServerResponseError) as caught:
            await client.byok.get(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    async def test_error_get_default(self, mock_server: Any) -> None:
        mock_server.respond(418, text="error 418", content_type="text/plain")
        client = mock_server.async_client()
        with pytest.raises(errors.OpenRouterDefaultError) as caught:
            await client.byok.get(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.OpenRouterDefaultError
        assert error.status_code == 418
        assert error.body == "error 418"
        assert error.data is None

    async def test_unknown_enum_value_get(self, mock_server: Any) -> None:
        mock_server.respond(200, json=GET_WITH_UNKNOWN_ENUM)
        client = mock_server.async_client()
        res = await client.byok.get(id="11111111-2222-3333-4444-555555555555")
        assert res.data.provider == "sdk-test-unknown-value"
        assert type(res.data.provider) is str

    async def test_method_delete(self, mock_server: Any) -> None:
        mock_server.respond(200, json=DELETE_RESPONSE)
        client = mock_server.async_client()
        res = await client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        request = mock_server.request
        assert request.method == "DELETE"
        assert (
            request.url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/11111111-2222-3333-4444-555555555555"
        )
        assert sorted(request.url.params.multi_items()) == []
        assert request.headers["Authorization"] == "Bearer sdk-test-key"
        assert request.content == b""
        assert isinstance(res, models.DeleteBYOKKeyResponse)
        assert res.deleted is True

    async def test_method_delete_with_all_params(self, mock_server: Any) -> None:
        mock_server.respond(200, json=DELETE_RESPONSE)
        client = mock_server.async_client()
        res = await client.byok.delete(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        request = mock_server.request
        assert request.method == "DELETE"
        assert (
            request.url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/11111111-2222-3333-4444-555555555555"
        )
        assert sorted(request.url.params.multi_items()) == []
        assert request.headers["HTTP-Referer"] == "https://myapp.example.com"
        assert request.headers["X-OpenRouter-Title"] == "My App"
        assert request.headers["X-OpenRouter-Categories"] == "cli-agent,cloud-agent"
        assert request.headers["Authorization"] == "Bearer sdk-test-key"
        assert request.content == b""
        assert isinstance(res, models.DeleteBYOKKeyResponse)
        assert res.deleted is True

    async def test_raw_response_delete(self, mock_server: Any) -> None:
        mock_server.respond(200, json=DELETE_RESPONSE)
        client = mock_server.async_client()
        response = await client.byok.with_raw_response.delete(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert response.http_response.json() == DELETE_RESPONSE
        res = response.parse()
        assert isinstance(res, models.DeleteBYOKKeyResponse)
        assert res.deleted is True

    async def test_path_params_delete(self, mock_server: Any) -> None:
        mock_server.respond(200, json=DELETE_RESPONSE)
        client = mock_server.async_client()
        with pytest.raises(ValueError, match="`id`"):
            await client.byok.delete(id="")
        assert mock_server.requests == []  # refused before sending
        await client.byok.delete(id="a/b c?d#e")
        assert (
            mock_server.requests[-1].url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/a%2Fb%20c%3Fd%23e"
        )

    async def test_error_delete_401(self, mock_server: Any) -> None:
        mock_server.respond(
            401, json={"error": {"code": 401, "message": "Missing Authentication header"}}
        )
        client = mock_server.async_client()
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    async def test_error_delete_404(self, mock_server: Any) -> None:
        mock_server.respond(404, json={"error": {"code": 404, "message": "Resource not found"}})
        client = mock_server.async_client()
        with pytest.raises(errors.NotFoundResponseError) as caught:
            await client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.NotFoundResponseError
        assert error.status_code == 404
        assert isinstance(error.data, models.NotFoundResponse)
        assert isinstance(error.data.error, models.NotFoundResponseErrorData)
        assert error.data.error.code == 404
        assert error.data.error.message == "Resource not found"

    async def test_error_delete_500(self, mock_server: Any) -> None:
        mock_server.respond(500, json={"error": {"code": 500, "message": "Internal Server Error"}})
        client = mock_server.async_client()
        with pytest.raises(errors.InternalServerResponseError) as caught:
            await client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    async def test_error_delete_default(self, mock_server: Any) -> None:
        mock_server.respond(418, text="error 418", content_type="text/plain")
        client = mock_server.async_client()
        with pytest.raises(errors.OpenRouterDefaultError) as caught:
            await client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.OpenRouterDefaultError
        assert error.status_code == 418
        assert error.body == "error 418"
        assert error.data is None

    async def test_method_update(self, mock_server: Any) -> None:
        mock_server.respond(200, json=UPDATE_RESPONSE)
        client = mock_server.async_client()
        res = await client.byok.update(id="11111111-2222-3333-4444-555555555555")
        request = mock_server.request
        assert request.method == "PATCH"
        assert (
            request.url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/11111111-2222-3333-4444-555555555555"
        )
        assert sorted(request.url.params.multi_items()) == []
        assert request.headers["Authorization"] == "Bearer sdk-test-key"
        assert request.headers["Content-Type"] == "application/json"
        assert body_of(request) == {}
        assert isinstance(res, models.UpdateBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Updated OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    async def test_method_update_with_all_params(self, mock_server: Any) -> None:
        mock_server.respond(200, json=UPDATE_RESPONSE)
        client = mock_server.async_client()
        res = await client.byok.update(
            id="11111111-2222-3333-4444-555555555555",
            key="sk-proj-newkey456...",
            name="Updated OpenAI Key",
            disabled=False,
            is_fallback=False,
            allowed_models=None,
            allowed_api_key_hashes=[
                "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943"
            ],
            allowed_user_ids=None,
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        request = mock_server.request
        assert request.method == "PATCH"
        assert (
            request.url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/11111111-2222-3333-4444-555555555555"
        )
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
        assert isinstance(res, models.UpdateBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Updated OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    async def test_raw_response_update(self, mock_server: Any) -> None:
        mock_server.respond(200, json=UPDATE_RESPONSE)
        client = mock_server.async_client()
        response = await client.byok.with_raw_response.update(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert response.http_response.json() == UPDATE_RESPONSE
        res = response.parse()
        assert isinstance(res, models.UpdateBYOKKeyResponse)
        assert isinstance(res.data, models.BYOKKey)
        assert res.data.id == "11111111-2222-3333-4444-555555555555"
        assert res.data.provider is models.ProviderSlug.OPENAI
        assert res.data.workspace_id == "550e8400-e29b-41d4-a716-446655440000"
        assert res.data.name == "Updated OpenAI Key"
        assert res.data.label == "sk-...AbCd"
        assert res.data.disabled is False
        assert res.data.is_fallback is False
        assert res.data.allowed_models is None
        assert res.data.allowed_api_key_hashes is None
        assert res.data.allowed_user_ids is None
        assert res.data.sort_order == 0
        assert res.data.created_at == datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.UTC)

    async def test_path_params_update(self, mock_server: Any) -> None:
        mock_server.respond(200, json=UPDATE_RESPONSE)
        client = mock_server.async_client()
        with pytest.raises(ValueError, match="`id`"):
            await client.byok.update(id="")
        assert mock_server.requests == []  # refused before sending
        await client.byok.update(id="a/b c?d#e")
        assert (
            mock_server.requests[-1].url.copy_with(query=None)
            == "https://api.sdk-tests.example/v1/byok/a%2Fb%20c%3Fd%23e"
        )

    async def test_error_update_400(self, mock_server: Any) -> None:
        mock_server.respond(
            400, json={"error": {"code": 400, "message": "Invalid request parameters"}}
        )
        client = mock_server.async_client()
        with pytest.raises(errors.BadRequestResponseError) as caught:
            await client.byok.update(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.BadRequestResponseError
        assert error.status_code == 400
        assert isinstance(error.data, models.BadRequestResponse)
        assert isinstance(error.data.error, models.BadRequestResponseErrorData)
        assert error.data.error.code == 400
        assert error.data.error.message == "Invalid request parameters"

    async def test_error_update_401(self, mock_server: Any) -> None:
        mock_server.respond(
            401, json={"error": {"code": 401, "message": "Missing Authentication header"}}
        )
        client = mock_server.async_client()
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await client.byok.update(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    async def test_error_update_404(self, mock_server: Any) -> None:
        mock_server.respond(404, json={"error": {"code": 404, "message": "Resource not found"}})
        client = mock_server.async_client()
        with pytest.raises(errors.NotFoundResponseError) as caught:
            await client.byok.update(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.NotFoundResponseError
        assert error.status_code == 404
        assert isinstance(error.data, models.NotFoundResponse)
        assert isinstance(error.data.error, models.NotFoundResponseErrorData)
        assert error.data.error.code == 404
        assert error.data.error.message == "Resource not found"

    async def test_error_update_500(self, mock_server: Any) -> None:
        mock_server.respond(500, json={"error": {"code": 500, "message": "Internal Server Error"}})
        client = mock_server.async_client()
        with pytest.raises(errors.InternalServerResponseError) as caught:
            await client.byok.update(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    async def test_error_update_default(self, mock_server: Any) -> None:
        mock_server.respond(418, text="error 418", content_type="text/plain")
        client = mock_server.async_client()
        with pytest.raises(errors.OpenRouterDefaultError) as caught:
            await client.byok.update(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert type(error) is errors.OpenRouterDefaultError
        assert error.status_code == 418
        assert error.body == "error 418"
        assert error.data is None

    async def test_unknown_enum_value_update(self, mock_server: Any) -> None:
        mock_server.respond(200, json=UPDATE_WITH_UNKNOWN_ENUM)
        client = mock_server.async_client()
        res = await client.byok.update(id="11111111-2222-3333-4444-555555555555")
        assert res.data.provider == "sdk-test-unknown-value"
        assert type(res.data.provider) is str
