# generated from spec/openrouter-byok.yaml; do not edit
"""Offline tests of `client.byok`, with `httpx.MockTransport` (no network).

For each method: the request its example arguments produce (method, URL, query, headers, body),
how it parses the documented response, and the exception each documented error status raises.
The expected values are in `examples_byok.py`.
"""

from __future__ import annotations

from typing import Any

import pytest

from openrouter_byok import errors, models

import examples_byok as examples
from conftest import path_of


class TestByok:
    """`OpenRouter().byok` against canned responses."""

    def test_method_list(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.LIST_RESPONSE)
        page = client.byok.list()
        examples.check_list_request(mock_server.request)
        examples.check_list_page(page)

    def test_method_list_with_all_params(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.LIST_RESPONSE)
        page = client.byok.list(
            offset=0,
            limit=50,
            workspace_id="550e8400-e29b-41d4-a716-446655440000",
            provider="openai",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        examples.check_list_request_with_all_params(mock_server.request)
        examples.check_list_page(page)

    def test_raw_response_list(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.LIST_RESPONSE)
        response = client.byok.with_raw_response.list()
        assert response.status_code == 200
        assert response.http_response.json() == examples.LIST_RESPONSE
        examples.check_list_page(response.parse())

    @pytest.mark.parametrize("case", examples.LIST_ERRORS, ids=str)
    def test_error_list(self, mock_server: Any, client: Any, case: Any) -> None:
        mock_server.respond_error(case)
        with pytest.raises(errors.APIStatusError) as caught:
            client.byok.list()
        case.verify(caught.value)

    def test_pagination_list(self, mock_server: Any, client: Any) -> None:
        examples.serve_list_pages(mock_server)
        items = list(client.byok.list(limit=2))
        assert len(items) == 3
        assert all(isinstance(item, models.BYOKKey) for item in items)
        offsets = [r.url.params.get("offset") for r in mock_server.requests]
        assert offsets == [None, "2"]

    def test_pagination_list_page_by_page(self, mock_server: Any, client: Any) -> None:
        examples.serve_list_pages(mock_server)
        page = client.byok.list(limit=2)
        assert len(page.data) == 2
        assert page.total_count == 3
        assert page.has_next_page()
        page = page.next_page()
        assert len(page.data) == 1
        assert not page.has_next_page()
        assert len(mock_server.requests) == 2

    def test_unknown_enum_value_list(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.LIST_WITH_UNKNOWN_ENUM)
        page = client.byok.list()
        assert page.data[0].provider == "sdk-test-unknown-value"
        assert type(page.data[0].provider) is str

    def test_method_create(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(201, json=examples.CREATE_RESPONSE)
        res = client.byok.create(provider="openai", key="sk-proj-abc123...")
        examples.check_create_request(mock_server.request)
        examples.check_create_byok_key_response(res)

    def test_method_create_with_all_params(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(201, json=examples.CREATE_RESPONSE)
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
        examples.check_create_request_with_all_params(mock_server.request)
        examples.check_create_byok_key_response(res)

    def test_raw_response_create(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(201, json=examples.CREATE_RESPONSE)
        response = client.byok.with_raw_response.create(provider="openai", key="sk-proj-abc123...")
        assert response.status_code == 201
        assert response.http_response.json() == examples.CREATE_RESPONSE
        examples.check_create_byok_key_response(response.parse())

    @pytest.mark.parametrize("case", examples.CREATE_ERRORS, ids=str)
    def test_error_create(self, mock_server: Any, client: Any, case: Any) -> None:
        mock_server.respond_error(case)
        with pytest.raises(errors.APIStatusError) as caught:
            client.byok.create(provider="openai", key="sk-proj-abc123...")
        case.verify(caught.value)

    def test_unknown_enum_value_create(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(201, json=examples.CREATE_WITH_UNKNOWN_ENUM)
        res = client.byok.create(provider="openai", key="sk-proj-abc123...")
        assert res.data.provider == "sdk-test-unknown-value"
        assert type(res.data.provider) is str

    def test_method_get(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.GET_RESPONSE)
        res = client.byok.get(id="11111111-2222-3333-4444-555555555555")
        examples.check_get_request(mock_server.request)
        examples.check_get_byok_key_response(res)

    def test_method_get_with_all_params(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.GET_RESPONSE)
        res = client.byok.get(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        examples.check_get_request_with_all_params(mock_server.request)
        examples.check_get_byok_key_response(res)

    def test_raw_response_get(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.GET_RESPONSE)
        response = client.byok.with_raw_response.get(id="11111111-2222-3333-4444-555555555555")
        assert response.status_code == 200
        assert response.http_response.json() == examples.GET_RESPONSE
        examples.check_get_byok_key_response(response.parse())

    def test_path_params_get(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.GET_RESPONSE)
        with pytest.raises(ValueError, match="`id`"):
            client.byok.get(id="")
        assert mock_server.requests == []  # refused before sending
        client.byok.get(id="a/b c?d#e")
        assert path_of(mock_server.requests[-1]) == "/byok/a%2Fb%20c%3Fd%23e"

    @pytest.mark.parametrize("case", examples.GET_ERRORS, ids=str)
    def test_error_get(self, mock_server: Any, client: Any, case: Any) -> None:
        mock_server.respond_error(case)
        with pytest.raises(errors.APIStatusError) as caught:
            client.byok.get(id="11111111-2222-3333-4444-555555555555")
        case.verify(caught.value)

    def test_unknown_enum_value_get(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.GET_WITH_UNKNOWN_ENUM)
        res = client.byok.get(id="11111111-2222-3333-4444-555555555555")
        assert res.data.provider == "sdk-test-unknown-value"
        assert type(res.data.provider) is str

    def test_method_delete(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.DELETE_RESPONSE)
        res = client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        examples.check_delete_request(mock_server.request)
        examples.check_delete_byok_key_response(res)

    def test_method_delete_with_all_params(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.DELETE_RESPONSE)
        res = client.byok.delete(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        examples.check_delete_request_with_all_params(mock_server.request)
        examples.check_delete_byok_key_response(res)

    def test_raw_response_delete(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.DELETE_RESPONSE)
        response = client.byok.with_raw_response.delete(id="11111111-2222-3333-4444-555555555555")
        assert response.status_code == 200
        assert response.http_response.json() == examples.DELETE_RESPONSE
        examples.check_delete_byok_key_response(response.parse())

    def test_path_params_delete(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.DELETE_RESPONSE)
        with pytest.raises(ValueError, match="`id`"):
            client.byok.delete(id="")
        assert mock_server.requests == []  # refused before sending
        client.byok.delete(id="a/b c?d#e")
        assert path_of(mock_server.requests[-1]) == "/byok/a%2Fb%20c%3Fd%23e"

    @pytest.mark.parametrize("case", examples.DELETE_ERRORS, ids=str)
    def test_error_delete(self, mock_server: Any, client: Any, case: Any) -> None:
        mock_server.respond_error(case)
        with pytest.raises(errors.APIStatusError) as caught:
            client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        case.verify(caught.value)

    def test_method_update(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.UPDATE_RESPONSE)
        res = client.byok.update(id="11111111-2222-3333-4444-555555555555")
        examples.check_update_request(mock_server.request)
        examples.check_update_byok_key_response(res)

    def test_method_update_with_all_params(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.UPDATE_RESPONSE)
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
        examples.check_update_request_with_all_params(mock_server.request)
        examples.check_update_byok_key_response(res)

    def test_raw_response_update(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.UPDATE_RESPONSE)
        response = client.byok.with_raw_response.update(id="11111111-2222-3333-4444-555555555555")
        assert response.status_code == 200
        assert response.http_response.json() == examples.UPDATE_RESPONSE
        examples.check_update_byok_key_response(response.parse())

    def test_path_params_update(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.UPDATE_RESPONSE)
        with pytest.raises(ValueError, match="`id`"):
            client.byok.update(id="")
        assert mock_server.requests == []  # refused before sending
        client.byok.update(id="a/b c?d#e")
        assert path_of(mock_server.requests[-1]) == "/byok/a%2Fb%20c%3Fd%23e"

    @pytest.mark.parametrize("case", examples.UPDATE_ERRORS, ids=str)
    def test_error_update(self, mock_server: Any, client: Any, case: Any) -> None:
        mock_server.respond_error(case)
        with pytest.raises(errors.APIStatusError) as caught:
            client.byok.update(id="11111111-2222-3333-4444-555555555555")
        case.verify(caught.value)

    def test_unknown_enum_value_update(self, mock_server: Any, client: Any) -> None:
        mock_server.respond(200, json=examples.UPDATE_WITH_UNKNOWN_ENUM)
        res = client.byok.update(id="11111111-2222-3333-4444-555555555555")
        assert res.data.provider == "sdk-test-unknown-value"
        assert type(res.data.provider) is str


class TestAsyncByok:
    """`AsyncOpenRouter().byok` against canned responses."""

    async def test_method_list(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.LIST_RESPONSE)
        page = await async_client.byok.list()
        examples.check_list_request(mock_server.request)
        examples.check_list_page(page)

    async def test_method_list_with_all_params(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.LIST_RESPONSE)
        page = await async_client.byok.list(
            offset=0,
            limit=50,
            workspace_id="550e8400-e29b-41d4-a716-446655440000",
            provider="openai",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        examples.check_list_request_with_all_params(mock_server.request)
        examples.check_list_page(page)

    async def test_raw_response_list(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.LIST_RESPONSE)
        response = await async_client.byok.with_raw_response.list()
        assert response.status_code == 200
        assert response.http_response.json() == examples.LIST_RESPONSE
        examples.check_list_page(response.parse())

    @pytest.mark.parametrize("case", examples.LIST_ERRORS, ids=str)
    async def test_error_list(self, mock_server: Any, async_client: Any, case: Any) -> None:
        mock_server.respond_error(case)
        with pytest.raises(errors.APIStatusError) as caught:
            await async_client.byok.list()
        case.verify(caught.value)

    async def test_pagination_list(self, mock_server: Any, async_client: Any) -> None:
        examples.serve_list_pages(mock_server)
        items = [item async for item in async_client.byok.list(limit=2)]
        assert len(items) == 3
        assert all(isinstance(item, models.BYOKKey) for item in items)
        offsets = [r.url.params.get("offset") for r in mock_server.requests]
        assert offsets == [None, "2"]

    async def test_pagination_list_page_by_page(self, mock_server: Any, async_client: Any) -> None:
        examples.serve_list_pages(mock_server)
        page = await async_client.byok.list(limit=2)
        assert len(page.data) == 2
        assert page.total_count == 3
        assert page.has_next_page()
        page = await page.next_page()
        assert len(page.data) == 1
        assert not page.has_next_page()
        assert len(mock_server.requests) == 2

    async def test_unknown_enum_value_list(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.LIST_WITH_UNKNOWN_ENUM)
        page = await async_client.byok.list()
        assert page.data[0].provider == "sdk-test-unknown-value"
        assert type(page.data[0].provider) is str

    async def test_method_create(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(201, json=examples.CREATE_RESPONSE)
        res = await async_client.byok.create(provider="openai", key="sk-proj-abc123...")
        examples.check_create_request(mock_server.request)
        examples.check_create_byok_key_response(res)

    async def test_method_create_with_all_params(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(201, json=examples.CREATE_RESPONSE)
        res = await async_client.byok.create(
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
        examples.check_create_request_with_all_params(mock_server.request)
        examples.check_create_byok_key_response(res)

    async def test_raw_response_create(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(201, json=examples.CREATE_RESPONSE)
        response = await async_client.byok.with_raw_response.create(
            provider="openai", key="sk-proj-abc123..."
        )
        assert response.status_code == 201
        assert response.http_response.json() == examples.CREATE_RESPONSE
        examples.check_create_byok_key_response(response.parse())

    @pytest.mark.parametrize("case", examples.CREATE_ERRORS, ids=str)
    async def test_error_create(self, mock_server: Any, async_client: Any, case: Any) -> None:
        mock_server.respond_error(case)
        with pytest.raises(errors.APIStatusError) as caught:
            await async_client.byok.create(provider="openai", key="sk-proj-abc123...")
        case.verify(caught.value)

    async def test_unknown_enum_value_create(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(201, json=examples.CREATE_WITH_UNKNOWN_ENUM)
        res = await async_client.byok.create(provider="openai", key="sk-proj-abc123...")
        assert res.data.provider == "sdk-test-unknown-value"
        assert type(res.data.provider) is str

    async def test_method_get(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.GET_RESPONSE)
        res = await async_client.byok.get(id="11111111-2222-3333-4444-555555555555")
        examples.check_get_request(mock_server.request)
        examples.check_get_byok_key_response(res)

    async def test_method_get_with_all_params(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.GET_RESPONSE)
        res = await async_client.byok.get(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        examples.check_get_request_with_all_params(mock_server.request)
        examples.check_get_byok_key_response(res)

    async def test_raw_response_get(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.GET_RESPONSE)
        response = await async_client.byok.with_raw_response.get(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert response.http_response.json() == examples.GET_RESPONSE
        examples.check_get_byok_key_response(response.parse())

    async def test_path_params_get(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.GET_RESPONSE)
        with pytest.raises(ValueError, match="`id`"):
            await async_client.byok.get(id="")
        assert mock_server.requests == []  # refused before sending
        await async_client.byok.get(id="a/b c?d#e")
        assert path_of(mock_server.requests[-1]) == "/byok/a%2Fb%20c%3Fd%23e"

    @pytest.mark.parametrize("case", examples.GET_ERRORS, ids=str)
    async def test_error_get(self, mock_server: Any, async_client: Any, case: Any) -> None:
        mock_server.respond_error(case)
        with pytest.raises(errors.APIStatusError) as caught:
            await async_client.byok.get(id="11111111-2222-3333-4444-555555555555")
        case.verify(caught.value)

    async def test_unknown_enum_value_get(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.GET_WITH_UNKNOWN_ENUM)
        res = await async_client.byok.get(id="11111111-2222-3333-4444-555555555555")
        assert res.data.provider == "sdk-test-unknown-value"
        assert type(res.data.provider) is str

    async def test_method_delete(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.DELETE_RESPONSE)
        res = await async_client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        examples.check_delete_request(mock_server.request)
        examples.check_delete_byok_key_response(res)

    async def test_method_delete_with_all_params(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.DELETE_RESPONSE)
        res = await async_client.byok.delete(
            id="11111111-2222-3333-4444-555555555555",
            http_referer="https://myapp.example.com",
            app_title="My App",
            app_categories="cli-agent,cloud-agent",
        )
        examples.check_delete_request_with_all_params(mock_server.request)
        examples.check_delete_byok_key_response(res)

    async def test_raw_response_delete(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.DELETE_RESPONSE)
        response = await async_client.byok.with_raw_response.delete(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert response.http_response.json() == examples.DELETE_RESPONSE
        examples.check_delete_byok_key_response(response.parse())

    async def test_path_params_delete(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.DELETE_RESPONSE)
        with pytest.raises(ValueError, match="`id`"):
            await async_client.byok.delete(id="")
        assert mock_server.requests == []  # refused before sending
        await async_client.byok.delete(id="a/b c?d#e")
        assert path_of(mock_server.requests[-1]) == "/byok/a%2Fb%20c%3Fd%23e"

    @pytest.mark.parametrize("case", examples.DELETE_ERRORS, ids=str)
    async def test_error_delete(self, mock_server: Any, async_client: Any, case: Any) -> None:
        mock_server.respond_error(case)
        with pytest.raises(errors.APIStatusError) as caught:
            await async_client.byok.delete(id="11111111-2222-3333-4444-555555555555")
        case.verify(caught.value)

    async def test_method_update(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.UPDATE_RESPONSE)
        res = await async_client.byok.update(id="11111111-2222-3333-4444-555555555555")
        examples.check_update_request(mock_server.request)
        examples.check_update_byok_key_response(res)

    async def test_method_update_with_all_params(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.UPDATE_RESPONSE)
        res = await async_client.byok.update(
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
        examples.check_update_request_with_all_params(mock_server.request)
        examples.check_update_byok_key_response(res)

    async def test_raw_response_update(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.UPDATE_RESPONSE)
        response = await async_client.byok.with_raw_response.update(
            id="11111111-2222-3333-4444-555555555555"
        )
        assert response.status_code == 200
        assert response.http_response.json() == examples.UPDATE_RESPONSE
        examples.check_update_byok_key_response(response.parse())

    async def test_path_params_update(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.UPDATE_RESPONSE)
        with pytest.raises(ValueError, match="`id`"):
            await async_client.byok.update(id="")
        assert mock_server.requests == []  # refused before sending
        await async_client.byok.update(id="a/b c?d#e")
        assert path_of(mock_server.requests[-1]) == "/byok/a%2Fb%20c%3Fd%23e"

    @pytest.mark.parametrize("case", examples.UPDATE_ERRORS, ids=str)
    async def test_error_update(self, mock_server: Any, async_client: Any, case: Any) -> None:
        mock_server.respond_error(case)
        with pytest.raises(errors.APIStatusError) as caught:
            await async_client.byok.update(id="11111111-2222-3333-4444-555555555555")
        case.verify(caught.value)

    async def test_unknown_enum_value_update(self, mock_server: Any, async_client: Any) -> None:
        mock_server.respond(200, json=examples.UPDATE_WITH_UNKNOWN_ENUM)
        res = await async_client.byok.update(id="11111111-2222-3333-4444-555555555555")
        assert res.data.provider == "sdk-test-unknown-value"
        assert type(res.data.provider) is str
