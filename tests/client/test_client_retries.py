"""Retry rules: which failures are retried, how long the client waits, and when it gives up."""

from __future__ import annotations

from email.utils import formatdate

import httpx
import pytest
from byok_helpers import KEY_ID, FakeClock, Server, async_client_for, client_for, error_body, ok
from openrouter_byok import RetryConfig
from openrouter_byok._retries import (
    parse_retry_after,
    retry_delay,
    should_retry_error,
    should_retry_status,
)
from openrouter_byok.errors import (
    APIConnectionError,
    APITimeoutError,
    InternalServerResponseError,
    OpenRouterDefaultError,
    OpenRouterError,
)

NO_JITTER = RetryConfig(jitter=0.0)
REQUEST = httpx.Request("GET", "https://x.example")


def _unavailable(retry_after: str | None = None) -> httpx.Response:
    headers = {"retry-after": retry_after} if retry_after is not None else {}
    return httpx.Response(503, headers=headers, json={"error": {"code": 503, "message": "busy"}})


def _created() -> httpx.Response:
    return httpx.Response(201, json={"data": ok().json()["data"]})


# -- pure rules -------------------------------------------------------------------------------


def test_parse_retry_after() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("5", now=now) == 5.0
    assert parse_retry_after("1.5", now=now) == 1.5
    assert parse_retry_after("-3", now=now) == 0.0
    assert parse_retry_after(formatdate(now + 42, usegmt=True), now=now) == 42.0
    assert parse_retry_after(formatdate(now - 10, usegmt=True), now=now) == 0.0
    assert parse_retry_after("soon", now=now) is None
    assert parse_retry_after(None, now=now) is None


def test_backoff_grows_exponentially_up_to_max_delay() -> None:
    config = RetryConfig(initial_delay=0.5, max_delay=3.0, jitter=0.0)
    delays = [retry_delay(config, retries_done=n, retry_after=None, rand=0.9) for n in range(4)]
    assert delays == [0.5, 1.0, 2.0, 3.0]


def test_jitter_only_shortens_the_wait() -> None:
    config = RetryConfig(initial_delay=1.0, jitter=0.25)
    assert retry_delay(config, retries_done=0, retry_after=None, rand=0.0) == 1.0
    assert retry_delay(config, retries_done=0, retry_after=None, rand=1.0) == 0.75


def test_retry_after_replaces_backoff_and_is_capped() -> None:
    config = RetryConfig(retry_after_cap=60.0)
    assert retry_delay(config, retries_done=0, retry_after=7.0, rand=0.5) == 7.0
    assert retry_delay(config, retries_done=0, retry_after=3600.0, rand=0.5) == 60.0


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_idempotent_requests_retry_every_retry_status(status: int) -> None:
    assert should_retry_status(RetryConfig(), status, idempotent=True)


@pytest.mark.parametrize(("status", "expected"), [(429, True), (503, True), (500, False)])
def test_non_idempotent_requests_retry_only_unprocessed_statuses(
    status: int, expected: bool
) -> None:
    assert should_retry_status(RetryConfig(), status, idempotent=False) is expected


def test_non_retry_statuses() -> None:
    assert not should_retry_status(RetryConfig(), 404, idempotent=True)
    assert not should_retry_status(RetryConfig(retry_statuses=frozenset()), 503, idempotent=True)


def test_error_rules() -> None:
    config = RetryConfig()
    connect = httpx.ConnectError("x", request=REQUEST)
    read_timeout = httpx.ReadTimeout("x", request=REQUEST)
    assert should_retry_error(config, connect, idempotent=False)
    assert should_retry_error(config, httpx.ConnectTimeout("x"), idempotent=False)
    assert not should_retry_error(config, read_timeout, idempotent=False)
    assert not should_retry_error(config, httpx.RemoteProtocolError("x"), idempotent=False)
    assert should_retry_error(config, read_timeout, idempotent=True)
    assert should_retry_error(config, httpx.RemoteProtocolError("x"), idempotent=True)
    opted_in = RetryConfig(retry_non_idempotent_after_read_timeout=True)
    assert should_retry_error(opted_in, read_timeout, idempotent=False)


# -- the client's loop ------------------------------------------------------------------------


def test_retry_after_seconds_is_honoured() -> None:
    server = Server(_unavailable("3"), ok())
    client, clock = client_for(server), FakeClock()
    clock.install(client)
    assert client.byok.get(id=KEY_ID).data.id == KEY_ID
    assert clock.sleeps == [3.0]
    assert len(server.requests) == 2


def test_retry_after_http_date_is_honoured() -> None:
    clock = FakeClock()
    server = Server(_unavailable(formatdate(clock.wall + 7, usegmt=True)), ok())
    client = client_for(server)
    clock.install(client)
    client.byok.get(id=KEY_ID)
    assert clock.sleeps == [7.0]


def test_retry_after_is_capped() -> None:
    server = Server(_unavailable("86400"), ok())
    client, clock = client_for(server, retries=RetryConfig(retry_after_cap=30.0)), FakeClock()
    clock.install(client)
    client.byok.get(id=KEY_ID)
    assert clock.sleeps == [30.0]


def test_exponential_backoff_then_give_up() -> None:
    server = Server(error_body(500))
    client, clock = client_for(server, retries=NO_JITTER), FakeClock()
    clock.install(client)
    with pytest.raises(InternalServerResponseError):
        client.byok.get(id=KEY_ID)
    assert len(server.requests) == 3  # max_retries=2
    assert clock.sleeps == [0.5, 1.0]


def test_total_timeout_bounds_the_whole_loop() -> None:
    server = Server(_unavailable("3"))
    config = RetryConfig(max_retries=10, total_timeout=5.0)
    client, clock = client_for(server, retries=config), FakeClock()
    clock.install(client)
    with pytest.raises(OpenRouterDefaultError):  # 503 is not documented for get
        client.byok.get(id=KEY_ID)
    assert clock.sleeps == [3.0]  # a second 3 s wait would end at 6 s > 5 s
    assert len(server.requests) == 2


def test_get_is_retried_after_read_timeout() -> None:
    server = Server(httpx.ReadTimeout("slow"), ok())
    client, clock = client_for(server), FakeClock()
    clock.install(client)
    client.byok.get(id=KEY_ID)
    assert len(server.requests) == 2


def test_post_is_not_retried_after_read_timeout() -> None:
    failure = httpx.ReadTimeout("slow")
    server = Server(failure, _created())
    client, clock = client_for(server), FakeClock()
    clock.install(client)
    with pytest.raises(APITimeoutError) as info:
        client.byok.create(provider="openai", key="sk-x")
    assert info.value.__cause__ is failure
    assert len(server.requests) == 1
    assert clock.sleeps == []


def test_post_after_read_timeout_is_retried_when_opted_in() -> None:
    server = Server(httpx.ReadTimeout("slow"), _created())
    config = RetryConfig(retry_non_idempotent_after_read_timeout=True)
    client, clock = client_for(server, retries=config), FakeClock()
    clock.install(client)
    client.byok.create(provider="openai", key="sk-x")
    assert len(server.requests) == 2


@pytest.mark.parametrize(
    "first",
    [_unavailable(), error_body(429), httpx.ConnectError("refused"), httpx.ConnectTimeout("t")],
    ids=["503", "429", "connect-error", "connect-timeout"],
)
def test_post_is_retried_when_certainly_not_processed(first: httpx.Response | Exception) -> None:
    server = Server(first, _created())
    client, clock = client_for(server), FakeClock()
    clock.install(client)
    client.byok.create(provider="openai", key="sk-x")
    assert len(server.requests) == 2
    assert server.sent_json(0) == server.sent_json(1)


@pytest.mark.parametrize("status", [500, 502, 504])
def test_post_and_patch_are_not_retried_on_other_statuses(status: int) -> None:
    create_server, update_server = (
        Server(error_body(status), _created()),
        Server(error_body(status)),
    )
    with pytest.raises(OpenRouterError):
        client_for(create_server).byok.create(provider="openai", key="sk-x")
    with pytest.raises(OpenRouterError):
        client_for(update_server).byok.update(id=KEY_ID, name="n")
    assert len(create_server.requests) == len(update_server.requests) == 1


def test_connection_error_after_retries() -> None:
    server = Server(httpx.ConnectError("refused"))
    client, clock = client_for(server), FakeClock()
    clock.install(client)
    with pytest.raises(APIConnectionError):
        client.byok.get(id=KEY_ID)
    assert len(server.requests) == 3


def test_retries_none_disables_retrying() -> None:
    server = Server(_unavailable("1"), ok())
    with pytest.raises(OpenRouterDefaultError):
        client_for(server, retries=None).byok.get(id=KEY_ID)
    assert len(server.requests) == 1


def test_per_call_retries_override_the_client() -> None:
    server = Server(_unavailable("1"), _unavailable("1"), _unavailable("1"), ok())
    client, clock = client_for(server, retries=None), FakeClock()
    clock.install(client)
    client.byok.get(id=KEY_ID, retries=RetryConfig(max_retries=3))
    assert len(server.requests) == 4

    server = Server(_unavailable("1"), ok())
    client = client_for(server)
    with pytest.raises(OpenRouterDefaultError):
        client.byok.get(id=KEY_ID, retries=None)
    assert len(server.requests) == 1


async def test_async_retry_after_and_backoff() -> None:
    server = Server(_unavailable("2"), error_body(500), ok())
    client, clock = async_client_for(server, retries=NO_JITTER), FakeClock()
    clock.install(client)
    await client.byok.get(id=KEY_ID)
    assert clock.sleeps == [2.0, 1.0]


async def test_async_post_is_not_retried_after_read_timeout() -> None:
    server = Server(httpx.ReadTimeout("slow"), _created())
    client, clock = async_client_for(server), FakeClock()
    clock.install(client)
    with pytest.raises(APITimeoutError):
        await client.byok.create(provider="openai", key="sk-x")
    assert len(server.requests) == 1


async def test_async_post_is_retried_on_connect_error() -> None:
    server = Server(httpx.ConnectError("refused"), _created())
    client, clock = async_client_for(server), FakeClock()
    clock.install(client)
    await client.byok.create(provider="openai", key="sk-x")
    assert len(server.requests) == 2
