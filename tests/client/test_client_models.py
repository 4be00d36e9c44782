"""Generated models: open enums, unknown fields, write-only fields, typed values."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
from byok_helpers import KEY_ID, PROVIDER_KEY, Server, async_client_for, client_for, key_json, ok
from openrouter_byok import models
from openrouter_byok.models import BYOKKey, ProviderSlug


def test_known_provider_parses_to_enum_member() -> None:
    key = client_for(Server(ok(provider="anthropic"))).byok.get(id=KEY_ID).data
    assert key.provider == "anthropic"
    assert key.provider is ProviderSlug.ANTHROPIC


def test_unknown_provider_is_kept_as_plain_string() -> None:
    key = client_for(Server(ok(provider="brand-new-provider"))).byok.get(id=KEY_ID).data
    assert key.provider == "brand-new-provider"
    assert type(key.provider) is str


def test_unknown_fields_are_accepted_and_readable() -> None:
    body = {"data": key_json(region="eu-west", quota={"daily": 5}), "request_id": "r-1"}
    response = client_for(Server(httpx.Response(200, json=body))).byok.get(id=KEY_ID)
    assert response.request_id == "r-1"  # type: ignore[attr-defined]
    assert response.data.region == "eu-west"  # type: ignore[attr-defined]
    assert response.data.model_extra == {"region": "eu-west", "quota": {"daily": 5}}


def test_typed_values() -> None:
    key = client_for(Server(ok(name=None))).byok.get(id=KEY_ID).data
    assert key.created_at == datetime(2025, 8, 24, 10, 30, tzinfo=UTC)
    assert key.name is None
    assert key.allowed_models is None


def test_optional_field_may_be_missing() -> None:
    body = key_json()
    del body["name"]
    assert BYOKKey.model_validate(body).name is None


def test_write_only_field_is_not_in_repr_but_is_serialized() -> None:
    request = models.CreateBYOKKeyRequest(provider="openai", key=PROVIDER_KEY, name="prod")
    assert PROVIDER_KEY not in repr(request)
    assert PROVIDER_KEY not in str(request)
    assert "name='prod'" in repr(request)
    assert request.to_dict() == {"provider": "openai", "key": PROVIDER_KEY, "name": "prod"}


def test_update_request_hides_key_too() -> None:
    request = models.UpdateBYOKKeyRequest(key=PROVIDER_KEY)
    assert PROVIDER_KEY not in repr(request)
    assert request.to_dict() == {"key": PROVIDER_KEY}


def test_to_dict_leaves_out_unset_fields_but_keeps_explicit_none() -> None:
    request = models.UpdateBYOKKeyRequest(allowed_models=None)
    assert request.to_dict() == {"allowed_models": None}


def test_delete_response_literal() -> None:
    response = client_for(Server(httpx.Response(200, json={"deleted": True}))).byok.delete(
        id=KEY_ID
    )
    assert response.deleted is True


async def test_async_unknown_provider_and_fields() -> None:
    server = Server(ok(provider="someday", tier="gold"))
    key = (await async_client_for(server).byok.get(id=KEY_ID)).data
    assert key.provider == "someday"
    assert key.tier == "gold"  # type: ignore[attr-defined]
