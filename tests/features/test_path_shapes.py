"""Path templates holding more than a path (APIs.guru's AWS specs): a fragment that tells
operations on one path apart (`/#Action=AddPermission`, `/devices/{id}/events#from&to`). No
HTTP client sends a fragment; the query parameters carry what it names. Prism matches the whole
template and routes none of these requests, so the contract tests leave them out, warned."""

from __future__ import annotations

import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.pipeline import Build

from .conftest import generate_package, pyflakes_report, run_generated_suite

SPEC = r"""
openapi: 3.0.3
info: {title: Paths, version: 1.0.0}
servers: [{url: "https://paths.example"}]
paths:
  /#Action=AddPermission:
    get:
      operationId: addPermission
      parameters:
        - {name: Action, in: query, required: true, schema: {type: string, enum: [AddPermission]}}
        - {name: Label, in: query, required: true, schema: {type: string}}
      responses:
        "200": {description: added}
  /#Action=RemovePermission:
    get:
      operationId: removePermission
      parameters:
        - name: Action
          in: query
          required: true
          schema: {type: string, enum: [RemovePermission]}
      responses:
        "200": {description: removed}
  /devices/{deviceId}/events#fromTimeStamp:
    get:
      operationId: listDeviceEvents
      parameters:
        - {name: deviceId, in: path, required: true, schema: {type: string}}
        - {name: fromTimeStamp, in: query, required: true, schema: {type: string}}
      responses:
        "200":
          description: the events
          content:
            application/json:
              schema: {type: object, properties: {events: {type: array, items: {type: string}}}}
  /devices/{deviceId}:
    get:
      operationId: getDevice
      parameters:
        - {name: deviceId, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: the device
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
"""


@pytest.fixture(scope="module")
def paths(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, ModuleType, Path, Path]:
    root = tmp_path_factory.mktemp("paths")
    spec = root / "spec.yaml"
    spec.write_text(textwrap.dedent(SPEC), encoding="utf-8")
    build, pkg = generate_package(spec, root / "sdk", "path_shapes")
    return build, pkg, root / "sdk", spec


def _client(pkg: ModuleType, seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"events": ["on"]})

    return pkg.Paths(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def test_a_fragment_is_not_part_of_the_request(
    paths: tuple[Build, ModuleType, Path, Path],
) -> None:
    seen: list[httpx.Request] = []
    client = _client(paths[1], seen)
    client.default.add_permission(action="AddPermission", label="a b")
    assert client.default.list_device_events(device_id="d1", from_time_stamp="t").events == ["on"]
    assert [str(r.url) for r in seen] == [
        "https://paths.example/?Action=AddPermission&Label=a+b",
        "https://paths.example/devices/d1/events?fromTimeStamp=t",
    ]


def test_prism_is_asked_for_no_path_with_a_fragment(
    paths: tuple[Build, ModuleType, Path, Path],
) -> None:
    build, _, out, spec = paths
    warned = [w.pointer for w in build.warnings if "the path has a fragment" in w.message]
    assert warned == [
        "#/paths/~1#Action=AddPermission",
        "#/paths/~1#Action=RemovePermission",
        "#/paths/~1devices~1{deviceId}~1events#fromTimeStamp",
    ]
    assert pyflakes_report(out) == ""
    result = run_generated_suite(out, spec)
    assert result.returncode == 0, result.stdout[-4000:]
    contract = (out / "tests" / "test_contract_default.py").read_text(encoding="utf-8")
    assert "get_device" in contract and "list_device_events" not in contract
