"""Module constants for the JSON documents the tests use, each example spelled once.

A model value that several documents carry (the same object inside a list response, a create
response and a get response) becomes a constant of its own, named after its model, and the
documents refer to it; a value that differs from such a constant in a few fields is spelled
`{**CONSTANT, "name": "other"}`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from ..emit import py_data
from ..model import ArrayOf, JsonValue, MapOf, Model, ModelRef, TypeRef, non_null
from ..naming import claim, upper_snake

_MIN_CHARS = 60  # a shared value shorter than this stays inline: a name would not help
_MAX_CHANGED = 0.25  # share of the fields a derived value may change

Key = tuple[str, str]  # (model name, canonical JSON)


@dataclass
class _Constant:
    name: str
    type: TypeRef | None
    value: JsonValue
    deps: set[str] = field(default_factory=set)
    source: str = ""


@dataclass(frozen=True)
class Spelled:
    source: str  # a Python expression
    names: frozenset[str]  # the constants it refers to


class Constants:
    """Register every document (`named`, `shared`, `inline`), then `finish`, then spell."""

    def __init__(self, models: Mapping[str, Model], taken: set[str]) -> None:
        self._models = models
        self._taken = taken
        self._constants: dict[str, _Constant] = {}
        self._by_key: dict[Key, str] = {}
        self._inline: list[tuple[TypeRef | None, JsonValue]] = []

    def named(self, name: str, t: TypeRef | None, value: JsonValue) -> str:
        """A constant called `name` (a method's response body)."""
        name = claim(name, self._taken)
        self._constants[name] = _Constant(name, t, value)
        return name

    def shared(self, t: TypeRef | None, value: JsonValue) -> str:
        """A constant named after its model, one per distinct value (an error body)."""
        key = self._key(t, value)
        if key is not None and key in self._by_key:
            return self._by_key[key]
        model = non_null(t) if t is not None else None
        name = self.named(
            upper_snake(model.name) if isinstance(model, ModelRef) else "BODY", t, value
        )
        if key is not None:
            self._by_key[key] = name
        return name

    def inline(self, t: TypeRef | None, value: JsonValue) -> None:
        """A value spelled where it is used; its parts may still be shared."""
        self._inline.append((t, value))

    def finish(self) -> list[tuple[str, str]]:
        """Name the shared model values; every definition (name, source), dependencies first."""
        while (found := self._most_shared()) is not None:
            key, t, value = found
            self._by_key[key] = self.named(upper_snake(key[0]), t, value)
        for constant in self._constants.values():
            spelled = self.spell(constant.type, constant.value, top=constant.name)
            constant.source, constant.deps = spelled.source, set(spelled.names)
        return [(c.name, c.source) for c in self._ordered()]

    def _most_shared(self) -> tuple[Key, TypeRef, JsonValue] | None:
        """The largest model value the documents carry twice or more, outside constants."""
        counts: Counter[Key] = Counter()
        first: dict[Key, tuple[TypeRef, JsonValue]] = {}
        documents = [(c.type, c.value, True) for c in self._constants.values()]
        documents += [(t, value, False) for t, value in self._inline]
        for t, value, whole in documents:
            for key, part_type, part in self._parts(t, value, whole):
                counts[key] += 1
                first.setdefault(key, (part_type, part))
        shared = [
            (len(key[1]), key)
            for key, n in counts.items()
            if n >= 2 and key not in self._by_key and len(py_data(first[key][1])) >= _MIN_CHARS
        ]
        if not shared:
            return None
        key = max(shared)[1]
        return key, *first[key]

    def spell(
        self, t: TypeRef | None, value: JsonValue, top: str = "", prefix: str = ""
    ) -> Spelled:
        """`value` as Python source; constants named `prefix` + name (the module's alias outside
        it)."""
        names: set[str] = set()
        return Spelled(self._spell(t, value, top, names, prefix), frozenset(names))

    def _spell(
        self, t: TypeRef | None, value: JsonValue, top: str, names: set[str], prefix: str
    ) -> str:
        key = self._key(t, value)
        name = self._by_key.get(key) if key is not None else None
        if name is not None and name != top:
            names.add(name)
            return prefix + name
        t = non_null(t) if t is not None else None
        if isinstance(t, ArrayOf) and isinstance(value, list):
            return "[" + ", ".join(self._spell(t.item, v, top, names, prefix) for v in value) + "]"
        if isinstance(t, MapOf) and isinstance(value, dict):
            items = {k: self._spell(t.value, v, top, names, prefix) for k, v in value.items()}
            return _dict_source(items)
        model = self._models.get(t.name) if isinstance(t, ModelRef) else None
        if model is None or not isinstance(value, dict):
            return py_data(value)
        types = {f.wire_name: f.type for f in model.fields}
        base = self._base(model.name, value) if top not in self._by_key.values() else None
        changed = {k: v for k, v in value.items() if base is None or base[1][k] != v}
        items = {k: self._spell(types.get(k), v, top, names, prefix) for k, v in changed.items()}
        if base is None:
            return _dict_source(items)
        names.add(base[0])
        return _dict_source(items, f"**{prefix}{base[0]}")

    def _base(
        self, model: str, value: dict[str, JsonValue]
    ) -> tuple[str, dict[str, JsonValue]] | None:
        """A shared constant of the same model and fields that `value` changes in a few of them.
        Only documents no other constant refers to are spelled so, which keeps references
        acyclic."""
        for (name_of_model, _), name in self._by_key.items():
            other = self._constants[name].value
            if name_of_model != model or not isinstance(other, dict):
                continue
            if other.keys() == value.keys():
                changed = sum(other[k] != v for k, v in value.items())
                if changed <= max(1, int(len(value) * _MAX_CHANGED)):
                    return name, other
        return None

    def _parts(
        self, t: TypeRef | None, value: JsonValue, definition: bool = False
    ) -> Iterator[tuple[Key, TypeRef, JsonValue]]:
        """Every model value in a document, the document itself included; a constant's parts
        count in its `definition` only, not where it is referred to by name."""
        if t is None:
            return
        key = self._key(t, value)
        if key is not None:
            yield key, t, value
            if key in self._by_key and not definition:
                return
        t = non_null(t)
        if isinstance(t, ArrayOf) and isinstance(value, list):
            for item in value:
                yield from self._parts(t.item, item)
        elif isinstance(t, MapOf) and isinstance(value, dict):
            for item in value.values():
                yield from self._parts(t.value, item)
        elif isinstance(t, ModelRef) and isinstance(value, dict) and t.name in self._models:
            types = {f.wire_name: f.type for f in self._models[t.name].fields}
            for wire, item in value.items():
                yield from self._parts(types.get(wire), item)

    def _key(self, t: TypeRef | None, value: JsonValue) -> Key | None:
        t = non_null(t) if t is not None else None
        if not isinstance(t, ModelRef) or not isinstance(value, dict) or not value:
            return None
        return t.name, json.dumps(value, sort_keys=True, default=str)

    def _ordered(self) -> list[_Constant]:
        done: dict[str, _Constant] = {}

        def visit(constant: _Constant) -> None:
            if constant.name not in done:
                for dep in sorted(constant.deps):
                    visit(self._constants[dep])
                done[constant.name] = constant

        for constant in self._constants.values():
            visit(constant)
        return list(done.values())


def _dict_source(items: Mapping[str, str], spread: str = "") -> str:
    parts = [spread] if spread else []
    parts += [f"{py_data(k)}: {v}" for k, v in items.items()]
    return "{" + ", ".join(parts) + "}"
