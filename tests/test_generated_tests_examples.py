"""The generated tests' shared examples module, and spec examples that break their own schema."""

from __future__ import annotations

from typing import Any

import yaml

from generator import views_tests
from generator.example_values import ExampleChecker
from generator.model import (
    ArrayOf,
    Enum,
    EnumRef,
    EnumValue,
    Field,
    LiteralOf,
    Model,
    ModelRef,
    Primitive,
    UnionOf,
    nullable,
)
from generator.normalize import normalize
from generator.render import render

STR, INT = Primitive("str"), Primitive("int")
THING = Model(
    "Thing",
    "thing",
    "",
    (
        Field("id", "id", STR, True),
        Field("size", "size", INT, False),
        Field("when", "when", Primitive("datetime"), False),
        Field("note", "note", nullable(STR), False),
        Field("color", "color", EnumRef("Color"), False),
        Field("kind", "kind", LiteralOf(("thing",)), False),
    ),
    "#/components/schemas/Thing",
)
OTHER = Model("Other", "other", "", (Field("kind", "kind", LiteralOf(("other",)), True),), "")
COLOR = Enum("Color", "color", "", (EnumValue("RED", "red"),), "")
CHECKER = ExampleChecker({"Thing": THING, "Other": OTHER}, {"Color": COLOR})


def test_examples_that_fit() -> None:
    thing = {"id": "a", "size": 2, "when": "2025-01-01T00:00:00Z", "note": None, "color": "red"}
    assert CHECKER.mismatch(ModelRef("Thing"), thing) is None
    assert CHECKER.mismatch(ArrayOf(ModelRef("Thing")), [{"id": "a", "extra": 1}]) is None
    assert CHECKER.mismatch(Primitive("float"), 3) is None
    assert CHECKER.mismatch(Primitive("uuid"), "123e4567-e89b-12d3-a456-426614174000") is None


def test_examples_that_do_not_fit_say_where() -> None:
    def reason(t: Any, value: Any) -> str | None:
        return CHECKER.mismatch(t, value)

    assert reason(ModelRef("Thing"), {"size": 1}) == "id: required property missing"
    assert reason(ArrayOf(ModelRef("Thing")), [{"id": 1}]) == "[0].id: 1 is not a string"
    assert reason(ModelRef("Thing"), {"id": "a", "size": True}) == "size: true is not an integer"
    assert reason(ModelRef("Thing"), {"id": "a", "size": None}) == "size: null is not allowed"
    assert reason(ModelRef("Thing"), {"id": "a", "when": "soon"}) == (
        'when: "soon" is not a date-time'
    )
    assert reason(ModelRef("Thing"), {"id": "a", "color": "blue"}) == (
        'color: "blue" is not one of "red"'
    )
    assert reason(Primitive("uuid"), "nope") == 'the example: "nope" is not a UUID'


def test_tagged_unions_need_their_tag() -> None:
    union = UnionOf((ModelRef("Thing"), ModelRef("Other")), discriminator="kind")
    assert CHECKER.mismatch(union, {"kind": "other"}) is None
    assert CHECKER.mismatch(union, {"id": "a"}) == "kind: the union's tag property is missing"
    assert CHECKER.mismatch(union, {"kind": "x"}) == 'kind: "x" names no member of the union'
    plain = UnionOf((INT, ModelRef("Other")))
    assert CHECKER.mismatch(plain, 1) is None
    assert "no other member" in str(CHECKER.mismatch(plain, "one"))


BAD_EXAMPLES = """
openapi: 3.1.0
info: {title: Bad, version: "1"}
servers: [{url: "https://bad.example"}]
paths:
  /things:
    get:
      operationId: listThings
      tags: [things]
      parameters:
        - {name: limit, in: query, schema: {type: integer}, example: many}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Things"}
              example: {data: [{id: a}]}
components:
  schemas:
    Things:
      type: object
      required: [data, total]
      properties:
        data: {type: array, items: {$ref: "#/components/schemas/Thing"}}
        total: {type: integer}
    Thing:
      type: object
      required: [id]
      properties: {id: {type: string}}
      example: {name: x}
"""


def test_examples_that_break_their_schema_are_replaced_with_a_warning() -> None:
    api, problems = normalize(
        yaml.safe_load(BAD_EXAMPLES),
        file="bad.yaml",
        line_of=lambda pointer: pointer.count("/"),
        digest="0" * 64,
        config={},
    )
    warnings = {p.pointer: p.message for p in problems if p.severity == "warning"}
    assert warnings == {
        "#/paths/~1things/get/parameters/0/example": (
            'example does not match its schema (the example: "many" is not an integer);'
            " the generated tests use a synthesized value"
        ),
        "#/paths/~1things/get/responses/200/content/application~1json/example": (
            "example does not match its schema (total: required property missing);"
            " the generated tests use a synthesized value"
        ),
        "#/components/schemas/Thing/example": (
            "example does not match its schema (id: required property missing);"
            " the generated tests use a synthesized value"
        ),
    }
    (t,) = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert t.response.json == {"data": [{"id": "example"}], "total": 1}  # synthesized
    assert t.prism_headers == (("Prefer", "dynamic=true"),)  # Prism answers with the spec's
    assert dict(t.full.args if t.full else ())["limit"] == 1


def test_shared_values_are_spelled_once(api_from: Any) -> None:
    """A model value two responses carry is one constant and one check function; a value that
    differs from it in a field is spelled from it."""
    spec = yaml.safe_load(BAD_EXAMPLES)
    ok = {"id": "1234567890", "name": "a thing with a long enough name"}
    schemas = spec["components"]["schemas"]
    schemas["Thing"]["properties"]["name"] = {"type": "string"}
    schemas["Thing"]["example"] = ok
    listed = spec["paths"]["/things"]["get"]
    listed["parameters"] = []
    listed["responses"]["200"]["content"]["application/json"]["example"] = {
        "data": [ok, {**ok, "name": "another thing"}],
        "total": 2,
    }
    spec["paths"]["/things/{id}"] = {
        "get": {
            "operationId": "getThing",
            "tags": ["things"],
            "parameters": [
                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                    },
                }
            },
        }
    }
    files = {f.path: f.text for f in render(api_from(spec))}
    examples = files["tests/examples_things.py"]
    assert "THING: Any = {" in examples
    assert '[THING, {**THING, "name": "another thing"}]' in examples
    assert "GET_THING_RESPONSE: Any = THING" in examples
    assert "def check_thing(value: Any) -> None:" in examples
    assert "check_thing(value.data[0])" in examples
    assert "check_bad_default_error_418" not in examples  # no test would call it
    offline = files["tests/test_things.py"]
    assert "import examples_things as examples" in offline
    assert "examples.check_thing(res)" in offline


NAMED_EXAMPLES = """
openapi: 3.0.3
info: {title: Named, version: '1'}
paths:
  /pets/{name}:
    put:
      operationId: putPet
      tags: [pets]
      parameters:
        - name: name
          in: path
          required: true
          schema: {type: string}
          examples: {first: {value: fluffy}, second: {value: puma}}
        - name: size
          in: query
          schema: {type: integer}
          examples: {big: {$ref: '#/components/examples/many'}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Pet'}
            examples: {cat: {$ref: '#/components/examples/cat'}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
              examples:
                stringified: {value: '{"name": "Fluffy"}'}
                fine: {value: {name: Puma}}
components:
  examples:
    cat: {summary: a cat, value: {name: Fluffy}}
    many: {value: many}
  schemas:
    Pet:
      type: object
      required: [name]
      properties: {name: {type: string}}
"""


def test_the_first_of_named_examples_is_the_example() -> None:
    """An `examples` map is read as Prism reads it: its first entry (an Example Object, maybe a
    `$ref`) is the example of the parameter, body or response. One that breaks its schema is
    warned about where it is written, and Prism, which answers with it, is asked to make a
    body up instead."""
    api, problems = normalize(
        yaml.safe_load(NAMED_EXAMPLES),
        file="named.yaml",
        line_of=lambda pointer: pointer.count("/"),
        digest="0" * 64,
        config={},
    )
    [op] = api.operations
    assert (op.parameters[0].example, op.parameters[0].has_example) == ("fluffy", True)
    assert op.body is not None and op.body.example == {"name": "Fluffy"}
    assert [p.pointer for p in problems if p.severity == "warning"] == [
        "#/components/examples/many/value",
        "#/paths/~1pets~1{name}/put/responses/200/content/application~1json/examples/stringified/value",
    ]
    [response] = op.responses
    assert (response.example, response.has_example) == ('{"name": "Fluffy"}', False)
    (t,) = views_tests.tests_context(api)["tests_by_resource"]["pets"].methods
    assert t.prism_headers == (("Prefer", "dynamic=true"),)
    assert dict(t.minimal.args)["name"] == "fluffy"


def test_a_schema_example_comes_before_the_first_of_named_examples() -> None:
    """Prism 5 answers with the schema's `example` before the first of the media type's
    `examples` (the full OpenRouter spec's 403 of POST /messages): the tests expect that."""
    spec = yaml.safe_load(NAMED_EXAMPLES)
    media = spec["paths"]["/pets/{name}"]["put"]["responses"]["200"]["content"]["application/json"]
    media["schema"] = {
        "type": "object",
        "properties": {"name": {"type": "string"}},
        "example": {"name": "from the schema"},
    }
    api, problems = normalize(
        spec, file="named.yaml", line_of=lambda p: 1, digest="0" * 64, config={}
    )
    [response] = api.operations[0].responses
    assert (response.example, response.has_example) == ({"name": "from the schema"}, True)
    assert not [p for p in problems if "/responses/200" in p.pointer]
