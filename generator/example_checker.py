"""Whether a value fits its type as the schema reads it, and if not, why and where."""

from __future__ import annotations

import datetime
import json
import uuid
from collections.abc import Mapping

from .example_regex import compiled
from .example_scalars import number_mismatch, string_mismatch
from .model import (
    ArrayOf,
    Constraints,
    Enum,
    EnumRef,
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


class ExampleChecker:
    """Whether a spec example fits its type, read as the schema reads it (required properties,
    types and formats, enum members, constants, tagged unions, and the validation keywords:
    lengths, patterns, bounds, item and property counts): an example that does not would fail
    a test, a mock server's validation or a reader."""

    def __init__(self, models: Mapping[str, Model], enums: Mapping[str, Enum]) -> None:
        self.models = models
        self.enums = enums

    def mismatch(self, t: TypeRef, value: object, at: str = "") -> str | None:
        """Why `value` does not fit `t`, naming the place (`data[0].id`); None if it fits."""
        place = at or "the example"
        if value is None:
            return None if is_nullable(t) else f"{place}: null is not allowed"
        t = non_null(t)
        if isinstance(t, UnionOf):
            return self._union(t, value, at)
        if isinstance(t, Primitive):
            if not _fits(t.kind, value):
                return f"{place}: {_show(value)} is not {_KINDS[t.kind]}"
            broken = _scalar_mismatch(t, value)
            return f"{place}: {_show(value)} {broken}" if broken else None
        if isinstance(t, LiteralOf | EnumRef):
            allowed = t.values if isinstance(t, LiteralOf) else self._members(t.name)
            if allowed is None or any(_same(value, a) for a in allowed):
                return None
            return f"{place}: {_show(value)} is not one of {', '.join(_show(a) for a in allowed)}"
        if isinstance(t, ArrayOf):
            if not isinstance(value, list):
                return f"{place}: {_show(value)} is not an array"
            found = (self.mismatch(t.item, v, f"{at}[{i}]") for i, v in enumerate(value))
            return next((m for m in found if m), None) or _items_mismatch(
                value, t.constraints, place
            )
        if isinstance(t, MapOf):
            if not isinstance(value, dict):
                return f"{place}: {_show(value)} is not an object"
            found = (self.mismatch(t.value, v, _key(at, k)) for k, v in value.items())
            reason = next((m for m in found if m), None)
            return reason or _properties_mismatch(value, t.constraints, set(), at)
        return self._model(t, value, at)

    def _model(self, t: ModelRef, value: object, at: str) -> str | None:
        model = self.models.get(t.name)
        if model is None:
            return None
        if not isinstance(value, dict):
            return f"{at or 'the example'}: {_show(value)} is not an object ({t.name})"
        for f in model.fields:
            if f.wire_name in value and f.no_value:
                return f"{_key(at, f.wire_name)}: no value is valid for this property"
            if f.wire_name in value:
                reason = self.mismatch(f.type, value[f.wire_name], _key(at, f.wire_name))
                if reason:
                    return reason
            elif f.required and not (f.read_only or f.write_only):  # sent one way only
                return f"{_key(at, f.wire_name)}: required property missing"
        declared = {f.wire_name for f in model.fields}
        return _properties_mismatch(value, model.constraints, declared, at)

    def _union(self, t: UnionOf, value: object, at: str) -> str | None:
        if t.discriminator is None or not isinstance(value, dict):
            reasons = [self.mismatch(v, value, at) for v in t.variants]
            if all(reasons):
                return f"{reasons[0]} (and no other member of the union fits)"
            return None
        tag = value.get(t.discriminator)
        if tag is None and t.fallback is None:
            return f"{_key(at, t.discriminator)}: the union's tag property is missing"
        variant = self._variant(t, tag) if tag is not None else None
        if variant is None and t.fallback is not None:  # read as the base model
            return self.mismatch(ModelRef(t.fallback), value, at)
        if variant is None:
            return f"{_key(at, t.discriminator)}: {_show(tag)} names no member of the union"
        return self.mismatch(variant, value, at)

    def _variant(self, t: UnionOf, tag: object) -> TypeRef | None:
        """The member a tagged union's tag value selects: by its mapping, else by the member's
        constant tag property."""
        for value, name in t.tags:
            if _same(tag, value):
                return ModelRef(name)
        for variant in t.variants:
            model = self.models.get(variant.name) if isinstance(variant, ModelRef) else None
            for f in model.fields if model else ():
                values = f.type.values if isinstance(f.type, LiteralOf) else ()
                if f.wire_name == t.discriminator and any(_same(tag, v) for v in values):
                    return variant
        return None

    def _members(self, name: str) -> tuple[str | int, ...] | None:
        enum = self.enums.get(name)
        return tuple(v.value for v in enum.values) if enum else None


_KINDS = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "a boolean",
    "datetime": "a date-time",
    "date": "a date",
    "uuid": "a UUID",
    "uri": "a string (URI)",
    "bytes": "a string (bytes)",
    "any": "any value",
    "null": "null",
    "file": "a file",
}


def _scalar_mismatch(t: Primitive, value: object) -> str | None:
    """What a value of the right kind breaks of the type's constraints."""
    c = t.constraints
    if isinstance(value, str):
        return string_mismatch(value, c)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number_mismatch(value, t.kind == "int", c)
    return None


def _items_mismatch(value: list[object], c: Constraints, place: str) -> str | None:
    if c.min_items is not None and len(value) < c.min_items:
        return f"{place}: has fewer than {c.min_items} items"
    if c.max_items is not None and len(value) > c.max_items:
        return f"{place}: has more than {c.max_items} items"
    if c.unique_items and len({_canonical(v) for v in value}) < len(value):
        return f"{place}: has duplicate items"
    return None


def _properties_mismatch(
    value: dict[str, object], c: Constraints, declared: set[str], at: str
) -> str | None:
    place = at or "the example"
    if c.min_properties is not None and len(value) < c.min_properties:
        return f"{place}: has fewer than {c.min_properties} properties"
    if c.max_properties is not None and len(value) > c.max_properties:
        return f"{place}: has more than {c.max_properties} properties"
    extra = sorted(k for k in value if k not in declared) if c.closed else []
    if extra:
        return f"{_key(at, extra[0])}: not a declared property (additionalProperties is false)"
    unmatched = sorted(k for k in value if not _matches_any(c.key_patterns, k))
    if c.key_patterns and unmatched:
        return f"{_key(at, unmatched[0])}: the key matches none of the patternProperties"
    return None


def _matches_any(patterns: tuple[str, ...], key: str) -> bool:
    """Whether `key` matches one of these ECMAScript patterns; one Python's `re` cannot read
    (a rare dialect difference) is taken as matching rather than rejecting a valid example."""
    for pattern in patterns:
        regex = compiled(pattern)
        if regex is None or regex.search(key):
            return True
    return False


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _fits(kind: str, value: object) -> bool:
    if kind in ("any", "file"):
        return True
    if kind == "bool":
        return isinstance(value, bool)
    if kind in ("int", "float"):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        return kind == "float" or float(value).is_integer()
    if kind == "datetime":
        return isinstance(value, datetime.datetime) or _parses(value, datetime.datetime, 11)
    if kind == "date":
        plain_date = isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
        return plain_date or _parses(value, datetime.date, 10)
    if kind == "uuid":
        return isinstance(value, str) and _is_uuid(value)
    # YAML reads an unquoted timestamp as a date; as JSON it is the ISO string
    return isinstance(value, str | datetime.date)


def _parses(value: object, kind: type[datetime.date], min_length: int) -> bool:
    if not isinstance(value, str) or len(value) < min_length:
        return False
    try:
        kind.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def _same(value: object, allowed: object) -> bool:
    """Equal as JSON values: `True` is not `1`."""
    return isinstance(value, bool) == isinstance(allowed, bool) and value == allowed


def _key(at: str, key: str) -> str:
    return f"{at}.{key}" if at else key


def _show(value: object) -> str:
    text = json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."
