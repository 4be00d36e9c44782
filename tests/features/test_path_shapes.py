"""Path templates holding more than a path. A fragment that tells operations on one path apart
(APIs.guru's AWS specs: `/#Action=AddPermission`, `/devices/{id}/events#from&to`): no HTTP
client sends one, the query parameters carry what it names; Prism matches the whole template
and routes none of these requests, so the contract tests leave them out, warned. A query
(flickr's `/rest?method=...`, weatherbit's `/alerts?lat={lat}`): sent before the call's own."""

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
      tags: [actions]
      parameters:
        - {name: Action, in: query, required: true, schema: {type: string, enum: [AddPermission]}}
        - {name: Label, in: query, required: true, schema: {type: string}}
      responses:
        "200": {description: added}
  /#Action=RemovePermission:
    get:
      operationId: removePermission
      tags: [actions]
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
  /rest?method=flickr.photos.get:
    get:
      operationId: getPhoto
      parameters:
        - {name: photo_id, in: query, required: true, schema: {type: string}}
      responses:
        "200":
          description: flickr.com names its method in the path's query
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}}
  /alerts?lat={lat}&lon={lon}:
    get:
      operationId: getAlerts
      parameters:
        - {name: lat, in: path, required: true, schema: {type: number}}
        - {name: lon, in: path, required: true, schema: {type: number}}
        - {name: key, in: query, required: true, schema: {type: string}}
      responses:
        "200":
          description: weatherbit.io's coordinates are path parameters in the query
          content:
            application/json:
              schema: {type: object, properties: {alerts: {type: array, items: {type: string}}}}
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
    client.actions.add_permission(action="AddPermission", label="a b")
    assert client.default.list_device_events(device_id="d1", from_time_stamp="t").events == ["on"]
    assert [str(r.url) for r in seen] == [
        "https://paths.example/?Action=AddPermission&Label=a+b",
        "https://paths.example/devices/d1/events?fromTimeStamp=t",
    ]


def test_a_query_in_the_path_is_sent_with_the_call_s(
    paths: tuple[Build, ModuleType, Path, Path],
) -> None:
    """httpx replaced the template's query by the call's parameters: flickr's method and
    weatherbit's coordinates were lost whenever a query parameter was sent."""
    seen: list[httpx.Request] = []
    client = _client(paths[1], seen)
    client.default.get_photo(photo_id="p 1")
    client.default.get_alerts(lat=1.5, lon=-2, key="k")
    assert [str(r.url) for r in seen] == [
        "https://paths.example/rest?method=flickr.photos.get&photo_id=p+1",
        "https://paths.example/alerts?lat=1.5&lon=-2&key=k",
    ]


def test_prism_is_asked_for_no_path_with_a_fragment_or_a_query(
    paths: tuple[Build, ModuleType, Path, Path],
) -> None:
    build, _, out, spec = paths
    warned = [w.pointer for w in build.warnings if "the path has a " in w.message]
    assert warned == [
        "#/paths/~1#Action=AddPermission",
        "#/paths/~1#Action=RemovePermission",
        "#/paths/~1devices~1{deviceId}~1events#fromTimeStamp",
        "#/paths/~1rest?method=flickr.photos.get",
        "#/paths/~1alerts?lat={lat}&lon={lon}",
    ]
    assert pyflakes_report(out) == ""  # `actions` has no contract test: no `examples` import
    result = run_generated_suite(out, spec)
    assert result.returncode == 0, result.stdout[-4000:]
    contract = (out / "tests" / "test_contract_default.py").read_text(encoding="utf-8")
    assert "get_device" in contract
    assert not any(name in contract for name in ("list_device_events", "get_photo", "get_alerts"))
