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
from .example_checker import Direction, ExampleChecker, wrong_way
from .example_finite import Finite, needed
from .example_regex import matching
from .example_scalars import number_value, string_value
from .model import (
    ArrayOf,
    Enum,
    EnumRef,
    Field,
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
    """Made-up values; `max_depth` stops a recursive model from going on forever.

    `direction` says where the values go. A request's leave read-only properties out, even
    from the spec's examples (they must not be sent), and hold the required write-only ones; a
    response's the other way round, but for the write-only properties a spec example holds:
    it is what a mock server answers, and the SDK's models take them (train-travel's payment
    example shows its `cvc`). An example leaving out a required property of its way (osf.io's
    models omit their read-only `id`, which a response holds) is completed with made-up
    values; one that still does not fit is not used. None: the spec's examples as they are.
    """

    def __init__(
        self,
        models: Mapping[str, Model],
        enums: Mapping[str, Enum],
        max_depth: int,
        direction: Direction | None = None,
    ) -> None:
        self.models = models
        self.enums = enums
        self.max_depth = max_depth
        self.direction = direction
        self.checker = ExampleChecker(models, enums, direction)
        self.either_way = ExampleChecker(models, enums)
        self.finite = Finite(models)
        # model name → its example as a value of this direction (None: it does not fit one)
        self._model_examples: dict[str, JsonValue | None] = {}
        self._completing: set[str] = set()  # models whose example is being completed

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
            example = self._model_example(model, depth)
            if example is not None:
                return example
        response = self.direction == "response"
        required = needed(model, response) if depth >= self.max_depth else model.fields
        value = {
            f.wire_name: self._field(f.type, f.example, f.has_example, depth)
            for f in required
            if f.required and not wrong_way(f, self.direction)
        }
        wanted = model.constraints.min_properties or 0
        for f in model.fields:
            if len(value) >= wanted:
                break
            if f.wire_name not in value and not (self._left_out(f) or f.no_value):
                value[f.wire_name] = self._field(f.type, f.example, f.has_example, depth)
        return value

    def _left_out(self, f: Field) -> bool:
        """An optional property made-up values leave out: one of the other direction; with
        none given, a read-only one (it may go in a request)."""
        return wrong_way(f, self.direction) if self.direction else f.read_only

    def _model_example(self, model: Model, depth: int) -> JsonValue | None:
        """The model's example as a value of this direction, None if it does not fit one."""
        if self.direction is None:
            return self.convert(model.example)
        if model.name in self._model_examples:
            return self._model_examples[model.name]
        if model.name in self._completing:  # completing it needs itself: made up instead
            return None
        self._completing.add(model.name)
        try:
            found = self.spec_value(ModelRef(model.name), model.example, depth, made_up=False)
        finally:
            self._completing.discard(model.name)
        self._model_examples[model.name] = found
        return found

    def spec_value(
        self, t: TypeRef, example: JsonValue, depth: int = 0, made_up: bool = True
    ) -> JsonValue:
        """A spec example of `t` as a value of this direction (`complete`); when it does not
        fit even so, a made-up value (`made_up`) or None."""
        value = self.convert(example)
        if self.direction is None:
            return value
        value = self.complete(t, value, depth)
        if self.checker.mismatch(t, value) is None:
            return value
        return self.synthetic(t, depth) if made_up else None

    def complete(self, t: TypeRef, value: JsonValue, depth: int) -> JsonValue:
        """`value` with made-up values for the required properties of this direction it
        leaves out, and, in a request, without its read-only properties, through arrays, maps,
        models and the union member it fits."""
        if value is None or self.direction is None:
            return value
        t = non_null(t)
        if isinstance(t, ArrayOf) and isinstance(value, list):
            return [self.complete(t.item, v, depth + 1) for v in value]
        if isinstance(t, MapOf) and isinstance(value, dict):
            return {k: self.complete(t.value, v, depth + 1) for k, v in value.items()}
        if isinstance(t, UnionOf):  # the first member it fits, read either way
            fits = (v for v in t.variants if self.either_way.mismatch(v, value) is None)
            variant = next(fits, None)
            return value if variant is None else self.complete(variant, value, depth)
        model = self.models.get(t.name) if isinstance(t, ModelRef) else None
        if model is None or not isinstance(value, dict):
            return value
        fields = {f.wire_name: f for f in model.fields}
        done = {
            k: self.complete(fields[k].type, v, depth + 1) if k in fields else v
            for k, v in value.items()
            if k not in fields or not (self.direction == "request" and fields[k].read_only)
        }
        for f in model.fields:
            if f.required and f.wire_name not in done and not wrong_way(f, self.direction):
                done[f.wire_name] = self._field(f.type, f.example, f.has_example, depth)
        return done

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
        if has_example:
            return self.spec_value(t, example, depth + 1)
        return self.synthetic(t, depth + 1)

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
        # a base member (an inheritance union) is named by its base
        name = variant.name if isinstance(variant, ModelRef) else ""
        name = name or (variant.fallback if isinstance(variant, UnionOf) else None) or ""
        tag = next((key for key, model in t.tags if model == name), None)
        if not t.discriminator or not isinstance(value, dict) or tag is None:
            return value
        if dict(t.tags).get(str(value.get(t.discriminator))) == name:
            return value  # a subtype's own tag on the same property picks the member too
        return {**value, t.discriminator: tag}

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
            if f.wire_name in value or self._left_out(f):
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
