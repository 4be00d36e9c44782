"""JSON Schema keywords beyond types: `patternProperties` type a map's values and, beside
`additionalProperties: false` (or `unevaluatedProperties: false`), its keys; a request value the
tests would make up where the generator does not read a keyword (`if`, `not`...) is left out of
the contract tests, with a warning, rather than sent to be rejected."""

from __future__ import annotations

import textwrap
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.example_checker import ExampleChecker
from generator.model import MapOf, Model
from generator.pipeline import Build

from .conftest import generate_package, mypy_report, run_generated_suite

SPEC = """
openapi: 3.1.0
info: {title: Keywords, version: "1"}
servers: [{url: "https://keywords.example"}]
paths:
  /things:
    post:
      operationId: makeThing
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: {type: string}
                labels:
                  type: object
                  patternProperties: {"^x-[a-z]+$": {type: string}}
                  additionalProperties: false
                counts:
                  type: object
                  patternProperties: {"^n": {type: integer}}
                  unevaluatedProperties: {type: boolean}
                loose:
                  patternProperties: {"^a": {type: integer}}
                closed:
                  type: object
                  properties: {a: {type: integer}}
                  unevaluatedProperties: false
                shape:
                  type: object
                  properties: {kind: {type: string}, side: {type: integer}}
                  if: {properties: {kind: {const: square}}}
                  then: {required: [side]}
                shown:
                  type: object
                  properties: {kind: {type: string}, side: {type: integer}}
                  if: {properties: {kind: {const: square}}}
                  then: {required: [side]}
                  example: {kind: square, side: 2}
      responses:
        "201":
          description: made
          content:
            application/json:
              schema: {type: object, properties: {ok: {type: boolean}}}
  /guarded:
    post:
      operationId: guarded
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [rule]
              properties:
                rule:
                  type: object
                  properties: {a: {type: integer}}
                  not: {required: [b]}
      responses:
        "204": {description: done}
"""


@pytest.fixture(scope="module")
def keywords(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, ModuleType, Path]:
    tmp = tmp_path_factory.mktemp("keywords")
    spec = tmp / "spec.yaml"
    spec.write_text(textwrap.dedent(SPEC), encoding="utf-8")
    return (*generate_package(spec, tmp / "sdk", "keywords"), tmp / "sdk")


def _field_type(build: Build, name: str) -> Any:
    model = next(m for m in build.api.models if m.name == "MakeThingRequest")
    return next(f.type for f in model.fields if f.wire_name == name)


def test_pattern_properties_type_the_values_and_keys(
    keywords: tuple[Build, ModuleType, Path],
) -> None:
    build = keywords[0]
    labels, counts, loose = (_field_type(build, n) for n in ("labels", "counts", "loose"))
    assert isinstance(labels, MapOf) and labels.value.kind == "str"
    assert labels.constraints.key_patterns == ("^x-[a-z]+$",)
    assert not labels.constraints.closed
    # other keys allowed: by `unevaluatedProperties` (booleans), or any value at all
    assert isinstance(counts, MapOf) and {v.kind for v in counts.value.variants} == {"int", "bool"}
    assert isinstance(loose, MapOf) and loose.value.kind == "any"
    assert not counts.constraints.key_patterns and not loose.constraints.key_patterns
    closed: Model = next(m for m in build.api.models if m.name == "MakeThingRequestClosed")
    assert closed.constraints.closed  # `unevaluatedProperties: false`, as additionalProperties


def test_the_example_checker_reads_key_patterns(keywords: tuple[Build, ModuleType, Path]) -> None:
    api = keywords[0].api
    checker = ExampleChecker({m.name: m for m in api.models}, {e.name: e for e in api.enums})
    labels = _field_type(keywords[0], "labels")
    assert checker.mismatch(labels, {"x-team": "core"}, "") is None
    assert "matches none of the patternProperties" in (
        checker.mismatch(labels, {"team": "core"}, "") or ""
    )


def test_the_sdk_sends_the_typed_maps(keywords: tuple[Build, ModuleType, Path]) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(201, json={"ok": True})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client: Any = keywords[1].Keywords(api_key="k", http_client=http)
    client.default.make_thing(name="n", labels={"x-team": "core"}, counts={"n1": 1, "z": True})
    assert seen[0].content == b'{"name":"n","labels":{"x-team":"core"},"counts":{"n1":1,"z":true}}'


def test_made_up_values_breaking_unread_keywords_are_left_out(
    keywords: tuple[Build, ModuleType, Path],
) -> None:
    build, _, out = keywords
    warned = [w.message for w in build.warnings if "does not read" in w.message]
    assert len(warned) == 2, warned
    assert any("`if`" in m and "optional argument 'shape'" in m for m in warned)
    assert any("`not`" in m and "required argument 'rule'" in m for m in warned)
    contract = (out / "tests" / "test_contract_default.py").read_text()
    assert "shape=" not in contract  # optional: left out of the call with every argument
    assert "shown={" in contract  # its example is sent as written
    assert "guarded(" not in contract  # required: no call Prism would turn away
    assert 'labels={"x-a": "example"}' in contract  # a key made from the pattern


def test_the_generated_suite_passes_against_prism(
    keywords: tuple[Build, ModuleType, Path],
) -> None:
    out = keywords[2]
    assert mypy_report(out) == ""
    tests = run_generated_suite(out, out.parent / "spec.yaml")
    assert tests.returncode == 0, tests.stdout[-4000:]
    assert "passed" in tests.stdout and "failed" not in tests.stdout
