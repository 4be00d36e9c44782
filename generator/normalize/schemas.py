"""JSON Schema → `TypeRef`, collecting the named models and enums on the way."""

from __future__ import annotations

from typing import Any, Literal

from ..diagnostics import Problem
from ..model import (
    ANY,
    NULL,
    ArrayOf,
    Enum,
    EnumRef,
    EnumValue,
    Field,
    LiteralOf,
    MapOf,
    Model,
    ModelRef,
    Primitive,
    PrimitiveKind,
    TypeRef,
    UnionOf,
    nullable,
)
from ..naming import dedupe, field_name, pascal, snake, upper_snake
from .refs import Document

_FORMATS: dict[str, PrimitiveKind] = {
    "date-time": "datetime",
    "date": "date",
    "uuid": "uuid",
    "uri": "uri",
    "url": "uri",
    "binary": "file",
    "byte": "str",
}
_TYPES: dict[str, PrimitiveKind] = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "null",
}
# Names a model module imports; a schema with one of these names gets a `Model` suffix.
_RESERVED_MODEL_NAMES = {
    "BaseModel",
    "Field",
    "Literal",
    "Any",
    "Union",
    "Optional",
    "Enum",
    "datetime",
    "date",
    "Annotated",
    "TypeAlias",
    "ConfigDict",
    "OpenEnum",
    "OpenIntEnum",
    "Tag",
    "Sequence",
    "Mapping",
    "FileTypes",
}


class SchemaBuilder:
    """Turns schemas into types; named things end up in `models` and `enums`."""

    def __init__(self, doc: Document, problems: list[Problem]) -> None:
        self.doc = doc
        self.problems = problems
        self.models: dict[str, Model] = {}
        self.enums: dict[str, Enum] = {}
        self._named: dict[str, TypeRef] = {}  # pointer of a named schema → its type
        self._taken: set[str] = set()
        self._component_names = self._reserve_component_names()

    def _reserve_component_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        schemas = self.doc.get(("components", "schemas"))
        keys = sorted(schemas) if isinstance(schemas, dict) else []
        classes = [self._class_name(k) for k in keys]
        first: dict[str, str] = {}
        for key, cls in zip(keys, classes, strict=True):
            if cls not in first:
                first[cls] = key
            else:
                self.doc.error(
                    f"#/components/schemas/{_escape(key)}",
                    f"schema {key!r} and schema {first[cls]!r} both become the Python class "
                    f"{cls!r}; rename one of them (an overlay can rename a schema and its $refs)",
                )
        for key, cls in zip(keys, dedupe(classes), strict=True):
            names[key] = cls
            self._taken.add(cls)
        return names

    @staticmethod
    def _class_name(raw: str) -> str:
        name = pascal(raw)
        return f"{name}Model" if name in _RESERVED_MODEL_NAMES else name

    def fresh_name(self, hint: str) -> str:
        name = dedupe([self._class_name(hint)], self._taken)[0]
        self._taken.add(name)
        return name

    def components(self) -> None:
        """Build every component schema, referenced or not, in a stable order."""
        for key in sorted(self._component_names):
            self.type_of({"$ref": f"#/components/schemas/{_escape(key)}"}, "#", key)

    def type_of(self, schema: Any, pointer: str, hint: str) -> TypeRef:
        if not isinstance(schema, dict):
            if schema is True or schema == {}:
                return ANY
            self._warn(pointer, "schema is not an object; treated as any value")
            return ANY
        if "$ref" in schema:
            return self._ref(schema["$ref"], pointer, hint)
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
            return self._named[target_pointer]
        component = _component_key(target_pointer)
        if component is None:
            return self.type_of(target_schema, target_pointer, hint)
        name = self._component_names.get(component) or self.fresh_name(component)
        return self._named_type(target_schema, target_pointer, name)

    def _named_type(self, schema: Any, pointer: str, name: str) -> TypeRef:
        """A component: models and enums keep the component's name; anything else inlines."""
        if _is_object(schema):
            ref = ModelRef(name)
            self._named[pointer] = nullable(ref) if _allows_null(schema) else ref
            merged = self.merge_all_of(schema, pointer) if "allOf" in schema else schema
            self._build_model(merged, pointer, name)
            return self._named[pointer]
        if isinstance(schema, dict) and _enum_values(schema):
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
        if _enum_values(schema):
            return self._inline_enum(schema, pointer, hint)
        for keyword in ("oneOf", "anyOf"):
            if isinstance(schema.get(keyword), list):
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

    def _single_type(self, schema: dict[str, Any], kind: Any, pointer: str, hint: str) -> TypeRef:
        if kind is None:
            if "properties" in schema or "additionalProperties" in schema:
                kind = "object"
            elif "items" in schema:
                kind = "array"
            else:
                return ANY
        if kind == "object":
            return self._object(schema, pointer, hint)
        if kind == "array":
            items = schema.get("items", {})
            return ArrayOf(self.type_of(items, pointer + "/items", hint + "Item"))
        if kind in _TYPES:
            fmt = schema.get("format")
            if kind == "string" and isinstance(fmt, str) and fmt in _FORMATS:
                return Primitive(_FORMATS[fmt])
            return Primitive(_TYPES[kind])
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

    def _object(self, schema: dict[str, Any], pointer: str, hint: str) -> TypeRef:
        if not schema.get("properties"):
            extra = schema.get("additionalProperties", True)
            if extra is False:
                return MapOf(ANY)
            return MapOf(self.type_of(extra, pointer + "/additionalProperties", hint + "Value"))
        name = self.fresh_name(hint)
        self._build_model(schema, pointer, name)
        return ModelRef(name)

    def _build_model(self, schema: dict[str, Any], pointer: str, name: str) -> None:
        properties = schema.get("properties")
        properties = properties if isinstance(properties, dict) else {}
        required = set(schema.get("required") or [])
        wire_names = list(properties)
        names = dedupe([_public(field_name(w)) for w in wire_names])
        fields = []
        for wire, python_name in zip(wire_names, names, strict=True):
            prop = properties[wire]
            prop_pointer = f"{pointer}/properties/{_escape(wire)}"
            prop_type = self.type_of(prop, prop_pointer, name + pascal(wire))
            fields.append(_field(python_name, wire, prop_type, wire in required, prop, self.doc))
        extra = schema.get("additionalProperties")
        self.models[name] = Model(
            name=name,
            module=snake(name),
            description=_text(schema.get("description")),
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
        )

    def _all_of(self, schema: dict[str, Any], pointer: str, hint: str) -> TypeRef:
        parts = schema["allOf"]
        typed = [p for p in parts if not _is_annotation_only(p)]
        if len(typed) == 1 and not schema.get("properties"):
            return self.type_of(typed[0], f"{pointer}/allOf/{parts.index(typed[0])}", hint)
        merged = self.merge_all_of(schema, pointer)
        name = self.fresh_name(hint)
        self._build_model(merged, pointer, name)
        return ModelRef(name)

    def merge_all_of(self, schema: dict[str, Any], pointer: str) -> dict[str, Any]:
        """One object schema holding the properties of every allOf part (refs followed)."""
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for index, part in enumerate(schema.get("allOf", [])):
            part_pointer = f"{pointer}/allOf/{index}"
            resolved = self._resolve_fully(part, part_pointer)
            if isinstance(resolved, dict) and "allOf" in resolved:
                resolved = self.merge_all_of(resolved, part_pointer)
            if isinstance(resolved, dict):
                merged["properties"].update(resolved.get("properties") or {})
                merged["required"].extend(resolved.get("required") or [])
                for key in ("description", "additionalProperties", "example"):
                    if key in resolved and key not in merged:
                        merged[key] = resolved[key]
        merged["properties"].update(schema.get("properties") or {})
        merged["required"].extend(schema.get("required") or [])
        if "description" in schema:
            merged["description"] = schema["description"]
        return merged

    def _resolve_fully(self, schema: Any, pointer: str) -> Any:
        seen = set()
        while isinstance(schema, dict) and "$ref" in schema and schema["$ref"] not in seen:
            seen.add(schema["$ref"])
            target = self.doc.resolve_ref(schema["$ref"], pointer)
            if target is None:
                return {}
            pointer, schema = target
        return schema

    def _union(self, schema: dict[str, Any], keyword: str, pointer: str, hint: str) -> TypeRef:
        options = schema[keyword]
        variants: list[TypeRef] = []
        for index, option in enumerate(options):
            variant = self.type_of(option, f"{pointer}/{keyword}/{index}", f"{hint}{index + 1}")
            for flat in variant.variants if isinstance(variant, UnionOf) else (variant,):
                if flat not in variants:
                    variants.append(flat)
        discriminator = schema.get("discriminator")
        tag = discriminator.get("propertyName") if isinstance(discriminator, dict) else None
        non_null = [v for v in variants if v != NULL]
        if not non_null:
            return NULL
        tagged: str | None = None
        tags: tuple[tuple[str, str], ...] = ()
        if isinstance(tag, str) and len(non_null) > 1:
            tagged, tags = self._tagging(schema, keyword, pointer, tag, non_null)
        base = non_null[0] if len(non_null) == 1 else UnionOf(tuple(non_null), tagged, tags)
        return nullable(base) if len(non_null) < len(variants) else base

    def _tagging(
        self, schema: dict[str, Any], keyword: str, pointer: str, tag: str, variants: list[TypeRef]
    ) -> tuple[str | None, tuple[tuple[str, str], ...]]:
        """(tag property, (value, model) pairs) for a union with a discriminator.

        Literal tags in every variant: pydantic reads them itself (no pairs). Otherwise the
        pairs come from `mapping` and, for variants it leaves out, the schema names.
        """
        options = [o for o in schema[keyword] if o != {"type": "null"}]
        if not all(isinstance(v, ModelRef) for v in variants):
            self._warn(
                pointer + "/discriminator",
                f"discriminator {tag!r} is ignored: some variants are not object schemas; "
                "values are matched against the variants in turn",
            )
            return None, ()
        literal = all(self._const_tag(o, pointer, tag, required=True) is not None for o in options)
        if literal and _public(field_name(tag)) == tag:  # pydantic tags by attribute name
            return tag, ()
        names = {v.name for v in variants if isinstance(v, ModelRef)}
        pairs: dict[str, str] = {}
        mapping = schema["discriminator"].get("mapping")
        for value, target in (mapping if isinstance(mapping, dict) else {}).items():
            ref = str(target) if str(target).startswith("#") else f"#/components/schemas/{target}"
            typ = self._ref(ref, pointer + "/discriminator/mapping", str(value))
            if isinstance(typ, ModelRef) and typ.name in names:
                pairs[str(value)] = typ.name
        for index, option in enumerate(options):
            raw_ref = option.get("$ref") if isinstance(option, dict) else None
            ref = raw_ref if isinstance(raw_ref, str) else ""
            key = _component_key(ref) if ref else None
            aligned = len(variants) == len(options)  # inline members: matched by position
            variant = (
                self._ref(ref, pointer, "")
                if key is not None
                else variants[index]
                if aligned
                else None
            )
            if isinstance(variant, ModelRef) and variant.name not in pairs.values():
                const = self._const_tag(option, pointer, tag, required=False)
                pairs[str(const) if const is not None else key or ""] = variant.name
        if not names <= set(pairs.values()):
            self._warn(
                pointer + "/discriminator",
                f"discriminator {tag!r} is ignored: variants without a mapping entry or a "
                "schema name cannot be told apart by it; values are matched against the "
                "variants in turn",
            )
            return None, ()
        return tag, tuple(sorted(pairs.items()))

    def _const_tag(self, option: Any, pointer: str, tag: str, *, required: bool) -> Any:
        """The one fixed value of this union member's `tag` property (a literal field), or
        None; with `required`, only when the property is required too."""
        resolved = self._resolve_fully(option, pointer)
        if isinstance(resolved, dict) and "allOf" in resolved:
            resolved = self.merge_all_of(resolved, pointer)
        if not isinstance(resolved, dict):
            return None
        if required and tag not in (resolved.get("required") or []):
            return None
        raw = (resolved.get("properties") or {}).get(tag)
        prop = self._resolve_fully(raw, pointer)
        types = prop.get("type") if isinstance(prop, dict) else None
        if not isinstance(prop, dict) or prop.get("nullable") is True:
            return None
        if isinstance(types, list) and "null" in types:
            return None
        values = [prop["const"]] if "const" in prop else _enum_values(prop)
        if len(values) != 1 or values[0] is None:
            return None
        if required and isinstance(raw, dict) and "$ref" in raw and "const" not in prop:
            return None  # a referenced enum is an Enum class, which pydantic cannot tag by
        return values[0]

    def _inline_enum(self, schema: dict[str, Any], pointer: str, hint: str) -> TypeRef:
        values = _enum_values(schema)
        if len([v for v in values if v is not None]) <= 1:
            return LiteralOf(tuple(values))
        return self._build_enum(schema, pointer, self.fresh_name(hint))

    def _build_enum(self, schema: dict[str, Any], pointer: str, name: str) -> TypeRef:
        raw = _enum_values(schema)
        values = [v for v in raw if v is not None]
        is_int = all(isinstance(v, int) and not isinstance(v, bool) for v in values)
        kind: Literal["str", "int"] = "int" if is_int else "str"
        members = dedupe([upper_snake(str(v)) for v in values])
        self.enums[name] = Enum(
            name=name,
            module=snake(name),
            description=_text(schema.get("description")),
            values=tuple(
                EnumValue(m, v if kind == "int" else str(v))
                for m, v in zip(members, values, strict=True)
            ),
            pointer=pointer,
            open=True,
            value_kind=kind,
        )
        ref = EnumRef(name, kind)
        return nullable(ref) if None in raw or _allows_null(schema) else ref

    def _warn(self, pointer: str, message: str) -> None:
        self.problems.append(
            Problem(self.doc.file, self.doc.line_of(pointer), pointer, message, "warning")
        )


def _field(name: str, wire: str, t: TypeRef, required: bool, prop: Any, doc: Document) -> Field:
    p: dict[str, Any] = prop if isinstance(prop, dict) else {}
    resolved = doc.deref(p)
    return Field(
        name=name,
        wire_name=wire,
        type=t,
        required=required,
        description=_text(p.get("description") or resolved.get("description")),
        default=p.get("default"),
        has_default="default" in p,
        example=p.get("example", resolved.get("example")),
        has_example="example" in p or "example" in resolved,
        read_only=p.get("readOnly") is True,
        write_only=p.get("writeOnly") is True,
        deprecated=p.get("deprecated") is True,
    )


# Attributes of the generated models' base class a field must not shadow (beyond `model_*`).
_MODEL_ATTRIBUTES = frozenset(
    {"construct", "copy", "dict", "from_orm", "json", "parse_file", "parse_obj", "parse_raw"}
    | {"schema", "schema_json", "update_forward_refs", "validate", "to_dict"}
)


def _public(name: str) -> str:
    """Pydantic treats `_x` attributes as private, not fields: `2fa` becomes `field_2fa`; names
    of BaseModel methods get a `_` suffix."""
    if name in _MODEL_ATTRIBUTES:
        return f"{name}_"
    return f"field{name}" if name.startswith("_") else name


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _enum_values(schema: dict[str, Any]) -> list[Any]:
    values = schema.get("enum")
    return list(values) if isinstance(values, list) and values else []


def _allows_null(schema: dict[str, Any]) -> bool:
    """3.0 `nullable: true` or a 3.1 type list with "null"."""
    types = schema.get("type")
    return schema.get("nullable") is True or (isinstance(types, list) and "null" in types)


def _is_object(schema: Any) -> bool:
    if not isinstance(schema, dict) or "$ref" in schema or _enum_values(schema):
        return False
    if any(k in schema for k in ("oneOf", "anyOf", "const")):
        return False
    if isinstance(schema.get("allOf"), list):
        typed = [p for p in schema["allOf"] if not _is_annotation_only(p)]
        return len(typed) > 1 or bool(schema.get("properties"))
    types = schema.get("type")
    kinds = [t for t in types if t != "null"] if isinstance(types, list) else [types]
    return kinds == ["object"] and bool(schema.get("properties"))


def _is_annotation_only(part: Any) -> bool:
    """allOf members like `{description: …}` that only annotate the other member."""
    if not isinstance(part, dict):
        return False
    structural = {"$ref", "type", "properties", "allOf", "oneOf", "anyOf", "enum", "const", "items"}
    return not (structural & part.keys())


def _component_key(pointer: str) -> str | None:
    prefix = "#/components/schemas/"
    if pointer.startswith(prefix) and "/" not in pointer[len(prefix) :]:
        return pointer[len(prefix) :].replace("~1", "/").replace("~0", "~")
    return None


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")
