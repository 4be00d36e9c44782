# generated from spec/openrouter-byok.yaml; do not edit
"""Contract tests of `client.byok` against Prism, the OpenAPI mock server, run from the spec.

Prism checks every request against the spec (a request the API would reject fails with 400 or
422) and answers with the spec's example for the status, which the SDK must parse into its
documented model. `Prefer: code=NNN` asks Prism for one documented error response. Prism is
started once per session by the `prism_url` fixture (see conftest.py).
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from openrouter_byok import AsyncOpenRouter, OpenRouter, errors, models

pytestmark = pytest.mark.contract


class TestByok:
    """`OpenRouter().byok` against Prism."""

    def test_method_list(self, prism_client: Any) -> None:
        page = prism_client.byok.list()
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

    def test_method_list_with_all_params(self, prism_client: Any) -> None:
        page = prism_client.byok.list(
            offset=0,
            limit=50,
            workspace_id="550e8400-e29b-41d4-a716-446655440000",
            provider="openai",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
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

    def test_raw_response_list(self, prism_client: Any) -> None:
        response = prism_client.byok.with_raw_response.list()
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        page = response.parse()
        assert len(page.data) == 1

    def test_error_list_400(self, prism_client: Any) -> None:
        with pytest.raises(errors.BadRequestResponseError) as caught:
            prism_client.byok.list(extra_headers={"Prefer": "code=400"})
        error = caught.value
        assert type(error) is errors.BadRequestResponseError
        assert error.status_code == 400
        assert isinstance(error.data, models.BadRequestResponse)
        assert isinstance(error.data.error, models.BadRequestResponseErrorData)
        assert error.data.error.code == 400
        assert error.data.error.message == "Invalid request parameters"

    def test_error_list_401(self, prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            prism_client.byok.list(extra_headers={"Prefer": "code=401"})
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    def test_error_list_500(self, prism_client: Any) -> None:
        with pytest.raises(errors.InternalServerResponseError) as caught:
            prism_client.byok.list(extra_headers={"Prefer": "code=500"})
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    def test_error_list_default(self, prism_client: Any) -> None:
        """Prism answers a status the spec does not define with 404, which `list` does not
        document either: the default error."""
        with pytest.raises(errors.OpenRouterDefaultError) as caught:
            prism_client.byok.list(extra_headers={"Prefer": "code=418"})
        error = caught.value
        assert type(error) is errors.OpenRouterDefaultError
        assert error.status_code == 404
        assert error.data is None
        assert "418" in error.body

    def test_missing_api_key_list(self, prism_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
        client = OpenRouter(server_url=prism_url, retries=None)
        with client, pytest.raises(errors.UnauthorizedResponseError) as caught:
            client.byok.list()
        error = caught.value
        assert "Authorization" not in error.raw_response.request.headers
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    def test_pagination_list(self, prism_client: Any) -> None:
        page = prism_client.byok.list(limit=2)
        assert len(page.data) == 1
        assert all(isinstance(item, models.BYOKKey) for item in page.data)
        assert page.total_count == 1
        assert page.has_next_page() is False
        assert len(list(page)) == 1

    def test_method_create(self, prism_client: Any) -> None:
        res = prism_client.byok.create(provider="openai", key="sk-proj-abc123...")
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

    def test_method_create_with_all_params(self, prism_client: Any) -> None:
        res = prism_client.byok.create(
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

    def test_raw_response_create(self, prism_client: Any) -> None:
        response = prism_client.byok.with_raw_response.create(
            provider="openai", key="sk-proj-abc123..."
        )
        assert response.status_code == 201
        assert "json" in response.headers["content-type"]
        res = response.parse()
        assert isinstance(res, models.CreateBYOKKeyResponse)

    def test_error_create_400(self, prism_client: Any) -> None:
        with pytest.raises(errors.BadRequestResponseError) as caught:
            prism_client.byok.create(
                provider="openai", key="sk-proj-abc123...", extra_headers={"Prefer": "code=400"}
            )
        error = caught.value
        assert type(error) is errors.BadRequestResponseError
        assert error.status_code == 400
        assert isinstance(error.data, models.BadRequestResponse)
        assert isinstance(error.data.error, models.BadRequestResponseErrorData)
        assert error.data.error.code == 400
        assert error.data.error.message == "Invalid request parameters"

    def test_error_create_401(self, prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            prism_client.byok.create(
                provider="openai", key="sk-proj-abc123...", extra_headers={"Prefer": "code=401"}
            )
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    def test_error_create_403(self, prism_client: Any) -> None:
        with pytest.raises(errors.ForbiddenResponseError) as caught:
            prism_client.byok.create(
                provider="openai", key="sk-proj-abc123...", extra_headers={"Prefer": "code=403"}
            )
        error = caught.value
        assert type(error) is errors.ForbiddenResponseError
        assert error.status_code == 403
        assert isinstance(error.data, models.ForbiddenResponse)
        assert isinstance(error.data.error, models.ForbiddenResponseErrorData)
        assert error.data.error.code == 403
        assert error.data.error.message == "Only management keys can perform this operation"

    def test_error_create_500(self, prism_client: Any) -> None:
        with pytest.raises(errors.InternalServerResponseError) as caught:
            prism_client.byok.create(
                provider="openai", key="sk-proj-abc123...", extra_headers={"Prefer": "code=500"}
            )
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    def test_error_create_default(self, prism_client: Any) -> None:
        """Prism answers a status the spec does not define with 404, which `create` does not
        document either: the default error."""
        with pytest.raises(errors.OpenRouterDefaultError) as caught:
            prism_client.byok.create(
                provider="openai", key="sk-proj-abc123...", extra_headers={"Prefer": "code=418"}
            )
        error = caught.value
        assert type(error) is errors.OpenRouterDefaultError
        assert error.status_code == 404
        assert error.data is None
        assert "418" in error.body

    def test_missing_api_key_create(self, prism_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
        client = OpenRouter(server_url=prism_url, retries=None)
        with client, pytest.raises(errors.UnauthorizedResponseError) as caught:
            client.byok.create(provider="openai", key="sk-proj-abc123...")
        error = caught.value
        assert "Authorization" not in error.raw_response.request.headers
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    def test_method_get(self, prism_client: Any) -> None:
        res = prism_client.byok.get(id="11111111-2222-3333-4444-555555555555")
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

    def test_method_get_with_all_params(self, prism_client: Any) -> None:
        res = prism_client.byok.get(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
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

    def test_raw_response_get(self, prism_client: Any) -> None:
        response = prism_client.byok.with_raw_response.get(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        res = response.parse()
        assert isinstance(res, models.GetBYOKKeyResponse)

    def test_error_get_401(self, prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            prism_client.byok.get(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=401"}
            )
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    def test_error_get_404(self, prism_client: Any) -> None:
        with pytest.raises(errors.NotFoundResponseError) as caught:
            prism_client.byok.get(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=404"}
            )
        error = caught.value
        assert type(error) is errors.NotFoundResponseError
        assert error.status_code == 404
        assert isinstance(error.data, models.NotFoundResponse)
        assert isinstance(error.data.error, models.NotFoundResponseErrorData)
        assert error.data.error.code == 404
        assert error.data.error.message == "Resource not found"

    def test_error_get_500(self, prism_client: Any) -> None:
        with pytest.raises(errors.InternalServerResponseError) as caught:
            prism_client.byok.get(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=500"}
            )
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    def test_missing_api_key_get(self, prism_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
        client = OpenRouter(server_url=prism_url, retries=None)
        with client, pytest.raises(errors.UnauthorizedResponseError) as caught:
            client.byok.get(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert "Authorization" not in error.raw_response.request.headers
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    def test_method_delete(self, prism_client: Any) -> None:
        res = prism_client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        assert isinstance(res, models.DeleteBYOKKeyResponse)
        assert res.deleted is True

    def test_method_delete_with_all_params(self, prism_client: Any) -> None:
        res = prism_client.byok.delete(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        assert isinstance(res, models.DeleteBYOKKeyResponse)
        assert res.deleted is True

    def test_raw_response_delete(self, prism_client: Any) -> None:
        response = prism_client.byok.with_raw_response.delete(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        res = response.parse()
        assert isinstance(res, models.DeleteBYOKKeyResponse)

    def test_error_delete_401(self, prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            prism_client.byok.delete(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=401"}
            )
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    def test_error_delete_404(self, prism_client: Any) -> None:
        with pytest.raises(errors.NotFoundResponseError) as caught:
            prism_client.byok.delete(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=404"}
            )
        error = caught.value
        assert type(error) is errors.NotFoundResponseError
        assert error.status_code == 404
        assert isinstance(error.data, models.NotFoundResponse)
        assert isinstance(error.data.error, models.NotFoundResponseErrorData)
        assert error.data.error.code == 404
        assert error.data.error.message == "Resource not found"

    def test_error_delete_500(self, prism_client: Any) -> None:
        with pytest.raises(errors.InternalServerResponseError) as caught:
            prism_client.byok.delete(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=500"}
            )
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    def test_missing_api_key_delete(self, prism_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
        client = OpenRouter(server_url=prism_url, retries=None)
        with client, pytest.raises(errors.UnauthorizedResponseError) as caught:
            client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert "Authorization" not in error.raw_response.request.headers
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    def test_method_update(self, prism_client: Any) -> None:
        res = prism_client.byok.update(id="11111111-2222-3333-4444-555555555555")
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

    def test_method_update_with_all_params(self, prism_client: Any) -> None:
        res = prism_client.byok.update(
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

    def test_raw_response_update(self, prism_client: Any) -> None:
        response = prism_client.byok.with_raw_response.update(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        res = response.parse()
        assert isinstance(res, models.UpdateBYOKKeyResponse)

    def test_error_update_400(self, prism_client: Any) -> None:
        with pytest.raises(errors.BadRequestResponseError) as caught:
            prism_client.byok.update(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=400"}
            )
        error = caught.value
        assert type(error) is errors.BadRequestResponseError
        assert error.status_code == 400
        assert isinstance(error.data, models.BadRequestResponse)
        assert isinstance(error.data.error, models.BadRequestResponseErrorData)
        assert error.data.error.code == 400
        assert error.data.error.message == "Invalid request parameters"

    def test_error_update_401(self, prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            prism_client.byok.update(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=401"}
            )
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    def test_error_update_404(self, prism_client: Any) -> None:
        with pytest.raises(errors.NotFoundResponseError) as caught:
            prism_client.byok.update(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=404"}
            )
        error = caught.value
        assert type(error) is errors.NotFoundResponseError
        assert error.status_code == 404
        assert isinstance(error.data, models.NotFoundResponse)
        assert isinstance(error.data.error, models.NotFoundResponseErrorData)
        assert error.data.error.code == 404
        assert error.data.error.message == "Resource not found"

    def test_error_update_500(self, prism_client: Any) -> None:
        with pytest.raises(errors.InternalServerResponseError) as caught:
            prism_client.byok.update(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=500"}
            )
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    def test_missing_api_key_update(self, prism_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
        client = OpenRouter(server_url=prism_url, retries=None)
        with client, pytest.raises(errors.UnauthorizedResponseError) as caught:
            client.byok.update(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert "Authorization" not in error.raw_response.request.headers
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"


class TestAsyncByok:
    """`AsyncOpenRouter().byok` against Prism."""

    async def test_method_list(self, async_prism_client: Any) -> None:
        page = await async_prism_client.byok.list()
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

    async def test_method_list_with_all_params(self, async_prism_client: Any) -> None:
        page = await async_prism_client.byok.list(
            offset=0,
            limit=50,
            workspace_id="550e8400-e29b-41d4-a716-446655440000",
            provider="openai",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
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

    async def test_raw_response_list(self, async_prism_client: Any) -> None:
        response = await async_prism_client.byok.with_raw_response.list()
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        page = response.parse()
        assert len(page.data) == 1

    async def test_error_list_400(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.BadRequestResponseError) as caught:
            await async_prism_client.byok.list(extra_headers={"Prefer": "code=400"})
        error = caught.value
        assert type(error) is errors.BadRequestResponseError
        assert error.status_code == 400
        assert isinstance(error.data, models.BadRequestResponse)
        assert isinstance(error.data.error, models.BadRequestResponseErrorData)
        assert error.data.error.code == 400
        assert error.data.error.message == "Invalid request parameters"

    async def test_error_list_401(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await async_prism_client.byok.list(extra_headers={"Prefer": "code=401"})
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    async def test_error_list_500(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.InternalServerResponseError) as caught:
            await async_prism_client.byok.list(extra_headers={"Prefer": "code=500"})
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    async def test_error_list_default(self, async_prism_client: Any) -> None:
        """Prism answers a status the spec does not define with 404, which `list` does not
        document either: the default error."""
        with pytest.raises(errors.OpenRouterDefaultError) as caught:
            await async_prism_client.byok.list(extra_headers={"Prefer": "code=418"})
        error = caught.value
        assert type(error) is errors.OpenRouterDefaultError
        assert error.status_code == 404
        assert error.data is None
        assert "418" in error.body

    async def test_missing_api_key_list(
        self, prism_url: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
        async with AsyncOpenRouter(server_url=prism_url, retries=None) as client:
            with pytest.raises(errors.UnauthorizedResponseError) as caught:
                await client.byok.list()
        error = caught.value
        assert "Authorization" not in error.raw_response.request.headers
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    async def test_pagination_list(self, async_prism_client: Any) -> None:
        page = await async_prism_client.byok.list(limit=2)
        assert len(page.data) == 1
        assert all(isinstance(item, models.BYOKKey) for item in page.data)
        assert page.total_count == 1
        assert page.has_next_page() is False
        assert len([item async for item in page]) == 1

    async def test_method_create(self, async_prism_client: Any) -> None:
        res = await async_prism_client.byok.create(provider="openai", key="sk-proj-abc123...")
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

    async def test_method_create_with_all_params(self, async_prism_client: Any) -> None:
        res = await async_prism_client.byok.create(
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

    async def test_raw_response_create(self, async_prism_client: Any) -> None:
        response = await async_prism_client.byok.with_raw_response.create(
            provider="openai", key="sk-proj-abc123..."
        )
        assert response.status_code == 201
        assert "json" in response.headers["content-type"]
        res = response.parse()
        assert isinstance(res, models.CreateBYOKKeyResponse)

    async def test_error_create_400(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.BadRequestResponseError) as caught:
            await async_prism_client.byok.create(
                provider="openai", key="sk-proj-abc123...", extra_headers={"Prefer": "code=400"}
            )
        error = caught.value
        assert type(error) is errors.BadRequestResponseError
        assert error.status_code == 400
        assert isinstance(error.data, models.BadRequestResponse)
        assert isinstance(error.data.error, models.BadRequestResponseErrorData)
        assert error.data.error.code == 400
        assert error.data.error.message == "Invalid request parameters"

    async def test_error_create_401(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await async_prism_client.byok.create(
                provider="openai", key="sk-proj-abc123...", extra_headers={"Prefer": "code=401"}
            )
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    async def test_error_create_403(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.ForbiddenResponseError) as caught:
            await async_prism_client.byok.create(
                provider="openai", key="sk-proj-abc123...", extra_headers={"Prefer": "code=403"}
            )
        error = caught.value
        assert type(error) is errors.ForbiddenResponseError
        assert error.status_code == 403
        assert isinstance(error.data, models.ForbiddenResponse)
        assert isinstance(error.data.error, models.ForbiddenResponseErrorData)
        assert error.data.error.code == 403
        assert error.data.error.message == "Only management keys can perform this operation"

    async def test_error_create_500(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.InternalServerResponseError) as caught:
            await async_prism_client.byok.create(
                provider="openai", key="sk-proj-abc123...", extra_headers={"Prefer": "code=500"}
            )
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    async def test_error_create_default(self, async_prism_client: Any) -> None:
        """Prism answers a status the spec does not define with 404, which `create` does not
        document either: the default error."""
        with pytest.raises(errors.OpenRouterDefaultError) as caught:
            await async_prism_client.byok.create(
                provider="openai", key="sk-proj-abc123...", extra_headers={"Prefer": "code=418"}
            )
        error = caught.value
        assert type(error) is errors.OpenRouterDefaultError
        assert error.status_code == 404
        assert error.data is None
        assert "418" in error.body

    async def test_missing_api_key_create(
        self, prism_url: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
        async with AsyncOpenRouter(server_url=prism_url, retries=None) as client:
            with pytest.raises(errors.UnauthorizedResponseError) as caught:
                await client.byok.create(provider="openai", key="sk-proj-abc123...")
        error = caught.value
        assert "Authorization" not in error.raw_response.request.headers
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    async def test_method_get(self, async_prism_client: Any) -> None:
        res = await async_prism_client.byok.get(id="11111111-2222-3333-4444-555555555555")
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

    async def test_method_get_with_all_params(self, async_prism_client: Any) -> None:
        res = await async_prism_client.byok.get(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
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

    async def test_raw_response_get(self, async_prism_client: Any) -> None:
        response = await async_prism_client.byok.with_raw_response.get(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        res = response.parse()
        assert isinstance(res, models.GetBYOKKeyResponse)

    async def test_error_get_401(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await async_prism_client.byok.get(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=401"}
            )
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    async def test_error_get_404(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.NotFoundResponseError) as caught:
            await async_prism_client.byok.get(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=404"}
            )
        error = caught.value
        assert type(error) is errors.NotFoundResponseError
        assert error.status_code == 404
        assert isinstance(error.data, models.NotFoundResponse)
        assert isinstance(error.data.error, models.NotFoundResponseErrorData)
        assert error.data.error.code == 404
        assert error.data.error.message == "Resource not found"

    async def test_error_get_500(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.InternalServerResponseError) as caught:
            await async_prism_client.byok.get(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=500"}
            )
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    async def test_missing_api_key_get(
        self, prism_url: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
        async with AsyncOpenRouter(server_url=prism_url, retries=None) as client:
            with pytest.raises(errors.UnauthorizedResponseError) as caught:
                await client.byok.get(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert "Authorization" not in error.raw_response.request.headers
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    async def test_method_delete(self, async_prism_client: Any) -> None:
        res = await async_prism_client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        assert isinstance(res, models.DeleteBYOKKeyResponse)
        assert res.deleted is True

    async def test_method_delete_with_all_params(self, async_prism_client: Any) -> None:
        res = await async_prism_client.byok.delete(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        assert isinstance(res, models.DeleteBYOKKeyResponse)
        assert res.deleted is True

    async def test_raw_response_delete(self, async_prism_client: Any) -> None:
        response = await async_prism_client.byok.with_raw_response.delete(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        res = response.parse()
        assert isinstance(res, models.DeleteBYOKKeyResponse)

    async def test_error_delete_401(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await async_prism_client.byok.delete(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=401"}
            )
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    async def test_error_delete_404(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.NotFoundResponseError) as caught:
            await async_prism_client.byok.delete(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=404"}
            )
        error = caught.value
        assert type(error) is errors.NotFoundResponseError
        assert error.status_code == 404
        assert isinstance(error.data, models.NotFoundResponse)
        assert isinstance(error.data.error, models.NotFoundResponseErrorData)
        assert error.data.error.code == 404
        assert error.data.error.message == "Resource not found"

    async def test_error_delete_500(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.InternalServerResponseError) as caught:
            await async_prism_client.byok.delete(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=500"}
            )
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    async def test_missing_api_key_delete(
        self, prism_url: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
        async with AsyncOpenRouter(server_url=prism_url, retries=None) as client:
            with pytest.raises(errors.UnauthorizedResponseError) as caught:
                await client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert "Authorization" not in error.raw_response.request.headers
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    async def test_method_update(self, async_prism_client: Any) -> None:
        res = await async_prism_client.byok.update(id="11111111-2222-3333-4444-555555555555")
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

    async def test_method_update_with_all_params(self, async_prism_client: Any) -> None:
        res = await async_prism_client.byok.update(
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

    async def test_raw_response_update(self, async_prism_client: Any) -> None:
        response = await async_prism_client.byok.with_raw_response.update(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        res = response.parse()
        assert isinstance(res, models.UpdateBYOKKeyResponse)

    async def test_error_update_400(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.BadRequestResponseError) as caught:
            await async_prism_client.byok.update(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=400"}
            )
        error = caught.value
        assert type(error) is errors.BadRequestResponseError
        assert error.status_code == 400
        assert isinstance(error.data, models.BadRequestResponse)
        assert isinstance(error.data.error, models.BadRequestResponseErrorData)
        assert error.data.error.code == 400
        assert error.data.error.message == "Invalid request parameters"

    async def test_error_update_401(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await async_prism_client.byok.update(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=401"}
            )
        error = caught.value
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"

    async def test_error_update_404(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.NotFoundResponseError) as caught:
            await async_prism_client.byok.update(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=404"}
            )
        error = caught.value
        assert type(error) is errors.NotFoundResponseError
        assert error.status_code == 404
        assert isinstance(error.data, models.NotFoundResponse)
        assert isinstance(error.data.error, models.NotFoundResponseErrorData)
        assert error.data.error.code == 404
        assert error.data.error.message == "Resource not found"

    async def test_error_update_500(self, async_prism_client: Any) -> None:
        with pytest.raises(errors.InternalServerResponseError) as caught:
            await async_prism_client.byok.update(
                id="11111111-2222-3333-4444-555555555555", extra_headers={"Prefer": "code=500"}
            )
        error = caught.value
        assert type(error) is errors.InternalServerResponseError
        assert error.status_code == 500
        assert isinstance(error.data, models.InternalServerResponse)
        assert isinstance(error.data.error, models.InternalServerResponseErrorData)
        assert error.data.error.code == 500
        assert error.data.error.message == "Internal Server Error"

    async def test_missing_api_key_update(
        self, prism_url: str, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
        async with AsyncOpenRouter(server_url=prism_url, retries=None) as client:
            with pytest.raises(errors.UnauthorizedResponseError) as caught:
                await client.byok.update(id="11111111-2222-3333-4444-555555555555")
        error = caught.value
        assert "Authorization" not in error.raw_response.request.headers
        assert type(error) is errors.UnauthorizedResponseError
        assert error.status_code == 401
        assert isinstance(error.data, models.UnauthorizedResponse)
        assert isinstance(error.data.error, models.UnauthorizedResponseErrorData)
        assert error.data.error.code == 401
        assert error.data.error.message == "Missing Authentication header"
