"""JSON Schema → `TypeRef`, collecting the named models and enums on the way."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..diagnostics import Problem
from ..model import (
    ANY,
    NULL,
    ArrayOf,
    Enum,
    LiteralOf,
    Model,
    ModelRef,
    Primitive,
    PrimitiveKind,
    TypeRef,
    UnionOf,
    nullable,
    unsatisfiable,
)
from ..naming import dedupe
from .component_names import class_name, component_class_names
from .constraints import constraints
from .enum_types import typed_enum
from .inheritance import Inheritance
from .named_schemas import NamedSchemaBuilder
from .refs import Document
from .schema_keywords import (
    FORMATS,
    TYPES,
    allows_null,
    component_key,
    enum_values,
    escape,
    is_object,
    literal_value,
    requirement_alternatives,
    unheld_values,
)
from .schema_resolver import SchemaResolver

# Keywords that make a schema without `type` an object (for arrays: `items`)
_OBJECT_KEYWORDS = frozenset(("properties", "additionalProperties", "patternProperties"))


class SchemaBuilder(NamedSchemaBuilder):
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
        if keyword := unheld_values(schema):
            self._warn(
                f"{pointer}/{keyword}",
                f"`{keyword}` holds an object, an array or a fraction, which no Python literal"
                " can be: typed by the schema's other keywords, so any value of its type passes",
            )
        split = typed_enum(schema)
        if split is not None:
            return self._foreign_enum(schema, split, pointer, hint)
        if "const" in schema and literal_value(schema["const"]):
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

    def _foreign_enum(
        self, schema: dict[str, Any], split: tuple[list[Any], list[Any]], pointer: str, hint: str
    ) -> TypeRef:
        """The schema without its `enum` values of another type (`enum_types`), warned."""
        kept, foreign = split
        shown = ", ".join(repr(v) for v in foreign[:4]) + (", ..." if len(foreign) > 4 else "")
        self._warn(
            f"{pointer}/enum",
            f"`enum` values {shown} are not of the schema's type {schema.get('type')!r}, so no"
            " value can be them (JSON Schema checks both keywords): "
            + ("they are left out" if kept else "typed by `type`, and no value is valid"),
        )
        if kept and any(v is not None for v in kept):
            return self._type_without_null({**schema, "enum": kept}, pointer, hint)
        rest = {k: v for k, v in schema.items() if k != "enum"}
        return unsatisfiable(self._type_without_null(rest, pointer, hint))

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
            if schema.keys() & _OBJECT_KEYWORDS:
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

    def _warn(self, pointer: str, message: str) -> None:
        self.problems.append(
            Problem(self.doc.file, self.doc.line_of(pointer), pointer, message, "warning")
        )
