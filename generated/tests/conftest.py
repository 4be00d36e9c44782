# generated from spec/openrouter-byok.yaml; do not edit
"""Fixtures of the generated tests.

Offline tests answer every request in-process through `httpx.MockTransport` (`mock_server`).
Contract tests and the documentation examples talk to Prism, the OpenAPI mock server, started
once per session from the spec (`prism_url`). Where things are found:

* `SDKGEN_PRISM`: the `prism` executable; default `node_modules/.bin/prism` in this project or
  in its parent directory (`npm install @stoplight/prism-cli`).
* `SDKGEN_SPEC`: the OpenAPI document; default: the first of these paths, relative to this
  project, that exists:
  `../spec/openrouter-byok.yaml`,
  `spec/openrouter-byok.yaml`,
  `openrouter-byok.yaml`.
* `SDKGEN_REQUIRE_PRISM=1`: a missing Node, Prism or spec fails the contract tests instead of
  skipping them (CI sets it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from openrouter_byok import AsyncOpenRouter, OpenRouter

import mock_server as offline
import prism_server

TEST_API_KEY = "sdk-test-key"
OFFLINE_SERVER_URL = "https://api.sdk-tests.example/v1"
API_KEY_ENV = "OPENROUTER_API_KEY"
BASE_URL_ENV = "OPENROUTER_BASE_URL"

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SPEC_CANDIDATES = (
    "../spec/openrouter-byok.yaml",
    "spec/openrouter-byok.yaml",
    "openrouter-byok.yaml",
)
PRISM_CANDIDATES = ("node_modules/.bin/prism", "../node_modules/.bin/prism")

# The examples modules hold the assertions the tests share: pytest rewrites them as it does test
# modules, so a failing check shows the values it compared.
pytest.register_assert_rewrite("examples_byok")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "contract: runs against the Prism mock server")


# --- offline: httpx.MockTransport ---


class MockServer(offline.MockServer):
    """Stands in for the API (see mock_server.py), and makes clients that talk to it."""

    def client(self, **kwargs: Any) -> OpenRouter:
        return OpenRouter(**_client_arguments(kwargs), http_client=self.http_client())

    def async_client(self, **kwargs: Any) -> AsyncOpenRouter:
        http_client = self.async_http_client()
        return AsyncOpenRouter(**_client_arguments(kwargs), http_client=http_client)


def path_of(request: httpx.Request) -> str:
    """Where an offline request went: its URL without the query, below the server URL, or
    whole when it went elsewhere (an operation whose relative server leads away from it)."""
    url = str(request.url.copy_with(query=None))
    under = url.startswith(OFFLINE_SERVER_URL + "/")
    return url.removeprefix(OFFLINE_SERVER_URL) if under else url


def _client_arguments(overrides: dict[str, Any]) -> dict[str, Any]:
    # No retries: a canned 5xx must raise at once rather than be sent again after a pause.
    return {"api_key": TEST_API_KEY, "server_url": OFFLINE_SERVER_URL, "retries": None, **overrides}


@pytest.fixture
def mock_server() -> MockServer:
    return MockServer()


@pytest.fixture
def client(mock_server: MockServer) -> OpenRouter:
    """A client whose requests `mock_server` answers."""
    return mock_server.client()


@pytest.fixture
def async_client(mock_server: MockServer) -> AsyncOpenRouter:
    return mock_server.async_client()


# --- contract: Prism ---


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """The URL of a Prism mock server for the spec, shared by the whole session."""
    yield from prism_server.serve(PROJECT_ROOT, PRISM_CANDIDATES, SPEC_CANDIDATES)


@pytest.fixture
def prism_client(prism_url: str) -> Iterator[OpenRouter]:
    with OpenRouter(api_key=TEST_API_KEY, server_url=prism_url, retries=None) as client:
        yield client


@pytest.fixture
async def async_prism_client(prism_url: str) -> Any:
    async with AsyncOpenRouter(api_key=TEST_API_KEY, server_url=prism_url, retries=None) as client:
        yield client


@pytest.fixture
def keyless_prism_client(prism_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[OpenRouter]:
    """A client without an API key (none passed, none in the environment)."""
    _forget_credentials(monkeypatch)
    with OpenRouter(server_url=prism_url, retries=None) as client:
        yield client


@pytest.fixture
async def async_keyless_prism_client(prism_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    _forget_credentials(monkeypatch)
    async with AsyncOpenRouter(server_url=prism_url, retries=None) as client:
        yield client


def _forget_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """No credential in the environment for a client to fall back on."""
    monkeypatch.delenv(API_KEY_ENV, raising=False)
