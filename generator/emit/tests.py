"""Python fragments of the generated tests: literals for arguments and expected values, and
one assertion per `Check`.

`views_tests` decides what is checked; these functions only spell it.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias

from .python import ArgValue, PySource, keyword, py_inline

PathStep: TypeAlias = tuple[Literal["attr", "item"], str | int]


CheckKind = Literal["isinstance", "type", "is", "is not", "eq", "len", "json", "call"]


@dataclass(frozen=True)
class Check:
    """One assertion about a value reached from a variable: `res.data[0].id == "..."`.

    `path` leads from the variable to the value (`("attr", "data")` is `.data`, `("item", 0)` is
    `[0]`); `expected` is a literal, or a `PySource` for a class, an enum member or a datetime.
    Kinds: `isinstance`, `type` (exact class), `is` (None, booleans, enum members), `eq`, `len`
    and `json` (the value serialized to JSON data by the test module's `as_json` helper); `call`
    passes the value to a generated check function (`expected`, a `PySource` naming it).
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
    return py_inline(value)


def py_args(args: Sequence[tuple[str, ArgValue]], more: str = "") -> str:
    """Keyword arguments: `id="x", limit=2` (the caller writes the parentheses); `more` (such as
    `", "`) follows them when there are any, to join further arguments."""
    text = ", ".join(f"{keyword(name)}{py_data(value)}" for name, value in args)
    return text + more if text else ""


def py_access(var: str, path: Sequence[PathStep]) -> str:
    """`var` followed by attribute and item steps: `res.data[0].id`."""
    text = var
    for kind, key in path:
        text += f".{key}" if kind == "attr" else f"[{py_data(key)}]"
    return text


def py_check(check: Check, var: str, helpers: str = "") -> str:
    """The assertion statement for `check`, applied to the variable `var`; `helpers` prefixes
    the generated helpers it calls (`as_json`, check functions) when they live in a module the
    test module imports, such as `"examples."`."""
    target = py_access(var, check.path)
    expected = py_data(check.expected)
    if check.kind == "isinstance":
        return f"assert isinstance({target}, {expected})"
    if check.kind == "type":
        return f"assert type({target}) is {expected}"
    if check.kind == "len":
        return f"assert len({target}) == {expected}"
    if check.kind == "json":
        return f"assert {helpers}as_json({target}) == {expected}"
    if check.kind == "call":
        return f"{helpers}{expected}({target})"
    operator = check.kind if check.kind in ("is", "is not") else "=="
    return f"assert {target} {operator} {expected}"


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
