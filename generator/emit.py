"""The only module that turns the intermediate model into Python or Markdown text.

Render registers these functions as Jinja filters; templates never build type strings.
"""

from __future__ import annotations

import datetime
import json
import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias

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
    """An annotation inside the models package. Open enums read as `OpenEnum[Enum]`, which makes
    pydantic try the enum before `str`; in a model, tagged unions read as
    `Annotated[A | B, Field(discriminator="kind")]`."""
    return " | ".join(_flat_py(t, "", in_model=in_model, arguments=False, tagged=in_model))


def py_runtime_type(t: TypeRef) -> str:
    """A type pydantic validates outside the models package (`response=` of an `Operation`):
    `models.`-qualified, open enums as in models, tagged unions annotated with their tag."""
    return " | ".join(_flat_py(t, "models.", in_model=True, arguments=False, tagged=True))


def py_arg_type(t: TypeRef) -> str:
    """An annotation for a method argument: `models.`-qualified, open enums as `Enum | str`,
    and read-only collection protocols so tuples and other sequences are accepted."""
    return " | ".join(_flat_py(t, "models.", in_model=False, arguments=True))


def py_qualified_type(t: TypeRef) -> str:
    """An annotation outside the models package (return types, `Operation[...]`)."""
    return " | ".join(_flat_py(t, "models.", in_model=False, arguments=False))


def _flat_py(
    t: TypeRef, prefix: str, *, in_model: bool, arguments: bool, tagged: bool = False
) -> list[str]:
    def inner(x: TypeRef) -> str:
        return " | ".join(
            _flat_py(x, prefix, in_model=in_model, arguments=arguments, tagged=tagged)
        )

    if isinstance(t, UnionOf):
        parts: list[str] = []
        for variant in t.variants:
            parts.extend(
                p
                for p in _flat_py(
                    variant, prefix, in_model=in_model, arguments=arguments, tagged=tagged
                )
                if p not in parts
            )
        if "None" in parts:  # None reads best last
            parts = [p for p in parts if p != "None"] + ["None"]
        if tagged and t.discriminator and len([p for p in parts if p != "None"]) > 1:
            if t.tags:  # the tag is read from the data and mapped to a variant
                members = " | ".join(
                    f"Annotated[{prefix}{v.name}, Tag({v.name!r})]"
                    for v in t.variants
                    if isinstance(v, ModelRef)
                )
                pick = f"discriminated({t.discriminator!r}, {dict(t.tags)!r})"
                tag = f"Annotated[{members}, {pick}]"
            else:  # every variant's tag property is a literal: pydantic reads it
                members = " | ".join(p for p in parts if p != "None")
                tag = f"Annotated[{members}, Field(discriminator={t.discriminator!r})]"
            return [tag, "None"] if "None" in parts else [tag]
        return parts
    if isinstance(t, Primitive):
        return [_PRIMITIVES[t.kind]]
    if isinstance(t, ArrayOf):
        return [f"{'Sequence' if arguments else 'list'}[{inner(t.item)}]"]
    if isinstance(t, MapOf):
        return [f"{'Mapping' if arguments else 'dict'}[str, {inner(t.value)}]"]
    if isinstance(t, ModelRef):
        return [prefix + t.name]
    if isinstance(t, EnumRef):
        if in_model:
            open_enum = "OpenIntEnum" if t.value_kind == "int" else "OpenEnum"
            return [f"{open_enum}[{prefix}{t.name}]"]
        return [prefix + t.name, t.value_kind]
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
            helpers.add(_PRIMITIVES[t.kind])
    return classes, helpers


def docstring(text: str, indent: int = 0, width: int = 100) -> str:
    """Text safe inside a triple-quoted docstring, wrapped to fit `width` at `indent`.

    A text longer than one line ends with a newline and the indentation, so the closing quotes
    stand on their own line, as PEP 257 asks.
    """
    body = wrap(text, indent, width)
    if "\n" in body or indent + len(body) + 6 > width:
        return body + "\n" + " " * indent
    return body


def wrap(text: str, indent: int = 0, width: int = 100, hanging: int = 0, first: int = 0) -> str:
    """Docstring-safe text wrapped at `width`; continuation lines indented by `indent + hanging`.

    `first` is how many characters precede the text on its first line (such as `name: `).
    """
    cleaned = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    if cleaned.endswith('"'):
        cleaned += " "
    pad = " " * (indent + hanging)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", cleaned) if p.strip()]
    lead = "\0" * max(first - hanging, 0)  # reserves room on the first line, removed below
    fill_width = width - len(pad) - 3
    wrapped = [
        textwrap.fill(lead + p, fill_width, break_long_words=False, break_on_hyphens=False)
        .removeprefix(lead)
        for p in paragraphs
    ]
    body = "\n\n".join(wrapped).replace("\n", "\n" + pad)
    return body.replace("\n" + pad + "\n", "\n\n")


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
    "py_runtime_type",
    "py_type",
    "referenced_names",
]


# --- Markdown docs ---
# Text for the reference docs: example code (Python that runs as is) and Markdown fragments.
# `views_docs` decides what to show; these functions only decide how it reads.

_WIDTH = 88  # black's line length: example code reads like formatted code


@dataclass(frozen=True)
class PySource:
    """Python source placed as is in example code, for values JSON cannot express (files)."""

    text: str


ArgValue: TypeAlias = JsonValue | PySource


@dataclass(frozen=True)
class Snippet:
    """One method call as the examples show it: the SDK's names plus example arguments."""

    package: str
    client: str  # sync client class
    async_client: str
    resource: str  # attribute on the client
    method: str
    func: str  # standalone function (the async one is `<func>_async`)
    args: tuple[tuple[str, ArgValue], ...]
    returns: Literal["value", "page", "none"]


def py_value(value: ArgValue, indent: int = 0, used: int = 0, width: int = _WIDTH) -> str:
    """`value` as a Python literal, black style: on one line when it fits (`used` columns are
    already taken on the line), else one item per line indented from `indent`."""
    inline = _py_inline(value)
    if used + len(inline) + 1 <= width or not isinstance(value, dict | list) or not value:
        return inline
    pad = " " * (indent + 4)
    if isinstance(value, list):
        items = [f"{pad}{py_value(v, indent + 4, indent + 4, width)}," for v in value]
        return "[\n" + "\n".join(items) + "\n" + " " * indent + "]"
    lines = []
    for key, item in value.items():
        head = f"{pad}{_py_inline(key)}: "
        lines.append(f"{head}{py_value(item, indent + 4, len(head), width)},")
    return "{\n" + "\n".join(lines) + "\n" + " " * indent + "}"


def _py_inline(value: object) -> str:
    if isinstance(value, PySource):
        return value.text
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid Python literal
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_py_inline(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_py_inline(k)}: {_py_inline(v)}" for k, v in value.items()) + "}"
    if isinstance(value, datetime.date):  # YAML reads unquoted timestamps as dates
        return json.dumps(value.isoformat())
    return json.dumps(str(value), ensure_ascii=False)


def py_call(
    callee: str, args: Sequence[tuple[str, ArgValue]], indent: int = 0, width: int = _WIDTH
) -> str:
    """`callee(a=1, b="x")` on one line when it fits, else one argument per line.

    An argument with an empty name is positional.

    `indent` is the column the statement starts at; the first line carries no indentation of its
    own (the caller places it), continuation lines do.
    """
    inline = f"{callee}(" + ", ".join(_arg(k) + _py_inline(v) for k, v in args) + ")"
    if indent + len(inline) <= width or not args:
        return inline
    pad = " " * (indent + 4)
    lines = [
        f"{pad}{_arg(k)}{py_value(v, indent + 4, indent + 4 + len(_arg(k)), width)},"
        for k, v in args
    ]
    return f"{callee}(\n" + "\n".join(lines) + "\n" + " " * indent + ")"


def _arg(name: str) -> str:
    return f"{name}=" if name else ""  # an empty name: a positional argument


def py_signature(
    callee: str, params: Sequence[tuple[str, TypeRef]], more: bool, returns: str
) -> str:
    """A keyword-only signature line for an index: `client.x.get(*, id: str) -> Thing`."""
    parts = ["*"] if params else []
    parts += [f"{name}: {py_type(t)}" for name, t in params]
    if more:
        parts.append("**params")
    return f"{callee}({', '.join(parts)}) -> {returns}"


def snippet_sync(s: Snippet) -> str:
    """A script calling the method with the sync client and using what it returns."""
    return "\n".join([
        f"from {s.package} import {s.client}",
        "",
        f"client = {s.client}()",
        "",
        *_use_result(s, awaiting=False, width=_WIDTH),
    ]) + "\n"  # fmt: skip


def snippet_async(s: Snippet) -> str:
    """The same call with the async client, run by `asyncio.run`."""
    body = _use_result(s, awaiting=True, width=_WIDTH - 8)
    return "\n".join([
        "import asyncio",
        "",
        f"from {s.package} import {s.async_client}",
        "",
        "",
        "async def main() -> None:",
        f"    async with {s.async_client}() as client:",
        *(f"        {line}" if line else "" for line in body),
        "",
        "",
        "asyncio.run(main())",
    ]) + "\n"  # fmt: skip


def snippet_standalone(s: Snippet) -> str:
    """The standalone function: a `Result` with `.ok`, `.value` and `.error` instead of raising."""
    call = py_call(f"res = {s.func}", [("", PySource("client")), *s.args])
    if s.returns == "page":
        use = ["    for item in res.value:", "        print(item)"]
    elif s.returns == "none":
        use = ['    print("done")']
    else:
        use = ["    print(res.value)"]
    return "\n".join([
        f"from {s.package} import {s.client}",
        f"from {s.package}.funcs import {s.func}",
        "",
        f"client = {s.client}()",
        "",
        call,
        "if res.ok:",
        *use,
        "else:",
        f'    print("{s.func} failed:", res.error)',
    ]) + "\n"  # fmt: skip


def snippet_call(
    s: Snippet,
    *,
    extra: Sequence[tuple[str, ArgValue]] = (),
    indent: int = 0,
    target: str = "res",
    via: str = "",
    awaiting: bool = False,
    width: int = _WIDTH,
) -> str:
    """One statement calling the method: `res = client.x.get(id=..., timeout=5.0)`.

    `extra` arguments follow the example ones; `target` "" leaves the call unassigned; `via`
    names an accessor between the resource and the method, such as `with_raw_response`.
    """
    prefix = (f"{target} = " if target else "") + ("await " if awaiting else "")
    accessor = f"{prefix}client.{s.resource}.{via + '.' if via else ''}{s.method}"
    return py_call(accessor, [*s.args, *extra], indent, width)


def _use_result(s: Snippet, *, awaiting: bool, width: int) -> list[str]:
    """Unindented statements calling the method and printing the outcome, within `width`."""
    if s.returns == "page":  # iterating walks every page; `async for` needs no await
        loop = "async for item in" if awaiting else "for item in"
        call = py_call(f"{loop} client.{s.resource}.{s.method}", s.args, 0, width - 1)
        return [*f"{call}:".split("\n"), "    print(item)"]
    if s.returns == "none":
        return snippet_call(s, target="", awaiting=awaiting, width=width).split("\n")
    return [*snippet_call(s, awaiting=awaiting, width=width).split("\n"), "print(res)"]


def md_code(text: str) -> str:
    """Inline code that survives any backticks in `text`."""
    runs = [len(run) for run in re.findall(r"`+", text)]
    fence = "`" * (max(runs) + 1 if runs else 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md_example(value: ArgValue, limit: int = 80) -> str:
    """An example value as inline Python code for a table cell, shortened when long."""
    text = _py_inline(value)
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


__all__ += [
    "ArgValue",
    "PySource",
    "Snippet",
    "md_anchor",
    "md_code",
    "md_example",
    "md_link",
    "py_call",
    "py_signature",
    "py_value",
    "snippet_async",
    "snippet_call",
    "snippet_standalone",
    "snippet_sync",
    "tree_lines",
    "yaml_str",
]


def py_import(module: str, names: Sequence[str], width: int = _WIDTH) -> str:
    """`from module import a, b`, parenthesized one name per line when too long."""
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= width:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in names) + ")"


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


__all__ += ["json_block", "md_absolute_links", "py_import", "url_origin"]


# --- Generated tests ---
# Python fragments of the generated tests: literals for arguments and expected values, and one
# assertion per `Check`. `views_tests` decides what is checked; these functions only spell it.

PathStep: TypeAlias = tuple[Literal["attr", "item"], str | int]
CheckKind = Literal["isinstance", "type", "is", "eq", "len", "json"]


@dataclass(frozen=True)
class Check:
    """One assertion about a value reached from a variable: `res.data[0].id == "..."`.

    `path` leads from the variable to the value (`("attr", "data")` is `.data`, `("item", 0)` is
    `[0]`); `expected` is a literal, or a `PySource` for a class, an enum member or a datetime.
    Kinds: `isinstance`, `type` (exact class), `is` (None, booleans, enum members), `eq`, `len`
    and `json` (the value serialized to JSON data by the test module's `as_json` helper).
    """

    path: tuple[PathStep, ...]
    kind: CheckKind
    expected: ArgValue


def py_data(value: object) -> str:
    """A value as a Python literal on one line; unlike `py_value`, tuples stay tuples."""
    if isinstance(value, tuple):
        items = ", ".join(py_data(v) for v in value)
        return f"({items},)" if len(value) == 1 else f"({items})"
    if isinstance(value, list):
        return "[" + ", ".join(py_data(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_data(k)}: {py_data(v)}" for k, v in value.items()) + "}"
    return _py_inline(value)


def py_args(args: Sequence[tuple[str, ArgValue]], more: str = "") -> str:
    """Keyword arguments: `id="x", limit=2` (the caller writes the parentheses); `more` (such as
    `", "`) follows them when there are any, to join further arguments."""
    text = ", ".join(f"{_arg(name)}{py_data(value)}" for name, value in args)
    return text + more if text else ""


def py_access(var: str, path: Sequence[PathStep]) -> str:
    """`var` followed by attribute and item steps: `res.data[0].id`."""
    text = var
    for kind, key in path:
        text += f".{key}" if kind == "attr" else f"[{py_data(key)}]"
    return text


def py_check(check: Check, var: str) -> str:
    """The assertion statement for `check`, applied to the variable `var`."""
    target = py_access(var, check.path)
    expected = py_data(check.expected)
    if check.kind == "isinstance":
        return f"assert isinstance({target}, {expected})"
    if check.kind == "type":
        return f"assert type({target}) is {expected}"
    if check.kind == "len":
        return f"assert len({target}) == {expected}"
    if check.kind == "json":
        return f"assert as_json({target}) == {expected}"
    return f"assert {target} {'is' if check.kind == 'is' else '=='} {expected}"


def py_class_ref(name: str) -> PySource:
    """A model class (or enum) as the tests name it: `models.Thing`."""
    return PySource(f"models.{name}")


def py_enum_member(enum_name: str, member: str) -> PySource:
    return PySource(f"models.{enum_name}.{member}")


def py_bytes(text: str) -> PySource:
    """A bytes literal of `text` encoded as UTF-8."""
    return PySource(repr(text.encode()))


def py_time(value: datetime.date) -> PySource:
    """A date or datetime constructor; the tests `import datetime`."""
    return PySource(repr(value).replace("datetime.timezone.utc", "datetime.UTC"))


__all__ += [
    "Check",
    "CheckKind",
    "PathStep",
    "py_access",
    "py_args",
    "py_bytes",
    "py_check",
    "py_class_ref",
    "py_data",
    "py_enum_member",
    "py_time",
]
