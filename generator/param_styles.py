"""Parameter serialization styles: which OpenAPI defines, which the runtime must be told about.

The runtime (`_request`) sends a parameter plainly unless its `Operation.styles` lists it: a
path value as one segment, a query or cookie array as one pair per item, a header array
comma-separated. That is right for the default styles of primitives and most arrays; every
other parameter is listed with its (style, explode) and written by `_params`.
"""

from __future__ import annotations

from typing import Literal

from .model import (
    ANY,
    ArrayOf,
    MapOf,
    Model,
    ModelRef,
    Parameter,
    ParamLocation,
    TypeRef,
    UnionOf,
    non_null,
)

ValueKind = Literal["primitive", "array", "object"]

# The styles OpenAPI 3.x defines for each location; the first is the default.
STYLES: dict[ParamLocation, tuple[str, ...]] = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
JSON = "json"  # not an OpenAPI style: a `content: application/json` parameter, sent as JSON text
_DELIMITED = ("spaceDelimited", "pipeDelimited")
# (location, style, explode) under which the runtime's plain encoding sends arrays right
_PLAIN_ARRAYS = frozenset(
    {
        ("query", "form", True),
        ("cookie", "form", True),
        ("header", "simple", False),
        ("header", "simple", True),
    }
)


def value_kind(t: TypeRef) -> ValueKind:
    """What a value of `t` may be on the wire: an object wins over an array over a primitive
    (a union holding a model is an object); `any` may be an object."""
    t = non_null(t)
    if isinstance(t, ModelRef | MapOf) or t == ANY:
        return "object"
    if isinstance(t, ArrayOf):
        return "array"
    if isinstance(t, UnionOf):
        kinds = {value_kind(v) for v in t.variants}
        return "object" if "object" in kinds else "array" if "array" in kinds else "primitive"
    return "primitive"  # Primitive, EnumRef, LiteralOf


def runtime_style(p: Parameter) -> tuple[str, bool] | None:
    """`p`'s (style, explode) when the runtime's plain encoding would not send it so; None
    when it would (explode changes nothing for a primitive)."""
    kind = value_kind(p.type)
    if kind == "primitive" and p.style == STYLES[p.location][0]:
        return None
    if kind == "array" and (p.location, p.style, p.explode) in _PLAIN_ARRAYS:
        return None
    return p.style, p.explode


def undefined(style: str, explode: bool, kind: ValueKind, nested: bool) -> str:
    """What is sent for a combination the OpenAPI style table leaves out ("" if it has it);
    `nested`: the items or properties of the value are arrays or objects themselves."""
    if nested and style not in ("deepObject", JSON):
        return (
            f"style {style} is defined for arrays and objects of primitive values only; nested"
            " objects are sent as JSON text and nested arrays comma-separated"
        )
    if style == "deepObject" and kind != "object":
        return (
            f"style deepObject is defined for objects only; this {kind} is sent as style "
            "form with explode (name=value" + (", once per item)" if kind == "array" else ")")
        )
    if style == "deepObject" and nested:
        return (
            "style deepObject defines one level of properties; nested objects are sent as "
            "name[a][b]=value and arrays as one name[a]=value pair per item"
        )
    if style in _DELIMITED and kind == "primitive":
        return f"style {style} is defined for arrays and objects only; sent as name=value"
    if style in _DELIMITED and explode:
        return (
            f"style {style} is defined with explode false only; sent as style form with "
            "explode (one name=value pair per item or property)"
        )
    return ""


def has_nested_values(t: TypeRef, models: dict[str, Model]) -> bool:
    """Whether an object of type `t` has properties that are themselves arrays or objects."""
    t = non_null(t)
    if isinstance(t, MapOf):
        return structured(t.value)
    if isinstance(t, ModelRef) and t.name in models:
        model = models[t.name]
        values = [f.type for f in model.fields] + [model.extra_values or ANY]
        return any(structured(v) for v in values)
    return False


def nests(t: TypeRef, models: dict[str, Model]) -> bool:
    """Whether a value of type `t` holds arrays or objects: array items, object properties."""
    t = non_null(t)
    if isinstance(t, ArrayOf):
        return structured(t.item)
    return has_nested_values(t, models)


def structured(t: TypeRef) -> bool:
    """Surely an array or an object (`any` might be a primitive)."""
    return non_null(t) != ANY and value_kind(t) != "primitive"
