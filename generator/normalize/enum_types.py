"""`enum` values of another type than the schema's `type` (whatsapp.local: `type: integer,
enum: ["1", "2", "4"]`). JSON Schema asks a value to keep both keywords, so those values are
never valid: the enum keeps the others, and with none left no value is valid at all. The
schema is then typed by its `type` (the SDK takes an int there, as the spec's examples send)
and marked as having no valid value, which the generated tests respect."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_CHECKS: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
}


def typed_enum(schema: dict[str, Any]) -> tuple[list[Any], list[Any]] | None:
    """(the values of the schema's type, the others), or None when every value fits (or the
    schema has no `type` or `enum` to compare). null is left to `nullable` and type lists."""
    values, types = schema.get("enum"), schema.get("type")
    names = types if isinstance(types, list) else [types]
    checks = [_CHECKS[t] for t in names if isinstance(t, str) and t in _CHECKS]
    if not isinstance(values, list) or not values or not checks:
        return None
    kept = [v for v in values if v is None or any(check(v) for check in checks)]
    if len(kept) == len(values):
        return None
    return kept, [v for v in values if v is not None and not any(c(v) for c in checks)]
