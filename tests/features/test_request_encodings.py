"""Request encodings at the edges of OpenAPI: multipart bodies without a file, binary and base64
strings outside multipart, request bodies on GET/DELETE/HEAD, and `allowReserved` query
parameters; each checked on the bytes the generated client sends."""

from __future__ import annotations

import asyncio
import inspect
import re
from types import ModuleType
from typing import Any

import httpx
import pytest
import yaml

from generator.pipeline import Build

from .conftest import Recorder, generate_package

BINARY = {"type": "string", "format": "binary"}
RESERVED = ":/?#[]@!$&'()*+,;="


def _op(method: str, op_id: str, **parts: Any) -> dict[str, Any]:
    return {method: {"operationId": op_id, "tags": ["things"], **parts, "responses": _NONE}}


def _body(media: str, properties: dict[str, Any], required: bool = True) -> dict[str, Any]:
    schema = {"type": "object", "properties": properties}
    return {"required": required, "content": {media: {"schema": schema}}}


def _query(name: str, schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": schema, **extra}


_DOC = {"$ref": "#/components/schemas/Doc"}
_NONE = {"204": {"description": "done"}}
_FILTER = _body("application/json", {"filter": {"type": "string"}}, required=False)
_STRINGS = {"type": "array", "items": {"type": "string"}}
SPEC = {
    "openapi": "3.1.0",
    "info": {"title": "Edges", "version": "1"},
    "servers": [{"url": "https://edges.example"}],
    "paths": {
        "/form": _op(
            "post",
            "sendForm",
            requestBody=_body(
                "multipart/form-data",
                {"name": {"type": "string"}, "tags": _STRINGS, "file": BINARY},
            ),
        ),
        "/json": _op(
            "post",
            "sendJson",
            requestBody=_body(
                "application/json",
                {
                    "raw": BINARY,
                    "b64": {"type": "string", "format": "byte"},
                    "encoded": {"type": "string", "contentEncoding": "base64"},
                    "media": {"type": "string", "contentMediaType": "image/png"},
                },
            ),
        ),
        "/doc": _op(
            "post",
            "sendDoc",
            requestBody={"content": {"application/json": {"schema": _DOC}}},
        ),
        "/search": {
            **_op(
                "get",
                "search",
                parameters=[
                    _query("q", {"type": "string"}, allowReserved=True),
                    _query("ids", _STRINGS, allowReserved=True, explode=False),
                    _query("plain", {"type": "string"}),
                    _query("blob", BINARY),
                ],
                requestBody=_FILTER,
            ),
            **_op("delete", "purge", requestBody=_FILTER),
            **_op("head", "probe", requestBody=_FILTER),
        },
    },
    "components": {
        "schemas": {"Doc": {"type": "object", "properties": {"content": BINARY}}},
    },
}


@pytest.fixture(scope="module")
def edges(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, ModuleType]:
    root = tmp_path_factory.mktemp("edges")
    spec = root / "spec.yaml"
    spec.write_text(yaml.safe_dump(SPEC, sort_keys=False), encoding="utf-8")
    return generate_package(spec, root / "sdk", "edge_encodings")


@pytest.fixture
def client(edges: tuple[Build, ModuleType], recorder: Recorder) -> Any:
    recorder.respond = lambda request: httpx.Response(204)
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return edges[1].Edges(api_key="k", http_client=http, retries=None)


def _warnings(edges: tuple[Build, ModuleType]) -> dict[str, str]:
    return {w.pointer: str(w) for w in edges[0].warnings}


def _boundary(request: httpx.Request) -> str:
    content_type = request.headers["Content-Type"]
    match = re.fullmatch(r"multipart/form-data; boundary=(\S+)", content_type)
    assert match, content_type
    return match.group(1)


# 1. multipart without files


def test_multipart_fields_without_a_file_are_still_multipart(
    client: Any, recorder: Recorder
) -> None:
    client.things.send_form(name="ann", tags=["a", "b"])
    boundary = _boundary(recorder.last)
    parts = recorder.last.content.split(f"--{boundary}".encode())
    assert parts[0] == b"" and parts[-1] == b"--\r\n"
    assert parts[1:-1] == [
        b'\r\nContent-Disposition: form-data; name="name"\r\n\r\nann\r\n',
        b'\r\nContent-Disposition: form-data; name="tags"\r\n\r\na\r\n',
        b'\r\nContent-Disposition: form-data; name="tags"\r\n\r\nb\r\n',
    ]


def test_a_multipart_body_with_no_fields_is_an_empty_multipart(
    client: Any, recorder: Recorder
) -> None:
    client.things.send_form()
    boundary = _boundary(recorder.last)
    assert recorder.last.content == f"--{boundary}--\r\n".encode()


def test_multipart_fields_next_to_a_file_are_unchanged(client: Any, recorder: Recorder) -> None:
    client.things.send_form(name="ann", file=("a.txt", b"hello"))
    content = recorder.last.content
    _boundary(recorder.last)
    assert b'name="name"\r\n\r\nann\r\n' in content
    assert b'name="file"; filename="a.txt"' in content and b"hello" in content


# 2. binary and base64 strings outside multipart


def _annotation(method: Any, name: str) -> str:
    return str(inspect.signature(method).parameters[name].annotation)


def test_binary_in_a_json_body_is_typed_str_and_warned(
    edges: tuple[Build, ModuleType], client: Any, recorder: Recorder
) -> None:
    assert _annotation(client.things.send_json, "raw") == "str | None"
    client.things.send_json(raw="raw text")
    assert recorder.last.content == b'{"raw":"raw text"}'
    pointer = "#/paths/~1json/post/requestBody/content/application~1json/schema/properties/raw"
    warning = _warnings(edges)[pointer]
    assert re.match(r".*spec\.yaml:\d+: " + re.escape(pointer) + ": warning: ", warning)
    assert "typed str" in warning and "JSON request body" in warning


def test_base64_strings_are_str_sent_unchanged(client: Any, recorder: Recorder) -> None:
    for name in ("b64", "encoded", "media"):
        assert _annotation(client.things.send_json, name) == "str | None"
    client.things.send_json(b64="aGk=", encoded="aGk=", media="PNG")
    assert recorder.last.content == b'{"b64":"aGk=","encoded":"aGk=","media":"PNG"}'


def test_a_binary_component_sent_as_json_is_warned(edges: tuple[Build, ModuleType]) -> None:
    warning = _warnings(edges)["#/components/schemas/Doc/properties/content"]
    assert "#/paths/~1doc/post" in warning and "JSON" in warning


def test_a_binary_query_parameter_is_typed_str_and_warned(
    edges: tuple[Build, ModuleType], client: Any, recorder: Recorder
) -> None:
    assert _annotation(client.things.search, "blob") == "str | None"
    client.things.search(blob="a b")
    assert recorder.last.url.raw_path == b"/search?blob=a+b"
    warning = _warnings(edges)["#/paths/~1search/get/parameters/3/schema"]
    assert "query parameter" in warning and "typed str" in warning


# 3. request bodies on GET, DELETE and HEAD


@pytest.mark.parametrize(
    ("method", "verb"), [("search", "GET"), ("purge", "DELETE"), ("probe", "HEAD")]
)
def test_a_body_is_sent_whatever_the_method(
    client: Any, recorder: Recorder, method: str, verb: str
) -> None:
    getattr(client.things, method)(filter="x")
    assert recorder.last.method == verb
    assert recorder.last.headers["Content-Type"] == "application/json"
    assert recorder.last.content == b'{"filter":"x"}'


def test_only_get_and_head_bodies_are_warned_about(edges: tuple[Build, ModuleType]) -> None:
    warned = [p for p in _warnings(edges) if p.endswith("/requestBody")]
    assert warned == ["#/paths/~1search/get/requestBody", "#/paths/~1search/head/requestBody"]


# 4. allowReserved


def test_allow_reserved_sends_reserved_characters_unencoded(
    client: Any, recorder: Recorder
) -> None:
    client.things.search(q=RESERVED.replace("#", "") + " %20%x", plain="a/b:c")
    # a space and a lone % are still encoded, a %XX triple kept; `plain` is encoded as always
    assert recorder.last.url.raw_path == (b"/search?q=:/?[]@!$&'()*+,;=%20%20%25x&plain=a%2Fb%3Ac")


def test_allow_reserved_still_encodes_a_hash(client: Any, recorder: Recorder) -> None:
    client.things.search(q="a#b")  # a raw `#` would end the query: the server never sees it
    assert recorder.last.url.raw_path == b"/search?q=a%23b"


def test_allow_reserved_applies_to_styled_arrays(client: Any, recorder: Recorder) -> None:
    client.things.search(ids=["a/b", "c,d"], q="x:y")
    assert recorder.last.url.raw_path == b"/search?q=x:y&ids=a/b,c,d"


def test_allow_reserved_async(edges: tuple[Build, ModuleType], recorder: Recorder) -> None:
    recorder.respond = lambda request: httpx.Response(204)

    async def call() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        await (
            edges[1].AsyncEdges(api_key="k", http_client=http, retries=None).things.search(q="a/b")
        )
        await http.aclose()

    asyncio.run(call())
    assert recorder.last.url.raw_path == b"/search?q=a/b"
