"""Schemas no value satisfies: allOf parts of different types, oneOf members that all accept the
same values. Warned about where they are, typed as their values are meant to be, marked so that
no generated test sends a value (which every validating server would reject)."""

from __future__ import annotations

from typing import Any

import pytest

from generator import views_tests
from generator.diagnostics import Problem
from generator.example_finite import Finite
from generator.model import ANY, Api, ModelRef, Primitive, is_unsatisfiable
from generator.normalize import normalize


def _normalize(spec: dict[str, Any]) -> tuple[Api, list[Problem]]:
    data = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}, **spec}
    return normalize(data, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})


def _post(schema: dict[str, Any]) -> dict[str, Any]:
    body = {"required": True, "content": {"application/json": {"schema": schema}}}
    return {
        "post": {
            "operationId": "send",
            "tags": ["t"],
            "requestBody": body,
            "responses": {"204": {"description": "ok"}},
        }
    }


def _field(api: Api, model: str, name: str) -> Any:
    return next(f for f in next(m for m in api.models if m.name == model).fields if f.name == name)


STRING_AND_INTEGER = {"allOf": [{"type": "string"}, {"type": "integer"}]}
SAME_STRINGS = {"oneOf": [{"$ref": "#/components/schemas/S1"}, {"$ref": "#/components/schemas/S2"}]}


def test_allof_parts_of_different_types_are_typed_any_and_warned_about() -> None:
    api, problems = _normalize(
        {
            "components": {
                "schemas": {
                    "Holder": {
                        "type": "object",
                        "properties": {
                            "both": STRING_AND_INTEGER,
                            "number": {"allOf": [{"type": "number"}, {"type": "integer"}]},
                        },
                    },
                    "Whole": STRING_AND_INTEGER,  # no model: there is no object to hold
                }
            }
        }
    )
    both, number = _field(api, "Holder", "both"), _field(api, "Holder", "number")
    assert both.type == ANY and is_unsatisfiable(both.type)
    assert number.type == Primitive("int") and not is_unsatisfiable(number.type)
    assert [m.name for m in api.models] == ["Holder"]
    warned = {p.pointer: p.message for p in problems if p.severity == "warning"}
    assert warned["#/components/schemas/Holder/properties/both/allOf"] == (
        "the allOf parts require different types (integer and string), so no value satisfies"
        " this schema; typed Any, and the generated contract tests send no value of it"
    )
    assert "#/components/schemas/Whole/allOf" in warned
    assert not any("properties/number" in p for p in warned)
    assert not Finite({m.name: m for m in api.models}).has_value(both.type)


def test_oneof_members_accepting_the_same_values_are_marked_and_warned_about() -> None:
    annotations_only = {
        "type": "string",
        "oneOf": [{"description": "one"}, {"description": "two"}],
    }
    api, problems = _normalize(
        {
            "components": {
                "schemas": {
                    "S1": {"type": "string"},
                    "S2": {"type": "string"},
                    "Holder": {
                        "type": "object",
                        "properties": {
                            "same": SAME_STRINGS,
                            "event": annotations_only,
                            "apart": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                        },
                    },
                }
            }
        }
    )
    same, event = _field(api, "Holder", "same"), _field(api, "Holder", "event")
    assert (same.type, event.type) == (Primitive("str"), Primitive("str"))  # `type` of `event`
    assert is_unsatisfiable(same.type) and is_unsatisfiable(event.type)
    assert _field(api, "Holder", "apart").type.one_of == (Primitive("str"), Primitive("int"))
    warned = [p.pointer for p in problems if "accept the same values" in p.message]
    assert warned == [
        "#/components/schemas/Holder/properties/same/oneOf",
        "#/components/schemas/Holder/properties/event/oneOf",
    ]


@pytest.mark.parametrize("tagged", [False, True])
def test_a_body_that_is_one_model_twice_is_left_out_of_the_contract_tests(tagged: bool) -> None:
    """Two components that are each an allOf of the same base: one model, so no value fits
    exactly one of them (a discriminator cannot tell one model from itself: ReadMe's
    discriminators spec); the body is still flattened into the model's fields."""
    tag = {"discriminator": {"propertyName": "id"}} if tagged else {}
    base = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
    alias = {"allOf": [{"$ref": "#/components/schemas/Base"}]}
    api, problems = _normalize(
        {
            "paths": {
                "/events": _post(
                    {
                        "oneOf": [
                            {"$ref": "#/components/schemas/Approved"},
                            {"$ref": "#/components/schemas/Denied"},
                        ],
                        **tag,
                    }
                )
            },
            "components": {"schemas": {"Base": base, "Approved": alias, "Denied": alias}},
        }
    )
    body = api.operations[0].body
    assert body is not None and body.type == ModelRef("Base") and is_unsatisfiable(body.type)
    assert [f.name for f in body.fields] == ["id"]
    assert any(p.pointer.endswith("/schema/oneOf") for p in problems)
    (method,) = views_tests.tests_context(api)["tests_by_resource"]["t"].methods
    assert not method.sendable


def test_oneof_members_told_apart_by_keywords_the_model_does_not_keep_are_not_marked() -> None:
    """`{required: [a]}` and `{required: [b]}` are both typed Any, yet accept different
    objects: nothing is marked or warned about, and no sent value is judged by them."""
    doc = {
        "type": "object",
        "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
        "oneOf": [{"required": ["a"], "title": "A"}, {"required": ["b"], "title": "B"}],
    }
    either = {"oneOf": [{"type": "string"}, {"required": ["a"]}]}
    api, problems = _normalize(
        {
            "components": {
                "schemas": {
                    "Doc": doc,
                    "Holder": {"type": "object", "properties": {"either": either}},
                }
            }
        }
    )
    assert not [p for p in problems if "oneOf" in p.pointer]
    assert _field(api, "Holder", "either").type.one_of == ()
