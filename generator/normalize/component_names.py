"""The class name of each component schema, reserved before any schema is read."""

from __future__ import annotations

from typing import Any

from ..naming import dedupe, pascal
from .refs import Document
from .schema_keywords import RESERVED_MODEL_NAMES, enum_values, escape, is_object


def class_name(raw: str) -> str:
    name = pascal(raw)
    return f"{name}Model" if name in RESERVED_MODEL_NAMES else name


def component_class_names(doc: Document) -> dict[str, str]:
    """Each component's class name. Two components may share one only when a class is made
    for neither (`long` and `Long`, both integers: AWS specs); classes claim names first."""
    schemas = doc.get(("components", "schemas"))
    schemas = schemas if isinstance(schemas, dict) else {}
    makers = [k for k in sorted(schemas) if is_object(schemas[k]) or _is_enum(schemas[k])]
    keys = makers + [k for k in sorted(schemas) if k not in makers]
    classes = [class_name(k) for k in keys]
    first: dict[str, str] = {}
    for key, cls in zip(makers, classes, strict=False):
        if cls not in first:
            first[cls] = key
        else:
            doc.error(
                f"#/components/schemas/{escape(key)}",
                f"schema {key!r} and schema {first[cls]!r} both become the Python class "
                f"{cls!r}; rename one of them (an overlay can rename a schema and its $refs)",
            )
    return dict(zip(keys, dedupe(classes), strict=True))


def _is_enum(schema: Any) -> bool:
    return isinstance(schema, dict) and "$ref" not in schema and bool(enum_values(schema))
