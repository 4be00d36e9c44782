"""A multipart Encoding Object's `headers` → the part headers the SDK sends with each part.

A header whose schema allows one value (`const`, a one-value `enum`) is sent automatically:
the caller has nothing to choose. Any other header is the caller's to give, which the SDK can
only take for a file part (the `(filename, content, content_type, headers)` tuple); on other
parts it is warned and not sent. `Content-Type` is ignored, as OpenAPI says: `contentType` (or
the style) decides it.
"""

from __future__ import annotations

from typing import Any

from ..model import JsonValue
from .refs import Document
from .spec_values import esc


def part_headers(
    doc: Document, part: str, raw: Any, at: str, *, file: bool
) -> tuple[tuple[tuple[str, JsonValue], ...], tuple[str, ...]]:
    """(the constant headers, the caller's) of multipart part `part`; `raw` is the entry's
    `headers` map, `at` its pointer, `file` whether the part is a file (the caller may give
    headers then)."""
    if not isinstance(raw, dict):
        return (), ()
    found: list[tuple[str, JsonValue]] = []
    callers: list[str] = []
    for name, node in raw.items():
        where = f"{at}/{esc(str(name))}"
        if str(name).lower() == "content-type":
            doc.warn(
                where,
                f"multipart part {part!r}: Content-Type is set by the encoding's contentType;"
                " this header is ignored",
            )
            continue
        header = doc.deref(node)
        schema = doc.deref(header.get("schema")) if isinstance(header, dict) else {}
        value = _constant(schema)
        if value is not None and any(c in str(value[0]) for c in "\r\n"):
            doc.warn(
                where,
                f"multipart part {part!r}: header {str(name)!r} is not sent; its value holds a"
                " line break, which would end the part's headers",
            )
        elif value is not None:
            found.append((str(name), value[0]))
        elif file:
            callers.append(str(name))
        else:
            doc.warn(
                where,
                f"multipart part {part!r}: header {str(name)!r} is not sent; only a header"
                " whose schema allows one value (const, a one-value enum) is sent automatically"
                " with a part that is not a file",
            )
    return tuple(found), tuple(callers)


def _constant(schema: dict[str, Any]) -> tuple[JsonValue] | None:
    """(the one value `schema` allows,) or None; a null value is no header at all."""
    enum = schema.get("enum")
    if "const" in schema:
        value = schema["const"]
    elif isinstance(enum, list) and len(enum) == 1:
        value = enum[0]
    else:
        return None
    return None if value is None else (value,)
