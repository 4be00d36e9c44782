"""Servers: URL variables as client arguments, operations and path items with a server of
their own, the problems a bad variable gives, and the generated suite of such a spec."""

from __future__ import annotations

import asyncio
import sys
import textwrap
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.diagnostics import GeneratorError
from generator.pipeline import Build, Options, build

from .conftest import generate_package, pyflakes_report, run_generated_suite

ROOT = Path(__file__).resolve().parents[2]

SERVERS_SPEC = """
openapi: 3.0.3
info: {title: Probe, version: 1.0.0}
servers:
  - url: "https://{region}.probe.example/{version}"
    description: The regional API
    variables:
      region: {default: eu, enum: [eu, us], description: Where requests are served.}
      version: {default: v2}
      class: {default: unused}
  - url: "https://sandbox.probe.example/v2"
    description: Sandbox
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {pong: {type: boolean}}}
  /upload:
    servers:
      - url: "https://uploads.probe.example/{bucket}"
        variables: {bucket: {default: main}}
    post:
      operationId: upload
      responses:
        "204": {description: done}
  /relative:
    get:
      operationId: relative
      servers: [{url: "/v9"}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {pong: {type: boolean}}}
  /nested:
    servers:
      - url: "{edition}/x"
        variables: {edition: {default: beta}}
    get:
      operationId: nested
      responses:
        "204": {description: done}
  /other:
    get:
      operationId: other
      servers: [{url: "https://other.probe.example/base"}]
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {type: object, properties: {pong: {type: boolean}}}
"""


def _write(tmp_path: Path, text: str) -> Path:
    spec = tmp_path / "spec.yaml"
    spec.write_text(textwrap.dedent(text), encoding="utf-8")
    return spec


@pytest.fixture(scope="module")
def probe(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, ModuleType]:
    tmp = tmp_path_factory.mktemp("servers")
    return generate_package(_write(tmp, SERVERS_SPEC), tmp / "sdk", "servers_probe")


def _sent(pkg: ModuleType, call: str, **client_args: Any) -> str:
    """The URL the sync client sends `call` (`ping`, `upload`, `other`) to."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(204 if call in ("upload", "nested") else 200, json={"pong": True})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client: Any = pkg.Probe(api_key="k", http_client=http, retries=None, **client_args)
    getattr(client.default, call)()
    return str(seen[-1].url)


def test_the_default_url_has_the_variables_defaults(
    probe: tuple[Build, ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROBE_BASE_URL", raising=False)
    pkg = probe[1]
    client_module = sys.modules["servers_probe._client"]
    assert client_module.DEFAULT_SERVER_URL == "https://eu.probe.example/v2"
    assert _sent(pkg, "ping") == "https://eu.probe.example/v2/ping"


def test_variables_are_typed_constructor_arguments(probe: tuple[Build, ModuleType]) -> None:
    pkg = probe[1]
    for cls in (pkg.Probe, pkg.AsyncProbe):
        hints = typing.get_type_hints(cls.__init__)
        assert hints["region"] == typing.Literal["eu", "us"]
        assert hints["version"] is str
        assert "class_" not in hints  # declared but not in the URL: no argument
    doc = pkg.Probe.__doc__
    assert 'region: Where requests are served. One of "eu", "us"; defaults to "eu".' in doc
    readme = (Path(pkg.__file__).parents[2] / "README.md").read_text()
    assert "| `region` | `eu`, `us` | `eu` | Where requests are served. |" in readme
    assert "| `https://sandbox.probe.example/v2` | Sandbox |" in readme  # the other server
    assert "| `https://other.probe.example/base` |" in readme  # an operation's own


def test_variable_arguments_change_the_host_and_server_url_wins(
    probe: tuple[Build, ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROBE_BASE_URL", raising=False)
    pkg = probe[1]
    assert _sent(pkg, "ping", region="us", version="v3") == "https://us.probe.example/v3/ping"
    explicit = _sent(pkg, "ping", region="us", server_url="https://proxy.example/p")
    assert explicit == "https://proxy.example/p/ping"
    monkeypatch.setenv("PROBE_BASE_URL", "https://env.example")
    assert _sent(pkg, "ping", region="us") == "https://env.example/ping"


def test_operation_and_path_item_servers_are_used(
    probe: tuple[Build, ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROBE_BASE_URL", raising=False)
    pkg = probe[1]
    assert _sent(pkg, "other") == "https://other.probe.example/base/other"  # the operation's
    assert _sent(pkg, "upload") == "https://uploads.probe.example/main/upload"  # its path's
    # the client's variables are the first server's: they do not move an operation's own
    assert _sent(pkg, "other", region="us") == "https://other.probe.example/base/other"


def test_a_chosen_server_url_wins_over_operation_servers(
    probe: tuple[Build, ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROBE_BASE_URL", raising=False)
    pkg = probe[1]
    assert _sent(pkg, "other", server_url="http://mock:4010") == "http://mock:4010/other"
    assert _sent(pkg, "upload", server_url="http://mock:4010") == "http://mock:4010/upload"
    monkeypatch.setenv("PROBE_BASE_URL", "http://env-mock")
    assert _sent(pkg, "other") == "http://env-mock/other"


@pytest.mark.parametrize(
    ("client_args", "env", "relative", "nested"),
    [
        (
            {},
            None,
            "https://eu.probe.example/v9/relative",
            "https://eu.probe.example/beta/x/nested",
        ),
        (
            {"region": "us", "version": "v3"},
            None,
            "https://us.probe.example/v9/relative",
            "https://us.probe.example/beta/x/nested",
        ),
        (
            {"server_url": "https://proxy.example/p/"},
            None,
            "https://proxy.example/v9/relative",  # `/v9` replaces the path ...
            "https://proxy.example/p/beta/x/nested",  # ... `beta/x` goes below the last `/`
        ),
        ({}, "http://env-mock:4010", "http://env-mock:4010/v9/relative", None),
    ],
    ids=["defaults", "variables", "server_url", "env"],
)
def test_a_relative_operation_server_follows_the_clients_url(
    probe: tuple[Build, ModuleType],
    monkeypatch: pytest.MonkeyPatch,
    client_args: dict[str, str],
    env: str | None,
    relative: str,
    nested: str | None,
) -> None:
    """`/v9` (an operation's) and `{edition}/x` (a path item's) are resolved on each request
    against the client's URL as RFC 3986 resolves a link: the server variables' URL, a
    `server_url`, the environment's."""
    monkeypatch.delenv("PROBE_BASE_URL", raising=False)
    if env is not None:
        monkeypatch.setenv("PROBE_BASE_URL", env)
    pkg = probe[1]
    assert _sent(pkg, "relative", **client_args) == relative
    if nested is not None:
        assert _sent(pkg, "nested", **client_args) == nested


def test_a_call_server_url_wins_and_the_async_client_agrees(
    probe: tuple[Build, ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PROBE_BASE_URL", raising=False)
    pkg = probe[1]
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"pong": True})

    async def calls() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        client: Any = pkg.AsyncProbe(region="us", http_client=http, retries=None)
        await client.default.ping()
        await client.default.other()
        await client.default.other(server_url="https://once.example")
        await client.default.relative()
        await client.default.relative(server_url="https://once.example")
        await http.aclose()

    asyncio.run(calls())
    assert seen == [
        "https://us.probe.example/v2/ping",
        "https://other.probe.example/base/other",
        "https://once.example/other",
        "https://us.probe.example/v9/relative",
        "https://once.example/relative",
    ]


BAD_VARIABLES_SPEC = """
openapi: 3.0.3
info: {title: Bad Servers, version: 1.0.0}
servers:
  - url: "https://{region}.bad.example/{missing}"
    variables:
      region:
        default: mars
        enum: [eu, us]
paths:
  /ping:
    servers:
      - url: "https://{zone}.ops.example"
        variables:
          zone: {description: no default}
    get:
      operationId: ping
      responses:
        "204": {description: done}
"""


def test_bad_server_variables_are_errors_with_their_lines(tmp_path: Path) -> None:
    spec = _write(tmp_path, BAD_VARIABLES_SPEC)
    with pytest.raises(GeneratorError) as caught:
        build(spec, Options(cache_dir=tmp_path / "cache"))
    found = {(p.line, p.pointer, p.severity): p.message for p in caught.value.problems}
    assert found[(5, "#/servers/0/url", "error")].startswith(
        "server variable {missing} in 'https://{region}.bad.example/{missing}' is not declared"
    )
    assert found[(8, "#/servers/0/variables/region/default", "error")].startswith(
        "default 'mars' of server variable 'region' is not one of its enum values ['eu', 'us']"
    )
    assert (
        "missing required field 'default'"
        in found[(15, "#/paths/~1ping/servers/0/variables/zone", "error")]
    )
    assert all(str(p).startswith(f"{p.file}:{p.line}: #/") for p in caught.value.problems)
    assert all(p.file.endswith("spec.yaml") for p in caught.value.problems)


def test_lenient_bad_variables_still_make_a_client(tmp_path: Path) -> None:
    spec = _write(tmp_path, BAD_VARIABLES_SPEC)
    with pytest.raises(GeneratorError):  # the spec errors stay errors without --lenient
        build(spec, Options(cache_dir=tmp_path / "cache"))
    result = build(spec, Options(cache_dir=tmp_path / "cache", lenient=True))
    [server] = result.api.servers
    assert [(v.name, v.default, v.enum) for v in server.variables] == [
        ("region", "mars", ("eu", "us", "mars"))  # the Literal admits the default
    ]
    assert server.default_url == "https://mars.bad.example/{missing}"
    [op] = result.api.operations
    assert op.server is not None and op.server.default_url == "https://.ops.example"


@pytest.mark.slow
def test_the_generated_suite_passes_against_prism(probe: tuple[Build, ModuleType]) -> None:
    """The package's own tests (offline and contract ones) pass for a spec whose operations
    have servers of their own: the test clients are given Prism's URL, which wins over the
    absolute ones; the relative ones' prefix is stripped on the way to Prism, which serves
    every operation at its path (`PRISM_PREFIXES`), and the offline tests expect it."""
    out = Path(probe[1].__file__).resolve().parents[2]
    assert pyflakes_report(out) == ""
    tests = run_generated_suite(out, out.parent / "spec.yaml", unset=("PROBE_BASE_URL",))
    assert tests.returncode == 0, tests.stdout[-4000:]
    assert "test_method_other" in (out / "tests" / "test_contract_default.py").read_text()
    assert (
        '("GET", re.compile("/v9/relative"), "/v9")' in (out / "tests" / "conftest.py").read_text()
    )
    examples = (out / "tests" / "examples_default.py").read_text()
    assert 'path_of(request) == "https://api.sdk-tests.example/v9/relative"' in examples
