"""Secrets (the API key, write-only provider keys) never show up in logs, reprs or errors."""

from __future__ import annotations

import logging

import httpx
import pytest
from byok_helpers import API_KEY, KEY_ID, PROVIDER_KEY, Server, async_client_for, client_for, ok
from openrouter_byok import models
from openrouter_byok._logs import log_attempt
from openrouter_byok.errors import APIConnectionError, NotFoundResponseError, OpenRouterError

SECRETS = (API_KEY, PROVIDER_KEY)


def _assert_clean(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


def _logged_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(f"{r.getMessage()} {r.args!r} {r.__dict__!r}" for r in caplog.records)


def test_debug_log_has_request_facts_and_no_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="openrouter_byok")
    server = Server(httpx.Response(201, json={"data": ok().json()["data"]}))
    client = client_for(server)
    client.byok.create(provider="openai", key=PROVIDER_KEY)
    client.byok.update(id=KEY_ID, key=PROVIDER_KEY)

    records = [r for r in caplog.records if r.name == "openrouter_byok"]
    assert len(records) == 2
    message = records[0].getMessage()
    assert message.startswith("HTTP POST https://openrouter.ai/api/v1/byok -> 201 (attempt 1, ")
    assert message.endswith(" ms)")
    _assert_clean(_logged_text(caplog))


def test_url_credentials_are_masked_in_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="openrouter_byok")
    client = client_for(Server())
    client.byok.get(id=KEY_ID, server_url=f"https://user:{API_KEY}@gw.example/v1")
    assert "gw.example/v1/byok/" in caplog.records[0].getMessage()
    _assert_clean(_logged_text(caplog))


def test_secret_query_values_are_masked_in_logs(caplog: pytest.LogCaptureFixture) -> None:
    # No BYOK operation takes a key in the query; APIs that do go through the same logger.
    caplog.set_level(logging.DEBUG, logger="openrouter_byok")
    request = httpx.Request("GET", "https://x.example/items", params={"api_key": API_KEY, "q": 1})
    log_attempt(request, httpx.Response(200), retries_done=0, sent=0.0)
    assert "api_key=REDACTED&q=1" in caplog.records[0].getMessage()
    _assert_clean(_logged_text(caplog))


def test_nothing_is_logged_without_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="openrouter_byok")
    client_for(Server()).byok.get(id=KEY_ID)
    assert caplog.records == []


def test_model_reprs_hide_write_only_keys() -> None:
    for model in (
        models.CreateBYOKKeyRequest(provider="openai", key=PROVIDER_KEY),
        models.UpdateBYOKKeyRequest(key=PROVIDER_KEY),
    ):
        _assert_clean(repr(model))
        _assert_clean(str(model))


def test_status_error_text_has_no_api_key() -> None:
    server = Server(httpx.Response(404, json={"error": {"code": 404, "message": "missing"}}))
    with pytest.raises(NotFoundResponseError) as info:
        client_for(server).byok.update(id=KEY_ID, key=PROVIDER_KEY)
    _assert_clean(str(info.value))
    _assert_clean(repr(info.value))


def test_connection_error_does_not_repeat_the_transport_message() -> None:
    # httpx messages may quote URLs and the like; the SDK's own message names the type only.
    failure = httpx.ConnectError(f"refused for Bearer {API_KEY}")
    with pytest.raises(APIConnectionError) as info:
        client_for(Server(failure), retries=None).byok.get(id=KEY_ID)
    assert str(info.value) == "Connection error: ConnectError"
    _assert_clean(repr(info.value))
    assert info.value.__cause__ is failure


def test_validation_error_message_leaves_out_input_values() -> None:
    echoed = {"data": {"id": KEY_ID, "label": PROVIDER_KEY, "sort_order": PROVIDER_KEY}}
    with pytest.raises(OpenRouterError) as info:
        client_for(Server(httpx.Response(200, json=echoed))).byok.get(id=KEY_ID)
    _assert_clean(str(info.value))


async def test_async_debug_log_has_no_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="openrouter_byok")
    server = Server(httpx.Response(201, json={"data": ok().json()["data"]}))
    await async_client_for(server).byok.create(provider="openai", key=PROVIDER_KEY)
    assert "HTTP POST" in caplog.records[0].getMessage()
    _assert_clean(_logged_text(caplog))
