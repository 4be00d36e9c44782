"""JSON Schema → `TypeRef`, collecting the named models and enums on the way."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

from ..diagnostics import Problem
from ..model import (
    ANY,
    NULL,
    ArrayOf,
    Enum,
    EnumRef,
    EnumValue,
    LiteralOf,
    MapOf,
    Model,
    ModelRef,
    Primitive,
    PrimitiveKind,
    TypeRef,
    UnionOf,
    nullable,
    unsatisfiable,
)
from ..naming import dedupe, field_name, pascal, snake, upper_snake
from .component_names import class_name, component_class_names
from .inheritance import Inheritance
from .refs import Document
from .schema_keywords import (
    FORMATS,
    TYPES,
    allows_null,
    component_key,
    constraints,
    enum_values,
    escape,
    inline_kinds,
    is_annotation_only,
    is_object,
    public_name,
    requirement_alternatives,
    scalar_all_of,
    schema_field,
    text,
)
from .schema_resolver import SchemaResolver
from .unions import UnionBuilder


class SchemaBuilder(UnionBuilder):
    """Turns schemas into types; named things end up in `models` and `enums`."""

    def __init__(self, doc: Document, problems: list[Problem]) -> None:
        self.doc = doc
        self.problems = problems
        self.resolver = SchemaResolver(doc)
        self.models: dict[str, Model] = {}
        self.enums: dict[str, Enum] = {}
        self._named: dict[str, TypeRef] = {}  # pointer of a named schema → its type
        # pointer of an inline model or enum → its type: a `$ref` may point into a path's
        # schema (converters write them), which must not make a second class
        self._inline: dict[str, TypeRef] = {}
        self._taken: set[str] = set()
        self._component_names = component_class_names(doc)
        self._taken.update(self._component_names.values())
        self.inheritance = Inheritance(doc, self._component_names)
        self._text_only = ""  # where the schemas read now are sent as text (see `text_only`)
        self._warned_twins: set[int] = set()
        # the property types and name hints of schemas whose models share them (`_alternatives`)
        self._shared_types: dict[str, TypeRef] = {}
        self._shared_names: dict[str, str] = {}

    @staticmethod
    def _class_name(raw: str) -> str:
        return class_name(raw)

    def fresh_name(self, hint: str) -> str:
        name = dedupe([self._class_name(hint)], self._taken)[0]
        self._taken.add(name)
        return name

    def components(self) -> None:
        """Build every component schema, referenced or not, in a stable order."""
        for key in sorted(self._component_names):
            self.type_of({"$ref": f"#/components/schemas/{escape(key)}"}, "#", key)

    @contextmanager
    def text_only(self, where: str) -> Iterator[None]:
        """Read schemas sent in `where` (a JSON body, a parameter), which has no raw bytes:
        `format: binary` is typed str there, with a warning (see `binary.py`)."""
        previous, self._text_only = self._text_only, where
        try:
            yield
        finally:
            self._text_only = previous

    def type_of(self, schema: Any, pointer: str, hint: str) -> TypeRef:
        if not isinstance(schema, dict):
            if schema is True or schema == {}:
                return ANY
            if schema is False:
                self._warn(pointer, "schema `false` accepts no value; typed as any value")
                return ANY
            self._warn(pointer, "schema is not an object; treated as any value")
            return ANY
        if "$ref" in schema:
            # a base schema with a discriminator stands for its subtypes in a value (`_ref`
            # alone, as `allOf` and `mapping` use it, keeps the base model)
            own = self._ref(schema["$ref"], pointer, hint)
            return self.inheritance.value_type(schema["$ref"], own)
        base = self._type_without_null(schema, pointer, hint)
        if schema.get("nullable") is True:
            return nullable(base)
        return base

    def _ref(self, ref: Any, pointer: str, hint: str) -> TypeRef:
        target = self.doc.resolve_ref(ref, pointer)
        if target is None:
            return ANY
        target_pointer, target_schema = target
        if target_pointer in self._named:
            return self._as_text(self._named[target_pointer], pointer)
        component = component_key(target_pointer)
        if component is None:
            return self.type_of(target_schema, target_pointer, hint)
        name = self._component_names.get(component) or self.fresh_name(component)
        return self._named_type(target_schema, target_pointer, name)

    def _as_text(self, t: TypeRef, pointer: str) -> TypeRef:
        """A component alias built before as raw bytes (`format: binary`), reused where only
        text is sent (a JSON response: rudder.example.local's CSV member of a oneOf)."""
        if not self._text_only:
            return t
        if isinstance(t, UnionOf):
            variants = tuple(self._as_text(v, pointer) for v in t.variants)
            return dataclasses.replace(t, variants=variants) if variants != t.variants else t
        if isinstance(t, Primitive) and t.kind == "file":
            self._formatted("file", {}, pointer)  # the warning: no raw bytes here
            return dataclasses.replace(t, kind="str")
        return t

    def _named_type(self, schema: Any, pointer: str, name: str) -> TypeRef:
        """A component: models and enums keep the component's name; anything else inlines."""
        if is_object(schema):
            ref = ModelRef(name)
            self._named[pointer] = nullable(ref) if allows_null(schema) else ref
            merged = self.resolver.merge_all_of(schema, pointer) if "allOf" in schema else schema
            self._build_model(merged, pointer, name)
            self._note_untyped_parts(schema, pointer, name)
            return self._named[pointer]
        if isinstance(schema, dict) and enum_values(schema):
            self._named[pointer] = self._build_enum(schema, pointer, name)
            return self._named[pointer]
        # Aliases and unions: a placeholder first breaks reference cycles (A → B → A).
        self._named[pointer] = ANY
        resolved = self.type_of(schema, pointer, name)
        self._named[pointer] = resolved
        return resolved

    def _type_without_null(self, schema: dict[str, Any], pointer: str, hint: str) -> TypeRef:
        if "const" in schema:
            return LiteralOf((schema["const"],))
        if enum_values(schema):
            return self._inline_enum(schema, pointer, hint)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list):
                if requirement_alternatives(schema, keyword):
                    return self._alternatives(schema, keyword, pointer, hint)
                return self._union(schema, keyword, pointer, hint)
        if isinstance(schema.get("allOf"), list):
            return self._all_of(schema, pointer, hint)
        types = schema.get("type")
        if isinstance(types, list):
            return self._type_list(schema, types, pointer, hint)
        return self._single_type(schema, types, pointer, hint)

    def _type_list(
        self, schema: dict[str, Any], types: list[Any], pointer: str, hint: str
    ) -> TypeRef:
        rest = [t for t in types if t != "null"]
        variants = [self._single_type(schema, t, pointer, hint) for t in rest]
        base: TypeRef = variants[0] if len(variants) == 1 else UnionOf(tuple(variants))
        if not variants:
            base = NULL
        return nullable(base) if "null" in types and variants else base

    def _tuple(self, schema: dict[str, Any], pointer: str, hint: str) -> TypeRef:
        """An array with `prefixItems` (a tuple, OpenAPI 3.1): a list whose items may be of
        any of its positions' types (and of `items`', which follow, unless `false`)."""
        parts = [
            self.type_of(part, f"{pointer}/prefixItems/{i}", f"{hint}Item{i}")
            for i, part in enumerate(schema["prefixItems"])
        ]
        if schema.get("items", True) is not False:
            parts.append(self.type_of(schema.get("items", {}), pointer + "/items", hint + "Item"))
        variants = tuple(dict.fromkeys(parts))  # distinct, in order
        self._warn(
            pointer + "/prefixItems",
            "a tuple (prefixItems) is typed as a list of its items' types; the position of "
            "each item is not checked",
        )
        limits = constraints(schema, "array")
        if schema.get("items", True) is False:
            limits = dataclasses.replace(limits, closed=True)
        if not variants or ANY in variants:
            return ArrayOf(ANY, limits)
        return ArrayOf(variants[0] if len(variants) == 1 else UnionOf(variants), limits)

    def _single_type(self, schema: dict[str, Any], kind: Any, pointer: str, hint: str) -> TypeRef:
        if kind is None:
            if "properties" in schema or "additionalProperties" in schema:
                kind = "object"
            elif "items" in schema:
                kind = "array"
            else:  # e.g. only `not`: any value, but Prism's made-up one may break the schema
                return Primitive("any", constraints(schema, "any"))
        if kind == "object":
            return self._object(schema, pointer, hint)
        if kind == "array":
            if isinstance(schema.get("prefixItems"), list):
                return self._tuple(schema, pointer, hint)
            items = schema.get("items", {})
            item = self.type_of(items, pointer + "/items", hint + "Item")
            return ArrayOf(item, constraints(schema, kind))
        if kind in TYPES:
            fmt = schema.get("format")
            if kind == "string" and isinstance(fmt, str) and fmt in FORMATS:
                return self._formatted(FORMATS[fmt], schema, pointer)
            return Primitive(TYPES[kind], constraints(schema, kind))
        self.problems.append(
            Problem(
                self.doc.file,
                self.doc.line_of(pointer),
                pointer + "/type",
                f"unknown type {kind!r}; use one of string, integer, number, boolean, "
                "array, object, null",
            )
        )
        return ANY

    def _formatted(self, kind: PrimitiveKind, schema: dict[str, Any], pointer: str) -> TypeRef:
        if kind == "file" and self._text_only:
            self._warn(
                pointer,
                f"format: binary in {self._text_only}, which cannot carry raw bytes: typed str, "
                "sent as given (encode binary data as the API expects, e.g. base64)",
            )
            kind = "str"
        return Primitive(kind, constraints(schema, "string"))

    def _object(self, schema: dict[str, Any], pointer: str, hint: str) -> TypeRef:
        if not schema.get("properties"):
            extra = schema.get("additionalProperties", True)
            limits = constraints(schema, "object")
            if extra is False:
                return MapOf(ANY, limits)
            value = self.type_of(extra, pointer + "/additionalProperties", hint + "Value")
            return MapOf(value, limits)
        if pointer in self._inline:
            return self._inline[pointer]
        name = self.fresh_name(hint)
        self._inline[pointer] = ModelRef(name)
        self._build_model(schema, pointer, name)
        return ModelRef(name)

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
            return self.type_of(scalar, pointer, hint)
        if pointer in self._inline:
            return self._inline[pointer]
        merged = self.resolver.merge_all_of(schema, pointer)
        if len(typed) == 1 and not schema.get("properties"):
            only = typed[0]
            at = f"{pointer}/allOf/{parts.index(only)}"
            if self.resolver.required_of(only, at) >= set(merged["required"]):
                return self.type_of(only, at, hint)
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

    def _warn(self, pointer: str, message: str) -> None:
        self.problems.append(
            Problem(self.doc.file, self.doc.line_of(pointer), pointer, message, "warning")
        )
