"""What raw schema keywords mean, read without building anything: types, formats, enums,
nullability, object-ness, and the names a generated model or field may not take."""

from __future__ import annotations

from typing import Any

from ..model import (
    Field,
    PrimitiveKind,
    TypeRef,
    is_unsatisfiable,
)
from .refs import Document

FORMATS: dict[str, PrimitiveKind] = {
    "date-time": "datetime",
    "date": "date",
    "uuid": "uuid",
    "uri": "uri",
    "url": "uri",
    "binary": "file",
    "byte": "str",
}
TYPES: dict[str, PrimitiveKind] = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "null": "null",
}
# Names a model module imports; a schema with one of these names gets a `Model` suffix.
RESERVED_MODEL_NAMES = {
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


# Attributes of the generated models' base class a field must not shadow (beyond `model_*`).
MODEL_ATTRIBUTES = frozenset(
    {"construct", "copy", "dict", "from_orm", "json", "parse_file", "parse_obj", "parse_raw"}
    | {"schema", "schema_json", "update_forward_refs", "validate", "to_dict"}
)


def schema_field(
    name: str, wire: str, t: TypeRef, required: bool, prop: Any, doc: Document
) -> Field:
    """A model field from its property schema (`prop`, unresolved) and its built type."""
    p: dict[str, Any] = prop if isinstance(prop, dict) else {}
    resolved = doc.deref(p)
    return Field(
        name=name,
        wire_name=wire,
        type=t,
        required=required,
        description=text(p.get("description") or resolved.get("description")),
        default=p.get("default"),
        has_default="default" in p,
        example=p.get("example", resolved.get("example")),
        has_example="example" in p or "example" in resolved,
        read_only=p.get("readOnly") is True,
        write_only=p.get("writeOnly") is True,
        deprecated=p.get("deprecated") is True,
        no_value=is_unsatisfiable(t),  # null, if allowed, is valid (`nullable` unmarks)
    )


def public_name(name: str) -> str:
    """Pydantic treats `_x` attributes as private, not fields: `2fa` becomes `field_2fa`; names
    of BaseModel methods get a `_` suffix."""
    if name in MODEL_ATTRIBUTES:
        return f"{name}_"
    return f"field{name}" if name.startswith("_") else name


def text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def enum_values(schema: dict[str, Any]) -> list[Any]:
    """The `enum` values; none when one is no string, integer, boolean or null (an object, an
    array, 1.5): neither a `Literal` nor an enum class holds it, so the other keywords type
    the schema (`unheld_values` names it for a warning)."""
    values = schema.get("enum")
    if not isinstance(values, list) or not values:
        return []
    return list(values) if all(literal_value(v) for v in values) else []


def literal_value(value: Any) -> bool:
    """Whether `Literal[...]` can hold the value (bool is an int)."""
    return value is None or isinstance(value, str | int)


def unheld_values(schema: dict[str, Any]) -> str:
    """The `enum` or `const` keyword whose values no Literal or enum class holds, if any."""
    if "const" in schema and not literal_value(schema["const"]):
        return "const"
    values = schema.get("enum")
    if isinstance(values, list) and not all(literal_value(v) for v in values):
        return "enum"
    return ""


def allows_null(schema: dict[str, Any]) -> bool:
    """3.0 `nullable: true` or a 3.1 type list with "null"."""
    types = schema.get("type")
    return schema.get("nullable") is True or (isinstance(types, list) and "null" in types)


def is_object(schema: Any) -> bool:
    if not isinstance(schema, dict) or "$ref" in schema or enum_values(schema):
        return False
    if any(k in schema for k in ("oneOf", "anyOf", "const")):
        return False
    if isinstance(schema.get("allOf"), list):
        typed = [p for p in schema["allOf"] if not is_annotation_only(p)]
        if scalar_all_of(schema["allOf"]) is not None and not schema.get("properties"):
            return False
        if len(inline_kinds(schema["allOf"])) > 1:  # no value: typed by `_all_of`
            return False
        return len(typed) > 1 or bool(schema.get("properties"))
    types = schema.get("type")
    kinds = [t for t in types if t != "null"] if isinstance(types, list) else [types]
    return kinds == ["object"] and bool(schema.get("properties"))


_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")


def scalar_all_of(parts: list[Any]) -> dict[str, Any] | None:
    """`allOf` parts that are all inline schemas of one scalar type (`[{type: string},
    {type: string, minLength: 1}]`) as one schema, the stricter of each bound kept; None when
    any part is a reference or not such a schema."""
    typed = [p for p in parts if not is_annotation_only(p)]
    kinds = {p.get("type") if isinstance(p, dict) else None for p in typed}
    kinds = {"integer"} if kinds == {"integer", "number"} else kinds  # an integer is a number
    scalar = kinds <= {"string", "integer", "number", "boolean"} and len(kinds) == 1
    if not scalar or any(k in p for p in typed for k in ("$ref", "properties", "items")):
        return None
    merged: dict[str, Any] = {}
    for part in parts:
        for key, value in part.items():
            old = merged.get(key)
            numbers = all(
                isinstance(v, int | float) and not isinstance(v, bool) for v in (old, value)
            )
            if numbers and key in _LOWER_BOUNDS:
                value = max(old, value)
            elif numbers and key in _UPPER_BOUNDS:
                value = min(old, value)
            merged[key] = value
    merged["type"] = next(iter(kinds))
    return merged


def inline_kinds(parts: list[Any]) -> set[str]:
    """The JSON types inline allOf parts each require (an integer is a number, so `number`
    and `integer` together are one: integer); more than one: no value has them all."""
    kinds = {p["type"] for p in parts if isinstance(p, dict) and isinstance(p.get("type"), str)}
    return {"integer"} if kinds == {"integer", "number"} else kinds


def is_annotation_only(part: Any) -> bool:
    """allOf members like `{description: …}` that only annotate the other member."""
    if not isinstance(part, dict):
        return False
    structural = {"$ref", "type", "properties", "allOf", "oneOf", "anyOf", "enum", "const", "items"}
    return not (structural & part.keys())


def component_key(pointer: str) -> str | None:
    prefix = "#/components/schemas/"
    if pointer.startswith(prefix) and "/" not in pointer[len(prefix) :]:
        return pointer[len(prefix) :].replace("~1", "/").replace("~0", "~")
    return None


def escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


# Keywords that describe a value without restricting which values are valid.
_ANNOTATIONS = frozenset(
    {
        "default",
        "description",
        "title",
        "example",
        "examples",
        "deprecated",
        "readOnly",
        "writeOnly",
        "externalDocs",
        "xml",
        "$comment",
    }
)


def shape(schema: Any) -> Any:
    """A schema without its annotations (and `x-` extensions), `required` as a sorted list:
    two schemas of equal shape accept the same values."""
    if isinstance(schema, list):
        return [shape(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    found: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _ANNOTATIONS or key.startswith("x-"):
            continue
        if key == "properties" and isinstance(value, dict):
            found[key] = {name: shape(v) for name, v in value.items()}
        elif key == "required" and isinstance(value, list):
            if value:  # `required: []` is no restriction
                found[key] = sorted(str(v) for v in value)
        else:
            found[key] = shape(value)
    return found


def requirement_alternatives(schema: dict[str, Any], keyword: str) -> bool:
    """An object schema with `properties` whose `oneOf`/`anyOf` members each only list
    properties it requires (annotations aside): alternatives of one object, not other types."""
    members = schema.get(keyword)
    if not isinstance(members, list) or not members or not schema.get("properties"):
        return False
    return all(
        isinstance(m, dict)
        and isinstance(m.get("required"), list)
        and not (m.keys() - _ANNOTATIONS - {"required"})
        for m in members
    )
