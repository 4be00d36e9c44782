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

import copy
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import httpx
import pytest

from openrouter_byok import AsyncOpenRouter, OpenRouter

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
PRISM_START_TIMEOUT = 30.0  # seconds until Prism must accept connections
PRISM_STOP_TIMEOUT = 5.0  # seconds between SIGTERM and SIGKILL
PRISM_START_ATTEMPTS = 3  # another process may take the free port before Prism binds it

# The examples modules hold the assertions the tests share: pytest rewrites them as it does test
# modules, so a failing check shows the values it compared.
pytest.register_assert_rewrite("examples_byok")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "contract: runs against the Prism mock server")


# --- offline: httpx.MockTransport ---


class MockServer:
    """Stands in for the API: answers with a canned response and records every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._handler: Callable[[httpx.Request], httpx.Response] = lambda _: httpx.Response(599)

    def respond(
        self, status: int, *, json: Any = None, text: str | None = None, content_type: str = ""
    ) -> None:
        """Answer every request with `status` and a JSON body, a text body or no body."""

        def handler(request: httpx.Request) -> httpx.Response:
            if text is not None:
                headers = {"Content-Type": content_type or "text/plain"}
                return httpx.Response(status, content=text.encode(), headers=headers)
            if json is not None:
                return httpx.Response(status, json=json)
            return httpx.Response(status)

        self._handler = handler

    def paginate(
        self,
        template: Any,
        *,
        items_path: Sequence[str],
        total_path: Sequence[str] | None,
        items: list[Any],
        page_size: int,
        offset_param: str,
    ) -> None:
        """Serve `items` `page_size` at a time from the requested offset, in copies of
        `template` (a response body) whose item list and total count are replaced."""

        def handler(request: httpx.Request) -> httpx.Response:
            offset = int(request.url.params.get(offset_param, "0"))
            body = copy.deepcopy(template)
            _put(body, items_path, items[offset : offset + page_size])
            if total_path:
                _put(body, total_path, len(items))
            return httpx.Response(200, json=body)

        self._handler = handler

    @property
    def request(self) -> httpx.Request:
        """The one request sent so far."""
        assert len(self.requests) == 1, f"expected one request, got {len(self.requests)}"
        return self.requests[0]

    def client(self, **kwargs: Any) -> OpenRouter:
        http_client = httpx.Client(transport=httpx.MockTransport(self._handle))
        return OpenRouter(**_client_arguments(kwargs), http_client=http_client)

    def async_client(self, **kwargs: Any) -> AsyncOpenRouter:
        http_client = httpx.AsyncClient(transport=httpx.MockTransport(self._handle))
        return AsyncOpenRouter(**_client_arguments(kwargs), http_client=http_client)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self._handler(request)


def path_of(request: httpx.Request) -> str:
    """Where an offline request went, below the server URL (checked): its URL without the query."""
    url = str(request.url.copy_with(query=None))
    assert url.startswith(OFFLINE_SERVER_URL + "/"), url
    return url.removeprefix(OFFLINE_SERVER_URL)


def _client_arguments(overrides: dict[str, Any]) -> dict[str, Any]:
    # No retries: a canned 5xx must raise at once rather than be sent again after a pause.
    return {"api_key": TEST_API_KEY, "server_url": OFFLINE_SERVER_URL, "retries": None, **overrides}


def _put(document: Any, path: Sequence[str], value: Any) -> None:
    for key in path[:-1]:
        document = document[key]
    document[path[-1]] = value


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


def _locate(env: str, candidates: Sequence[str]) -> tuple[Path | None, str]:
    """The file named by `env`, else the first candidate that exists; and where it came from."""
    if os.environ.get(env):
        return Path(os.environ[env]), f"${env}"
    for candidate in candidates:
        path = PROJECT_ROOT / candidate
        if path.is_file():
            return path.resolve(), candidate
    return None, f"${env} or " + ", ".join(candidates)


def _unavailable(reason: str) -> None:
    if os.environ.get("SDKGEN_REQUIRE_PRISM") == "1":
        pytest.fail(
            f"{reason} (SDKGEN_REQUIRE_PRISM=1: the contract tests must run)", pytrace=False
        )
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _output(log: IO[bytes]) -> str:
    log.seek(0)
    text = log.read().decode(errors="replace").strip()
    return text[-4000:] or "(no output)"


def _wait_until_ready(process: subprocess.Popen[bytes], port: int) -> bool:
    """True once Prism accepts connections; False if it exits first."""
    deadline = time.monotonic() + PRISM_START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.1)
    return False


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM to Prism's process group (it is its own session), SIGKILL if it lingers."""
    if process.poll() is not None:
        return
    for sig, wait in ((signal.SIGTERM, PRISM_STOP_TIMEOUT), (signal.SIGKILL, PRISM_STOP_TIMEOUT)):
        try:
            if hasattr(os, "killpg"):
                os.killpg(process.pid, sig)
            else:  # pragma: no cover - Windows
                process.kill()
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """The URL of a Prism mock server for the spec, shared by the whole session."""
    prism, prism_from = _locate("SDKGEN_PRISM", PRISM_CANDIDATES)
    if prism is None or not prism.is_file():
        _unavailable(f"Prism not found at {prism or prism_from}; run `npm ci` or set SDKGEN_PRISM")
    spec, spec_from = _locate("SDKGEN_SPEC", SPEC_CANDIDATES)
    if spec is None or not spec.is_file():
        _unavailable(f"OpenAPI spec not found at {spec or spec_from}; set SDKGEN_SPEC")
    if shutil.which("node") is None:
        _unavailable("Node.js (`node`) is not on PATH; Prism needs it")
    assert prism is not None and spec is not None
    problems = []
    for _ in range(PRISM_START_ATTEMPTS):
        port = _free_port()
        command = [str(prism), "mock", "-h", "127.0.0.1", "-p", str(port), "--errors", str(spec)]
        with tempfile.TemporaryFile() as log:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # so that stopping it stops any child it spawns
            )
            try:
                if _wait_until_ready(process, port):
                    yield f"http://127.0.0.1:{port}"
                    return
                code = process.poll()
                outcome = (
                    f"exited with code {code}"
                    if code is not None
                    else (f"not listening on port {port} after {PRISM_START_TIMEOUT:.0f} s")
                )
                problems.append(f"$ {' '.join(command)}\n{outcome}; its output:\n{_output(log)}")
            finally:
                _stop(process)
    pytest.fail("Prism did not start:\n" + "\n\n".join(problems), pytrace=False)


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
