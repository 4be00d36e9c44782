"""Valid values Prism cannot take or make (`views_tests.prism_limits`): a request value several
members of a oneOf accept (Prism checks oneOf as JSON Schema and ignores the discriminator), a
body Prism makes up from a oneOf's first member that other members accept too, or that ends a
recursion with `{}` lacking required properties; and parameter values whose items are objects,
which no style defines and Prism reads as strings. The contract tests leave those calls out and
the generator warns where."""

from __future__ import annotations

from typing import Any

from generator import views_tests
from generator.model import Api
from generator.normalize import normalize
from generator.render import render

_REF = "#/components/schemas/"
_OBJECT_A = {"type": "object", "properties": {"a": {"type": "string"}}}
_OBJECT_C = {"type": "object", "properties": {"c": {"type": "string"}}}
_PET = {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}}


def _api(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> Api:
    data = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }
    api, _ = normalize(data, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})
    return api


def _post(op_id: str, schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
    body = {"required": required, "content": {"application/json": {"schema": schema}}}
    ok = {"204": {"description": "ok"}}
    return {"post": {"operationId": op_id, "tags": ["t"], "requestBody": body, "responses": ok}}


def _get(op_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}
    return {"get": {"operationId": op_id, "tags": ["t"], "responses": ok}}


def _methods(api: Api) -> dict[str, Any]:
    return {t.name: t for t in views_tests.tests_context(api)["tests_by_resource"]["t"].methods}


def test_a_value_several_oneof_members_accept_is_not_sent_to_prism() -> None:
    both = [_OBJECT_A, _OBJECT_C]  # no required property: every object fits both
    pets = [{"$ref": _REF + "Cat"}, {"$ref": _REF + "Dog"}]
    api = _api(
        {
            "/one": _post("one", {"oneOf": both}),
            "/any": _post("any", {"anyOf": both}),  # any number may fit: sent
            "/apart": _post("apart", {"oneOf": [{"type": "string"}, {"type": "integer"}]}),
            "/pets": _post(
                "pets", {"oneOf": pets, "discriminator": {"propertyName": "kind"}}, True
            ),
        },
        {"Cat": _PET, "Dog": _PET},
    )
    methods = _methods(api)
    assert (methods["one"].sendable, methods["one"].prism_full) == (True, False)
    assert (methods["any"].prism_full, methods["apart"].prism_full) == (True, True)
    assert not methods["pets"].sendable  # required: no call Prism takes
    warnings = dict(views_tests.warnings(api))
    assert warnings["#/paths/~1one/post/requestBody"] == (
        "the value the generated tests send for body ({}) fits 2 members of a oneOf; Prism"
        " validates oneOf as JSON Schema (exactly one member) and ignores a discriminator, so"
        " it rejects the request: the contract tests leave out the calls sending it"
    )
    assert "#/paths/~1pets/post/requestBody" in warnings
    assert len(warnings) == 2
    files = {f.path: f.text for f in render(api) if f.path.startswith("tests/")}
    contract = files["tests/test_contract_t.py"]
    assert "def test_method_one(" in contract
    assert "def test_method_one_with_all_params(" not in contract
    assert "def test_method_any_with_all_params(" in contract
    assert "def test_method_pets" not in contract
    assert "def test_method_one_with_all_params(" in files["tests/test_t.py"]  # offline: sent


def test_a_value_one_member_accepts_is_found_and_sent() -> None:
    """A property of one member that another declares with another type tells them apart."""
    first = {"type": "object", "properties": {"a": {"type": "string"}}}
    second = {"type": "object", "properties": {"a": {"type": "integer"}}}
    api = _api({"/one": _post("one", {"oneOf": [first, second]}, True)})
    method = _methods(api)["one"]
    assert method.sendable and method.minimal.json == {"a": "example"}
    assert views_tests.warnings(api) == []


def test_a_made_up_body_prism_would_break_is_not_read() -> None:
    person = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}, "boss": {"$ref": _REF + "Person"}},
    }
    node = {
        "type": "object",
        "properties": {"children": {"type": "array", "items": {"$ref": _REF + "Node"}}},
    }
    api = _api(
        {
            "/person": _get("person", {"$ref": _REF + "Person"}),  # the cut lacks `name`
            "/node": _get("node", {"$ref": _REF + "Node"}),  # `{}` is a valid node
            "/shared": _get(
                "shared",
                {"oneOf": [{"type": "string"}, {"$ref": _REF + "Pet"}, {"type": "string"}]},
            ),
            "/apart": _get("apart", {"oneOf": [{"type": "string"}, {"$ref": _REF + "Pet"}]}),
        },
        {"Person": person, "Node": node, "Pet": _PET},
    )
    methods = _methods(api)
    answers = {name: t.prism_answers for name, t in methods.items()}
    assert answers == {"person": False, "node": True, "shared": False, "apart": True}
    warnings = dict(views_tests.warnings(api))
    assert warnings["#/paths/~1person/get/responses/200"] == (
        "the body Prism makes up for this response (it has no example) breaks its schema: it"
        " ends the recursion of Person with {}, without the required name; the contract tests"
        " leave out the calls reading it (give the response an example)"
    )
    assert (
        "a value of the first oneOf member fits 2" in warnings["#/paths/~1shared/get/responses/200"]
    )
    context = views_tests.tests_context(api)
    assert ("GET", "/person") in context["untestable_operations"]
    contract = next(f.text for f in render(api) if f.path == "tests/test_contract_t.py")
    assert "def test_method_person(" not in contract
    assert "def test_error_person(" in contract  # Prism's error bodies are not affected
    assert "def test_method_node(" in contract


def test_parameter_items_that_are_objects_are_sent_as_json_and_kept_from_prism() -> None:
    """No style defines an array of objects: the runtime sends each object as JSON text (the
    offline tests expect that), Prism reads every item as a string. The tests send the empty
    array where the schema allows it, else leave the call out of the contract tests."""
    items = {"type": "array", "items": _OBJECT_A}
    api = _api(
        {
            "/h": {
                "get": {
                    "operationId": "h",
                    "tags": ["t"],
                    "parameters": [
                        {"name": "X-Free", "in": "header", "schema": items},
                        {
                            "name": "X-Given",
                            "in": "header",
                            "schema": items,
                            "example": [{"a": "x"}],
                        },
                    ],
                    "responses": {"204": {"description": "ok"}},
                }
            }
        }
    )
    method = _methods(api)["h"]
    assert dict(method.minimal.args) == {
        "x_free": [],
        "x_given": [{"a": "x"}],
    }  # Prism crashes without either
    assert dict(method.minimal.headers)["X-Given"] == '{"a":"x"}'
    assert not method.sendable
    assert (
        "'X-Given' ([{'a': 'x'}]) holds arrays or objects"
        in dict(views_tests.warnings(api))["#/paths/~1h/get/parameters"]
    )
