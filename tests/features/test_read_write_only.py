"""Read-only and write-only properties in the generated tests' values, and `content` keys that
name no media type (osf.io).

A required read-only property belongs to responses, a required write-only one to requests
(OpenAPI 3.0, Schema Object). osf.io's model examples leave out their read-only `id`: fine in a
request, not in a response, where the SDK's model requires it. The tests' values know which way
they go: a request's leave read-only properties out (even from a spec example) and hold the
required write-only ones; a response's the other way round, an example being completed with
made-up values (a write-only property a response example holds stays: the mock server
answers it). Prism answers a schema's example as written, so where that breaks a response
the contract tests ask it to make the body up. osf.io also writes a response's properties as
its `content` keys (`data`, `meta`): each is warned about and ignored, and a response left with
no media type is one Prism answers 406 (its calls are left out of the contract tests).
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import views_tests
from generator.example_values import ExampleChecker, ExampleMaker
from generator.model import Field, Model, ModelRef, Primitive
from generator.normalize import normalize
from generator.pipeline import Build

from .conftest import generate_package, mypy_report, pyflakes_report, run_generated_suite

SPEC = r"""
openapi: 3.0.3
info: {title: Notes, version: 1.0.0}
servers: [{url: "https://notes.example"}]
paths:
  /notes/{id}:
    get:
      operationId: getNote
      tags: [notes]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: the model's example leaves out its read-only id
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Note"}
  /tags:
    get:
      operationId: listTags
      tags: [notes]
      responses:
        "200":
          description: no example; the body Prism builds holds the Tag example as written
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties:
                  data: {type: array, items: {$ref: "#/components/schemas/Tag"}}
  /links:
    get:
      operationId: getLink
      tags: [notes]
      responses:
        "200":
          description: no example; the body Prism builds holds the default as written
          content:
            application/json:
              schema:
                type: object
                properties:
                  href: {type: string, format: uri, default: "https://notes.example/{$TAG}"}
  /accounts/{id}:
    get:
      operationId: getAccount
      tags: [accounts]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: the example holds the write-only password, which no response does
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Account"}
  /threads:
    post:
      operationId: createThread
      tags: [notes]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [note, account]
              properties:
                note: {$ref: "#/components/schemas/Note"}
                account: {$ref: "#/components/schemas/Account"}
      responses:
        "201":
          description: the response example leaves out a required read-only property
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Note"}
              example: {text: hello}
  /collected/{id}:
    get:
      operationId: getCollected
      tags: [odd]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
      responses:
        "200":
          description: osf.io writes the body's properties as content keys
          content:
            data:
              schema: {type: object, properties: {id: {type: string}}}
            meta:
              schema: {type: object}
  /linked:
    get:
      operationId: getLinked
      tags: [odd]
      responses:
        "200":
          description: a media type beside two keys that are none
          content:
            application/json:
              schema: {type: object, properties: {total: {type: integer}}}
            links:
              schema: {type: object}
            JSON:
              schema: {type: object}
components:
  schemas:
    Note:
      type: object
      required: [id, text]
      properties:
        id: {type: string, readOnly: true}
        text: {type: string}
        created: {type: string, format: date-time, readOnly: true}
      example: {text: a note}
    Tag:
      type: object
      required: [id, label]
      properties:
        id: {type: integer, readOnly: true}
        label: {type: string}
      example: {label: urgent}
    Account:
      type: object
      required: [id, name, password]
      properties:
        id: {type: string, readOnly: true}
        name: {type: string}
        password: {type: string, writeOnly: true}
      example: {id: a1, name: Ann, password: secret}
"""


LINK = "#/paths/~1links/get/responses/200/content/application~1json/schema"


def _api() -> tuple[Any, list[Any]]:
    return normalize(
        yaml.safe_load(SPEC),
        file="notes.yaml",
        line_of=lambda pointer: pointer.count("/"),
        digest="0" * 64,
        config={},
    )


def test_the_checker_reads_required_one_way_properties_by_direction() -> None:
    s = Primitive("str")
    thing = Model(
        "Thing",
        "thing",
        "",
        (
            Field("id", "id", s, True, read_only=True),
            Field("key", "key", s, True, write_only=True),
        ),
        "",
    )
    models = {"Thing": thing}
    either, request = ExampleChecker(models, {}), ExampleChecker(models, {}, "request")
    response = ExampleChecker(models, {}, "response")
    assert either.mismatch(ModelRef("Thing"), {}) is None
    assert request.mismatch(ModelRef("Thing"), {"key": "k"}) is None
    assert request.mismatch(ModelRef("Thing"), {"id": "i"}) == (
        "key: required property missing (write-only: a request holds it)"
    )
    assert response.mismatch(ModelRef("Thing"), {"id": "i"}) is None
    assert response.mismatch(ModelRef("Thing"), {"key": "k"}) == (
        "id: required property missing (read-only: a response holds it)"
    )
    # a made-up value, or an example completed, for each way
    maker = ExampleMaker(models, {}, 4, "request")
    assert maker.synthetic(ModelRef("Thing")) == {"key": "example"}
    assert maker.spec_value(ModelRef("Thing"), {"id": "i"}) == {"key": "example"}
    answers = ExampleMaker(models, {}, 4, "response")
    assert answers.synthetic(ModelRef("Thing")) == {"id": "example"}
    assert answers.spec_value(ModelRef("Thing"), {"x": 1}) == {"x": 1, "id": "example"}
    assert answers.spec_value(ModelRef("Thing"), {"key": "k"}) == {"key": "k", "id": "example"}
    # past the depth limit too, where only what a valid value needs is made up (stream-io-api:
    # `online`, a required read-only property of users deep in a list of channels)
    assert ExampleMaker(models, {}, 0, "response").synthetic(ModelRef("Thing")) == {"id": "example"}
    assert ExampleMaker(models, {}, 0, "request").synthetic(ModelRef("Thing")) == {"key": "example"}


def test_warnings_name_each_example_that_fits_one_way_and_each_key_that_is_no_media_type() -> None:
    _, problems = _api()
    warnings = {p.pointer: p.message for p in problems if p.severity == "warning"}
    assert warnings == {
        # GET /notes/{id} answers it (Prism: as written)
        "#/components/schemas/Note/example": (
            "example does not match its schema (id: required property missing (read-only: a"
            " response holds it)); the generated tests use a synthesized value"
        ),
        # a response holds it in GET /tags
        "#/components/schemas/Tag/example": (
            "example does not fit a response (id: required property missing (read-only: a"
            " response holds it)); the generated tests complete it with made-up values where a"
            " response holds it"
        ),
        # nordigen.com: Prism writes a property's default into the body it builds
        LINK + "/properties/href/default": (
            'default does not match its schema (the default: "https://notes.example/{$TAG}" is'
            " not of the format uri); Prism writes it into the response bodies it builds, so"
            " the contract tests ask it to make those up"
        ),
        "#/paths/~1threads/post/responses/201/content/application~1json/example": (
            "example does not match its schema (id: required property missing (read-only: a"
            " response holds it)); the generated tests use a synthesized value"
        ),
        "#/paths/~1collected~1{id}/get/responses/200/content/data": (
            "'data' is not a media type (type/subtype, as in application/json); this entry is"
            " ignored"
        ),
        "#/paths/~1collected~1{id}/get/responses/200/content/meta": (
            "'meta' is not a media type (type/subtype, as in application/json); this entry is"
            " ignored"
        ),
        "#/paths/~1linked/get/responses/200/content/links": (
            "'links' is not a media type (type/subtype, as in application/json); this entry is"
            " ignored"
        ),
        "#/paths/~1linked/get/responses/200/content/JSON": (
            "'JSON' is not a media type (type/subtype, as in application/json); this entry is"
            " ignored"
        ),
    }


def test_request_values_leave_read_only_properties_out_and_responses_write_only_ones() -> None:
    api, _ = _api()
    methods = {
        t.name: t
        for suite in views_tests.tests_context(api)["tests_by_resource"].values()
        for t in suite.methods
    }
    # the mock answers the Note example completed with the id a response holds; Prism, which
    # would answer the example as written, is asked to make the body up
    note = methods["get_note"]
    assert note.response.json == {"text": "a note", "id": "example"}
    assert note.prism_headers == (("Prefer", "dynamic=true"),)
    tags = methods["list_tags"]
    assert tags.response.json == {"data": [{"label": "urgent", "id": 1}]}
    assert tags.prism_headers == (("Prefer", "dynamic=true"),)
    assert methods["get_link"].prism_headers == (("Prefer", "dynamic=true"),)
    # the Account example as a response: as written, the write-only password too, which the
    # mock server answers (and the SDK's model takes); a made-up one leaves it out
    account = methods["get_account"]
    assert account.response.json == {"id": "a1", "name": "Ann", "password": "secret"}
    assert account.prism_headers == ()
    # as a request: without the read-only ids, with the write-only password
    thread = methods["create_thread"]
    assert thread.minimal.json == {
        "note": {"text": "a note"},
        "account": {"name": "Ann", "password": "secret"},
    }
    # no media type left: the call returns None, and Prism (406) is not asked for it
    collected = methods["get_collected"]
    assert collected.response.kind == "empty" and not collected.prism_answers
    assert methods["get_linked"].response.content_type == "application/json"


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Build, Path, Path]:
    root = tmp_path_factory.mktemp("read_write_only")
    spec = root / "spec.yaml"
    spec.write_text(textwrap.dedent(SPEC), encoding="utf-8")
    build, _ = generate_package(spec, root / "sdk", "notes_sdk")
    return build, spec, root / "sdk"


def test_the_contract_tests_leave_out_what_prism_answers_406(
    notes: tuple[Build, Path, Path],
) -> None:
    build, _, _ = notes
    [left_out] = [w for w in build.warnings if "no key of its content" in w.message]
    assert left_out.pointer == "#/paths/~1collected~1{id}/get/responses/200/content"
    assert "(data, meta)" in left_out.message


def test_the_generated_suite_passes_against_prism(notes: tuple[Build, Path, Path]) -> None:
    _, spec, out = notes
    assert pyflakes_report(out) == ""
    assert mypy_report(out) == ""
    result = run_generated_suite(out, spec)
    assert result.returncode == 0, result.stdout[-4000:]
