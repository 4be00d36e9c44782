"""What goes on the wire: bodies (null vs omitted), paths, query, headers, auth, options."""

from __future__ import annotations

import httpx
import pytest
from byok_helpers import API_KEY, BASE, KEY_ID, Server, async_client_for, client_for, ok
from openrouter_byok import OpenRouter
from openrouter_byok.models import ProviderSlug


def test_update_sends_null_for_nullable_none_and_omits_the_rest() -> None:
    server = Server()
    client_for(server).byok.update(id=KEY_ID, allowed_models=None, disabled=True)
    assert server.sent_json() == {"allowed_models": None, "disabled": True}
    assert server.last.method == "PATCH"
    assert server.last.headers["content-type"] == "application/json"


def test_update_with_nothing_sends_an_empty_object() -> None:
    server = Server()
    client_for(server).byok.update(id=KEY_ID, key=None, is_fallback=None)
    assert server.sent_json() == {}  # key and is_fallback are not nullable: None means omit


def test_create_body() -> None:
    server = Server(httpx.Response(201, json={"data": ok().json()["data"]}))
    created = client_for(server).byok.create(
        provider=ProviderSlug.AMAZON_BEDROCK,
        key="sk-x",
        name=None,
        allowed_api_key_hashes=("a" * 64,),
    )
    assert server.sent_json() == {
        "provider": "amazon-bedrock",
        "key": "sk-x",
        "name": None,
        "allowed_api_key_hashes": ["a" * 64],
    }
    assert server.last.url == f"{BASE}/byok"
    assert created.data.id == KEY_ID


@pytest.mark.parametrize(
    ("key_id", "raw_path"),
    [
        ("../credits", b"/api/v1/byok/..%2Fcredits"),
        ("..", b"/api/v1/byok/%2E%2E"),
        ("a b?c#d", b"/api/v1/byok/a%20b%3Fc%23d"),
        (KEY_ID, f"/api/v1/byok/{KEY_ID}".encode()),
    ],
)
def test_path_parameters_are_percent_encoded(key_id: str, raw_path: bytes) -> None:
    server = Server()
    client_for(server).byok.get(id=key_id)
    assert server.last.url.raw_path == raw_path


@pytest.mark.parametrize("bad", ["", None])
def test_empty_path_parameter_is_rejected_before_sending(bad: str | None) -> None:
    server = Server()
    client = client_for(server)
    with pytest.raises(ValueError, match="non-empty value for `id`"):
        client.byok.get(id=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        client.byok.delete(id="")
    assert server.requests == []


def test_list_query_drops_unset_parameters() -> None:
    server = Server(httpx.Response(200, json={"data": [], "total_count": 0}))
    client_for(server).byok.list(limit=10, provider=ProviderSlug.OPENAI, workspace_id=None)
    assert server.last.url.params.multi_items() == [("limit", "10"), ("provider", "openai")]


def test_default_headers_and_per_call_overrides() -> None:
    server = Server()
    client = client_for(server, http_referer="https://app.example", app_title="App")
    client.byok.get(id=KEY_ID)
    headers = server.last.headers
    assert headers["authorization"] == f"Bearer {API_KEY}"
    assert headers["http-referer"] == "https://app.example"
    assert headers["x-openrouter-title"] == "App"
    assert "x-openrouter-categories" not in headers
    assert headers["accept"] == "application/json"
    assert headers["user-agent"].startswith("openrouter_byok/")

    client.byok.get(
        id=KEY_ID,
        http_referer="https://other.example",
        app_categories="cli-agent",
        extra_headers={"X-OpenRouter-Title": "Override", "X-Trace": "t-1"},
    )
    headers = server.last.headers
    assert headers["http-referer"] == "https://other.example"
    assert headers["x-openrouter-categories"] == "cli-agent"
    assert headers.get_list("x-openrouter-title") == ["Override"]
    assert headers["x-trace"] == "t-1"


def test_per_call_timeout() -> None:
    server = Server()
    client = client_for(server)
    client.byok.get(id=KEY_ID)
    assert server.last.extensions["timeout"] == httpx.Timeout(60.0).as_dict()
    client.byok.get(id=KEY_ID, timeout=2.5)
    assert server.last.extensions["timeout"] == httpx.Timeout(2.5).as_dict()
    client.byok.get(id=KEY_ID, timeout=None)
    assert server.last.extensions["timeout"] == httpx.Timeout(None).as_dict()


def test_client_timeout_and_server_url() -> None:
    server = Server()
    client = client_for(server, timeout=httpx.Timeout(3.0, connect=1.0), server_url="http://x/v2/")
    client.byok.get(id=KEY_ID)
    assert server.last.url == f"http://x/v2/byok/{KEY_ID}"
    assert server.last.extensions["timeout"]["connect"] == 1.0


def test_per_call_server_url() -> None:
    server = Server()
    client_for(server).byok.get(id=KEY_ID, server_url="https://eu.example/api/v1")
    assert server.last.url == f"https://eu.example/api/v1/byok/{KEY_ID}"


def test_api_key_callable_is_read_for_every_request() -> None:
    keys = iter(["key-1", "key-2"])
    server = Server()
    client = client_for(server, api_key=lambda: next(keys))
    client.byok.get(id=KEY_ID)
    client.byok.get(id=KEY_ID)
    assert [r.headers["authorization"] for r in server.requests] == [
        "Bearer key-1",
        "Bearer key-2",
    ]


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENROUTER_API_KEY", "env-key")
    server = Server()
    client_for(server, api_key=None).byok.get(id=KEY_ID)
    assert server.last.headers["authorization"] == "Bearer env-key"

    client_for(server, api_key="explicit").byok.get(id=KEY_ID)
    assert server.last.headers["authorization"] == "Bearer explicit"


def test_no_key_means_no_authorization_header(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENROUTER_API_KEY", raising=False)
    server = Server()
    client_for(server, api_key=None).byok.get(id=KEY_ID)
    assert "authorization" not in server.last.headers


def test_http_client_headers_are_kept() -> None:
    server = Server()
    http = httpx.Client(transport=httpx.MockTransport(server), headers={"X-Proxy-Auth": "p"})
    OpenRouter(api_key=API_KEY, http_client=http).byok.get(id=KEY_ID)
    assert server.last.headers["x-proxy-auth"] == "p"


async def test_async_update_null_vs_omitted() -> None:
    server = Server()
    await async_client_for(server).byok.update(id=KEY_ID, name=None, allowed_user_ids=["u1"])
    assert server.sent_json() == {"name": None, "allowed_user_ids": ["u1"]}


async def test_async_path_encoding_and_empty_rejection() -> None:
    server = Server()
    client = async_client_for(server)
    await client.byok.get(id="../credits")
    assert server.last.url.raw_path == b"/api/v1/byok/..%2Fcredits"
    with pytest.raises(ValueError):
        await client.byok.update(id="", name="x")
    assert len(server.requests) == 1


async def test_async_options_and_callable_key() -> None:
    server = Server()
    client = async_client_for(server, api_key=lambda: "rotated")
    await client.byok.get(
        id=KEY_ID, timeout=1.0, extra_headers={"X-Trace": "a"}, server_url="http://local/v1"
    )
    request = server.last
    assert request.url == f"http://local/v1/byok/{KEY_ID}"
    assert request.extensions["timeout"] == httpx.Timeout(1.0).as_dict()
    assert request.headers["x-trace"] == "a"
    assert request.headers["authorization"] == "Bearer rotated"
