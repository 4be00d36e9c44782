# generated from spec/openrouter-byok.yaml; do not edit
"""Contract tests of `client.byok` against Prism, the OpenAPI mock server, run
from the spec.

Prism checks every request against the spec (a request the API would reject fails with 400 or
422) and answers with the spec's example for the status, which the SDK must parse into its
documented model. `Prefer: code=NNN` asks Prism for one documented error response; asked for
a status the spec does not define, Prism answers 404, which an operation that documents no 404
raises as the default error (`test_error_*[default]`). Prism is started once per session by the
`prism_url` fixture (see conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from openrouter_byok import errors, models

import examples_byok as examples

pytestmark = pytest.mark.contract


class TestByok:
    """`OpenRouter().byok` against Prism."""

    def test_method_list(self, prism_client: Any) -> None:
        page = prism_client.byok.list()
        examples.check_list_page(page)

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
        examples.check_list_page(page)

    def test_raw_response_list(self, prism_client: Any) -> None:
        response = prism_client.byok.with_raw_response.list()
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        examples.check_list_page(response.parse())

    @pytest.mark.parametrize("case", examples.LIST_PRISM_ERRORS, ids=str)
    def test_error_list(self, prism_client: Any, case: Any) -> None:
        with pytest.raises(errors.APIStatusError) as caught:
            prism_client.byok.list(extra_headers=case.headers)
        case.verify(caught.value)

    def test_missing_api_key_list(self, keyless_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            keyless_prism_client.byok.list()
        assert "Authorization" not in caught.value.raw_response.request.headers
        examples.check_unauthorized_response_error(caught.value)

    def test_pagination_list(self, prism_client: Any) -> None:
        page = prism_client.byok.list(limit=2)
        assert len(page.data) == 1
        assert all(isinstance(item, models.BYOKKey) for item in page.data)
        assert page.total_count == 1
        assert page.has_next_page() is False
        assert len(list(page)) == 1

    def test_method_create(self, prism_client: Any) -> None:
        res = prism_client.byok.create(provider="openai", key="sk-proj-abc123...")
        examples.check_create_byok_key_response(res)

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
        examples.check_create_byok_key_response(res)

    def test_raw_response_create(self, prism_client: Any) -> None:
        response = prism_client.byok.with_raw_response.create(
            provider="openai", key="sk-proj-abc123..."
        )
        assert response.status_code == 201
        assert "json" in response.headers["content-type"]
        examples.check_create_byok_key_response(response.parse())

    @pytest.mark.parametrize("case", examples.CREATE_PRISM_ERRORS, ids=str)
    def test_error_create(self, prism_client: Any, case: Any) -> None:
        with pytest.raises(errors.APIStatusError) as caught:
            prism_client.byok.create(
                provider="openai", key="sk-proj-abc123...", extra_headers=case.headers
            )
        case.verify(caught.value)

    def test_missing_api_key_create(self, keyless_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            keyless_prism_client.byok.create(provider="openai", key="sk-proj-abc123...")
        assert "Authorization" not in caught.value.raw_response.request.headers
        examples.check_unauthorized_response_error(caught.value)

    def test_method_get(self, prism_client: Any) -> None:
        res = prism_client.byok.get(id="11111111-2222-3333-4444-555555555555")
        examples.check_get_byok_key_response(res)

    def test_method_get_with_all_params(self, prism_client: Any) -> None:
        res = prism_client.byok.get(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        examples.check_get_byok_key_response(res)

    def test_raw_response_get(self, prism_client: Any) -> None:
        response = prism_client.byok.with_raw_response.get(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        examples.check_get_byok_key_response(response.parse())

    @pytest.mark.parametrize("case", examples.GET_PRISM_ERRORS, ids=str)
    def test_error_get(self, prism_client: Any, case: Any) -> None:
        with pytest.raises(errors.APIStatusError) as caught:
            prism_client.byok.get(
                id="11111111-2222-3333-4444-555555555555", extra_headers=case.headers
            )
        case.verify(caught.value)

    def test_missing_api_key_get(self, keyless_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            keyless_prism_client.byok.get(id="11111111-2222-3333-4444-555555555555")
        assert "Authorization" not in caught.value.raw_response.request.headers
        examples.check_unauthorized_response_error(caught.value)

    def test_method_delete(self, prism_client: Any) -> None:
        res = prism_client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        examples.check_delete_byok_key_response(res)

    def test_method_delete_with_all_params(self, prism_client: Any) -> None:
        res = prism_client.byok.delete(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        examples.check_delete_byok_key_response(res)

    def test_raw_response_delete(self, prism_client: Any) -> None:
        response = prism_client.byok.with_raw_response.delete(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        examples.check_delete_byok_key_response(response.parse())

    @pytest.mark.parametrize("case", examples.DELETE_PRISM_ERRORS, ids=str)
    def test_error_delete(self, prism_client: Any, case: Any) -> None:
        with pytest.raises(errors.APIStatusError) as caught:
            prism_client.byok.delete(
                id="11111111-2222-3333-4444-555555555555", extra_headers=case.headers
            )
        case.verify(caught.value)

    def test_missing_api_key_delete(self, keyless_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            keyless_prism_client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        assert "Authorization" not in caught.value.raw_response.request.headers
        examples.check_unauthorized_response_error(caught.value)

    def test_method_update(self, prism_client: Any) -> None:
        res = prism_client.byok.update(id="11111111-2222-3333-4444-555555555555")
        examples.check_update_byok_key_response(res)

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
        examples.check_update_byok_key_response(res)

    def test_raw_response_update(self, prism_client: Any) -> None:
        response = prism_client.byok.with_raw_response.update(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        examples.check_update_byok_key_response(response.parse())

    @pytest.mark.parametrize("case", examples.UPDATE_PRISM_ERRORS, ids=str)
    def test_error_update(self, prism_client: Any, case: Any) -> None:
        with pytest.raises(errors.APIStatusError) as caught:
            prism_client.byok.update(
                id="11111111-2222-3333-4444-555555555555", extra_headers=case.headers
            )
        case.verify(caught.value)

    def test_missing_api_key_update(self, keyless_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            keyless_prism_client.byok.update(id="11111111-2222-3333-4444-555555555555")
        assert "Authorization" not in caught.value.raw_response.request.headers
        examples.check_unauthorized_response_error(caught.value)


class TestAsyncByok:
    """`AsyncOpenRouter().byok` against Prism."""

    async def test_method_list(self, async_prism_client: Any) -> None:
        page = await async_prism_client.byok.list()
        examples.check_list_page(page)

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
        examples.check_list_page(page)

    async def test_raw_response_list(self, async_prism_client: Any) -> None:
        response = await async_prism_client.byok.with_raw_response.list()
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        examples.check_list_page(response.parse())

    @pytest.mark.parametrize("case", examples.LIST_PRISM_ERRORS, ids=str)
    async def test_error_list(self, async_prism_client: Any, case: Any) -> None:
        with pytest.raises(errors.APIStatusError) as caught:
            await async_prism_client.byok.list(extra_headers=case.headers)
        case.verify(caught.value)

    async def test_missing_api_key_list(self, async_keyless_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await async_keyless_prism_client.byok.list()
        assert "Authorization" not in caught.value.raw_response.request.headers
        examples.check_unauthorized_response_error(caught.value)

    async def test_pagination_list(self, async_prism_client: Any) -> None:
        page = await async_prism_client.byok.list(limit=2)
        assert len(page.data) == 1
        assert all(isinstance(item, models.BYOKKey) for item in page.data)
        assert page.total_count == 1
        assert page.has_next_page() is False
        assert len([item async for item in page]) == 1

    async def test_method_create(self, async_prism_client: Any) -> None:
        res = await async_prism_client.byok.create(provider="openai", key="sk-proj-abc123...")
        examples.check_create_byok_key_response(res)

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
        examples.check_create_byok_key_response(res)

    async def test_raw_response_create(self, async_prism_client: Any) -> None:
        response = await async_prism_client.byok.with_raw_response.create(
            provider="openai", key="sk-proj-abc123..."
        )
        assert response.status_code == 201
        assert "json" in response.headers["content-type"]
        examples.check_create_byok_key_response(response.parse())

    @pytest.mark.parametrize("case", examples.CREATE_PRISM_ERRORS, ids=str)
    async def test_error_create(self, async_prism_client: Any, case: Any) -> None:
        with pytest.raises(errors.APIStatusError) as caught:
            await async_prism_client.byok.create(
                provider="openai", key="sk-proj-abc123...", extra_headers=case.headers
            )
        case.verify(caught.value)

    async def test_missing_api_key_create(self, async_keyless_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await async_keyless_prism_client.byok.create(provider="openai", key="sk-proj-abc123...")
        assert "Authorization" not in caught.value.raw_response.request.headers
        examples.check_unauthorized_response_error(caught.value)

    async def test_method_get(self, async_prism_client: Any) -> None:
        res = await async_prism_client.byok.get(id="11111111-2222-3333-4444-555555555555")
        examples.check_get_byok_key_response(res)

    async def test_method_get_with_all_params(self, async_prism_client: Any) -> None:
        res = await async_prism_client.byok.get(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        examples.check_get_byok_key_response(res)

    async def test_raw_response_get(self, async_prism_client: Any) -> None:
        response = await async_prism_client.byok.with_raw_response.get(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        examples.check_get_byok_key_response(response.parse())

    @pytest.mark.parametrize("case", examples.GET_PRISM_ERRORS, ids=str)
    async def test_error_get(self, async_prism_client: Any, case: Any) -> None:
        with pytest.raises(errors.APIStatusError) as caught:
            await async_prism_client.byok.get(
                id="11111111-2222-3333-4444-555555555555", extra_headers=case.headers
            )
        case.verify(caught.value)

    async def test_missing_api_key_get(self, async_keyless_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await async_keyless_prism_client.byok.get(id="11111111-2222-3333-4444-555555555555")
        assert "Authorization" not in caught.value.raw_response.request.headers
        examples.check_unauthorized_response_error(caught.value)

    async def test_method_delete(self, async_prism_client: Any) -> None:
        res = await async_prism_client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        examples.check_delete_byok_key_response(res)

    async def test_method_delete_with_all_params(self, async_prism_client: Any) -> None:
        res = await async_prism_client.byok.delete(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        examples.check_delete_byok_key_response(res)

    async def test_raw_response_delete(self, async_prism_client: Any) -> None:
        response = await async_prism_client.byok.with_raw_response.delete(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        examples.check_delete_byok_key_response(response.parse())

    @pytest.mark.parametrize("case", examples.DELETE_PRISM_ERRORS, ids=str)
    async def test_error_delete(self, async_prism_client: Any, case: Any) -> None:
        with pytest.raises(errors.APIStatusError) as caught:
            await async_prism_client.byok.delete(
                id="11111111-2222-3333-4444-555555555555", extra_headers=case.headers
            )
        case.verify(caught.value)

    async def test_missing_api_key_delete(self, async_keyless_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await async_keyless_prism_client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        assert "Authorization" not in caught.value.raw_response.request.headers
        examples.check_unauthorized_response_error(caught.value)

    async def test_method_update(self, async_prism_client: Any) -> None:
        res = await async_prism_client.byok.update(id="11111111-2222-3333-4444-555555555555")
        examples.check_update_byok_key_response(res)

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
        examples.check_update_byok_key_response(res)

    async def test_raw_response_update(self, async_prism_client: Any) -> None:
        response = await async_prism_client.byok.with_raw_response.update(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert "json" in response.headers["content-type"]
        examples.check_update_byok_key_response(response.parse())

    @pytest.mark.parametrize("case", examples.UPDATE_PRISM_ERRORS, ids=str)
    async def test_error_update(self, async_prism_client: Any, case: Any) -> None:
        with pytest.raises(errors.APIStatusError) as caught:
            await async_prism_client.byok.update(
                id="11111111-2222-3333-4444-555555555555", extra_headers=case.headers
            )
        case.verify(caught.value)

    async def test_missing_api_key_update(self, async_keyless_prism_client: Any) -> None:
        with pytest.raises(errors.UnauthorizedResponseError) as caught:
            await async_keyless_prism_client.byok.update(id="11111111-2222-3333-4444-555555555555")
        assert "Authorization" not in caught.value.raw_response.request.headers
        examples.check_unauthorized_response_error(caught.value)
