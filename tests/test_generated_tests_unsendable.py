"""The generated tests where Prism cannot take a made-up value: a schema requiring itself (no
finite value), a response Prism would build breaking its own `pattern`, and one holding a
`oneOf` that repeats an option (no value at all)."""

from __future__ import annotations

import json
from typing import Any

from generator import views_tests
from generator.diagnostics import Problem
from generator.model import Api
from generator.normalize import normalize
from generator.render import render


def _normalize(spec: dict[str, Any]) -> tuple[Api, list[Problem]]:
    data = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}, **spec}
    return normalize(data, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})


RECURSIVE = {
    "paths": {
        "/nodes": {
            "post": {
                "operationId": "createNode",
                "tags": ["nodes"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Node"}}
                    },
                },
                "responses": {"204": {"description": "created"}},
            }
        },
        "/nodes/first": {
            "get": {
                "operationId": "getNode",
                "tags": ["nodes"],
                "responses": {
                    "200": {
                        "description": "the node",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Node"}}
                        },
                    }
                },
            }
        },
        "/chains": {
            "post": {
                "operationId": "createChain",
                "tags": ["nodes"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Chain"}}
                    },
                },
                "responses": {"204": {"description": "created"}},
            }
        },
    },
    "components": {
        "schemas": {
            "Node": {  # no finite value: every node needs a parent node
                "type": "object",
                "required": ["id", "parent"],
                "properties": {
                    "id": {"type": "string"},
                    "parent": {"$ref": "#/components/schemas/Node"},
                },
            },
            "Chain": {  # finite: the chain ends in null
                "type": "object",
                "required": ["next"],
                "properties": {"next": {"anyOf": [{"$ref": "#/components/schemas/Chain"}]}},
            },
        }
    },
}


def test_a_required_self_reference_is_warned_about_and_left_out_of_the_contract_tests() -> None:
    spec = json.loads(json.dumps(RECURSIVE))
    spec["components"]["schemas"]["Chain"]["properties"]["next"]["anyOf"].append({"type": "null"})
    api, problems = _normalize(spec)
    warnings = [p for p in problems if p.severity == "warning"]
    assert [(p.pointer, p.message) for p in warnings] == [
        (
            "#/components/schemas/Node/properties/parent",
            "no finite value satisfies this schema (a required property leads back to it); the"
            " generated contract tests leave this operation out",
        ),
        (
            "#/paths/~1nodes~1first/get/responses/200/content/application~1json/schema",
            "no finite value satisfies this schema (a required property leads back to it); the"
            " generated tests leave out the calls that parse this response",
        ),
    ]
    suite = views_tests.tests_context(api)["tests_by_resource"]["nodes"]
    node, get_node, chain = suite.methods
    assert (node.sendable, get_node.sendable, chain.sendable) == (False, True, True)
    assert (node.parsable, get_node.parsable, chain.parsable) == (True, False, True)
    value, links = chain.minimal.json, 0
    while isinstance(value, dict):  # made up to the depth limit, then ended with null
        value, links = value["next"], links + 1
    assert (value, links) == (None, views_tests.values.MAX_DEPTH + 1)  # + the body itself
    context = views_tests.tests_context(api)
    assert context["untestable_operations"] == (("POST", "/nodes"), ("GET", "/nodes/first"))
    files = {f.path: f.text for f in render(api) if f.path.startswith("tests/test_")}
    contract, offline = files["tests/test_contract_nodes.py"], files["tests/test_nodes.py"]
    assert "def test_method_create_node" not in contract
    assert "def test_method_create_node" in offline  # the mock does not validate
    assert "def test_method_get_node" not in offline + contract
    assert "def test_error_get_node(" in offline


def test_prism_is_asked_to_make_up_a_response_whose_schema_has_a_pattern() -> None:
    """Prism's own body for a schema without an example ignores `pattern` (and then fails its
    own validation); asked for a dynamic body it meets it."""
    token = {"type": "object", "properties": {"token": {"type": "string", "pattern": "^rdme_"}}}
    plain = {"type": "object", "properties": {"name": {"type": "string"}}}
    paths = {
        f"/{name}": {
            "get": {
                "operationId": f"get_{name}",
                "tags": ["things"],
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": s}}}
                },
            }
        }
        for name, s in (("token", token), ("plain", plain))
    }
    api, _ = _normalize({"paths": paths})
    context = views_tests.tests_context(api)
    token_tests, plain_tests = context["tests_by_resource"]["things"].methods
    assert token_tests.prism_headers == (("Prefer", "dynamic=true"),)
    assert plain_tests.prism_headers == ()
    assert context["made_up_operations"] == (("GET", "/token"),)


def test_a_one_of_repeating_an_option_has_no_value_and_prism_cannot_answer_with_it() -> None:
    """`oneOf` takes a value matching exactly one option: one listed twice (annotations aside)
    matches both, so no value is valid. A request leaves the property out and an example
    holding it is rejected; Prism builds every property into a body it makes up, so the
    calls parsing such a response (without an example of its own) are left out."""
    wrapper = {"type": "object", "properties": {"status": {"type": "string"}}}
    twice = {
        "oneOf": [
            {"title": "one", "$ref": "#/components/schemas/Wrapper"},
            {"title": "two", "$ref": "#/components/schemas/Wrapper"},
        ]
    }
    pet = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "either": twice},
    }
    paths = {
        f"/{name}": {
            "post": {
                "operationId": f"post_{name}",
                "tags": ["pets"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": schema, **example}},
                    }
                },
            }
        }
        for name, schema, example in (
            ("built", {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}, {}),
            ("shown", {"$ref": "#/components/schemas/Pet"}, {"example": {"name": "a"}}),
            (
                "rejected",
                {"$ref": "#/components/schemas/Pet"},
                {"example": {"name": "a", "either": {}}},
            ),
        )
    }
    components = {"schemas": {"Wrapper": wrapper, "Pet": pet}}
    api, problems = _normalize({"paths": paths, "components": components})
    warnings = [p for p in problems if p.severity == "warning"]
    assert [p.pointer for p in warnings] == [
        "#/components/schemas/Pet/properties/either/oneOf",
        "#/components/schemas/Pet/properties/either",  # the argument is left out
        "#/paths/~1rejected/post/responses/200/content/application~1json/example",
    ]
    assert "oneOf members 0, 1 accept the same values" in warnings[0].message
    assert "either: no value is valid for this property" in warnings[2].message
    [pet_model] = [m for m in api.models if m.name == "Pet"]
    assert [f.no_value for f in pet_model.fields] == [False, True]
    context = views_tests.tests_context(api)
    built, shown, rejected = context["tests_by_resource"]["pets"].methods
    assert (built.prism_answers, shown.prism_answers, rejected.prism_answers) == (
        False,
        True,
        False,
    )
    assert built.full is None  # `either`, the only optional argument, is never sent
    assert dict(built.minimal.args) == {"name": "example"}
    assert context["untestable_operations"] == (("POST", "/built"), ("POST", "/rejected"))
