"""Markdown text for the reference docs: types, cells, code spans, links and trees.

`views_docs` decides what to show; these functions only decide how it reads.
"""

from __future__ import annotations

import json
import re

from ..model import (
    NULL,
    ArrayOf,
    Constraints,
    EnumRef,
    JsonValue,
    MapOf,
    ModelRef,
    Primitive,
    TypeRef,
    UnionOf,
    is_nullable,
    non_null,
)
from .python import PRIMITIVE_ANNOTATIONS, ArgValue, py_inline

_SHOWN_BY_TYPE = {"date-time", "date", "uuid", "uri", "url", "binary"}  # `md_type` says these

_MD_PRIMITIVES = {"uuid": "str (uuid)", "uri": "str (uri)", "datetime": "datetime", "file": "file"}


def md_type(t: TypeRef, link_prefix: str = "") -> str:
    """A Markdown type with models and enums linked to their pages."""
    if isinstance(t, UnionOf) and t.fallback:
        text = _subtypes(t, link_prefix)
        return f"{text} \\| None" if is_nullable(t) else text
    if isinstance(t, UnionOf):
        parts = [md_type(v, link_prefix) for v in t.variants if v != NULL]
        text = " \\| ".join(parts)
        return f"{text} \\| None" if is_nullable(t) else text
    if isinstance(t, Primitive):
        return _MD_PRIMITIVES.get(t.kind, PRIMITIVE_ANNOTATIONS[t.kind])
    if isinstance(t, ArrayOf):
        return f"list[{md_type(t.item, link_prefix)}]"
    if isinstance(t, MapOf):
        return f"dict[str, {md_type(t.value, link_prefix)}]"
    if isinstance(t, ModelRef | EnumRef):
        return f"[{t.name}]({link_prefix}{model_page(t.name)})"
    return "Literal[" + ", ".join(f"`{json.dumps(v)}`" for v in t.values) + "]"


def _subtypes(t: UnionOf, link_prefix: str) -> str:
    """An inheritance union: "Pet: one of Cat, Dog (by `petType`), else Pet"."""
    base = ModelRef(t.fallback or "")
    members = ", ".join(md_type(v, link_prefix) for v in t.variants if v not in (NULL, base))
    shown = md_type(base, link_prefix)
    return f"{shown}: one of {members} (by {md_code(t.discriminator or '')}), else {shown}"


def model_page(name: str) -> str:
    return f"{_slug(name)}.md"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9_]+", "", name.lower())


def md_cell(text: str) -> str:
    """Text safe inside a Markdown table cell (one line, pipes escaped)."""
    return " ".join(str(text).split()).replace("|", "\\|")


def json_example(value: JsonValue) -> str:
    return json.dumps(value, ensure_ascii=False)


def md_code(text: str) -> str:
    """Inline code that survives any backticks in `text`."""
    runs = [len(run) for run in re.findall(r"`+", text)]
    fence = "`" * (max(runs) + 1 if runs else 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md_example(value: ArgValue, limit: int = 80) -> str:
    """An example value as inline Python code for a table cell, shortened when long."""
    text = py_inline(value)
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return md_cell(md_code(text))


def md_link(text: str, target: str) -> str:
    return f"[{text}]({target})"


def md_anchor(heading: str) -> str:
    """The fragment GitHub and MkDocs give a heading: `Error handling` → `error-handling`."""
    slug = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return slug.replace(" ", "-")


TreeNode = tuple[str, tuple["TreeNode", ...]]


def tree_lines(root: TreeNode) -> list[str]:
    """A tree drawn with box characters, one line per node."""
    label, children = root
    lines = [label]
    for index, child in enumerate(children):
        last = index == len(children) - 1
        sub = tree_lines(child)
        lines.append(("└── " if last else "├── ") + sub[0])
        lines.extend(("    " if last else "│   ") + line for line in sub[1:])
    return lines


def yaml_str(text: str) -> str:
    """A YAML scalar for any text (a JSON string is a valid double-quoted YAML scalar)."""
    return json.dumps(text, ensure_ascii=False)


def json_block(value: JsonValue) -> str:
    """A JSON value pretty-printed for a ```json block."""
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)


def url_origin(url: str) -> str:
    """`https://host/api/v1` → `https://host`; "" for a relative URL."""
    match = re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]+", url)
    return match.group(0) if match else ""


def md_absolute_links(text: str, origin: str) -> str:
    """Markdown links to site-relative paths (`](/docs/x)`) made absolute on `origin`.

    Such links in a spec point at the API provider's website; relative to a generated page
    they would point nowhere.
    """
    return re.sub(r"\]\(/(?!/)", f"]({origin}/", text) if origin else text


def md_constraints(t: TypeRef) -> str:
    """The values `t` accepts beyond its type, as a note: "Constraints: matches `^[a-z]+$`,
    3 to 20 characters." (empty without any)."""
    t = non_null(t)
    c = t.constraints if isinstance(t, Primitive | ArrayOf | MapOf) else Constraints()
    parts = []
    if c.format and c.format not in _SHOWN_BY_TYPE:
        parts.append(f"format {md_code(c.format)}")
    if c.pattern:
        parts.append(f"matches {md_code(c.pattern)}")
    parts += _range(c.min_length, c.max_length, "character")
    for value, sign in (
        (c.minimum, "≥"),
        (c.exclusive_minimum, ">"),
        (c.maximum, "≤"),
        (c.exclusive_maximum, "<"),
        (c.multiple_of, "a multiple of"),
    ):
        if value is not None:
            parts.append(f"{sign} {_number(value)}")
    parts += _range(c.min_items, c.max_items, "item")
    parts += ["unique items"] if c.unique_items else []
    parts += _range(c.min_properties, c.max_properties, "property")
    return f"Constraints: {', '.join(parts)}." if parts else ""


def _range(low: int | None, high: int | None, unit: str) -> list[str]:
    def units(n: int) -> str:
        plural = "properties" if unit == "property" else f"{unit}s"
        return f"{n} {unit if n == 1 else plural}"

    if low and high is not None:
        return [units(low) if low == high else f"{low} to {units(high)}"]
    if low:
        return [f"at least {units(low)}"]
    return [f"at most {units(high)}"] if high is not None else []


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
