"""Requests Prism (the contract tests' mock server) cannot take, left out of the contract tests
with a warning: an optional array or object header missing (Prism crashes), a multipart array
or object field (Prism reads each part as one string), a delimited `encoding` style on a
property that is no array, an array or object path parameter (Prism crashes). And a spec
without operations, which Prism refuses to start from: its docs examples run without it."""

from __future__ import annotations

from typing import Any

from generator import views_tests
from generator.diagnostics import Problem
from generator.model import Api
from generator.normalize import normalize
from generator.render import render

_OBJECT = {"type": "object", "properties": {"name": {"type": "string"}}}
_ARRAY = {"type": "array", "items": {"type": "string"}}


def _multipart(encoding: dict[str, Any] | None = None) -> dict[str, Any]:
    media: dict[str, Any] = {
        "schema": {
            "type": "object",
            "properties": {"note": {"type": "string"}, "tags": _ARRAY, "meta": _OBJECT},
        }
    }
    if encoding:
        media["encoding"] = encoding
    return {"content": {"multipart/form-data": media}}


def _post(op_id: str, body: dict[str, Any]) -> dict[str, Any]:
    ok = {"204": {"description": "ok"}}
    return {"post": {"operationId": op_id, "tags": ["t"], "requestBody": body, "responses": ok}}


SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/headers": {
            "get": {
                "operationId": "getHeaders",
                "tags": ["t"],
                "parameters": [
                    {"name": "X-Plain", "in": "header", "schema": {"type": "string"}},
                    {"name": "X-List", "in": "header", "schema": _ARRAY},
                ],
                "responses": {"204": {"description": "ok"}},
            }
        },
        "/parts": _post("postParts", _multipart()),
        "/delimited": _post("postDelimited", _multipart({"meta": {"style": "pipeDelimited"}})),
        "/lists/{ids}": {
            "get": {
                "operationId": "getList",
                "tags": ["t"],
                "parameters": [
                    {"name": "ids", "in": "path", "required": True, "schema": _ARRAY},
                    {"name": "q", "in": "query", "style": "pipeDelimited", "schema": _OBJECT},
                ],
                "responses": {"204": {"description": "ok"}},
            }
        },
    },
}


def _normalize() -> tuple[Api, list[Problem]]:
    return normalize(SPEC, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})


def test_each_limit_is_warned_about_where_it_is() -> None:
    """Spec facts come from normalize, what Prism makes of them from the test views; both
    name the spec location."""
    api, problems = _normalize()
    found = {(p.pointer, p.message.split(";")[0]) for p in problems if p.severity == "warning"}
    found |= {(pointer, message.split(";")[0]) for pointer, message in views_tests.warnings(api)}
    assert (
        "#/paths/~1headers/get/parameters/1",
        "Prism crashes on a request without the optional header 'X-List' (an array or object)",
    ) in found
    assert any(
        pointer.endswith("/properties/tags") and "multipart part as one string" in message
        for pointer, message in found
    )
    assert (
        "#/paths/~1delimited/post/requestBody/content/multipart~1form-data/encoding/meta/style",
        "style 'pipeDelimited' on 'meta', which is no array: Prism crashes on every request to"
        " this operation",
    ) in found
    assert (
        "#/paths/~1lists~1{ids}/get/parameters/0",
        "Prism crashes on every request with the path parameter 'ids' (a path array or"
        " object, or a delimited style on no array)",
    ) in found
    assert any(p.endswith("~1lists~1{ids}/get/parameters/1") for p, _ in found)  # pipeDelimited


def test_the_contract_tests_send_only_what_prism_takes() -> None:
    api, _ = _normalize()
    context = views_tests.tests_context(api)
    methods = {t.name: t for t in context["tests_by_resource"]["t"].methods}
    headers = methods["get_headers"]
    assert dict(headers.minimal.args) == {"x_list": ["example"]}  # always sent
    assert context["prism_needed_headers"] == (("GET", "/headers", ["X-List"]),)
    parts, delimited = methods["post_parts"], methods["post_delimited"]
    assert (parts.sendable, parts.prism_full, delimited.sendable) == (True, False, False)
    assert not methods["get_list"].sendable
    assert ("POST", "/delimited") in context["untestable_operations"]
    files = {f.path: f.text for f in render(api) if f.path.startswith("tests/")}
    contract = files["tests/test_contract_t.py"]
    assert "def test_method_post_parts(" in contract
    assert "def test_method_post_parts_with_all_params(" not in contract
    assert "def test_method_post_delimited" not in contract
    assert "def test_method_get_list" not in contract
    assert "def test_method_post_parts_with_all_params(" in files["tests/test_t.py"]
    assert (
        "NEEDED_HEADERS: list[tuple[str, re.Pattern[str], list[str]]] = ["
        in files["tests/test_docs_examples.py"]
    )


def test_a_path_parameter_name_prism_cannot_route_leaves_the_operation_out() -> None:
    """Prism routes `{name}` only for ASCII letters, digits, `_` and `-`: `/items/{item.id}`
    answers 404 (`{x@y}`: 422), so the contract tests and docs examples leave it out."""
    param = {"in": "path", "required": True, "schema": {"type": "string"}}
    ok = {"204": {"description": "ok"}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {
            f"/{path}/{{{name}}}": {
                "get": {
                    "operationId": path,
                    "tags": ["t"],
                    "parameters": [{"name": name, **param}],
                    "responses": ok,
                }
            }
            for path, name in (("dotted", "item.id"), ("at", "x@y"), ("plain", "item_id-2"))
        },
    }
    api, _ = normalize(spec, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})
    context = views_tests.tests_context(api)
    sendable = {t.name: t.sendable for t in context["tests_by_resource"]["t"].methods}
    assert sendable == {"dotted": False, "at": False, "plain": True}
    assert {("GET", r"/dotted/[^/]+"), ("GET", r"/at/[^/]+")} <= set(
        context["untestable_operations"]
    )
    assert (
        "#/paths/~1dotted~1{item.id}/get/parameters/0",
        "Prism cannot route a path parameter named 'item.id' (it reads ASCII letters, digits,"
        " '_' and '-')",
    ) in {(pointer, message.split(";")[0]) for pointer, message in views_tests.warnings(api)}


def test_a_security_requirement_that_cannot_arrive_whole_is_left_out() -> None:
    """basic and bearer required together both go in Authorization: only one arrives, so a
    server checking both (Prism) rejects every request."""
    spec: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/both": {
                "post": {
                    "operationId": "postBoth",
                    "tags": ["t"],
                    "security": [{"basic": [], "bearer": []}],
                    "responses": {"204": {"description": "ok"}},
                }
            },
            "/either": {
                "post": {
                    "operationId": "postEither",
                    "tags": ["t"],
                    "security": [{"basic": []}, {"bearer": []}],
                    "responses": {"204": {"description": "ok"}},
                }
            },
        },
        "components": {
            "securitySchemes": {
                "basic": {"type": "http", "scheme": "basic"},
                "bearer": {"type": "http", "scheme": "bearer"},
            }
        },
    }
    api, problems = normalize(spec, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})
    [warning] = [p for p in problems if p.severity == "warning"]
    assert warning.pointer == "#/paths/~1both/post/security"
    assert warning.message.endswith(
        "the generated contract tests leave this operation out"
        " (Prism, checking both, rejects every request)"
    )
    methods = {t.name: t for t in views_tests.tests_context(api)["tests_by_resource"]["t"].methods}
    assert (methods["post_both"].sendable, methods["post_either"].sendable) == (False, True)


def test_the_docs_examples_of_a_spec_without_operations_need_no_prism() -> None:
    """Prism refuses to start from a spec without operations ("No operations found"), such as
    one documenting only webhooks; no docs example can send a request, so they run without it."""
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "webhooks": {"newThing": {"post": {"responses": {"200": {"description": "ok"}}}}},
    }
    api, _ = normalize(spec, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})
    files = {f.path: f.text for f in render(api)}
    assert "def prism_url() -> str:" in files["tests/test_docs_examples.py"]
    api, _ = normalize(SPEC, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})
    files = {f.path: f.text for f in render(api)}
    assert "def prism_url(" not in files["tests/test_docs_examples.py"]  # conftest's: Prism
