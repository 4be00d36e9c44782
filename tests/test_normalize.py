"""normalize: inline spec snippets → the intermediate model."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.model import (
    NULL,
    Api,
    ArrayOf,
    EnumRef,
    LiteralOf,
    MapOf,
    ModelRef,
    Primitive,
    UnionOf,
)

ApiFrom = Callable[..., Api]


def spec(
    schemas: dict[str, Any] | None = None, paths: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Acme Widgets API", "version": "1.2.3"},
        "paths": paths or {},
        "components": {"schemas": schemas or {}, **extra.pop("components", {})},
        **extra,
    }


def ok(schema_ref: str) -> dict[str, Any]:
    return {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": schema_ref}}},
        }
    }


def test_settings_default_from_title(api_from: ApiFrom) -> None:
    api = api_from(spec())
    assert api.settings.package_name == "acme_widgets"
    assert api.settings.client_name == "AcmeWidgets"
    assert api.settings.env_var == "ACME_WIDGETS_API_KEY"
    assert api.settings.version == "1.2.3"


def test_config_overrides_defaults(api_from: ApiFrom) -> None:
    api = api_from(spec(), {"package_name": "acme", "client_name": "Acme"})
    assert (api.settings.package_name, api.settings.client_name) == ("acme", "Acme")


def test_nullable_in_both_dialects(api_from: ApiFrom) -> None:
    api = api_from(
        spec(
            {
                "M": {
                    "type": "object",
                    "properties": {
                        "a": {"type": ["string", "null"]},
                        "b": {"type": "string", "nullable": True},
                        "c": {"type": "string"},
                    },
                }
            }
        )
    )
    fields = {f.name: f for f in api.models[0].fields}
    assert fields["a"].type == UnionOf((Primitive("str"), NULL))
    assert fields["b"].type == UnionOf((Primitive("str"), NULL))
    assert not fields["c"].nullable


def test_const_enum_and_formats(api_from: ApiFrom) -> None:
    api = api_from(
        spec(
            {
                "M": {
                    "type": "object",
                    "required": ["deleted"],
                    "properties": {
                        "deleted": {"type": "boolean", "const": True},
                        "when": {"type": "string", "format": "date-time"},
                        "day": {"type": "string", "format": "date"},
                        "size": {"type": "integer", "format": "int64"},
                        "ratio": {"type": "number", "format": "double"},
                        "color": {"type": "string", "enum": ["red", "dark-blue"]},
                        "level": {"type": "integer", "enum": [1, 2, 3]},
                    },
                },
            }
        )
    )
    fields = {f.name: f.type for f in api.models[0].fields}
    assert fields["deleted"] == LiteralOf((True,))
    assert fields["when"] == Primitive("datetime")
    assert fields["day"] == Primitive("date")
    assert fields["size"] == Primitive("int")
    assert fields["ratio"] == Primitive("float")
    assert fields["color"] == EnumRef("MColor")
    enums = {e.name: e for e in api.enums}
    assert [v.name for v in enums["MColor"].values] == ["RED", "DARK_BLUE"]
    assert enums["MLevel"].value_kind == "int"
    assert all(e.open for e in api.enums)


def test_all_of_merges_into_one_model(api_from: ApiFrom) -> None:
    api = api_from(
        spec(
            {
                "Base": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string"}},
                },
                "Pet": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Base"},
                        {"type": "object", "properties": {"name": {"type": "string"}}},
                    ]
                },
            }
        )
    )
    pet = next(m for m in api.models if m.name == "Pet")
    assert [(f.name, f.required) for f in pet.fields] == [("id", True), ("name", False)]


def test_single_ref_all_of_wrapper_is_an_alias(api_from: ApiFrom) -> None:
    api = api_from(
        spec(
            {
                "Key": {"type": "object", "properties": {"id": {"type": "string"}}},
                "Wrap": {
                    "type": "object",
                    "properties": {
                        "data": {
                            "allOf": [
                                {"$ref": "#/components/schemas/Key"},
                                {"description": "The key."},
                            ]
                        }
                    },
                },
            }
        )
    )
    wrap = next(m for m in api.models if m.name == "Wrap")
    assert wrap.fields[0].type == ModelRef("Key")
    assert len(api.models) == 2


def test_one_of_with_discriminator(api_from: ApiFrom) -> None:
    api = api_from(
        spec(
            {
                "Cat": {"type": "object", "properties": {"kind": {"const": "cat"}}},
                "Dog": {"type": "object", "properties": {"kind": {"const": "dog"}}},
                "Pet": {
                    "oneOf": [
                        {"$ref": "#/components/schemas/Cat"},
                        {"$ref": "#/components/schemas/Dog"},
                    ],
                    "discriminator": {"propertyName": "kind"},
                },
                "Owner": {
                    "type": "object",
                    "properties": {"pet": {"$ref": "#/components/schemas/Pet"}},
                },
            }
        )
    )
    owner = next(m for m in api.models if m.name == "Owner")
    # the tags are optional properties, so they are read from the data (const value → model)
    tags = (("cat", "Cat"), ("dog", "Dog"))
    assert owner.fields[0].type == UnionOf((ModelRef("Cat"), ModelRef("Dog")), "kind", tags)


def test_recursive_and_mutually_recursive_schemas(api_from: ApiFrom) -> None:
    api = api_from(
        spec(
            {
                "Node": {
                    "type": "object",
                    "properties": {
                        "children": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Node"},
                        }
                    },
                },
                "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
                "B": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
            }
        )
    )
    models = {m.name: m for m in api.models}
    assert models["Node"].fields[0].type == ArrayOf(ModelRef("Node"))
    assert models["A"].module == models["B"].module  # one module breaks the import cycle


def test_inline_objects_named_from_their_location(api_from: ApiFrom) -> None:
    api = api_from(
        spec(
            {
                "Order": {
                    "type": "object",
                    "properties": {
                        "shipping": {"type": "object", "properties": {"city": {"type": "string"}}},
                        "tags": {"type": "object", "additionalProperties": {"type": "string"}},
                        "grid": {
                            "type": "array",
                            "items": {"type": "array", "items": {"type": "integer"}},
                        },
                    },
                }
            }
        )
    )
    fields = {f.name: f.type for f in next(m for m in api.models if m.name == "Order").fields}
    assert fields["shipping"] == ModelRef("OrderShipping")
    assert fields["tags"] == MapOf(Primitive("str"))
    assert fields["grid"] == ArrayOf(ArrayOf(Primitive("int")))


def test_read_only_and_write_only_fields(api_from: ApiFrom) -> None:
    api = api_from(
        spec(
            {
                "Cred": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string", "readOnly": True},
                        "key": {"type": "string", "writeOnly": True},
                    },
                }
            }
        )
    )
    fields = {f.name: f for f in api.models[0].fields}
    assert fields["id"].read_only and fields["key"].write_only


BYOKISH_PATHS = {
    "/things/{id}": {
        "parameters": [{"$ref": "#/components/parameters/Id"}],
        "get": {
            "operationId": "getThing",
            "tags": ["things"],
            "responses": ok("#/components/schemas/Thing"),
        },
        "patch": {
            "operationId": "updateThing",
            "tags": ["things"],
            "x-speakeasy-name-override": "update",
            "parameters": [
                {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
                {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
            ],
            "requestBody": {"$ref": "#/components/requestBodies/ThingPatch"},
            "responses": {
                **ok("#/components/schemas/Thing"),
                "404": {"$ref": "#/components/responses/NotFound"},
            },
        },
    },
    "/ping": {
        "post": {
            "operationId": "ping",
            "deprecated": True,
            "responses": {"204": {"description": "pong"}},
        }
    },
}
COMPONENTS = {
    "parameters": {
        "Id": {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    },
    "requestBodies": {
        "ThingPatch": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "name": {"type": ["string", "null"]},
                            "id": {"type": "string"},
                        },
                    }
                }
            },
        }
    },
    "responses": {
        "NotFound": {
            "description": "missing",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
    },
}
SCHEMAS = {
    "Thing": {"type": "object", "properties": {"id": {"type": "string"}}},
    "Problem": {"type": "object", "properties": {"message": {"type": "string"}}},
}


def test_operations_parameters_bodies_and_errors(api_from: ApiFrom) -> None:
    api = api_from(spec(SCHEMAS, BYOKISH_PATHS, components=COMPONENTS))
    things = next(r for r in api.resources if r.name == "things")
    get, update = things.operations
    assert (get.name, get.http_method, get.path) == ("get_thing", "GET", "/things/{id}")
    assert [(p.name, p.location, p.required) for p in get.parameters] == [
        ("id", "id" and "path", True)
    ]
    assert update.name == "update"
    names = {(p.name, p.wire_name) for p in update.parameters}
    assert names == {("id", "id"), ("x_trace", "X-Trace"), ("timeout_2", "timeout")}
    assert update.body is not None and update.body.required
    assert [(f.name, f.wire_name) for f in update.body.fields] == [("name", "name"), ("id_2", "id")]
    assert not update.idempotent and get.idempotent
    assert [(e.status, e.class_name) for e in update.errors] == [("404", "ProblemError")]
    assert [e.class_name for e in api.error_classes] == ["ProblemError"]


def test_untagged_and_deprecated_operations_go_to_default_resource(api_from: ApiFrom) -> None:
    api = api_from(spec(SCHEMAS, BYOKISH_PATHS, components=COMPONENTS))
    default = next(r for r in api.resources if r.name == "default")
    (ping,) = default.operations
    assert ping.deprecated and ping.responses[0].content_type is None


def test_security_schemes(api_from: ApiFrom) -> None:
    api = api_from(
        spec(
            components={
                "securitySchemes": {
                    "bearer": {"type": "http", "scheme": "bearer"},
                    "header_key": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
                    "query_key": {"type": "apiKey", "in": "query", "name": "api_key"},
                }
            }
        )
    )
    kinds = {s.name: (s.kind, s.location, s.param_name) for s in api.security}
    assert kinds == {
        "bearer": ("bearer", "header", "Authorization"),
        "header_key": ("api_key", "header", "X-API-Key"),
        "query_key": ("api_key", "query", "api_key"),
    }


def test_byok_spec_shape(api_from: ApiFrom) -> None:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "spec" / "openrouter-byok.yaml").read_text()
    api = api_from(text)
    (byok,) = api.resources
    ops = {op.name: op for op in byok.operations}
    assert sorted(ops) == ["create", "delete", "get", "list", "update"]
    listing = ops["list"]
    assert listing.pagination is not None
    assert listing.pagination.items_path == ("data",)
    assert listing.pagination.total_path == ("total_count",)
    assert [h.client_option for h in api.client_headers] == [
        "http_referer",
        "app_title",
        "app_categories",
    ]
    update = ops["update"]
    assert update.body is not None
    nullable = {f.wire_name for f in update.body.fields if f.nullable}
    assert {"allowed_models", "allowed_user_ids", "allowed_api_key_hashes"} <= nullable
    create = ops["create"]
    assert create.body is not None and any(
        f.write_only for f in create.body.fields if f.wire_name == "key"
    )
