"""Validation keywords: read into the model, met by made-up values, enforced on spec examples."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from generator import views_docs
from generator.diagnostics import Problem
from generator.example_checker import ExampleChecker
from generator.example_regex import matching
from generator.example_scalars import string_mismatch
from generator.example_values import ExampleMaker
from generator.model import (
    Api,
    ArrayOf,
    Constraints,
    MapOf,
    ModelRef,
    Primitive,
    TypeRef,
    UnionOf,
    non_null,
)
from generator.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]


def _normalize(spec: dict[str, Any]) -> tuple[Api, list[Problem]]:
    data = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}, **spec}
    return normalize(data, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})


def _holder(openapi: str = "3.1.0", **properties: Any) -> tuple[Api, dict[str, TypeRef]]:
    """A model `Holder` with these (all required) properties; its field types by name."""
    schema = {"type": "object", "required": list(properties), "properties": properties}
    api, _ = _normalize({"openapi": openapi, "components": {"schemas": {"Holder": schema}}})
    model = next(m for m in api.models if m.name == "Holder")
    return api, {f.wire_name: f.type for f in model.fields}


def _made_up(api: Api, t: TypeRef) -> Any:
    models, enums = {m.name: m for m in api.models}, {e.name: e for e in api.enums}
    return ExampleMaker(models, enums, 6).synthetic(t)


def _fits(api: Api, t: TypeRef, value: Any) -> str | None:
    return ExampleChecker({m.name: m for m in api.models}, {}).mismatch(t, value)


def test_constraints_are_read_onto_the_type_nodes_without_changing_type_identity() -> None:
    _, types = _holder(
        name={"type": "string", "pattern": "^[A-Z]{3}$", "minLength": 3, "format": "email"},
        tags={"type": "array", "items": {"type": "string"}, "minItems": 2, "uniqueItems": True},
        extra={"type": "object", "additionalProperties": {"type": "integer"}, "minProperties": 1},
        count={"type": "integer", "minimum": 1, "exclusiveMaximum": 10, "multipleOf": 3},
    )
    assert types["name"] == Primitive("str")  # the Python type is still `str`
    assert types["name"].constraints == Constraints(
        format="email", pattern="^[A-Z]{3}$", min_length=3
    )
    tags = types["tags"]
    assert isinstance(tags, ArrayOf) and tags.constraints.min_items == 2
    assert tags.constraints.unique_items
    extra = types["extra"]
    assert isinstance(extra, MapOf) and extra.constraints.min_properties == 1
    assert types["count"].constraints == Constraints(  # type: ignore[union-attr]
        minimum=1, exclusive_maximum=10, multiple_of=3
    )


def test_openapi_30_boolean_exclusive_bounds_become_numeric() -> None:
    _, types = _holder(
        "3.0.3", n={"type": "number", "minimum": 0, "exclusiveMinimum": True, "maximum": 5}
    )
    c = types["n"].constraints  # type: ignore[union-attr]
    assert (c.minimum, c.exclusive_minimum, c.maximum, c.exclusive_maximum) == (None, 0, 5, None)


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string", "pattern": "^[A-Z]{2}-\\d{3}$"}, "AA-000"),
        ({"type": "string", "pattern": "^[a-z]+$", "minLength": 9}, "example"[:0] + "a" * 9),
        ({"type": "string", "minLength": 10}, "exampleexa"),
        ({"type": "string", "maxLength": 3}, "exa"),
        ({"type": "string", "format": "email"}, "user@example.com"),
        ({"type": "string", "format": "ipv4"}, "192.0.2.1"),
        ({"type": "string", "format": "ipv6"}, "2001:db8::1"),
        ({"type": "string", "format": "hostname"}, "example.com"),
        ({"type": "string", "format": "byte"}, "ZXhhbXBsZQ=="),
        ({"type": "string", "format": "uri-reference"}, "https://example.com"),
        # nordigen.com: "" is the pattern's first match; it fell back to "example", which
        # breaks the pattern (Prism rejected the request)
        ({"type": "string", "pattern": r"^-?\d{0,10}(?:\.\d{0,2})?$"}, "-0.0"),
        ({"type": "string", "pattern": "^$"}, ""),
        ({"type": "integer", "minimum": 10}, 10),
        ({"type": "integer", "exclusiveMinimum": 10}, 11),
        ({"type": "integer", "maximum": -4, "multipleOf": 3}, -6),
        ({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}, 0.5),
        ({"type": "number", "multipleOf": 0.25}, 1.5),
        ({"type": "number", "minimum": 2, "multipleOf": 0.75}, 2.25),
        ({"type": "array", "items": {"type": "integer"}, "minItems": 3}, [1, 1, 1]),
        ({"type": "array", "items": {"type": "integer"}, "maxItems": 0}, []),
        (
            {"type": "array", "items": {"type": "integer"}, "minItems": 3, "uniqueItems": True},
            [1, 2, 3],
        ),
        (
            {"type": "array", "items": {"enum": ["a", "b"]}, "minItems": 2, "uniqueItems": True},
            ["a", "b"],
        ),
        (
            {"type": "object", "additionalProperties": {"type": "boolean"}, "minProperties": 2},
            {"key": True, "key2": True},
        ),
        ({"type": "object", "additionalProperties": False}, {}),
        ({"allOf": [{"type": "string"}, {"type": "string", "minLength": 9}]}, "exampleex"),
        ({"allOf": [{"type": "integer", "minimum": 3}, {"maximum": 10, "multipleOf": 4}]}, 4),
        ({"enum": [True, False]}, True),
    ],
)
def test_made_up_values_meet_the_constraints(schema: dict[str, Any], expected: Any) -> None:
    api, types = _holder(x=schema)
    value = _made_up(api, types["x"])
    assert value == expected
    assert _fits(api, types["x"], value) is None


def test_models_get_optional_properties_up_to_min_properties() -> None:
    api, types = _holder(
        m={
            "type": "object",
            "minProperties": 2,
            "required": ["a"],
            "properties": {"a": {"type": "string"}, "b": {"type": "integer"}},
        }
    )
    assert _made_up(api, types["m"]) == {"a": "example", "b": 1}
    assert "fewer than 2 properties" in str(_fits(api, types["m"], {"a": "x"}))


def test_a_one_of_value_fits_exactly_one_member() -> None:
    closed = {"type": "object", "additionalProperties": False}
    api, types = _holder(
        number={"oneOf": [{"type": "integer"}, {"type": "number"}]},
        model={
            "oneOf": [
                {**closed, "properties": {"a": {"type": "string"}}},
                {**closed, "properties": {"b": {"type": "string"}}},
            ]
        },
        formats={"oneOf": [{"type": "string", "format": "email"}, {"type": "integer"}]},
    )
    assert _made_up(api, types["number"]) == 1.5  # 1 would be an integer and a number
    value = _made_up(api, types["model"])
    assert value == {"a": "example"}  # {} would fit both members
    members = non_null(types["model"])
    assert isinstance(members, UnionOf)
    assert [_fits(api, m, value) is None for m in members.variants] == [True, False]
    assert _made_up(api, types["formats"]) == "user@example.com"


def test_examples_breaking_constraints_are_replaced_with_a_warning() -> None:
    spec = {
        "components": {
            "schemas": {
                "Code": {
                    "type": "object",
                    "properties": {
                        "code": {"type": "string", "pattern": "^[A-Z]+$", "example": "abc"},
                        "size": {"type": "integer", "maximum": 3, "example": 7},
                        "ok": {"type": "integer", "maximum": 3, "example": 2},
                    },
                    "additionalProperties": False,
                    "example": {"code": "ABC", "other": 1},
                }
            }
        }
    }
    api, problems = _normalize(spec)
    warnings = {p.pointer: p.message for p in problems if p.severity == "warning"}
    at = "#/components/schemas/Code"
    assert warnings == {
        f"{at}/properties/code/example": (
            'example does not match its schema (the example: "abc" does not match the pattern'
            " ^[A-Z]+$); the generated tests use a synthesized value"
        ),
        f"{at}/properties/size/example": (
            "example does not match its schema (the example: 7 is greater than the maximum 3);"
            " the generated tests use a synthesized value"
        ),
        f"{at}/example": (
            "example does not match its schema (other: not a declared property"
            " (additionalProperties is false)); the generated tests use a synthesized value"
        ),
    }
    code = next(m for m in api.models if m.name == "Code")
    assert [f.has_example for f in code.fields] == [False, False, True]
    assert not code.has_example


@pytest.mark.parametrize(
    ("t", "value", "reason"),
    [
        (Primitive("str", Constraints(min_length=2)), "a", "is shorter than 2 characters"),
        (Primitive("str", Constraints(max_length=2)), "abc", "is longer than 2 characters"),
        (Primitive("str", Constraints(format="email")), "nope", "is not of the format email"),
        (Primitive("str", Constraints(format="ipv4")), "::1", "is not of the format ipv4"),
        # RFC 3986's characters only, as Prism checks a `uri` (nordigen.com's defaults)
        (Primitive("str", Constraints(format="uri")), "https://a.b/{$ID}", "format uri"),
        (Primitive("int", Constraints(minimum=2)), 1, "is less than the minimum 2"),
        (Primitive("int", Constraints(exclusive_minimum=1)), 1, "is not greater than 1"),
        (Primitive("float", Constraints(multiple_of=0.1)), 0.3, "is not a multiple of 0.1"),
        (Primitive("int", Constraints(format="int32")), 2**40, "is out of the range of int32"),
        (ArrayOf(Primitive("int"), Constraints(min_items=2)), [1], "has fewer than 2 items"),
        (ArrayOf(Primitive("int"), Constraints(max_items=1)), [1, 2], "has more than 1 items"),
        (ArrayOf(Primitive("int"), Constraints(unique_items=True)), [1, 1], "duplicate items"),
        (MapOf(Primitive("int"), Constraints(max_properties=1)), {"a": 1, "b": 2}, "more than"),
    ],
)
def test_the_checker_names_the_broken_constraint(t: TypeRef, value: Any, reason: str) -> None:
    assert reason in str(ExampleChecker({}, {}).mismatch(t, value))


def test_regex_strings_are_the_same_across_runs_and_hash_seeds() -> None:
    patterns = ["^[A-Z]{2}\\d{2,4}$", "^(foo|bar)+-[a-f0-9]{8}$", "[^a-z]{3}", "^\\w+@\\w+\\.com$"]
    here = [matching(p, 5) for p in patterns]
    assert all(here)
    code = (
        "import json, sys; from generator.example_regex import matching;"
        "print(json.dumps([matching(p, 5) for p in json.loads(sys.argv[1])]))"
    )
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", code, json.dumps(patterns)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        assert json.loads(out.stdout) == here


def test_patterns_python_cannot_read_give_no_string() -> None:
    assert matching("^\\p{L}+$") is None
    assert matching("^(?<year>\\d{4})-\\k<year>$") == "0000-0000"  # ECMAScript group names
    assert matching("^[a-z]{2}$", 3) is None  # no string of 3 characters matches


def test_model_equality_ignores_constraints() -> None:
    assert Primitive("str", Constraints(min_length=1)) == Primitive("str")
    assert hash(ArrayOf(Primitive("int"), Constraints(min_items=1))) == hash(
        ArrayOf(Primitive("int"))
    )
    assert ModelRef("A") == ModelRef("A")


def test_reference_docs_list_the_constraints() -> None:
    api, _ = _holder(
        code={"type": "string", "pattern": "^[A-Z]+$", "minLength": 2, "maxLength": 8},
        count={"type": "integer", "minimum": 0, "exclusiveMaximum": 10, "multipleOf": 2},
        tags={"type": "array", "items": {"type": "string"}, "minItems": 1, "uniqueItems": True},
        when={"type": "string", "format": "date-time"},  # the type says it
    )
    builder = views_docs.DocsBuilder(api)
    model = next(m for m in api.models if m.name == "Holder")
    notes = [builder.field_row(f).description for f in model.fields]
    assert notes == [
        "Constraints: matches `^[A-Z]+$`, 2 to 8 characters.",
        "Constraints: ≥ 0, < 10, a multiple of 2.",
        "Constraints: at least 1 item, unique items.",
        "",
    ]


def test_a_pattern_that_backtracks_in_re_is_checked_at_once() -> None:
    """beezup.com: `([\\/\\w \\.-]*)*` on a URL holding a comma took `re` minutes (the sweep's
    generation timed out); JSON Schema's ECMA-262 syntax (`\\p{L}`) is understood as well."""
    url = r"^(https?:\/\/)?([\da-z\.-]+)\.([a-z\.]{2,6})([\/\w \.-]*)*\/?$"
    value = "https://www.biography.com/.image/c_fill,cs_srgb,dpr_1.0,g_face,h_300,q_80,w_300/x"
    started = time.perf_counter()
    assert string_mismatch(value, Constraints(pattern=url)) == f"does not match the pattern {url}"
    assert time.perf_counter() - started < 1
    assert string_mismatch("http://www.mydomain.com", Constraints(pattern=url)) is None
    assert string_mismatch("été", Constraints(pattern=r"^\p{L}+$")) is None
    assert string_mismatch("42", Constraints(pattern=r"^\p{L}+$")) is not None
