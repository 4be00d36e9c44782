"""Example values of the generated tests: the spec's examples, else values made up from the type."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import cast

from .. import views_client
from ..emit import ArgValue, PySource
from ..model import (
    Api,
    ArrayOf,
    EnumRef,
    JsonValue,
    LiteralOf,
    MapOf,
    ModelRef,
    Primitive,
    TypeRef,
    UnionOf,
    non_null,
)

MAX_DEPTH = 6  # made-up values and checks stop here: a recursive model would never end
_SYNTHETIC: dict[str, JsonValue] = {
    "str": "example",
    "int": 1,
    "float": 1.5,
    "bool": True,
    "datetime": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "uri": "https://example.com",
    "bytes": "ZXhhbXBsZQ==",
    "any": {},
    "null": None,
    "file": None,
}
_FILE_ARGUMENT = PySource('("example.txt", b"Hello, world!")')


class ExampleValues:
    """Lookups built once for one API, and the example values every test uses."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.models = {m.name: m for m in api.models}
        self.enums = {e.name: e for e in api.enums}
        self.error_types = {e.class_name: e.data_type for e in api.error_classes}
        self.scheme = views_client.client_scheme(api)

    def example(self, t: TypeRef, value: JsonValue, has_value: bool) -> ArgValue:
        """The spec's example, else a value made up from the type."""
        if isinstance(non_null(t), Primitive) and non_null(t) == Primitive("file"):
            return _FILE_ARGUMENT
        if has_value:
            return jsonable(value)
        return self.synthetic(t, 0)

    def synthetic(self, t: TypeRef, depth: int) -> JsonValue:
        t = non_null(t)
        if isinstance(t, UnionOf):
            t = t.variants[0]
        if isinstance(t, Primitive):
            return _SYNTHETIC[t.kind]
        if isinstance(t, LiteralOf):
            return next((v for v in t.values if v is not None), None)
        if isinstance(t, EnumRef):
            enum = self.enums.get(t.name)
            return enum.values[0].value if enum and enum.values else "example"
        if depth >= MAX_DEPTH:
            return [] if isinstance(t, ArrayOf) else {}
        if isinstance(t, ArrayOf):
            return [self.synthetic(t.item, depth + 1)]
        if isinstance(t, MapOf):
            return {"key": self.synthetic(t.value, depth + 1)}
        model = self.models.get(t.name) if isinstance(t, ModelRef) else None
        if model is None:
            return {}
        if model.has_example:
            return jsonable(model.example)
        return {
            f.wire_name: (
                jsonable(f.example) if f.has_example else self.synthetic(f.type, depth + 1)
            )
            for f in model.fields
            if f.required
        }

    def wire_path(self, t: TypeRef, attributes: Sequence[str]) -> tuple[str, ...]:
        """Attribute names (as `Pagination` holds them) turned into JSON property names."""
        wire: list[str] = []
        current: TypeRef | None = t
        for name in attributes:
            current = non_null(current) if current is not None else None
            model = self.models.get(current.name) if isinstance(current, ModelRef) else None
            field = next((f for f in model.fields if f.name == name), None) if model else None
            wire.append(field.wire_name if field else name)
            current = field.type if field else None
        return tuple(wire)


def jsonable(value: object) -> JsonValue:
    """An example as JSON data (YAML reads unquoted timestamps as dates)."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, datetime.date):
        return value.isoformat()
    return cast(JsonValue, value)  # a scalar, or a file argument's PySource (multipart only)


def follow(value: JsonValue, path: Sequence[str | int] | None) -> JsonValue:
    for key in path or ():
        if isinstance(value, dict) and isinstance(key, str):
            value = value.get(key)
        elif isinstance(value, list) and isinstance(key, int) and key < len(value):
            value = value[key]
        else:
            return None
    return value
