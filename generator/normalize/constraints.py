"""A schema's validation keywords as `Constraints`: the ones a type holds beside its kind
(lengths, bounds, patterns, item and property counts), and the ones it cannot express."""

from __future__ import annotations

from typing import Any

from ..model import NO_CONSTRAINTS, Constraints

# Validation keywords a type cannot express, and which the generator does not read: Prism's body
# generator ignores them too, so the values it makes up may break them (views_tests).
UNREAD_KEYWORDS = (
    "not",
    "if",
    "propertyNames",
    "dependentRequired",
    "dependentSchemas",
    "contains",
)


def extra_properties(schema: dict[str, Any]) -> Any:
    """The schema of properties beyond the declared ones: `additionalProperties`, else
    `unevaluatedProperties` (the same in a schema without composition, where nothing else
    evaluates a property; normalize merges `allOf` parts into one model), else any value."""
    if "additionalProperties" in schema:
        return schema["additionalProperties"]
    return schema.get("unevaluatedProperties", True)


def unread_keyword(schema: dict[str, Any]) -> str | None:
    return next((k for k in UNREAD_KEYWORDS if k in schema), None)


def constraints(schema: dict[str, Any], kind: str) -> Constraints:
    """The validation keywords of a schema that apply to values of JSON type `kind`."""
    unread = unread_keyword(schema)
    if kind == "string":
        return _nonempty(
            unread=unread,
            format=_str(schema.get("format")),
            pattern=_str(schema.get("pattern")),
            min_length=_count(schema.get("minLength")),
            max_length=_count(schema.get("maxLength")),
        )
    if kind in ("integer", "number"):
        return _nonempty(unread=unread, format=_str(schema.get("format")), **_bounds(schema))
    if kind == "array":
        return _nonempty(
            unread=unread,
            min_items=_count(schema.get("minItems")),
            max_items=_count(schema.get("maxItems")),
            unique_items=schema.get("uniqueItems") is True,
        )
    if kind == "object":
        return _nonempty(
            unread=unread,
            min_properties=_count(schema.get("minProperties")),
            max_properties=_count(schema.get("maxProperties")),
            closed=extra_properties(schema) is False,
        )
    return _nonempty(unread=unread)


def _bounds(schema: dict[str, Any]) -> dict[str, float | None]:
    """Number bounds in the 3.1 form: a 3.0 `exclusiveMinimum: true` makes `minimum` exclusive."""
    bounds: dict[str, float | None] = {}
    for key, exclusive_key in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        value, exclusive = _number(schema.get(key)), schema.get(exclusive_key)
        if exclusive is True:
            bounds[f"exclusive_{key}"] = value
        else:
            bounds[key] = value
            bounds[f"exclusive_{key}"] = _number(exclusive)
    multiple = _number(schema.get("multipleOf"))
    bounds["multiple_of"] = multiple if multiple and multiple > 0 else None
    return bounds


def _nonempty(**values: Any) -> Constraints:
    found = Constraints(**values)
    return NO_CONSTRAINTS if found == NO_CONSTRAINTS else found


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _count(value: Any) -> int | None:
    number = _number(value)
    return int(number) if number is not None and number >= 0 and number == int(number) else None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value
