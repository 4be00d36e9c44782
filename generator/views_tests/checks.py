"""`Check`s: the assertions a parsed value must pass, read off its example JSON."""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence

from .. import emit
from ..emit import Check, PathStep
from ..model import (
    ArrayOf,
    EnumRef,
    JsonValue,
    LiteralOf,
    MapOf,
    ModelRef,
    Primitive,
    TypeRef,
    UnionOf,
    is_nullable,
    non_null,
)
from .values import MAX_DEPTH, ExampleValues

_MAX_CHECKS = 40  # assertions per parsed value: enough to read every field of a typical example
_MAX_ITEMS = 3  # list and map entries checked one by one


class CheckBuilder(ExampleValues):
    """Turns example values into the `Check`s a parsed value must pass."""

    def checks(self, t: TypeRef, value: JsonValue, path: tuple[PathStep, ...]) -> list[Check]:
        found: list[Check] = []
        for check in self._walk(t, value, path, 0):
            found.append(check)
            if len(found) >= _MAX_CHECKS:
                break
        return found

    def _walk(
        self,
        t: TypeRef,
        value: JsonValue,
        path: tuple[PathStep, ...],
        depth: int,
        optional: bool = False,  # an attribute the model may leave at None
    ) -> Iterator[Check]:
        if value is None:
            yield Check(path, "is", None)
            return
        if path and (optional or is_nullable(t)) and isinstance(value, list | dict):
            # the type checker reads `x | None`: len() and indexing need it narrowed first
            yield Check(path, "is not", None)
        t = non_null(t)
        member = _tagged_member(t, value) if depth <= MAX_DEPTH else None
        if member is not None:  # the member the tag picks, as the runtime does
            yield from self._walk(member, value, path, depth)
        elif depth > MAX_DEPTH or isinstance(t, UnionOf):
            yield Check(path, "json", value)
        elif isinstance(t, ModelRef) and isinstance(value, dict) and t.name in self.models:
            model = self.models[t.name]
            yield Check(path, "isinstance", emit.py_class_ref(t.name))
            fields = {f.wire_name: f for f in model.fields}
            for key, item in value.items():
                if key in fields:
                    f = fields[key]
                    step: PathStep = ("attr", f.name)
                    yield from self._walk(f.type, item, (*path, step), depth + 1, not f.required)
        elif isinstance(t, ArrayOf) and isinstance(value, list):
            yield Check(path, "len", len(value))
            for index, item in enumerate(value[:_MAX_ITEMS]):
                yield from self._walk(t.item, item, (*path, ("item", index)), depth + 1)
        elif isinstance(t, MapOf) and isinstance(value, dict):
            yield Check(path, "len", len(value))
            for key, item in list(value.items())[:_MAX_ITEMS]:
                yield from self._walk(t.value, item, (*path, ("item", key)), depth + 1)
        elif isinstance(t, EnumRef):
            yield self.enum_check(t, value, path)
        elif isinstance(t, Primitive):
            yield _primitive_check(t, value, path)
        elif isinstance(t, LiteralOf):
            yield Check(path, "is" if isinstance(value, bool) else "eq", value)
        else:  # the example does not have the shape of its type
            yield Check(path, "json", value)

    def enum_check(self, t: EnumRef, value: JsonValue, path: tuple[PathStep, ...]) -> Check:
        enum = self.enums.get(t.name)
        member = next((v for v in enum.values if v.value == value), None) if enum else None
        if member is None:  # open enum: an unknown value stays plain
            return Check(path, "eq", value)
        return Check(path, "is", emit.py_enum_member(t.name, member.name))


def class_checks(checks: Sequence[Check], t: TypeRef) -> tuple[Check, ...]:
    """Only the class of the value itself: all one can expect of a body Prism makes up; of a
    union, nothing (Prism ignores the tag: the member its value selects is not known)."""
    if isinstance(non_null(t), UnionOf):
        return ()
    return tuple(c for c in checks if c.path == () and c.kind == "isinstance")


def _tagged_member(t: TypeRef, value: JsonValue) -> TypeRef | None:
    """The member of a union read by its tag (`UnionOf.tags`) that `value` is parsed as: the
    one its tag maps to, else the fallback (a base member: its inheritance union, which reads
    the value by its own tag); None for other types and values."""
    if not isinstance(t, UnionOf) or not t.tags or not isinstance(value, dict):
        return None
    tag = value.get(t.discriminator or "")
    name = dict(t.tags).get(tag) if isinstance(tag, str) else None
    name = name or t.fallback
    base = next((v for v in t.variants if isinstance(v, UnionOf) and v.fallback == name), None)
    return base or (ModelRef(name) if name else None)


def _primitive_check(t: Primitive, value: JsonValue, path: tuple[PathStep, ...]) -> Check:
    if t.kind in ("datetime", "date") and isinstance(value, str):
        parsed = _parse_time(t.kind, value)
        return Check(path, "eq", emit.py_time(parsed)) if parsed else Check(path, "json", value)
    if t.kind in ("bytes", "file"):
        return Check(path, "json", value)
    return Check(path, "is" if isinstance(value, bool) else "eq", value)


def _parse_time(kind: str, value: str) -> datetime.date | None:
    try:
        if kind == "date":
            return datetime.date.fromisoformat(value)
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None
