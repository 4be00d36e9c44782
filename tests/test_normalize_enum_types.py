"""normalize: `enum` values of another type than the schema's (whatsapp.local: `type: integer,
enum: ["1", "2"]`) are never valid; with none of the type left, the schema is typed by `type`
and marked as having no valid value (it was a str enum, sent as "1" where an int is asked, and
Prism rejected every request and built no valid body). The generated tests then leave out the
calls needing such a value (`test_generated_tests_unsendable.py` covers that rule)."""

from __future__ import annotations

from typing import Any

from generator import views_tests
from generator.model import Api, EnumRef, Primitive, non_null
from generator.normalize import normalize


def _normalize(properties: dict[str, Any]) -> tuple[Api, list[Any]]:
    thing = {"type": "object", "required": ["shards"], "properties": properties}
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/shards": {
                "post": {
                    "operationId": "setShards",
                    "requestBody": {"required": True, **body},
                    "responses": {"204": {"description": "ok"}},
                }
            }
        },
        "components": {"schemas": {"Thing": thing}},
    }
    return normalize(spec, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})


def test_enum_values_of_another_type_are_left_out() -> None:
    api, problems = _normalize(
        {
            "shards": {"type": "integer", "enum": ["1", "2", "4"]},
            "mode": {"type": "string", "enum": ["a", 2, "b"]},
            "size": {"type": "integer", "enum": [1, 2], "nullable": True},
        }
    )
    [thing] = api.models
    fields = {f.name: f for f in thing.fields}
    shards = fields["shards"].type
    assert isinstance(shards, Primitive) and shards.kind == "int"
    assert fields["shards"].no_value and not fields["mode"].no_value
    mode = non_null(fields["mode"].type)
    assert isinstance(mode, EnumRef)
    assert [v.value for v in next(e for e in api.enums if e.name == mode.name).values] == ["a", "b"]
    assert isinstance(non_null(fields["size"].type), EnumRef)  # every value fits: untouched
    warned = {p.pointer: p.message for p in problems if "not of the schema's type" in p.message}
    assert sorted(warned) == [
        "#/components/schemas/Thing/properties/mode/enum",
        "#/components/schemas/Thing/properties/shards/enum",
    ]
    assert "no value is valid" in warned["#/components/schemas/Thing/properties/shards/enum"]
    assert "left out" in warned["#/components/schemas/Thing/properties/mode/enum"]


def test_a_required_field_without_a_valid_value_keeps_its_call_out_of_prism() -> None:
    api, _ = _normalize({"shards": {"type": "integer", "enum": ["1", "2"]}})
    suite = views_tests.tests_context(api)["tests_by_resource"]["default"]
    [method] = suite.methods
    assert not method.sendable
