"""The schemas that become classes: objects (with `allOf` merged) into models, `enum`s into
enums; each inline one is built once per spec location."""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

from ..model import (
    ANY,
    NO_CONSTRAINTS,
    ArrayOf,
    Enum,
    EnumRef,
    EnumValue,
    LiteralOf,
    MapOf,
    Model,
    ModelRef,
    Primitive,
    TypeRef,
    UnionOf,
    nullable,
    unsatisfiable,
)
from ..naming import dedupe, field_name, pascal, snake, upper_snake
from .constraints import constraints, extra_properties
from .refs import Document
from .schema_keywords import (
    allows_null,
    enum_values,
    escape,
    inline_kinds,
    is_annotation_only,
    public_name,
    scalar_all_of,
    schema_field,
    text,
)
from .unions import UnionBuilder

_EXTRA_KEYWORDS = ("additionalProperties", "unevaluatedProperties")


class NamedSchemaBuilder(UnionBuilder):
    """The model and enum part of `SchemaBuilder`, which sets the state declared here."""

    doc: Document
    models: dict[str, Model]
    enums: dict[str, Enum]
    _inline: dict[str, TypeRef]  # see `SchemaBuilder`
    _shared_types: dict[str, TypeRef]

    def _object(self, schema: dict[str, Any], pointer: str, hint: str) -> TypeRef:
        if not schema.get("properties"):
            return self._map(schema, pointer, hint)
        if pointer in self._inline:
            return self._inline[pointer]
        name = self.fresh_name(hint)
        self._inline[pointer] = ModelRef(name)
        self._build_model(schema, pointer, name)
        return ModelRef(name)

    def _map(self, schema: dict[str, Any], pointer: str, hint: str) -> MapOf:
        """An object without declared properties: a map whose values are typed by its
        `patternProperties` and its other properties' schema (any value unless given)."""
        patterns = schema.get("patternProperties")
        patterns = patterns if isinstance(patterns, dict) else {}
        limits = constraints(schema, "object")
        values = [
            self.type_of(value, f"{pointer}/patternProperties/{escape(key)}", hint + "Value")
            for key, value in patterns.items()
        ]
        extra = extra_properties(schema)
        if extra is not False:
            keyword = next((k for k in _EXTRA_KEYWORDS if k in schema), _EXTRA_KEYWORDS[0])
            values.append(self.type_of(extra, f"{pointer}/{keyword}", hint + "Value"))
        elif patterns:  # only keys matching a pattern: no key but those is declared
            limits = dataclasses.replace(limits, closed=False, key_patterns=tuple(patterns))
        variants = tuple(dict.fromkeys(values))
        if not variants or ANY in variants:
            return MapOf(ANY, limits)
        return MapOf(variants[0] if len(variants) == 1 else UnionOf(variants), limits)

    def _build_model(
        self, schema: dict[str, Any], pointer: str, name: str, shared: str | None = None
    ) -> None:
        """`shared`: the pointer of the schema whose properties these are, when not `pointer`
        (the members of `_alternatives`): their types are built once, named after it."""
        properties = schema.get("properties")
        properties = properties if isinstance(properties, dict) else {}
        listed = schema.get("required")
        required = {r for r in listed if isinstance(r, str)} if isinstance(listed, list) else set()
        undeclared = sorted(required - properties.keys())
        for wire in undeclared:
            self._warn(
                f"{pointer}/required",
                f"required property {wire!r} is not declared under `properties`: it is typed "
                "Any; declare it to give it a type",
            )
        shared_name = self._shared_names.get(shared) if shared else None
        wire_names = [*properties, *undeclared]
        names = dedupe([public_name(field_name(w)) for w in wire_names])
        fields = []
        for wire, python_name in zip(wire_names, names, strict=True):
            prop = properties.get(wire, {})  # undeclared: any value, as JSON Schema has it
            prop_pointer = f"{shared or pointer}/properties/{escape(wire)}"
            prop_type = self._shared_types.get(prop_pointer) if shared else None
            if prop_type is None:
                prop_type = self.type_of(prop, prop_pointer, (shared_name or name) + pascal(wire))
            if shared:
                self._shared_types[prop_pointer] = prop_type
            field = schema_field(python_name, wire, prop_type, wire in required, prop, self.doc)
            fields.append(field)
        extra = schema.get("additionalProperties")
        self.models[name] = Model(
            name=name,
            module=snake(name),
            description=text(schema.get("description")),
            fields=tuple(fields),
            pointer=pointer,
            extra_values=(
                self.type_of(extra, pointer + "/additionalProperties", name + "Value")
                if isinstance(extra, dict) and extra
                else None
            ),
            example=schema.get("example"),
            has_example="example" in schema,
            deprecated=schema.get("deprecated") is True,
            constraints=constraints(schema, "object"),
        )

    def _all_of(self, schema: dict[str, Any], pointer: str, hint: str) -> TypeRef:
        parts = schema["allOf"]
        kinds = inline_kinds(self.resolver.parts(parts, pointer))
        if len(kinds) > 1:  # `string` and `integer`: no value is both
            self._warn(
                pointer + "/allOf",
                f"the allOf parts require different types ({' and '.join(sorted(kinds))}), so"
                " no value satisfies this schema; typed Any, and the generated contract tests send"
                " no value of it",
            )
            return unsatisfiable(ANY)
        typed = [p for p in parts if not is_annotation_only(p)]
        scalar = scalar_all_of(parts) if not schema.get("properties") else None
        if scalar is not None:  # one string (or number...) with the parts' constraints
            return _through_all_of(self.type_of(scalar, pointer, hint), parts)
        if pointer in self._inline:
            return self._inline[pointer]
        merged = self.resolver.merge_all_of(schema, pointer)
        if len(typed) == 1 and not schema.get("properties"):
            only = typed[0]
            at = f"{pointer}/allOf/{parts.index(only)}"
            if self.resolver.required_of(only, at) >= set(merged["required"]):
                return _through_all_of(self.type_of(only, at, hint), parts)
            # a part such as `{required: [title]}` makes more properties required than the
            # referenced schema does: a model of its own, or a required field would be optional
        name = self.fresh_name(hint)
        self._inline[pointer] = ModelRef(name)
        self._build_model(merged, pointer, name)
        self._note_untyped_parts(schema, pointer, name)
        return ModelRef(name)

    def _note_untyped_parts(self, schema: dict[str, Any], pointer: str, name: str) -> None:
        untyped = self.resolver.untyped_properties(schema, pointer) if "allOf" in schema else ()
        if untyped:
            model = self.models[name]
            self.models[name] = dataclasses.replace(model, untyped_all_of=untyped)

    def _inline_enum(self, schema: dict[str, Any], pointer: str, hint: str) -> TypeRef:
        values = enum_values(schema)
        if len([v for v in values if v is not None]) <= 1:
            return LiteralOf(tuple(values))
        if pointer not in self._inline:
            self._inline[pointer] = self._build_enum(schema, pointer, self.fresh_name(hint))
        return self._inline[pointer]

    def _build_enum(self, schema: dict[str, Any], pointer: str, name: str) -> TypeRef:
        raw = enum_values(schema)
        values = [v for v in raw if v is not None]
        if all(isinstance(v, bool) for v in values):  # `enum: [true, false]`: booleans, no class
            return LiteralOf(tuple(raw))
        is_int = all(isinstance(v, int) and not isinstance(v, bool) for v in values)
        kind: Literal["str", "int"] = "int" if is_int else "str"
        members = dedupe([upper_snake(str(v)) for v in values])
        self.enums[name] = Enum(
            name=name,
            module=snake(name),
            description=text(schema.get("description")),
            values=tuple(
                EnumValue(m, v if kind == "int" else str(v))
                for m, v in zip(members, values, strict=True)
            ),
            pointer=pointer,
            open=True,
            value_kind=kind,
        )
        ref = EnumRef(name, kind)
        return nullable(ref) if None in raw or allows_null(schema) else ref


def _through_all_of(t: TypeRef, parts: list[Any]) -> TypeRef:
    """A scalar or array an allOf of several parts types, its keywords marked as coming from
    there (`Constraints.through_all_of`)."""
    if len(parts) < 2 or not isinstance(t, Primitive | ArrayOf | MapOf):
        return t
    if t.constraints == NO_CONSTRAINTS:
        return t
    return dataclasses.replace(
        t, constraints=dataclasses.replace(t.constraints, through_all_of=True)
    )
