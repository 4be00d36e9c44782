"""Responses Prism cannot answer with, left out of the contract tests with a warning: a `oneOf`
whose members accept the same values (the spec's defect: no value is valid), and a made-up body
with a format Prism checks but cannot write (Prism's limit)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import views_tests
from generator.diagnostics import Problem
from generator.model import Api, ModelRef, UnionOf
from generator.normalize import normalize
from generator.pipeline import Options, build
from generator.render import render


def _normalize(spec: dict[str, Any]) -> tuple[Api, list[Problem]]:
    data = {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, **spec}
    return normalize(data, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})


def _error(code: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A ReadMe-style error: the same object, only the `default` of `error` differs."""
    properties = {"error": {"type": "string", "default": code}, "message": {"type": "string"}}
    return {"type": "object", "properties": {**properties, **(extra or {})}}


def _json(schema: dict[str, Any], description: str = "d") -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _spec(ok: dict[str, Any], unauthorized: dict[str, Any]) -> dict[str, Any]:
    return {
        "paths": {
            "/thing": {
                "get": {
                    "operationId": "getThing",
                    "tags": ["things"],
                    "security": [{"key": []}],
                    "responses": {"200": ok, "401": unauthorized},
                }
            }
        },
        "components": {
            "securitySchemes": {"key": {"type": "http", "scheme": "basic"}},
            "schemas": {
                "Empty": _error("EMPTY"),
                "NotFound": _error("NOT_FOUND"),
                "Other": _error("OTHER", {"code": {"type": "integer"}}),
                "Thing": {"type": "object", "properties": {"name": {"type": "string"}}},
                "Linked": {
                    "type": "object",
                    "properties": {"home": {"type": "string", "format": "url"}},
                },
            },
        },
    }


TWINS = {"oneOf": [_ref("Empty"), _ref("NotFound")]}


def test_one_of_twins_are_warned_about_and_their_error_is_not_asked_of_prism() -> None:
    """Members differing only in `default` accept the same values: no value matches exactly
    one, so Prism answers 500 (its own body breaks `oneOf`) for every such error."""
    api, problems = _normalize(_spec(_json(_ref("Thing")), _json(TWINS)))
    [warning] = [p for p in problems if "oneOf" in p.pointer]
    assert (
        warning.pointer
        == "#/paths/~1thing/get/responses/401/content/application~1json/schema/oneOf"
    )
    assert "oneOf members 0, 1 accept the same values" in warning.message
    assert "no value is valid" in warning.message
    [error] = api.operations[0].errors
    assert isinstance(error.type, UnionOf) and error.type.unsatisfiable
    assert error.type == UnionOf((ModelRef("Empty"), ModelRef("NotFound")))  # read as anyOf
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert t.auth is None  # the keyless call would get Prism's 500, not the 401
    assert [(c.label, c.prism) for c in t.errors] == [("401", False), ("default", False)]
    contract = _contract(api)
    assert "def test_method_get_thing(" in contract
    assert "test_missing_api_key_get_thing" not in contract


def test_one_of_members_told_apart_are_no_twins() -> None:
    for union in (
        {"oneOf": [_ref("Empty"), _ref("Other")]},  # Other has one more property
        {"anyOf": [_ref("Empty"), _ref("NotFound")]},  # anyOf allows both
        {**TWINS, "discriminator": {"propertyName": "error"}},  # picked by the tag
    ):
        api, problems = _normalize(_spec(_json(_ref("Thing")), _json(union)))
        assert not [p for p in problems if "oneOf" in p.pointer]
        error_type = api.operations[0].errors[0].type
        assert isinstance(error_type, UnionOf) and not error_type.unsatisfiable
        [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
        assert t.auth is not None and t.errors[0].prism


def test_a_made_up_body_with_a_format_prism_cannot_write_is_left_out() -> None:
    """Prism writes "string" for `format: url` and then rejects it (500): the calls expecting
    that success response are left out of the contract tests and the docs-example runs."""
    api, _ = _normalize(_spec(_json(_ref("Linked")), _json(_ref("Linked"))))
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert not t.prism_answers and t.auth is None
    assert [(c.label, c.prism) for c in t.errors] == [("401", False), ("default", False)]
    context = views_tests.tests_context(api)
    assert ("GET", "/thing") in context["untestable_operations"]
    contract = _contract(api)
    assert "def test_method_get_thing(" not in contract
    assert "def test_error_get_thing(" in contract  # the undocumented status Prism answers 404
    found = dict(views_tests.warnings(api))
    assert set(found) == {"#/paths/~1thing/get/responses/200", "#/paths/~1thing/get/responses/401"}
    message = found["#/paths/~1thing/get/responses/200"]
    assert "cannot write a value keeping to `format: url`" in message


@pytest.mark.parametrize(
    ("schema", "keyword"),
    [
        ({"type": "object", "properties": {"v": {"not": {"type": "string"}}}}, "not"),
        ({"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}}, "propertyNames"),
        ({"type": "object", "properties": {"k": {"type": "string"}}, "if": {}, "then": {}}, "if"),
        ({"type": "array", "items": {"type": "integer"}, "contains": {"const": 1}}, "contains"),
    ],
)
def test_a_made_up_body_with_a_keyword_prism_ignores_is_left_out(
    schema: dict[str, Any], keyword: str
) -> None:
    """Prism's body generator ignores `not`, `propertyNames`, `if`... which its validator
    checks: seen writing null under `not: {type: "null"}` and keys breaking `propertyNames`."""
    api, _ = _normalize(_spec(_json(schema), _json(_ref("Linked"))))
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert not t.prism_answers
    found = dict(views_tests.warnings(api))
    assert (
        f"cannot write a value keeping to `{keyword}`" in found["#/paths/~1thing/get/responses/200"]
    )
    media = _json(schema)
    media["content"]["application/json"]["example"] = {} if schema["type"] == "object" else [1]
    api, _ = _normalize(_spec(media, _json(_ref("Linked"))))
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert t.prism_answers  # an example is answered as written


def test_an_example_or_default_spares_prism_the_format() -> None:
    spec = _spec(_json(_ref("Linked")), _json(_ref("Linked")))
    home = spec["components"]["schemas"]["Linked"]["properties"]["home"]
    home["example"] = "https://example.com"
    api, _ = _normalize(spec)
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert t.prism_answers and t.auth is not None
    assert not list(views_tests.warnings(api))


def test_a_body_prism_is_asked_to_fake_uses_no_example_inside() -> None:
    """nexmo.com: the response's example is JSON text (a string, breaking the object schema),
    so the tests ask Prism to fake the body, and its faker writes no example: the `format: url`
    property with one breaks again (Prism's 500)."""
    spec = _spec(_json(_ref("Linked")), _json(_ref("Thing")))
    home = spec["components"]["schemas"]["Linked"]["properties"]["home"]
    home["example"] = "https://example.com"
    media = spec["paths"]["/thing"]["get"]["responses"]["200"]["content"]["application/json"]
    media["example"] = '{"home": "https://example.com"}'
    api, _ = _normalize(spec)
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert not t.prism_answers
    assert "def test_method_get_thing(" not in _contract(api)
    found = dict(views_tests.warnings(api))
    message = found["#/paths/~1thing/get/responses/200"]
    assert "cannot write a value keeping to `format: url`" in message


def test_the_pipeline_reports_the_format_warning_at_its_line(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\n"
        "info: {title: T, version: '1'}\n"
        "paths:\n"
        "  /thing:\n"
        "    get:\n"
        "      operationId: getThing\n"
        "      responses:\n"
        "        '200':\n"
        "          description: ok\n"
        "          content:\n"
        "            application/json:\n"
        "              schema:\n"
        "                type: object\n"
        "                properties:\n"
        "                  home: {type: string, format: byte}\n",
        encoding="utf-8",
    )
    result = build(spec, Options(cache_dir=None))
    [warning] = [w for w in result.warnings if "format: byte" in w.message]
    assert (warning.pointer, warning.line) == ("#/paths/~1thing/get/responses/200", 8)


def _contract(api: Api) -> str:
    files = {f.path: f.text for f in render(api)}
    return files["tests/test_contract_things.py"]


def test_a_success_response_of_one_of_twins_is_parsed_by_no_contract_test() -> None:
    api, problems = _normalize(_spec(_json(TWINS), _json(_ref("Thing"))))
    pointer = "#/paths/~1thing/get/responses/200/content/application~1json/schema"
    assert any(p.pointer == pointer and "no finite value" in p.message for p in problems)
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert not t.parsable and not t.prism_answers
    assert "def test_method_get_thing(" not in _contract(api)


def test_a_keyless_call_expects_the_range_or_default_response_prism_answers_with() -> None:
    """pdfblocks.com documents only `4XX`: Prism answers a missing key with that response
    (401 exact, else `4XX`, else `default`), whose body the error's data parses."""
    for key in ("4XX", "default"):
        spec = _spec(_json(_ref("Thing")), {})
        spec["paths"]["/thing"]["get"]["responses"] = {
            "200": _json(_ref("Thing")),
            key: _json(_ref("Other")),
        }
        media = spec["paths"]["/thing"]["get"]["responses"][key]["content"]["application/json"]
        media["example"] = {"error": "no key"}
        api, _ = _normalize(spec)
        [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
        assert t.auth is not None and t.auth.status == 401
        assert t.auth.exception == "OtherError"
        assert [(c.path, c.kind) for c in t.auth.prism_checks] == [
            ((), "isinstance"),
            ((("attr", "error"),), "eq"),
        ], key


def test_a_content_type_header_without_content_is_left_out_of_the_contract_tests() -> None:
    """canada-holidays.ca documents a YAML download as a 200 without content but with a
    `content-type` header: Prism makes that header up ("string") and answers 500."""
    spec = _spec(_json(_ref("Thing")), _json(_ref("Thing")))
    spec["paths"]["/thing"]["get"]["responses"]["200"] = {
        "description": "the spec as YAML",
        "headers": {"content-type": {"schema": {"type": "string"}}},
    }
    api, _ = _normalize(spec)
    assert api.operations[0].responses[0].headers == ("content-type",)
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert not t.prism_answers
    assert "def test_method_get_thing(" not in _contract(api)
    found = dict(views_tests.warnings(api))
    assert "finds no serializer" in found["#/paths/~1thing/get/responses/200/headers"]


def test_a_body_documented_as_any_media_type_is_not_asked_of_prism() -> None:
    """springdoc documents every response as `*/*`: Prism answers 406 to the SDK's JSON
    Accept (and 500 for an object to any other), for success and error bodies alike."""
    wildcard = {"description": "d", "content": {"*/*": {"schema": _ref("Thing")}}}
    spec = _spec(wildcard, wildcard)
    spec["paths"]["/thing"]["get"]["responses"]["default"] = wildcard  # never asked of Prism
    api, _ = _normalize(spec)
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert t.kind == "json" and t.response.content_type == "application/json"  # offline: JSON
    assert not t.prism_answers and t.auth is None
    assert [(c.label, c.prism) for c in t.errors] == [("401", False), ("default", False)]
    assert "def test_method_get_thing(" not in _contract(api)
    found = dict(views_tests.warnings(api))
    assert set(found) == {
        "#/paths/~1thing/get/responses/200/content/*~1*",
        "#/paths/~1thing/get/responses/401/content/*~1*",
    }


def test_any_media_type_beside_json_is_no_prism_limit() -> None:
    """The method reads the JSON; Prism answers it to the SDK's JSON Accept."""
    both = {"schema": _ref("Thing")}
    ok = {"description": "d", "content": {"application/json": both, "*/*": both}}
    api, _ = _normalize(_spec(ok, _json(_ref("Thing"))))
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert t.prism_answers and not list(views_tests.warnings(api))


def test_allof_parts_without_a_type_before_a_typed_one_are_not_made_up_by_prism() -> None:
    """ote-godaddy.com: Prism's made-up body for `allOf: [$ref Base, {type: object, ...}]`
    leaves out Base (no `type` of its own), so Base's required properties are missing."""
    for base_type, left_out in (({}, True), ({"type": "object"}, False)):
        spec = _spec(_json(_ref("Detail")), _json(_ref("Thing")))
        base = {"required": ["x"], "properties": {"x": {"type": "string"}}, **base_type}
        spec["components"]["schemas"]["Base"] = base
        spec["components"]["schemas"]["Detail"] = {
            "allOf": [_ref("Base"), {"type": "object", "properties": {"y": {"type": "string"}}}]
        }
        api, _ = _normalize(spec)
        detail = next(m for m in api.models if m.name == "Detail")
        assert detail.untyped_all_of == (("x",) if left_out else ())
        [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
        assert t.prism_answers is not left_out
        found = dict(views_tests.warnings(api))
        message = found.get("#/paths/~1thing/get/responses/200", "")
        assert ("leaves out the allOf parts of Detail" in message) is left_out


def test_a_property_example_breaking_its_schema_breaks_the_body_prism_makes_up() -> None:
    """mastercard.com SpendingPulse: `Count: {type: string, example: 4}`. The generated tests
    use a value of their own, but Prism writes the example into the body it makes up."""
    spec = _spec(_json(_ref("Thing")), _json(_ref("Thing")))
    spec["components"]["schemas"]["Thing"]["properties"]["name"]["example"] = 4
    api, problems = _normalize(spec)
    assert any("example does not match its schema" in p.message for p in problems)
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert not t.prism_answers
    found = dict(views_tests.warnings(api))
    message = found["#/paths/~1thing/get/responses/200"]
    assert "it writes the example of Thing.name, which breaks its schema" in message


@pytest.mark.parametrize(
    ("name", "faked"),
    [
        ({"allOf": [_ref("Code"), {"description": "AWS's usual shape"}]}, True),
        ({"allOf": [{"type": "integer", "minimum": 5}, {"description": "inline"}]}, True),
        ({"allOf": [_ref("Code")]}, False),  # one part: Prism keeps its keywords
        (_ref("Code"), False),
        ({"type": "string", "minLength": 12}, False),  # Prism writes "stringstring"
        ({"allOf": [{"type": "string"}, {"description": "no keyword to lose"}]}, False),
    ],
)
def test_a_scalar_an_allof_of_several_parts_constrains_is_faked_by_prism(
    name: dict[str, Any], faked: bool
) -> None:
    """aws iot1click-devices: for `allOf: [{$ref: __stringMin12Max40}, {description}]` Prism's
    body builder writes "string" (it merges no allOf keyword of a scalar: formats, lengths,
    bounds) and rejects it (500); its faker (`Prefer: dynamic=true`) keeps them."""
    spec = _spec(_json(_ref("Thing")), _json(_ref("Thing")))
    spec["components"]["schemas"]["Code"] = {"type": "string", "minLength": 12, "maxLength": 40}
    spec["components"]["schemas"]["Thing"]["properties"]["name"] = name
    api, _ = _normalize(spec)
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert t.prism_answers
    assert (("Prefer", "dynamic=true") in t.prism_headers) is faked
    made_up = views_tests.tests_context(api)["made_up_operations"]
    assert bool(made_up) is faked


def test_a_faked_body_with_a_one_of_whose_members_overlap_is_left_out() -> None:
    """lgtm.com: `task-result: {oneOf: [analysis, code-review, queryjob]}`, objects requiring
    nothing, and an example (`""`) breaking it, so Prism is asked to fake the body: its faker
    writes a value of any member, which every member accepts (500, "must match exactly one
    schema in oneOf"). A static body is checked by its first member only, as Prism writes it."""
    spec = _spec(_json(_ref("Task")), _json(_ref("Thing")))
    schemas = spec["components"]["schemas"]
    loose = {"type": "object", "properties": {"id": {"type": "integer"}}}
    schemas["Analysis"], schemas["Review"] = loose, {**loose, "required": ["id"]}
    one_of = {"oneOf": [_ref("Review"), _ref("Analysis")]}
    task = {"type": "object", "properties": {"result": one_of}, "example": {"result": ""}}
    schemas["Task"] = task
    api, _ = _normalize(spec)
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert not t.prism_answers
    message = dict(views_tests.warnings(api))["#/paths/~1thing/get/responses/200"]
    assert "a value of the first oneOf member fits 2 of its members" in message


@pytest.mark.parametrize(
    ("media", "schema", "answers"),
    [
        ("application/x-yaml", _ref("Thing"), False),  # "Cannot find serializer" (lgtm.com)
        ("application/csv", {"type": "array", "items": {"type": "string"}}, False),
        ("application/xml", _ref("Thing"), True),  # Prism writes XML
        ("application/x-yaml", {"type": "string"}, True),  # a string it sends as it is
    ],
)
def test_a_value_of_a_media_type_prism_cannot_write_is_not_asked_of_it(
    media: str, schema: dict[str, Any], answers: bool
) -> None:
    """The SDK returns these bodies unparsed (bytes); Prism, asked for one, writes XML or a
    string, and answers 500 for an object or array of any other media type."""
    ok = {"description": "d", "content": {media: {"schema": schema}}}
    api, _ = _normalize(_spec(ok, _json(_ref("Thing"))))
    [t] = views_tests.tests_context(api)["tests_by_resource"]["things"].methods
    assert t.prism_answers is answers
    pointer = f"#/paths/~1thing/get/responses/200/content/{media.replace('/', '~1')}"
    assert (pointer in dict(views_tests.warnings(api))) is not answers
