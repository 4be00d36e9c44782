"""Example values for the docs and the generated tests: the spec's own, else made up from the type.

Made-up values are plain and valid (the first enum value, a fixed UUID, a model's required
fields), so examples run against a mock server that validates requests.
"""

from __future__ import annotations

from collections.abc import Mapping

from .model import (
    ArrayOf,
    Enum,
    EnumRef,
    JsonValue,
    LiteralOf,
    MapOf,
    Model,
    ModelRef,
    Primitive,
    TypeRef,
    UnionOf,
    non_null,
)

SYNTHETIC: dict[str, JsonValue] = {
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
FILE_SOURCE = '("example.txt", b"Hello, world!")'  # a file argument, as Python source


class ExampleMaker:
    """Made-up values; `max_depth` stops a recursive model from going on forever."""

    def __init__(
        self, models: Mapping[str, Model], enums: Mapping[str, Enum], max_depth: int
    ) -> None:
        self.models = models
        self.enums = enums
        self.max_depth = max_depth

    def synthetic(self, t: TypeRef, depth: int = 0) -> JsonValue:
        t = non_null(t)
        if isinstance(t, UnionOf):
            t = t.variants[0]
        if isinstance(t, Primitive):
            return SYNTHETIC[t.kind]
        if isinstance(t, LiteralOf):
            return next((v for v in t.values if v is not None), None)
        if isinstance(t, EnumRef):
            enum = self.enums.get(t.name)
            return enum.values[0].value if enum and enum.values else "example"
        if depth >= self.max_depth:
            return [] if isinstance(t, ArrayOf) else {}
        if isinstance(t, ArrayOf):
            return [self.synthetic(t.item, depth + 1)]
        if isinstance(t, MapOf):
            return {"key": self.synthetic(t.value, depth + 1)}
        model = self.models.get(t.name) if isinstance(t, ModelRef) else None
        if model is None:
            return {}
        if model.has_example:
            return self.convert(model.example)
        return {
            f.wire_name: self.convert(f.example)
            if f.has_example
            else self.synthetic(f.type, depth + 1)
            for f in model.fields
            if f.required
        }

    def convert(self, value: JsonValue) -> JsonValue:
        """How a spec example is used; the tests turn YAML dates into JSON strings."""
        return value
