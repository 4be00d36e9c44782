"""Shapes from the sweep's samples o and p whose generated package or contract tests against
Prism went wrong. soundcloud.com: a bogus `multipart/x-www-form-urlencoded` beside
multipart/form-data (the body went urlencoded, its files as Python reprs), a component's binary
property sent in a form or JSON body (the generated tests passed a file tuple), a query parameter
named like the query API key (both were sent), an array whose `items` say `type: array` beside an
`anyOf` of objects (no item is valid, Prism answers 500), an example holding a `$ref` (data, which
Prism resolves), a 302 listed after a 401 (Prism answers the 302), a `required` beside a body's
`$ref` (read as the `$ref` alone; Prism applies it). vtex.local: a required
Content-Type header parameter on a GET (ignored, but Prism asks for it). nowpayments.io: a
text/plain response without a schema (the method dropped it). One inline spec holds them all;
its package passes mypy, pyflakes and its whole suite, Prism included."""

from __future__ import annotations

import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.pipeline import Build

from .conftest import generate_package, mypy_report, pyflakes_report, run_generated_suite

SPEC = r"""
openapi: 3.0.3
info: {title: Tracks, version: 1.0.0}
servers: [{url: "https://tracks.example"}]
security: [{ClientId: []}]
paths:
  /tracks:
    post:
      operationId: uploadTrack
      requestBody:
        content:
          multipart/form-data:
            schema: {$ref: "#/components/schemas/Upload", required: [title]}
          multipart/x-www-form-urlencoded:
            schema: {$ref: "#/components/schemas/Upload"}
      responses: {"204": {description: uploaded}}
  /tracks/form:
    post:
      operationId: describeTrack
      requestBody:
        content:
          application/x-www-form-urlencoded:
            schema: {$ref: "#/components/schemas/Upload"}
      responses: {"204": {description: described}}
  /tracks/json:
    post:
      operationId: noteTrack
      requestBody:
        content:
          application/json:
            schema: {$ref: "#/components/schemas/Upload"}
      responses: {"204": {description: noted}}
  /connect:
    get:
      operationId: connect
      parameters:
        - {name: client_id, in: query, required: true, schema: {type: string}, example: app}
      responses:
        "401":
          description: not signed in
          content:
            application/json:
              schema: {type: object, properties: {message: {type: string}}}
        "302":
          description: found
          content:
            application/json:
              schema: {type: string}
  /users/{id}:
    get:
      operationId: getUser
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer}}
      responses:
        "200":
          description: the user
          content:
            application/json:
              schema: {$ref: "#/components/schemas/User"}
  /activities:
    get:
      operationId: getActivities
      responses:
        "200":
          description: the activities
          content:
            application/json:
              schema:
                type: object
                properties:
                  origin: {type: object, properties: {title: {type: string}}}
              examples:
                default:
                  value: {origin: {allOf: [{$ref: "#/components/examples/Track/value"}]}}
  /entities:
    parameters:
      - {name: Content-Type, in: header, required: true, schema: {type: string}}
      - {name: Accept, in: header, required: true, schema: {type: string}}
    get:
      operationId: listEntities
      responses:
        "200":
          description: the entities
          content:
            application/json:
              schema: {type: array, items: {type: string}, example: [CL]}
    post:
      operationId: addEntity
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, properties: {name: {type: string}}}
      responses: {"204": {description: added}}
  /verify:
    post:
      operationId: verify
      responses:
        "200":
          description: verified
          content:
            text/plain:
              examples: {ok: {value: OK}}
components:
  securitySchemes:
    ClientId: {type: apiKey, in: query, name: client_id}
  examples:
    Track:
      value: {title: a track}
  schemas:
    Upload:
      type: object
      properties:
        title: {type: string}
        data: {type: string, format: binary}
    User:
      type: object
      properties:
        name: {type: string}
        subscriptions:
          type: array
          items:
            type: array
            anyOf:
              - {type: object, properties: {product: {type: string}}}
"""


@pytest.fixture(scope="module")
def tracks(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, ModuleType, Path, Path]:
    root = tmp_path_factory.mktemp("tracks")
    spec = root / "spec.yaml"
    spec.write_text(textwrap.dedent(SPEC), encoding="utf-8")
    build, pkg = generate_package(spec, root / "sdk", "real_world_requests")
    return build, pkg, root / "sdk", spec


def _client(pkg: ModuleType, seen: list[httpx.Request], status: int = 204) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(status)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return pkg.Tracks(api_key="key", http_client=http, retries=None)


def _warned(build: Build, text: str) -> list[str]:
    return [w.pointer for w in build.warnings if text in w.message]


def test_multipart_form_data_wins_over_a_bogus_multipart_form(
    tracks: tuple[Build, ModuleType, Path, Path],
) -> None:
    seen: list[httpx.Request] = []
    _client(tracks[1], seen).default.upload_track(title="t", data=("a.mp3", b"ID3"))
    assert seen[0].headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="data"; filename="a.mp3"' in seen[0].content
    assert not [p for p in _warned(tracks[0], "format: binary") if "~1tracks/" in p]


def test_required_beside_a_ref_is_warned_and_its_operation_left_out_of_prism_tests(
    tracks: tuple[Build, ModuleType, Path, Path],
) -> None:
    """soundcloud.com (OpenAPI 3.0): the SDK reads the `$ref` alone, Prism applies `required`."""
    build, pkg, out, _ = tracks
    seen: list[httpx.Request] = []
    _client(pkg, seen).default.upload_track()  # still optional
    media = "#/paths/~1tracks/post/requestBody/content/multipart~1form-data"
    assert _warned(build, "`required` beside a `$ref`") == [media + "/schema/required"]
    contract = (out / "tests" / "test_contract_default.py").read_text(encoding="utf-8")
    assert "def test_method_upload_track(" not in contract


def test_a_binary_property_in_a_form_or_json_body_is_sent_as_its_text(
    tracks: tuple[Build, ModuleType, Path, Path],
) -> None:
    """The component keeps its file type (multipart sends it too); bytes go as UTF-8 text."""
    seen: list[httpx.Request] = []
    client = _client(tracks[1], seen)
    client.default.describe_track(title="t", data=b"caf\xc3\xa9")
    client.default.note_track(title="t", data=b"caf\xc3\xa9")
    assert seen[0].content == b"title=t&data=caf%C3%A9"
    assert seen[1].content == '{"title":"t","data":"café"}'.encode()
    assert _warned(tracks[0], "format: binary") == ["#/components/schemas/Upload/properties/data"]
    offline = (tracks[2] / "tests" / "test_default.py").read_text(encoding="utf-8")
    assert 'describe_track(title="example", data=b"Hello, world!")' in offline


def test_a_query_parameter_named_like_the_query_key_is_sent_once(
    tracks: tuple[Build, ModuleType, Path, Path],
) -> None:
    seen: list[httpx.Request] = []
    client = _client(tracks[1], seen, status=401)
    with pytest.raises(tracks[1].errors.APIStatusError):
        client.default.connect(client_id="app")
    with pytest.raises(tracks[1].errors.APIStatusError):
        client.default.get_user(id=1)
    assert seen[0].url.params.get_list("client_id") == ["app"]
    assert seen[1].url.params.get_list("client_id") == ["key"]
    assert _warned(tracks[0], "also where security scheme 'ClientId'") == [
        "#/paths/~1connect/get/parameters/0"
    ]


def test_items_typed_beside_an_anyof_of_other_types_have_no_value(
    tracks: tuple[Build, ModuleType, Path, Path],
) -> None:
    build, _, out, _ = tracks
    items = "#/components/schemas/User/properties/subscriptions/items/type"
    assert _warned(build, "no type of the anyOf members") == [items]
    contract = (out / "tests" / "test_contract_default.py").read_text(encoding="utf-8")
    assert "def test_method_get_user(" not in contract  # Prism fills the array: 500


def test_an_example_holding_a_ref_is_not_expected_as_written(
    tracks: tuple[Build, ModuleType, Path, Path],
) -> None:
    build, _, out, _ = tracks
    pointer = "#/paths/~1activities/get/responses/200/content/application~1json/examples/default"
    assert _warned(build, "holds a `$ref`") == [pointer + "/value"]
    assert "$ref" not in (out / "tests" / "examples_default.py").read_text(encoding="utf-8")


def test_prism_answers_the_lowest_documented_status_first(
    tracks: tuple[Build, ModuleType, Path, Path],
) -> None:
    contract = (tracks[2] / "tests" / "test_contract_default.py").read_text(encoding="utf-8")
    connect = contract.split("def test_method_connect(", 1)[1].split("\n    def ", 1)[0]
    assert "check_tracks_default_error_302(caught.value)" in connect
    # the parameter carries the key: the call never goes without one
    assert "def test_missing_api_key_connect" not in contract


def test_a_required_content_type_parameter_on_a_get_leaves_it_out_of_prism_tests(
    tracks: tuple[Build, ModuleType, Path, Path],
) -> None:
    """vtex.local MasterData: OpenAPI ignores the parameter, Prism asks for it (422)."""
    build, pkg, out, _ = tracks
    seen: list[httpx.Request] = []
    client = _client(pkg, seen)
    client.default.add_entity(name="CL")
    assert seen[0].headers["content-type"] == "application/json"
    assert _warned(build, "header parameter is ignored") == ["#/paths/~1entities/parameters/0"]
    contract = (out / "tests" / "test_contract_default.py").read_text(encoding="utf-8")
    assert "def test_method_list_entities(" not in contract
    assert "def test_method_add_entity(" in contract


def test_a_text_response_without_a_schema_is_returned_as_str(
    tracks: tuple[Build, ModuleType, Path, Path],
) -> None:
    """nowpayments.io: the method returned None and asked for JSON (Prism: 406)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="OK", headers={"Content-Type": "text/plain"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client: Any = tracks[1].Tracks(api_key="key", http_client=http)
    assert client.default.verify() == "OK"
    assert seen[0].headers["accept"] == "text/plain, application/json"


def test_the_package_type_checks_and_passes_its_suite_against_prism(
    tracks: tuple[Build, ModuleType, Path, Path],
) -> None:
    _, _, out, spec = tracks
    assert mypy_report(out) == ""
    assert pyflakes_report(out) == ""
    result = run_generated_suite(out, spec)
    assert result.returncode == 0, result.stdout[-4000:]
