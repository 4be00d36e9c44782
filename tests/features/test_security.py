"""Per-operation security: the model's requirements, the credentials the client takes, exactly
what each operation sends, and that no credential leaks into logs, reprs or errors."""

from __future__ import annotations

import logging
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from generator.method_plans import MethodPlan
from generator.model import Operation
from generator.normalize import normalize
from generator.views_client_auth import credential_arguments, sent_schemes
from generator.views_client_methods import method_view

from .conftest import generate_package

SPEC = """
openapi: 3.1.0
info: {title: Multi Auth, version: 1.0.0}
servers: [{url: "https://ma.example"}]
security: [{bearer: []}]
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: "https://t.example", scopes: {}}}}
    header_key: {type: apiKey, in: header, name: X-Api-Key}
    query_key: {type: apiKey, in: query, name: sig}
    cookie_key: {type: apiKey, in: cookie, name: session}
    basic: {type: http, scheme: basic}
    tls: {type: mutualTLS}
paths:
  /default: {get: {operationId: default_auth, responses: {"204": {description: ok}}}}
  /oauth:
    get: {operationId: oauth, security: [{oauth: [read]}], responses: {"204": {description: ok}}}
  /public: {get: {operationId: public, security: [], responses: {"204": {description: ok}}}}
  /header:
    get: {operationId: header, security: [{header_key: []}], responses: {"204": {description: ok}}}
  /either:
    get:
      operationId: either
      security: [{query_key: []}, {basic: []}]
      responses: {"204": {description: ok}}
  /both:
    get:
      operationId: both
      security: [{header_key: [], query_key: [], cookie_key: []}]
      responses: {"204": {description: ok}}
  /optional:
    get:
      operationId: optional
      security: [{}, {header_key: []}]
      responses: {"204": {description: ok}}
  /tls:
    get: {operationId: tls, security: [{tls: []}], responses: {"204": {description: ok}}}
"""

SECRETS = {
    "api_key": "sk-bearer-1",
    "header_key": "sk-header-2",
    "query_key": "sk-query-3",
    "cookie_key": "sk-cookie-4",
    "basic": "user:sk-basic-5",
}


def _api_and_messages() -> tuple[Any, list[str]]:
    api, problems = normalize(
        yaml.safe_load(SPEC), file="inline.yaml", line_of=lambda p: 1, digest="0" * 64, config={}
    )
    return api, [p.message for p in problems]


def _ops(api: Any) -> dict[str, Operation]:
    return {op.operation_id: op for op in api.operations}


def test_model_records_requirements_and_credentials() -> None:
    api, messages = _api_and_messages()
    ops = _ops(api)
    credentials = {s.name: (s.credential, s.env_var) for s in api.security}
    assert credentials == {
        # bearer and oauth2 are both sent as a bearer token: one credential, `api_key`
        "bearer": ("api_key", "MULTI_AUTH_API_KEY"),
        "oauth": ("api_key", "MULTI_AUTH_API_KEY"),
        "header_key": ("header_key", "MULTI_AUTH_HEADER_KEY"),
        "query_key": ("query_key", "MULTI_AUTH_QUERY_KEY"),
        "cookie_key": ("cookie_key", "MULTI_AUTH_COOKIE_KEY"),
        "basic": ("basic", "MULTI_AUTH_BASIC"),
    }
    assert ops["default_auth"].security_requirements == (("bearer",),)
    assert ops["default_auth"].credentials is None  # the runtime's default: `api_key`
    assert ops["oauth"].credentials is None
    assert ops["public"].security_requirements == () and ops["public"].credentials == ()
    assert ops["either"].credentials == (("query_key",), ("basic",))
    assert ops["both"].credentials == (("header_key", "query_key", "cookie_key"),)
    assert ops["optional"].credentials == (("header_key",), ())  # sent when held
    assert ops["optional"].security == ()  # nothing is required
    assert ops["tls"].credentials == ()
    assert not any("sends its key with scheme" in m for m in messages)
    unsupported = [m for m in messages if "cannot send" in m or "not supported" in m]
    assert len(unsupported) == 2 and all("tls" in m or "mutualTLS" in m for m in unsupported)
    assert credential_arguments(api) == (
        ("header_key", "MULTI_AUTH_HEADER_KEY", "api_key"),
        ("query_key", "MULTI_AUTH_QUERY_KEY", "api_key"),
        ("cookie_key", "MULTI_AUTH_COOKIE_KEY", "api_key"),
        ("basic", "MULTI_AUTH_BASIC", "basic"),
    )
    assert [s.name for s in sent_schemes(api, ops["both"])] == [
        "header_key",
        "query_key",
        "cookie_key",
    ]
    assert sent_schemes(api, ops["public"]) == ()


def test_missing_requirement_is_public_once_any_operation_states_one() -> None:
    spec = yaml.safe_load(SPEC)
    del spec["security"]
    api, _ = normalize(spec, file="x.yaml", line_of=lambda p: 1, digest="0" * 64, config={})
    assert _ops(api)["default_auth"].credentials == ()
    # A spec stating no requirement anywhere keeps sending `api_key` everywhere (as before).
    for item in spec["paths"].values():
        item["get"].pop("security", None)
    api, _ = normalize(spec, file="x.yaml", line_of=lambda p: 1, digest="0" * 64, config={})
    assert all(op.credentials is None for op in api.operations)


def test_accept_keeps_wildcards_and_admits_json_errors() -> None:
    spec = textwrap.dedent(
        """
        openapi: 3.0.3
        info: {title: Audio, version: 1.0.0}
        paths:
          /speech:
            get:
              operationId: speech
              responses:
                "200":
                  description: ok
                  content: {"audio/*": {schema: {type: string, format: binary}}}
          /anything:
            get:
              operationId: anything
              responses:
                "200":
                  description: ok
                  content: {"*/*": {schema: {type: string, format: binary}}}
        """
    )
    api, _ = normalize(
        yaml.safe_load(spec), file="a.yaml", line_of=lambda p: 1, digest="0" * 64, config={}
    )
    ops = _ops(api)
    assert method_view(MethodPlan.of(ops["speech"])).accept == "audio/*, application/json"
    assert method_view(MethodPlan.of(ops["anything"])).accept == ""


class Recorder:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(204)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@pytest.fixture(scope="module")
def multi(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    root = tmp_path_factory.mktemp("multi_auth")
    spec = root / "spec.yaml"
    spec.write_text(textwrap.dedent(SPEC), encoding="utf-8")
    return generate_package(spec, root / "sdk", "multi_auth_feature")[1]


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def client(multi: ModuleType, recorder: Recorder) -> Iterator[Any]:
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    yield multi.MultiAuth(**SECRETS, http_client=http, retries=None)


def _sent(request: httpx.Request) -> dict[str, str | None]:
    return {
        "authorization": request.headers.get("Authorization"),
        "x-api-key": request.headers.get("X-Api-Key"),
        "cookie": request.headers.get("Cookie"),
        "sig": request.url.params.get("sig"),
    }


NOTHING = {"authorization": None, "x-api-key": None, "cookie": None, "sig": None}


def test_each_operation_sends_exactly_its_credentials(client: Any, recorder: Recorder) -> None:
    cases = {
        "default_auth": {"authorization": "Bearer sk-bearer-1"},
        "oauth": {"authorization": "Bearer sk-bearer-1"},
        "public": {},
        "header": {"x-api-key": "sk-header-2"},
        "either": {"sig": "sk-query-3"},
        "both": {"x-api-key": "sk-header-2", "sig": "sk-query-3", "cookie": "session=sk-cookie-4"},
        "optional": {"x-api-key": "sk-header-2"},
        "tls": {},
    }
    for name, expected in cases.items():
        getattr(client.default, name)()
        assert _sent(recorder.last) == {**NOTHING, **expected}, name


def test_next_alternative_when_a_credential_is_missing(multi: ModuleType) -> None:
    recorder = Recorder()
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    client = multi.MultiAuth(basic="user:pw", http_client=http, retries=None)
    client.default.either()
    assert _sent(recorder.last) == {**NOTHING, "authorization": "Basic dXNlcjpwdw=="}
    client.default.both()  # header_key, query_key and cookie_key are all needed: none sent
    client.default.optional()  # anonymous access allowed
    client.default.default_auth()  # no key: nothing sent, the server answers 401
    for request in recorder.requests[1:]:
        assert _sent(request) == NOTHING


def test_credentials_from_environment_and_functions(
    multi: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MULTI_AUTH_HEADER_KEY", "env-header")
    monkeypatch.setenv("MULTI_AUTH_API_KEY", "env-bearer")
    recorder = Recorder()
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    rotating = iter(["q1", "q2"])
    client = multi.MultiAuth(query_key=lambda: next(rotating), http_client=http, retries=None)
    client.default.header()
    assert recorder.last.headers["X-Api-Key"] == "env-header"
    client.default.default_auth()
    assert recorder.last.headers["Authorization"] == "Bearer env-bearer"
    client.default.either()
    client.default.either()
    assert [r.url.params["sig"] for r in recorder.requests[-2:]] == ["q1", "q2"]


async def test_async_client_sends_the_same(multi: ModuleType) -> None:
    recorder = Recorder()
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    client = multi.AsyncMultiAuth(**SECRETS, http_client=http, retries=None)
    await client.default.both()
    assert recorder.last.headers["Cookie"] == "session=sk-cookie-4"
    await client.default.public()
    assert _sent(recorder.last) == NOTHING


def _assert_clean(text: str) -> None:
    for secret in SECRETS.values():
        assert secret not in text and secret.split(":")[-1] not in text


def test_no_credential_in_logs_reprs_or_errors(
    multi: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="multi_auth_feature")
    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(401, text="no")))
    client = multi.MultiAuth(**SECRETS, http_client=http, retries=None)
    for name in ("default_auth", "header", "either", "both", "optional"):
        with pytest.raises(multi.errors.APIStatusError) as caught:
            getattr(client.default, name)()
        _assert_clean(str(caught.value))
        _assert_clean(repr(caught.value))
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "sig=REDACTED" in logged  # `sig` names no secret: masked as the query credential
    _assert_clean(logged)
    _assert_clean(repr(client))
    _assert_clean(repr(client.default))


def test_client_docstring_documents_every_credential(multi: ModuleType) -> None:
    doc = multi.MultiAuth.__doc__ or ""
    for argument, variable in [
        ("header_key", "MULTI_AUTH_HEADER_KEY"),
        ("query_key", "MULTI_AUTH_QUERY_KEY"),
        ("cookie_key", "MULTI_AUTH_COOKIE_KEY"),
        ("basic", "MULTI_AUTH_BASIC"),
    ]:
        assert f"      {argument}: " in doc and variable in doc


def test_readme_lists_every_credential(multi: ModuleType) -> None:
    readme = (Path(multi.__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "`header_key` argument or the `MULTI_AUTH_HEADER_KEY` environment variable" in readme
    assert "operations documented as public send none" in readme
