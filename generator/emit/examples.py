"""Example code for the reference docs: Python that runs as is, formatted like black would.

`views_docs` decides which call to show; these functions only decide how it reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..model import TypeRef
from .python import ArgValue, PySource, keyword, py_inline, py_type

_WIDTH = 88  # black's line length: example code reads like formatted code


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
    returns: Literal["value", "page", "none", "stream"]


def py_value(value: ArgValue, indent: int = 0, used: int = 0, width: int = _WIDTH) -> str:
    """`value` as a Python literal, black style: on one line when it fits (`used` columns are
    already taken on the line), else one item per line indented from `indent`."""
    inline = py_inline(value)
    if used + len(inline) + 1 <= width or not isinstance(value, dict | list) or not value:
        return inline
    pad = " " * (indent + 4)
    if isinstance(value, list):
        items = [f"{pad}{py_value(v, indent + 4, indent + 4, width)}," for v in value]
        return "[\n" + "\n".join(items) + "\n" + " " * indent + "]"
    lines = []
    for key, item in value.items():
        head = f"{pad}{py_inline(key)}: "
        lines.append(f"{head}{py_value(item, indent + 4, len(head), width)},")
    return "{\n" + "\n".join(lines) + "\n" + " " * indent + "}"


def py_call(
    callee: str, args: Sequence[tuple[str, ArgValue]], indent: int = 0, width: int = _WIDTH
) -> str:
    """`callee(a=1, b="x")` on one line when it fits, else one argument per line.

    An argument with an empty name is positional.

    `indent` is the column the statement starts at; the first line carries no indentation of its
    own (the caller places it), continuation lines do.
    """
    inline = f"{callee}(" + ", ".join(keyword(k) + py_inline(v) for k, v in args) + ")"
    if indent + len(inline) <= width or not args:
        return inline
    pad = " " * (indent + 4)
    lines = [
        f"{pad}{keyword(k)}{py_value(v, indent + 4, indent + 4 + len(keyword(k)), width)},"
        for k, v in args
    ]
    return f"{callee}(\n" + "\n".join(lines) + "\n" + " " * indent + ")"


def py_import(module: str, names: Sequence[str], width: int = _WIDTH) -> str:
    """`from module import a, b`, parenthesized one name per line when too long."""
    line = f"from {module} import {', '.join(names)}"
    if len(line) <= width:
        return line
    return f"from {module} import (\n" + "".join(f"    {n},\n" for n in names) + ")"


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
    if s.returns in ("page", "stream"):
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
    if s.returns == "stream":  # values are parsed as they arrive; the end closes the response
        call = snippet_call(s, target="stream", awaiting=awaiting, width=width)
        loop = "async for item in stream:" if awaiting else "for item in stream:"
        return [*call.split("\n"), loop, "    print(item)"]
    return [*snippet_call(s, awaiting=awaiting, width=width).split("\n"), "print(res)"]
