"""Example values for the docs and the generated tests: the spec's own, else made up from the type.

Made-up values are plain and valid (the first enum value, a fixed UUID, a model's required
fields), within the schema's constraints (`example_scalars`: lengths, patterns, formats,
bounds; here: item and property counts, unique items), so examples run against a mock server
that validates requests. A union's value fits exactly one member where one can be found (a
server checks `oneOf` strictly). Past `max_depth`, and for a recursive model, values are the
smallest valid ones (`example_finite`); a type with no finite valid value gets a best effort.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping

from .emit import PySource
from .example_checker import ExampleChecker
from .example_finite import Finite, needed
from .example_regex import matching
from .example_scalars import number_value, string_value
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
    is_nullable,
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
# a file where only text goes (a JSON or form body reaching a component's binary property):
# UTF-8 bytes, which the client sends as their text; a filename would be sent as a value too
TEXT_FILE = PySource('b"Hello, world!"', "Hello, world!")


def file_example(t: TypeRef, as_text: bool = False) -> PySource | None:
    """A file argument (or a list of one file) as Python source, `as_text` as bytes the
    client sends as text; None for other types: a file has no JSON value."""
    t = non_null(t)
    one = TEXT_FILE if as_text else PySource(FILE_SOURCE)
    if t == Primitive("file"):
        return one
    if isinstance(t, ArrayOf) and non_null(t.item) == Primitive("file"):
        return PySource(f"[{one.text}]", None if one.sent is None else [one.sent])
    return None


_DISTINCT_TRIES = 20  # unique items: alternative values tried per item


class ExampleMaker:
    """Made-up values; `max_depth` stops a recursive model from going on forever."""

    def __init__(
        self, models: Mapping[str, Model], enums: Mapping[str, Enum], max_depth: int
    ) -> None:
        self.models = models
        self.enums = enums
        self.max_depth = max_depth
        self.checker = ExampleChecker(models, enums)
        self.finite = Finite(models)

    def synthetic(self, t: TypeRef, depth: int = 0) -> JsonValue:
        if depth >= self.max_depth and not isinstance(t, Primitive):
            if is_nullable(t):
                return None  # the smallest value that ends a recursion
            if not self.finite.has_value(t):  # no valid value: an empty one ends it
                return [] if isinstance(t, ArrayOf) else {}
        t = non_null(t)
        if isinstance(t, UnionOf):
            return self._union(t, depth)
        if isinstance(t, Primitive):
            return primitive_value(t)
        if isinstance(t, LiteralOf):
            return next((v for v in t.values if v is not None), None)
        if isinstance(t, EnumRef):
            enum = self.enums.get(t.name)
            return enum.values[0].value if enum and enum.values else "example"
        if isinstance(t, ArrayOf):
            return self._array(t, depth)
        if isinstance(t, MapOf):
            c = t.constraints
            if c.key_patterns:
                return self._patterned_map(t, depth)
            stop = depth >= self.max_depth or c.max_properties == 0 or c.closed  # closed: {}
            wanted = 0 if stop else 1
            count = max(wanted, c.min_properties or 0)
            keys = ["key", *(f"key{i}" for i in range(2, count + 1))][:count]
            return {k: self.synthetic(t.value, depth + 1) for k in keys}
        return self._model(t, depth)

    def _patterned_map(self, t: MapOf, depth: int) -> JsonValue:
        """A map whose keys must match its patterns: one entry under a key made from the only
        pattern, whose schema is then the map's value type; {} otherwise."""
        c = t.constraints
        key = matching(c.key_patterns[0]) if len(c.key_patterns) == 1 else None
        if key is None or depth >= self.max_depth or c.max_properties == 0:
            return {}
        return {key: self.synthetic(t.value, depth + 1)}

    def _model(self, t: ModelRef, depth: int) -> JsonValue:
        model = self.models.get(t.name)
        if model is None:
            return {}
        if model.has_example:
            return self.convert(model.example)
        required = needed(model) if depth >= self.max_depth else model.fields
        value = {
            f.wire_name: self._field(f.type, f.example, f.has_example, depth)
            for f in required
            if f.required
        }
        wanted = model.constraints.min_properties or 0
        for f in model.fields:
            if len(value) >= wanted:
                break
            if f.wire_name not in value and not (f.read_only or f.no_value):
                value[f.wire_name] = self._field(f.type, f.example, f.has_example, depth)
        return value

    def non_empty(self, t: TypeRef, value: JsonValue) -> JsonValue:
        """A path value with one item or property in place of an empty array or object, which
        expands to nothing (the runtime refuses to leave a path segment empty)."""
        t = non_null(t)
        if value not in ({}, []):
            return value
        model = self.models.get(t.name) if isinstance(t, ModelRef) else None
        field = next((f for f in model.fields if not f.read_only), None) if model else None
        if field is not None:
            return {field.wire_name: self._field(field.type, field.example, field.has_example, 0)}
        if isinstance(t, ArrayOf):
            return [self.synthetic(t.item, 1)]
        return value

    def _field(self, t: TypeRef, example: JsonValue, has_example: bool, depth: int) -> JsonValue:
        return self.convert(example) if has_example else self.synthetic(t, depth + 1)

    def _array(self, t: ArrayOf, depth: int) -> JsonValue:
        c = t.constraints
        # a closed tuple: JSON Schema 2020-12 allows an item per position, but Prism (draft 7)
        # reads `items: false` as "no item at all"; the empty list is valid to both
        wanted = 0 if depth >= self.max_depth or c.max_items == 0 or c.closed else 1
        count = max(wanted, c.min_items or 0)
        if count == 0:
            return []
        first = self.synthetic(t.item, depth + 1)
        if not c.unique_items or count == 1:
            return [first] * count
        found = {_canonical(first): first}
        for value in self._alternatives(t.item, depth + 1):
            found.setdefault(_canonical(value), value)
            if len(found) == count:
                break
        return list(found.values())

    def _alternatives(self, t: TypeRef, depth: int) -> Iterator[JsonValue]:
        """Other valid values of `t`, for arrays of unique items."""
        t = non_null(t)
        if isinstance(t, EnumRef):
            enum = self.enums.get(t.name)
            yield from (v.value for v in enum.values) if enum else ()
        elif isinstance(t, LiteralOf):
            yield from t.values
        elif isinstance(t, Primitive) and t.kind == "bool":
            yield from (True, False)
        elif isinstance(t, Primitive) and t.kind in ("int", "float", "str"):
            for i in range(1, _DISTINCT_TRIES + 1):
                plain = f"example{i + 1}" if t.kind == "str" else SYNTHETIC[t.kind]
                value = primitive_value(t, plain, i)
                if self.checker.mismatch(t, value) is None:
                    yield value
        elif isinstance(t, UnionOf):
            for variant in t.variants:
                yield self.synthetic(variant, depth)

    def _union(self, t: UnionOf, depth: int) -> JsonValue:
        """A value of one member that the others reject, as a server validating `oneOf`
        wants (the first member for which one is found, else the first member's value); in a
        tagged union with its tag set to the member's key (a mapping key or the schema's name).
        """
        members = [v for v in t.variants if self.finite.has_value(v)] or list(t.variants)
        if depth >= self.max_depth:  # the member that ends soonest
            members.sort(key=self.finite.rank)
        if t.fallback:  # no oneOf: a subtype's value is valid against the base, the others too
            subtypes = [v for v in members if v != ModelRef(t.fallback)]
            return self._tagged(t, (subtypes or members)[0], depth)
        for variant in members:
            others = [v for v in t.variants if v != variant]
            value = self._only_in(variant, self._tagged(t, variant, depth), others, depth)
            if value is not None:
                return value
        return self._tagged(t, members[0], depth)

    def _tagged(self, t: UnionOf, variant: TypeRef, depth: int) -> JsonValue:
        value = self.synthetic(variant, depth)
        name = variant.name if isinstance(variant, ModelRef) else ""
        tag = next((key for key, model in t.tags if model == name), None)
        if t.discriminator and isinstance(value, dict) and tag is not None:
            value = {**value, t.discriminator: tag}
        return value

    def _only_in(
        self, variant: TypeRef, value: JsonValue, others: list[TypeRef], depth: int
    ) -> JsonValue:
        """`value` of `variant`, made one no member of `others` accepts, or None: as it is,
        then with optional properties added (a property only it declares fails a member closed
        to other properties; one of another type fails a member declaring it)."""
        accepting = [o for o in others if self.checker.mismatch(o, value) is None]
        model = self.models.get(variant.name) if isinstance(variant, ModelRef) else None
        if not accepting or model is None or not isinstance(value, dict):
            return value if not accepting else None
        for f in model.fields:
            if not accepting:
                break
            if f.wire_name in value or f.read_only:
                continue
            trial = {**value, f.wire_name: self._field(f.type, f.example, f.has_example, depth)}
            # a property may also make a member accept that did not (one requiring it)
            still = [o for o in others if self.checker.mismatch(o, trial) is None]
            if len(still) < len(accepting) and self.checker.mismatch(variant, trial) is None:
                value, accepting = trial, still
        return None if accepting else value

    def convert(self, value: JsonValue) -> JsonValue:
        """How a spec example is used; the tests turn YAML dates into JSON strings."""
        return value


def primitive_value(t: Primitive, plain: JsonValue = None, shift: int = 0) -> JsonValue:
    """The kind's plain value (or `plain`, moved by `shift` for numbers), within the type's
    constraints."""
    value = SYNTHETIC[t.kind] if plain is None else plain
    c = t.constraints
    if isinstance(value, str):
        return string_value(value, c)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_value(value + shift, t.kind == "int", c)
    return value


def _canonical(value: JsonValue) -> str:
    return json.dumps(value, sort_keys=True, default=str)


__all__ = [
    "FILE_SOURCE",
    "SYNTHETIC",
    "ExampleChecker",
    "ExampleMaker",
    "file_example",
    "primitive_value",
]
