"""The only module that turns the intermediate model into Python or Markdown text.

Render registers these functions as Jinja filters; templates never build type strings.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterable

from .model import (
    NULL,
    ArrayOf,
    EnumRef,
    JsonValue,
    LiteralOf,
    MapOf,
    ModelRef,
    Primitive,
    TypeRef,
    UnionOf,
    is_nullable,
    non_null,
)

_PRIMITIVES = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "datetime": "datetime",
    "date": "date",
    "uuid": "str",
    "uri": "str",
    "bytes": "bytes",
    "file": "FileTypes",
    "any": "Any",
    "null": "None",
}
_MD_PRIMITIVES = {"uuid": "str (uuid)", "uri": "str (uri)", "datetime": "datetime", "file": "file"}


def py_type(t: TypeRef, in_model: bool = False) -> str:
    """A Python annotation. Open enums accept any string: `Enum | str` for arguments, and
    `OpenEnum[Enum]` inside models, where pydantic must try the enum before `str`."""
    return " | ".join(_flat_py(t, in_model))


def _flat_py(t: TypeRef, in_model: bool) -> list[str]:
    if isinstance(t, UnionOf):
        parts: list[str] = []
        for variant in t.variants:
            parts.extend(p for p in _flat_py(variant, in_model) if p not in parts)
        if "None" in parts:  # None reads best last
            parts = [p for p in parts if p != "None"] + ["None"]
        return parts
    if isinstance(t, Primitive):
        return [_PRIMITIVES[t.kind]]
    if isinstance(t, ArrayOf):
        return [f"list[{py_type(t.item, in_model)}]"]
    if isinstance(t, MapOf):
        return [f"dict[str, {py_type(t.value, in_model)}]"]
    if isinstance(t, ModelRef):
        return [t.name]
    if isinstance(t, EnumRef):
        return [f"OpenEnum[{t.name}]"] if in_model else [t.name, "str"]
    return [f"Literal[{', '.join(py_literal(v) for v in t.values)}]"]


def py_literal(value: JsonValue) -> str:
    """A JSON value as Python source (`None`, `True`, `'x'`, `[1, 2]`)."""
    return repr(value)


def referenced_names(types: Iterable[TypeRef]) -> tuple[set[str], set[str]]:
    """(model/enum class names, typing/runtime names) an annotation of these types needs."""
    classes: set[str] = set()
    helpers: set[str] = set()
    stack = list(types)
    while stack:
        t = stack.pop()
        if isinstance(t, UnionOf):
            stack.extend(t.variants)
        elif isinstance(t, ArrayOf):
            stack.append(t.item)
        elif isinstance(t, MapOf):
            stack.append(t.value)
        elif isinstance(t, ModelRef):
            classes.add(t.name)
        elif isinstance(t, EnumRef):
            classes.add(t.name)
            helpers.add("OpenEnum")
        elif isinstance(t, LiteralOf):
            helpers.add("Literal")
        elif isinstance(t, Primitive) and t.kind in ("datetime", "date", "any", "file"):
            helpers.add(_PRIMITIVES[t.kind])
    return classes, helpers


def docstring(text: str, indent: int = 0, width: int = 100) -> str:
    """Text safe inside a triple-quoted docstring, wrapped to fit `width` at `indent`.

    A text longer than one line ends with a newline and the indentation, so the closing quotes
    stand on their own line, as PEP 257 asks.
    """
    cleaned = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    if cleaned.endswith('"'):
        cleaned += " "
    pad = " " * indent
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", cleaned) if p.strip()]
    wrapped = [
        textwrap.fill(p, width - indent - 3, break_long_words=False, break_on_hyphens=False)
        for p in paragraphs
    ]
    body = ("\n\n".join(wrapped)).replace("\n", "\n" + pad).replace("\n" + pad + "\n", "\n\n")
    if "\n" in body or indent + len(body) + 6 > width:
        return body + "\n" + pad
    return body


def md_type(t: TypeRef, link_prefix: str = "") -> str:
    """A Markdown type with models and enums linked to their pages."""
    if isinstance(t, UnionOf):
        parts = [md_type(v, link_prefix) for v in t.variants if v != NULL]
        text = " \\| ".join(parts)
        return f"{text} \\| None" if is_nullable(t) else text
    if isinstance(t, Primitive):
        return _MD_PRIMITIVES.get(t.kind, _PRIMITIVES[t.kind])
    if isinstance(t, ArrayOf):
        return f"list[{md_type(t.item, link_prefix)}]"
    if isinstance(t, MapOf):
        return f"dict[str, {md_type(t.value, link_prefix)}]"
    if isinstance(t, ModelRef | EnumRef):
        return f"[{t.name}]({link_prefix}{model_page(t.name)})"
    return "Literal[" + ", ".join(f"`{json.dumps(v)}`" for v in t.values) + "]"


def model_page(name: str) -> str:
    return f"{_slug(name)}.md"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9_]+", "", name.lower())


def md_cell(text: str) -> str:
    """Text safe inside a Markdown table cell (one line, pipes escaped)."""
    return " ".join(str(text).split()).replace("|", "\\|")


def json_example(value: JsonValue) -> str:
    return json.dumps(value, ensure_ascii=False)


__all__ = [
    "docstring",
    "json_example",
    "md_cell",
    "md_type",
    "model_page",
    "non_null",
    "py_literal",
    "py_type",
    "referenced_names",
]
