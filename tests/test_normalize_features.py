"""normalize: the model for the features issue 5 asks for (inline specs, no rendering)."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import Problem
from generator.method_plans import MethodPlan, method_plans
from generator.model import ANY, NULL, Api, ArrayOf, EnumRef, ModelRef, Primitive, UnionOf, non_null
from generator.normalize import normalize
from generator.views_client_methods import method_view, resource_methods


def _normalize(spec: dict[str, Any]) -> tuple[Api, list[Problem]]:
    data = {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}, **spec}
    return normalize(data, file="t.yaml", line_of=lambda p: 3, digest="0" * 64, config={})


def _schemas(**schemas: Any) -> dict[str, Any]:
    return {"components": {"schemas": schemas}}


def _model(api: Api, name: str) -> Any:
    return next(m for m in api.models if m.name == name)


def test_names_colliding_after_casing_are_an_error() -> None:
    obj = {"type": "object", "properties": {"a": {"type": "string"}}}
    _, problems = _normalize(_schemas(**{"foo_bar": obj, "FooBar": obj, "foo-bar": obj}))
    errors = [p for p in problems if p.severity == "error"]
    assert [p.pointer for p in errors] == [
        "#/components/schemas/foo-bar",
        "#/components/schemas/foo_bar",
    ]
    assert all("'FooBar'" in p.message and "rename" in p.message for p in errors)


def test_mapping_tags_and_literal_tags() -> None:
    ref = {"$ref": "#/components/schemas/A"}
    api, problems = _normalize(
        _schemas(
            A={"type": "object", "required": ["t"], "properties": {"t": {"type": "string"}}},
            B={"type": "object", "required": ["t"], "properties": {"t": {"type": "string"}}},
            C={"type": "object", "required": ["t"], "properties": {"t": {"const": "c"}}},
            D={"type": "object", "required": ["t"], "properties": {"t": {"enum": ["d"]}}},
            Mapped={
                "oneOf": [ref, {"$ref": "#/components/schemas/B"}],
                "discriminator": {"propertyName": "t", "mapping": {"a": "#/components/schemas/A"}},
            },
            Literal_={
                "oneOf": [{"$ref": "#/components/schemas/C"}, {"$ref": "#/components/schemas/D"}],
                "discriminator": {"propertyName": "t"},
            },
            Holder={
                "type": "object",
                "properties": {
                    "m": {"$ref": "#/components/schemas/Mapped"},
                    "l": {"$ref": "#/components/schemas/Literal_"},
                },
            },
        )
    )
    assert not problems
    m, lit = _model(api, "Holder").fields
    assert m.type == UnionOf((ModelRef("A"), ModelRef("B")), "t", (("B", "B"), ("a", "A")))
    assert lit.type == UnionOf((ModelRef("C"), ModelRef("D")), "t")


def test_discriminator_over_non_objects_is_a_warning() -> None:
    _, problems = _normalize(
        _schemas(
            U={
                "oneOf": [{"type": "string"}, {"type": "integer"}],
                "discriminator": {"propertyName": "k"},
            }
        )
    )
    [warning] = problems
    assert (
        warning.severity == "warning" and warning.pointer == "#/components/schemas/U/discriminator"
    )


def test_nullable_component_models_and_int_enums() -> None:
    api, _ = _normalize(
        _schemas(
            N={"type": ["object", "null"], "properties": {"a": {"type": "string"}}},
            E={"type": "integer", "enum": [1, 2], "nullable": True},
            H={
                "type": "object",
                "properties": {
                    "n": {"$ref": "#/components/schemas/N"},
                    "e": {"$ref": "#/components/schemas/E"},
                },
            },
        )
    )
    n, e = _model(api, "H").fields
    assert n.type == UnionOf((ModelRef("N"), NULL))
    assert e.type == UnionOf((EnumRef("E", "int"), NULL))


def test_read_only_fields_are_not_body_arguments_and_private_names_are_avoided() -> None:
    body = {
        "type": "object",
        "properties": {"id": {"type": "string", "readOnly": True}, "2fa": {"type": "boolean"}},
    }
    api, _ = _normalize(
        {
            "paths": {
                "/x": {
                    "post": {
                        "operationId": "1make",
                        "requestBody": {"content": {"application/json": {"schema": body}}},
                        "responses": {"204": {"description": "ok"}},
                    }
                }
            }
        }
    )
    [op] = api.operations
    assert op.name == "call_1make"
    assert [f.name for f in op.body.fields] == ["field_2fa"]  # type: ignore[union-attr]


def test_unsupported_bodies_and_parameters_warn() -> None:
    _, problems = _normalize(
        {
            "paths": {
                "/x": {
                    "post": {
                        "parameters": [
                            {
                                "name": "p",
                                "in": "query",
                                "style": "pipeDelimited",  # defined for arrays and objects
                                "schema": {"type": "string"},
                            }
                        ],
                        "requestBody": {
                            "content": {"application/xml": {"schema": {"type": "object"}}}
                        },
                        "responses": {
                            "200": {
                                "description": "ok",
                                "content": {
                                    "application/xml": {
                                        "schema": {
                                            "type": "object",
                                            "properties": {"a": {"type": "string"}},
                                        }
                                    }
                                },
                            }
                        },
                    }
                }
            }
        }
    )
    pointers = sorted(
        p.pointer
        for p in problems
        if p.severity == "warning" and not p.message.startswith("Prism")  # its own tests
    )
    assert pointers == [
        "#/paths/~1x/post/parameters/0/style",
        "#/paths/~1x/post/requestBody/content/application~1xml",
        "#/paths/~1x/post/responses/200/content/application~1xml",
    ]


def test_a_required_property_missing_from_properties_is_a_required_any_field() -> None:
    """JSON Schema requires the key with any value; the SDK must be able to send it."""
    obj = {
        "type": "object",
        "properties": {"a": {"type": "string"}},
        "required": ["a", "b (undeclared)"],
    }
    api, problems = _normalize(_schemas(Thing=obj))
    fields = {f.wire_name: f for f in _model(api, "Thing").fields}
    assert list(fields) == ["a", "b (undeclared)"]
    assert fields["b (undeclared)"].required and fields["b (undeclared)"].type == ANY
    (warning,) = [p for p in problems if "not declared" in p.message]
    assert warning.severity == "warning"
    assert warning.pointer == "#/components/schemas/Thing/required"
    assert "'b (undeclared)'" in warning.message


def test_a_required_list_that_is_no_list_does_not_crash() -> None:
    obj = {"type": "object", "properties": {"a": {"type": "string"}}, "required": True}
    api, _ = _normalize(_schemas(Thing=obj))
    assert [f.required for f in _model(api, "Thing").fields] == [False]


def test_a_ref_fragment_is_percent_decoded() -> None:
    """A `$ref` is a URI: a path key's braces arrive as `%7B`/`%7D` (spacetraders.io)."""
    item = {"type": "object", "properties": {"id": {"type": "string"}}}
    listed = {"type": "array", "items": item}
    ref = "#/paths/~1things~1%7Bid%7D/get/responses/200/content/application~1json/schema"
    ok = {"description": "ok", "content": {"application/json": {"schema": listed}}}
    same = {"description": "ok", "content": {"application/json": {"schema": {"$ref": ref}}}}
    path_param = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
    api, problems = _normalize(
        {
            "paths": {
                "/things/{id}": {"get": {"parameters": path_param, "responses": {"200": ok}}},
                "/others": {"get": {"responses": {"200": same}}},
            }
        }
    )
    assert [p for p in problems if p.severity == "error"] == []
    types = {op.path: op.response.type for r in api.resources for op in r.operations if op.response}
    assert types["/others"] == types["/things/{id}"]


def test_standalone_function_names_never_clash_with_an_async_twin() -> None:
    """`registerHostAsync`'s function would be `registerHost`'s async one (rubrikinc)."""
    ok = {"200": {"description": "ok"}}
    ops = {
        "/a": {"post": {"operationId": "registerHost", "tags": ["host"], "responses": ok}},
        "/b": {"post": {"operationId": "registerHostAsync", "tags": ["host"], "responses": ok}},
        "/c": {"get": {"operationId": "registerHost_async", "tags": ["host"], "responses": ok}},
    }
    api, _ = _normalize({"paths": ops})
    names = [op.func_name for op in api.resources[0].operations]
    assert names[0] == "host_register_host"
    every = [n for name in names for n in (name, f"{name}_async")]
    assert len(set(every)) == len(every) == 6


def test_names_colliding_after_casing_are_fine_when_no_class_is_made() -> None:
    """AWS specs hold `long` and `Long`, both plain integers: neither becomes a class."""
    obj = {"type": "object", "properties": {"n": {"$ref": "#/components/schemas/long"}}}
    api, problems = _normalize(
        _schemas(long={"type": "integer"}, Long={"type": "integer"}, Holder=obj)
    )
    assert [p for p in problems if p.severity == "error"] == []
    assert [m.name for m in api.models] == ["Holder"]
    bag = {"type": "object", "properties": {"n": {"type": "integer"}}}
    _, problems = _normalize(_schemas(long=bag, Long=bag, long_={"type": "integer"}))
    assert [p.pointer for p in problems if p.severity == "error"] == ["#/components/schemas/long"]


def test_an_unparsed_media_type_is_warned_about_only_when_the_method_returns_it() -> None:
    """zoom.us offers XML beside JSON on 235 responses: the method returns the JSON."""
    obj = {"schema": {"type": "object", "properties": {"id": {"type": "string"}}}}
    both = {"description": "ok", "content": {"application/json": obj, "application/xml": obj}}
    xml = {"description": "ok", "content": {"application/xml": obj}}
    paths = {
        "/both": {"get": {"operationId": "both", "responses": {"200": both}}},
        "/xml": {"get": {"operationId": "xml", "responses": {"200": xml}}},
    }
    _, problems = _normalize({"paths": paths})
    warned = [p.pointer for p in problems if "are not parsed" in p.message]
    assert warned == ["#/paths/~1xml/get/responses/200/content/application~1xml"]


def test_an_unparsed_body_keeps_no_example_of_the_parsed_value() -> None:
    """setlist.fm: an XML response shares its JSON twin's schema, whose example (an object)
    describes the parsed value, not the bytes the method returns; no warning either."""
    example = {"name": "The Beatles"}
    schema = {"type": "object", "properties": {"name": {"type": "string"}}, "example": example}
    obj = {"schema": {"$ref": "#/components/schemas/Artist"}}
    text = {"schema": {"type": "string", "format": "binary"}, "example": "PNG"}
    content = {"application/json": obj, "application/xml": obj, "image/png": text}
    paths = {
        "/a": {
            "get": {
                "operationId": "a",
                "responses": {"200": {"description": "ok", "content": content}},
            }
        }
    }
    api, problems = _normalize({"paths": paths, **_schemas(Artist=schema)})
    assert [p.message for p in problems if "example" in p.message] == []
    responses = api.resources[0].operations[0].responses
    assert [(r.example, r.has_example) for r in responses] == [
        (example, True),
        (None, False),
        ("PNG", True),
    ]


def test_an_error_class_is_named_after_the_schema_it_refers_to() -> None:
    """AWS specs: status 480 refers to `ResourceNotFoundException: {}` (no model, no phrase)."""
    ref = {"schema": {"$ref": "#/components/schemas/ResourceNotFoundException"}}
    bad = {"description": "ResourceNotFoundException", "content": {"application/json": ref}}
    responses = {"200": {"description": "ok"}, "480": bad}
    api, _ = _normalize(
        {
            "paths": {"/a": {"get": {"operationId": "a", "responses": responses}}},
            **_schemas(ResourceNotFoundException={}),
        }
    )
    op = api.resources[0].operations[0]
    assert [(e.status, e.class_name) for e in op.errors] == [("480", "ResourceNotFoundException")]
    bad["content"]["application/json"] = {"schema": {"$ref": "#/components/schemas/Exception"}}
    api, _ = _normalize(
        {
            "paths": {"/a": {"get": {"operationId": "a", "responses": responses}}},
            **_schemas(Exception={}),
        }
    )
    [error] = api.resources[0].operations[0].errors
    assert error.class_name == "APIException"  # unicourt.com: never `class Exception`


def _post_body(schema: dict[str, Any]) -> dict[str, Any]:
    content = {"application/json": {"schema": schema}}
    return {
        "paths": {
            "/things": {
                "post": {
                    "operationId": "createThing",
                    "requestBody": {"required": True, "content": content},
                    "responses": {"204": {"description": "ok"}},
                }
            }
        }
    }


def test_an_all_of_part_that_only_requires_makes_a_model_with_those_fields_required() -> None:
    """`allOf: [$ref, {required: [title]}]` was read as the referenced model alone, with
    `title` optional: the SDK let a call leave out what the API requires."""
    category = {"type": "object", "properties": {"title": {"type": "string"}, "kind": {}}}
    body = {"allOf": [{"$ref": "#/components/schemas/Category"}, {"required": ["title"]}]}
    api, problems = _normalize({**_post_body(body), **_schemas(Category=category)})
    assert not problems
    [op] = api.operations
    assert op.body is not None and op.body.type == ModelRef("CreateThingRequest")
    assert {f.wire_name: f.required for f in op.body.fields} == {"title": True, "kind": False}
    assert not any(f.required for f in _model(api, "Category").fields)  # the component stays


def test_an_all_of_part_requiring_nothing_new_keeps_the_referenced_model() -> None:
    category = {"type": "object", "required": ["title"], "properties": {"title": {}}}
    body = {"allOf": [{"$ref": "#/components/schemas/Category"}, {"required": ["title"]}]}
    api, _ = _normalize({**_post_body(body), **_schemas(Category=category)})
    assert api.operations[0].body is not None
    assert api.operations[0].body.type == ModelRef("Category")


_DOC = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "category": {"type": "string"},
        "categorySlug": {"type": "string"},
        "meta": {"type": "object", "properties": {"code": {"type": "string"}}},
    },
}


def test_one_of_members_listing_only_what_they_require_are_models_of_the_object() -> None:
    """An object whose oneOf members only say `required: [title, category]` or `required:
    [title, categorySlug]` was typed Any (the members have no type): now one model per member,
    leaving out what only the other members require (a value with both matches both)."""
    members = [{"required": ["title", "category"]}, {"required": ["title", "categorySlug"]}]
    doc = {**_DOC, "oneOf": members, "additionalProperties": True}
    api, problems = _normalize(
        {**_post_body({"$ref": "#/components/schemas/Doc"}), **_schemas(Doc=doc)}
    )
    assert not problems
    assert api.operations[0].body is not None
    assert api.operations[0].body.type == UnionOf((ModelRef("Doc1"), ModelRef("Doc2")))
    first, second = _model(api, "Doc1"), _model(api, "Doc2")
    assert {f.wire_name: f.required for f in first.fields} == {
        "title": True,
        "category": True,
        "meta": False,
    }
    assert {f.wire_name: f.required for f in second.fields} == {
        "title": True,
        "categorySlug": True,
        "meta": False,
    }
    assert first.pointer == "#/components/schemas/Doc/oneOf/0"
    # the properties' own types are built once, named after the object
    meta = {f.wire_name: f.type for f in first.fields}["meta"]
    assert meta == {f.wire_name: f.type for f in second.fields}["meta"] == ModelRef("DocMeta")


def test_any_of_members_listing_only_what_they_require_keep_every_property() -> None:
    members = [{"required": ["category"]}, {"required": ["categorySlug"]}]
    api, _ = _normalize(_schemas(Doc={**_DOC, "anyOf": members}))
    for name, required in (("Doc1", "category"), ("Doc2", "categorySlug")):
        fields = {f.wire_name: f.required for f in _model(api, name).fields}
        assert set(fields) == {"title", "category", "categorySlug", "meta"}
        assert [w for w, r in fields.items() if r] == [required]


def test_an_event_stream_without_a_schema_yields_untyped_events() -> None:
    """text/event-stream with only an example: the events were typed None, so the SDK
    rejected every event the API sent."""
    stream = {"text/event-stream": {"example": "data: hello\n\n"}}
    op = {
        "operationId": "ask",
        "responses": {"200": {"description": "answer", "content": stream}},
    }
    api, _ = _normalize({"paths": {"/ask": {"post": op}}})
    [response] = api.operations[0].responses
    assert response.streaming and response.type == ANY


def test_json_lines_are_a_typed_stream_beside_json() -> None:
    """A JSON lines schema describes one line, as an event stream's describes one event; with
    JSON offered too, the method keeps the JSON and a `_stream` twin reads the lines. Nothing
    is warned about: not the media type, not an example written as the whole body."""
    item = {"type": "object", "properties": {"id": {"type": "string"}}}
    content = {
        # an example written as the body: its first line is what an item looks like
        "application/x-ndjson": {"schema": item, "example": '{"id": "a"}\n{"id": "b"}\n'},
        "application/json": {"schema": {"type": "array", "items": item}},
    }
    seq = {"application/json-seq": {"schema": {"type": "integer"}}}
    paths = {
        "/rows": {"get": {"operationId": "rows", "responses": {"200": {"content": content}}}},
        "/seq": {"get": {"operationId": "seq", "responses": {"200": {"content": seq}}}},
    }
    api, problems = _normalize({"paths": paths})
    assert [p.message for p in problems] == []
    rows, _ = api.resources[0].operations
    plain, streamed = rows.responses
    assert (plain.content_type, plain.streaming) == ("application/json", False)
    assert streamed.streaming and streamed.type == ModelRef("RowsItem")
    assert (streamed.example, streamed.has_example) == ({"id": "a"}, True)
    assert [m.name for m in resource_methods(api.resources[0])] == ["rows", "rows_stream", "seq"]
    method = method_view(method_plans(api.resources[0])[2])
    assert (method.stream, method.returns) == ("JsonLines(separator='\\x1e')", "Stream[int]")
    assert method.accept == "application/json-seq, application/json"


def test_a_model_named_like_a_keyword_gets_an_importable_module() -> None:
    """dnd5eapi.co has a schema `Class`: `from .class import Class` does not parse."""
    obj = {"type": "object", "properties": {"name": {"type": "string"}}}
    api, _ = _normalize(_schemas(Class=obj, Import=obj, ClassLevel=obj))
    assert {m.name: m.module for m in api.models} == {
        "Class": "class_",
        "ClassLevel": "class_level",
        "Import": "import_",
    }


def test_a_tuple_is_a_list_of_its_positions_types_with_a_warning() -> None:
    number, text = {"type": "number"}, {"type": "string"}
    api, problems = _normalize(
        _schemas(
            Shape={
                "type": "object",
                "properties": {
                    "point": {"type": "array", "prefixItems": [number, number], "items": False},
                    "mixed": {"type": "array", "prefixItems": [number, text], "items": False},
                    "open": {"type": "array", "prefixItems": [number]},
                    "loose": {"type": "array", "prefixItems": [number, {}], "items": False},
                },
            }
        )
    )
    fields = {f.name: f.type for f in _model(api, "Shape").fields}
    point, mixed, loose = (non_null(fields[n]) for n in ("point", "mixed", "loose"))
    assert isinstance(point, ArrayOf) and point.item == Primitive("float")
    assert point.constraints.closed  # items: false, so examples send [] (Prism reads draft 7)
    assert isinstance(mixed, ArrayOf)
    assert mixed.item == UnionOf((Primitive("float"), Primitive("str")))
    assert isinstance(loose, ArrayOf) and loose.item == ANY
    open_ = non_null(fields["open"])  # no `items`: any value may follow the positions
    assert isinstance(open_, ArrayOf) and open_.item == ANY and not open_.constraints.closed
    warned = sorted(p.pointer for p in problems if "prefixItems" in p.message)
    assert warned == [
        f"#/components/schemas/Shape/properties/{n}/prefixItems"
        for n in ("loose", "mixed", "open", "point")
    ]
    assert not [p for p in problems if "not an object" in p.message]  # `items: false` is fine


def test_a_false_schema_is_named_as_such() -> None:
    _, problems = _normalize(_schemas(Box={"type": "object", "properties": {"never": False}}))
    assert [p.message for p in problems] == ["schema `false` accepts no value; typed as any value"]


def test_server_variables_and_operation_servers() -> None:
    ok = {"responses": {"204": {"description": "done"}}}
    server_url = "https://{class}.example/{timeout}/{api-version}"
    api, problems = _normalize(
        {
            "servers": [
                {
                    "url": server_url,
                    "variables": {
                        "api-version": {"default": "v1", "enum": ["v1", "v2"]},
                        "timeout": {"default": "t", "description": "Named like an argument."},
                        "class": {"default": "c"},
                        "unused": {"default": "u"},
                    },
                }
            ],
            "paths": {
                "/a": {"get": {**ok, "servers": [{"url": "/v2"}, {"url": "https://no.example"}]}},
                "/b": {"servers": [{"url": "https://c.example/t/v1"}], "get": ok},  # the API's
                "/c": {"get": ok},
                "/d": {"get": {**ok, "servers": [{"url": server_url, "variables": {}}]}},
            },
        }
    )
    assert problems == []
    [server] = api.servers
    assert [(v.name, v.argument, v.default, v.enum) for v in server.variables] == [
        ("class", "class_", "c", ()),  # a keyword
        ("timeout", "timeout_2", "t", ()),  # the constructor's own argument
        ("api-version", "api_version", "v1", ("v1", "v2")),
    ]
    assert server.default_url == "https://c.example/t/v1"
    a, b, c, d = api.operations
    # relative: kept as written, resolved per request against the client's URL
    assert a.server is not None and a.server.url == "/v2" and a.server.relative
    # the API's server again, by its default URL or its template (the client's arguments)
    assert b.server is None and c.server is None and d.server is None


def test_argument_docs_mark_deprecation_and_name_the_api_default() -> None:
    query = {"name": "page_size", "in": "query", "description": "Rows per page."}
    api, _ = _normalize(
        {
            "paths": {
                "/rows": {
                    "get": {
                        "operationId": "listRows",
                        "parameters": [
                            {**query, "schema": {"type": "integer", "default": 20}},
                            {"name": "old", "in": "query", "deprecated": True, "schema": {}},
                        ],
                        "responses": {"204": {"description": "none"}},
                    }
                }
            }
        }
    )
    view = method_view(MethodPlan.of(api.operations[0]))
    docs = {a.name: a.description for a in view.args}
    assert docs["page_size"] == "Rows per page. The API's default: `20`."
    assert docs["old"] == "Deprecated. The `old` query parameter."


def test_a_binary_component_in_a_json_response_union_is_text() -> None:
    """rudder.example.local: `oneOf: [Directive, DirectiveCsv]` where DirectiveCsv is
    `format: binary`, built as a file for a raw body first: a JSON response holds text."""
    csv = {"$ref": "#/components/schemas/Csv"}
    union = {"oneOf": [{"$ref": "#/components/schemas/Directive"}, csv]}
    raw = {"content": {"application/octet-stream": {"schema": csv}}}
    json_ok = {"description": "ok", "content": {"application/json": {"schema": union}}}
    paths = {
        "/a": {
            "put": {
                "operationId": "put",
                "requestBody": raw,
                "responses": {"204": {"description": "ok"}},
            }
        },
        "/b": {"get": {"operationId": "get", "responses": {"200": json_ok}}},
    }
    directive = {"type": "object", "properties": {"id": {"type": "string"}}}
    csv_schema = {"type": "string", "format": "binary"}
    api, problems = _normalize({"paths": paths, **_schemas(Directive=directive, Csv=csv_schema)})
    put, get = sorted(api.operations, key=lambda op: op.path)
    assert put.body is not None and put.body.type == Primitive("file")
    assert get.responses[0].type == UnionOf((ModelRef("Directive"), Primitive("str")))
    assert any("format: binary in a JSON response" in p.message for p in problems)


def test_the_content_of_a_204_response_is_ignored_with_a_warning() -> None:
    """api.video documents `204 No Content` with a JSON object: Prism (and HTTP) send no body,
    which the method failed to parse."""
    no_content = {"description": "No Content", "content": {"application/json": {"schema": {}}}}
    paths = {"/a": {"delete": {"operationId": "d", "responses": {"204": no_content}}}}
    api, problems = _normalize({"paths": paths})
    [response] = api.operations[0].responses
    assert (response.status, response.content_type, response.type) == ("204", None, None)
    [warning] = [p for p in problems if "has no body" in p.message]
    assert warning.pointer == "#/paths/~1a/delete/responses/204/content"


def test_enum_and_const_values_no_literal_holds_are_typed_by_the_other_keywords() -> None:
    """docker.com engine: `enum: [{}]` became `Literal[{}]`, which mypy refuses; a fraction
    became a member of a str enum class."""
    props = {
        "empty": {"const": {}, "type": "object"},
        "pair": {"const": [1, 2]},
        "ratio": {"type": "number", "enum": [0.5, 1.5]},
        "kind": {"type": "string", "enum": ["a", "b"]},
        "one": {"const": 1},
    }
    api, problems = _normalize(_schemas(Thing={"type": "object", "properties": props}))
    types = {f.name: f.type for f in _model(api, "Thing").fields}
    assert non_null(types["ratio"]) == Primitive("float")
    assert non_null(types["pair"]) == ANY and isinstance(non_null(types["kind"]), EnumRef)
    assert type(non_null(types["one"])).__name__ == "LiteralOf"
    assert not api.enums[0].name.startswith("Ratio") and len(api.enums) == 1
    warned = sorted(p.pointer for p in problems if "no Python literal" in p.message)
    assert warned == [
        "#/components/schemas/Thing/properties/empty/const",
        "#/components/schemas/Thing/properties/pair/const",
        "#/components/schemas/Thing/properties/ratio/enum",
    ]
