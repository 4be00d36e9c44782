"""A multipart Encoding Object's `headers` → the part headers the SDK sends with each part.

A header whose schema allows one value (`const`, a one-value `enum`) is sent automatically:
the caller has nothing to choose. Any other header is the caller's to give: a file part's in
its `(filename, content, content_type, headers)` tuple, another part's as a keyword argument
of the method (`PartHeader`), typed by the header's schema and required when the header is.
`Content-Type` is ignored, as OpenAPI says: `contentType` (or the style) decides it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..model import JsonValue, PartHeader, TypeRef
from ..naming import field_name
from .refs import Document
from .spec_values import esc, text


@dataclass(frozen=True)
class PartHeaders:
    """The headers of one multipart property's parts."""

    constant: tuple[tuple[str, JsonValue], ...] = ()  # sent automatically
    in_tuple: tuple[str, ...] = ()  # a file's, given in its tuple
    arguments: tuple[PartHeader, ...] = ()  # another part's, given as keyword arguments


def part_headers(
    doc: Document,
    part: str,
    raw: Any,
    at: str,
    *,
    file: bool,
    type_of: Callable[[Any, str, str], TypeRef],
) -> PartHeaders:
    """The headers of multipart part `part`; `raw` is the entry's `headers` map, `at` its
    pointer, `file` whether the part is a file; `type_of(schema, pointer, hint)` types a
    header the caller gives as an argument."""
    if not isinstance(raw, dict):
        return PartHeaders()
    found: list[tuple[str, JsonValue]] = []
    callers: list[str] = []
    arguments: list[PartHeader] = []
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
        header = header if isinstance(header, dict) else {}
        schema = doc.deref(header.get("schema"))
        value = _constant(schema if isinstance(schema, dict) else {})
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
            typ = type_of(header.get("schema", {}), f"{where}/schema", f"{part} {name}")
            arguments.append(
                PartHeader(
                    field_name(f"{part}_{name}"),
                    str(name),
                    typ,
                    header.get("required") is True,
                    text(header.get("description")),
                )
            )
    return PartHeaders(tuple(found), tuple(callers), tuple(arguments))


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
