"""Shapes found in real specs (APIs.guru's directory, `scripts/realworld_sweep.py`) that once
crashed the generator or produced a package that did not parse or type-check: a status code
outside the IANA registry, a response that is a bare enum, descriptions ending in a quote or
holding control characters, a body field named `client` (the first argument of the standalone
functions), a field named `list`, a binary string in a JSON response, an error body that is a
literal, an object documented as `*/*` (springdoc's default media type), an octet-stream body
typed as Swagger 2's file (`{type: object, format: file}`), a vendor JSON media type (asked for
in the Accept header), a resource none of whose calls Prism can answer (no contract test), an
error body that is a free-form map (its generated checks narrow `.data`, typed `T | None`). One
inline spec holds them all; the package must generate, pass `mypy --strict` (package and its
tests) and its own offline tests."""

from __future__ import annotations

import enum
import inspect
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.pipeline import Build

from .conftest import generate_package, mypy_report, pyflakes_report

SPEC = r"""
openapi: 3.0.3
info: {title: Real World, version: 1.0.0}
servers: [{url: "https://rw.example"}]
paths:
  /block/{number}:
    get:
      operationId: shouldBlock
      description: 'Whether to block the call. Example: "yes"'
      parameters:
        - {name: number, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: the verdict
          content:
            application/json:
              schema: {type: string, enum: [block, allow], example: block}
        "500":
          description: a literal error body (linqr.app), named in errors.py
          content:
            application/json:
              schema: {type: string, enum: [Internal Server Error]}
        "480":
          description: "Temporarily unavailable (SIP), ends with a quote: \"busy\""
          content:
            application/json:
              schema: {type: object, properties: {reason: {type: string}}}
  /people/{id}:
    get:
      operationId: getPerson
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: springdoc documents every response as */*
          content:
            "*/*":
              schema: {type: object, properties: {name: {type: string}}}
        "400":
          description: "a free-form error map (lgtm.com): its checks narrow `.data` first"
          content:
            application/json:
              schema: {type: object, additionalProperties: true, example: {key: {}}}
  /orders/{id}:
    get:
      operationId: getOrder
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: amadeus.com answers only its own JSON media type
          content:
            application/vnd.rw+json:
              schema: {type: object, properties: {total: {type: integer}}}
  /detect:
    post:
      operationId: detectWithStream
      requestBody:
        required: true
        content:
          application/octet-stream:
            schema: {type: object, format: file}
      responses:
        "200":
          description: the faces found
          content:
            application/json:
              schema: {type: array, items: {type: string}}
  /meetings:
    put:
      operationId: putContent
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                client: {type: string}
                list: {type: array, items: {type: string}}
      responses:
        "200":
          description: the content, as JSON text
          content:
            application/json:
              schema: {type: string, format: binary}
    get:
      operationId: listMeetings
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  start_time:
                    type: string
                    description: "Start time in UTC. Example: \"2020-03-31T12:02:00Z\""
                  note:
                    type: string
                    description: "A NUL \u0000 and a bell \u0007 in the text \\"
  /download:
    get:
      operationId: download
      tags: [files]
      description: bytes only, no model and no error (no `errors`/`models` import to spare)
      responses:
        "200":
          description: the file
          content:
            application/octet-stream:
              schema: {type: string, format: binary}
  /extras:
    get:
      operationId: getExtras
      tags: [files]
      responses:
        "200":
          description: a model whose extra properties are typed (kept untyped)
          content:
            application/json:
              schema:
                type: object
                properties: {name: {type: string}}
                additionalProperties: {type: array, items: {}}
  /ports:
    get:
      operationId: getPorts
      tags: [files]
      responses:
        "200":
          description: >-
            docker.com engine: enums of an empty object (was `Literal[{}]`, which mypy refuses)
            and of fractions (were a str enum class)
          content:
            application/json:
              schema:
                type: object
                properties:
                  exposed: {type: object, additionalProperties: {type: object, enum: [{}]}}
                  ratio: {type: number, enum: [0.5, 1.5]}
        "405":
          description: kumpeapps.com names its error schemas by status (class and module `_405`)
          content:
            application/json:
              schema: {$ref: "#/components/schemas/405"}
  /analyses/{id}:
    get:
      operationId: getAnalysis
      tags: [scans]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: >-
            github.com ghes: a model, or a free-form SARIF map the method never returns (its
            `Any` was imported unused)
          content:
            application/json:
              schema: {type: object, properties: {tool: {type: string}}}
            application/json+sarif:
              schema: {type: object, additionalProperties: true}
  /topics:
    post:
      operationId: createTopic
      tags: [xml]
      requestBody:
        content:
          text/xml:
            schema: {type: object, properties: {Name: {type: string}}}
      responses:
        "200":
          description: amazonaws.com sns answers text/xml, described by an object schema
          content:
            text/xml:
              schema: {type: object, properties: {TopicArn: {type: string}}}
  /boss:
    get:
      operationId: getBoss
      tags: [staff]
      description: >-
        bbc.co.uk: no examples, and Prism would end the recursion with {} (no `name`), in the
        success and the error body, so the contract module of `staff` renders no test (and
        must not import `Any`)
      responses:
        "200":
          description: the boss
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Person"}
        default:
          description: an error Prism cannot make up either
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Person"}
components:
  schemas:
    "405":
      type: object
      properties:
        message: {type: string}
    Person:
      type: object
      required: [name]
      properties:
        name: {type: string}
        boss: {$ref: "#/components/schemas/Person"}
"""


@pytest.fixture(scope="module")
def real_world(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, ModuleType, Path]:
    root = tmp_path_factory.mktemp("real_world")
    spec = root / "spec.yaml"
    spec.write_text(textwrap.dedent(SPEC), encoding="utf-8")
    build, pkg = generate_package(spec, root / "sdk", "real_world_shapes")
    return build, pkg, root / "sdk"


def test_the_package_type_checks_with_its_tests(real_world: tuple[Build, ModuleType, Path]) -> None:
    out = real_world[2]
    assert mypy_report(out) == ""


def test_the_package_has_no_unused_import(real_world: tuple[Build, ModuleType, Path]) -> None:
    """pyflakes' rules: a file download imported `FileTypes` (the upload type), a resource
    without errors or models imported `errors, models`, extras imported their value types, a
    contract module without a test imported `Any`, so did a resource for a second media type
    of a response its method never returns."""
    assert pyflakes_report(real_world[2]) == ""


def test_the_package_passes_its_offline_tests(real_world: tuple[Build, ModuleType, Path]) -> None:
    out = real_world[2]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not contract"],
        cwd=out,
        env={"PYTHONPATH": "src", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def _client(pkg: ModuleType, status: int, body: Any) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return pkg.RealWorld(api_key="k", http_client=http)


def test_a_bare_enum_response_is_an_open_enum(real_world: tuple[Build, ModuleType, Path]) -> None:
    pkg = real_world[1]
    verdict = _client(pkg, 200, "block").default.should_block(number="1")
    assert isinstance(verdict, enum.Enum) and verdict.value == "block"
    assert _client(pkg, 200, "later").default.should_block(number="1") == "later"


def test_an_unregistered_status_raises_its_documented_error(
    real_world: tuple[Build, ModuleType, Path],
) -> None:
    pkg = real_world[1]
    with pytest.raises(pkg.errors.APIStatusError) as caught:
        _client(pkg, 480, {"reason": "busy"}).default.should_block(number="1")
    assert caught.value.status_code == 480
    assert type(caught.value).__name__ != "APIStatusError"  # its own class, named from 480


def test_docstrings_keep_quotes_and_control_characters(
    real_world: tuple[Build, ModuleType, Path],
) -> None:
    assert set(real_world[1].models.ListMeetingsResponse.model_fields) == {"start_time", "note"}
    source = (real_world[2] / "src" / "real_world_shapes").rglob("*.py")
    text = "\n".join(p.read_text(encoding="utf-8") for p in source)
    assert '"2020-03-31T12:02:00Z\\""""' in text
    assert "\\x00" in text and "\x00" not in text


def test_a_json_binary_response_is_text_and_client_a_plain_field(
    real_world: tuple[Build, ModuleType, Path],
) -> None:
    pkg = real_world[1]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json="text content")

    client: Any = pkg.RealWorld(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    assert client.default.put_content(client_2="c", list_=["a"]) == "text content"
    assert seen[0].content == b'{"client":"c","list":["a"]}'


def test_an_object_documented_as_any_media_type_is_parsed_as_json(
    real_world: tuple[Build, ModuleType, Path],
) -> None:
    """peoplegeneratorapi.live, roaring.io: a springdoc server answers `*/*` with JSON."""
    build, pkg = real_world[0], real_world[1]
    person = _client(pkg, 200, {"name": "Ada"}).default.get_person(id="1")
    assert type(person).__name__ == "GetPersonResponse" and person.name == "Ada"
    assert not [w for w in build.warnings if "not parsed" in w.message and "people" in w.pointer]
    [warning] = [w for w in build.warnings if "'*/*'" in w.message]
    assert warning.pointer == "#/paths/~1people~1{id}/get/responses/200/content/*~1*"


def test_an_octet_stream_body_typed_as_a_swagger_file_is_sent_raw(
    real_world: tuple[Build, ModuleType, Path],
) -> None:
    """azure.com cognitiveservices: the body was typed a Mapping, and httpx refused the dict."""
    build, pkg = real_world[0], real_world[1]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=["face"])

    client: Any = pkg.RealWorld(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    assert client.default.detect_with_stream(body=b"\x89PNG") == ["face"]
    assert seen[0].content == b"\x89PNG"
    assert seen[0].headers["content-type"] == "application/octet-stream"
    annotation = inspect.signature(client.default.detect_with_stream).parameters["body"].annotation
    assert "bytes" in annotation and "Mapping" not in annotation
    assert not [w for w in build.warnings if "/detect" in w.pointer]


def test_a_vendor_json_media_type_is_asked_for(real_world: tuple[Build, ModuleType, Path]) -> None:
    """amadeus.com: a server answering only `application/vnd.amadeus+json` (Prism: 406 to the
    default `Accept: application/json`)."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"total": 3})

    client: Any = real_world[1].RealWorld(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    assert client.default.get_order(id="1").total == 3
    assert seen[0].headers["accept"] == "application/vnd.rw+json, application/json"


def test_enum_values_no_literal_holds_type_the_schema_by_its_type(
    real_world: tuple[Build, ModuleType, Path],
) -> None:
    build, pkg = real_world[0], real_world[1]
    ports = _client(pkg, 200, {"exposed": {"80/tcp": {}}, "ratio": 1.5})
    answer = ports.files.get_ports()
    assert answer.exposed == {"80/tcp": {}} and answer.ratio == 1.5
    fields = pkg.models.GetPortsResponse.model_fields
    assert "float" in str(fields["ratio"].annotation)
    found = {w.pointer for w in build.warnings if "no Python literal" in w.message}
    assert (
        "#/paths/~1ports/get/responses/200/content/application~1json/schema/properties/ratio/enum"
        in found
    )
    assert len(found) == 2


def test_a_schema_named_by_a_number_is_a_class_apart_from_its_module(
    real_world: tuple[Build, ModuleType, Path],
) -> None:
    pkg = real_world[1]
    with pytest.raises(pkg.errors.APIStatusError) as caught:
        _client(pkg, 405, {"message": "denied"}).files.get_ports()
    assert isinstance(caught.value.data, pkg.models._405) and caught.value.data.message == "denied"


def test_an_xml_text_body_and_response_are_raw_bytes(
    real_world: tuple[Build, ModuleType, Path],
) -> None:
    """amazonaws.com sns: the object a text/xml body's schema describes was passed to httpx as
    `content` (TypeError), and a text/xml answer parsed as JSON (ResponseValidationError)."""
    build, pkg = real_world[0], real_world[1]
    seen: list[httpx.Request] = []
    xml = b"<CreateTopicResponse><TopicArn>arn</TopicArn></CreateTopicResponse>"

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=xml, headers={"Content-Type": "text/xml"})

    client: Any = pkg.RealWorld(
        api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    assert client.xml.create_topic(body=b"<Name>t</Name>") == xml
    assert seen[0].content == b"<Name>t</Name>"
    assert seen[0].headers["content-type"] == "text/xml"
    warned = {w.pointer for w in build.warnings if "~1topics/" in w.pointer}
    assert warned == {
        "#/paths/~1topics/post/requestBody/content/text~1xml",
        "#/paths/~1topics/post/responses/200/content/text~1xml",
    }
