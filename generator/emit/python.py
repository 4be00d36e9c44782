"""Python text: type annotations, literals and docstring wrapping."""

from __future__ import annotations

import datetime
import functools
import json
import re
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeAlias

from ..model import (
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
)

# How each primitive kind reads in an annotation (Markdown docs reuse it).
PRIMITIVE_ANNOTATIONS = {
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


def py_type(t: TypeRef, in_model: bool = False) -> str:
    """An annotation inside the models package. Open enums read as `OpenEnum[Enum]`, which makes
    pydantic try the enum before `str`; in a model, tagged unions read as
    `Annotated[A | B, Field(discriminator="kind")]`."""
    return " | ".join(_flat_py(t, "", in_model=in_model, arguments=False, tagged=in_model))


def py_runtime_type(t: TypeRef) -> str:
    """A type pydantic validates outside the models package (`response=` of an `Operation`):
    `models.`-qualified, open enums as in models, tagged unions annotated with their tag."""
    parts = _flat_py(t, "models.", in_model=True, arguments=False, tagged=True, value=True)
    return " | ".join(parts)


def py_arg_type(t: TypeRef) -> str:
    """An annotation for a method argument: `models.`-qualified, open enums as `Enum | str`,
    and read-only collection protocols so tuples and other sequences are accepted."""
    return " | ".join(_flat_py(t, "models.", in_model=False, arguments=True))


def py_qualified_type(t: TypeRef) -> str:
    """An annotation outside the models package (return types, `Operation[...]`)."""
    return " | ".join(_flat_py(t, "models.", in_model=False, arguments=False))


def _flat_py(
    t: TypeRef,
    prefix: str,
    *,
    in_model: bool,
    arguments: bool,
    tagged: bool = False,
    value: bool = False,
) -> list[str]:
    """`value`: `t` is written as a value, not an annotation (`response=`): mypy takes
    `OpenEnum[X]` as a type argument (`list[OpenEnum[X]]`) only, so a top-level open enum is
    spelled out."""

    def inner(x: TypeRef) -> str:
        return " | ".join(
            _flat_py(x, prefix, in_model=in_model, arguments=arguments, tagged=tagged)
        )

    if isinstance(t, UnionOf):
        return _flat_union(
            t, prefix, in_model=in_model, arguments=arguments, tagged=tagged, value=value
        )
    if isinstance(t, Primitive):
        if t.kind == "file" and in_model:  # pydantic cannot build a schema for IO[bytes]
            return ["FileField"]
        return [PRIMITIVE_ANNOTATIONS[t.kind]]
    if isinstance(t, ArrayOf):
        return [f"{'Sequence' if arguments else 'list'}[{inner(t.item)}]"]
    if isinstance(t, MapOf):
        return [f"{'Mapping' if arguments else 'dict'}[str, {inner(t.value)}]"]
    if isinstance(t, ModelRef):
        return [prefix + t.name]
    if isinstance(t, EnumRef):
        if in_model and value:
            union_mode = 'Field(union_mode="left_to_right")'  # `OpenEnum`, spelled out
            return [f"Annotated[{prefix}{t.name} | {t.value_kind}, {union_mode}]"]
        if in_model:
            open_enum = "OpenIntEnum" if t.value_kind == "int" else "OpenEnum"
            return [f"{open_enum}[{prefix}{t.name}]"]
        return [prefix + t.name, t.value_kind]
    return [f"Literal[{', '.join(py_literal(v) for v in t.values)}]"]


def _flat_union(
    t: UnionOf, prefix: str, *, in_model: bool, arguments: bool, tagged: bool, value: bool
) -> list[str]:
    """The variants' annotations without repeats; a tagged union collapses into one member."""
    parts: list[str] = []
    for variant in t.variants:
        flat = _flat_py(
            variant, prefix, in_model=in_model, arguments=arguments, tagged=tagged, value=value
        )
        parts.extend(p for p in flat if p not in parts)
    if "None" in parts:  # None reads best last
        parts = [p for p in parts if p != "None"] + ["None"]
    members = [p for p in parts if p != "None"]
    if tagged and t.discriminator and len(members) > 1:
        tag = _tagged_union(t, prefix, members)
        return [tag, "None"] if "None" in parts else [tag]
    return parts


def _tagged_union(t: UnionOf, prefix: str, members: list[str]) -> str:
    """`Annotated[A | B, ...]` telling pydantic how the discriminator picks a variant."""
    if t.tags:  # the tag is read from the data and mapped to a variant
        tagged_members = " | ".join(_tagged_member(v, prefix) for v in t.variants if v != NULL)
        fallback = f", fallback={t.fallback!r}" if t.fallback else ""
        # a model instance of a base member's subtype: its class names no member itself
        nested = {
            n.name: v.fallback
            for v in t.variants
            if isinstance(v, UnionOf) and v.fallback
            for n in v.variants
            if isinstance(n, ModelRef) and n.name != v.fallback
        }
        subtypes = f", members={nested!r}" if nested else ""
        pick = f"discriminated({t.discriminator!r}, {dict(t.tags)!r}{fallback}{subtypes})"
        return f"Annotated[{tagged_members}, {pick}]"
    # every variant's tag property is a literal: pydantic reads it
    return f"Annotated[{' | '.join(members)}, Field(discriminator={t.discriminator!r})]"


def _tagged_member(t: TypeRef, prefix: str) -> str:
    """A member of a union read by its tag map, tagged with its model's name; an inheritance
    union (a base member) keeps its own tagging inside, picking the subtype by its own tag."""
    if isinstance(t, UnionOf) and t.fallback:
        inner = _flat_py(t, prefix, in_model=True, arguments=False, tagged=True)[0]
        return f"Annotated[{inner}, Tag({t.fallback!r})]"
    name = t.name if isinstance(t, ModelRef) else ""
    return f"Annotated[{prefix}{name}, Tag({name!r})]"


def py_part(argument: str, headers: Sequence[tuple[str, str]], required: Sequence[str]) -> str:
    """A multipart property's value with the part headers the caller gives: the runtime's
    `Part(value, {header: argument...}, required=(header...))`."""
    given = ", ".join(f"{py_literal(wire)}: {name}" for wire, name in headers)
    needed = f", required=({''.join(f'{py_literal(h)}, ' for h in required)})" if required else ""
    return f"Part({argument}, {{{given}}}{needed})"


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
            if t.discriminator and len([v for v in t.variants if v != NULL]) > 1:
                tagging = ("Tag", "discriminated") if t.tags else ("Field",)
                helpers.update(("Annotated", *tagging))
        elif isinstance(t, ArrayOf):
            stack.append(t.item)
        elif isinstance(t, MapOf):
            stack.append(t.value)
        elif isinstance(t, ModelRef):
            classes.add(t.name)
        elif isinstance(t, EnumRef):
            classes.add(t.name)
            helpers.add("OpenIntEnum" if t.value_kind == "int" else "OpenEnum")
        elif isinstance(t, LiteralOf):
            helpers.add("Literal")
        elif isinstance(t, Primitive) and t.kind in ("datetime", "date", "any", "file"):
            helpers.add(PRIMITIVE_ANNOTATIONS[t.kind])
    return classes, helpers


def docstring(text: str, indent: int = 0, width: int = 100) -> str:
    """Text safe inside a triple-quoted docstring, wrapped to fit `width` at `indent`.

    A text longer than one line ends with a newline and the indentation, so the closing quotes
    stand on their own line, as PEP 257 asks.
    """
    body = wrap(text, indent, width)
    if "\n" not in body and indent + len(body) + 6 > width:
        # black joins the closing quotes to a one-line docstring however long it gets: two
        # lines keep them apart (a text without a space to break at stays one line)
        body = wrap(text, indent, width - 3)
    if "\n" in body or indent + len(body) + 6 > width:
        return body + "\n" + " " * indent
    return body


@functools.lru_cache(maxsize=4096)  # one parameter's text is wrapped for every method taking it
def wrap(text: str, indent: int = 0, width: int = 100, hanging: int = 0, first: int = 0) -> str:
    """Docstring-safe text wrapped at `width`; continuation lines indented by `indent + hanging`.

    `first` is how many characters precede the text on its first line (such as `name: `).
    """
    cleaned = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    cleaned = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", cleaned)  # no source holds NUL
    pad = " " * (indent + hanging)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", cleaned) if p.strip()]
    lead = "\0" * max(first - hanging, 0)  # reserves room on the first line, removed below
    fill_width = width - len(pad) - 3
    wrapped = [
        textwrap.fill(
            lead + p, fill_width, break_long_words=False, break_on_hyphens=False
        ).removeprefix(lead)
        for p in paragraphs
    ]
    body = "\n\n".join(wrapped).replace("\n", "\n" + pad)
    if _bare_quote_at_end(body):  # it would run into the closing quotes
        body = body[:-1] + '\\"'
    return body.replace("\n" + pad + "\n", "\n\n")


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f]")


def _bare_quote_at_end(text: str) -> bool:
    """Whether `text` ends with a quote no backslash escapes (an odd run escapes it)."""
    if not text.endswith('"'):
        return False
    backslashes = len(text[:-1]) - len(text[:-1].rstrip("\\"))
    return backslashes % 2 == 0


@dataclass(frozen=True)
class PySource:
    """Python source placed as is in example code, for values JSON cannot express (files)."""

    text: str
    sent: JsonValue = None  # its JSON form, where it is sent as one (a file sent as text)


ArgValue: TypeAlias = JsonValue | PySource


def py_inline(value: object) -> str:
    """`value` as a Python literal on one line."""
    if isinstance(value, PySource):
        return value.text
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid Python literal
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(py_inline(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_inline(k)}: {py_inline(v)}" for k, v in value.items()) + "}"
    if isinstance(value, datetime.date):  # YAML reads unquoted timestamps as dates
        return json.dumps(value.isoformat())
    return json.dumps(str(value), ensure_ascii=False)


def py_url_template(url: str, names: Mapping[str, str]) -> str:
    """An f-string building `url` with each `{placeholder}` in `names` replaced by the value
    of the Python name it maps to; other text (braces included) is kept as written."""
    out = []
    for part in re.split(r"(\{[^{}]*\})", url):
        if part[1:-1] in names and part.startswith("{"):
            out.append("{" + names[part[1:-1]] + "}")
        else:
            literal = json.dumps(part, ensure_ascii=False)[1:-1]
            out.append(literal.replace("{", "{{").replace("}", "}}"))
    return 'f"' + "".join(out) + '"'


def keyword(name: str) -> str:
    """`name=` before an argument's value; an empty name is a positional argument."""
    return f"{name}=" if name else ""
