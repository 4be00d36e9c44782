"""Identifiers that are valid from birth: snake_case, PascalCase, keywords, collisions."""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z0-9])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+")
_SOFT_RESERVED = {"self", "cls", "options", "client", "models", "errors", "json", "http_response"}
_BUILTINS = set(dir(builtins))
_MODEL_RESERVED = (
    {"copy", "dict", "json", "schema", "construct"}
    | {
        "date",  # names model modules import: a field `date: date` would shadow its own type
        "datetime",
        "discriminated",
    }
    | {"list", "str", "int", "float", "bool", "bytes"}
)  # builtins annotations name


def _ascii_words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _WORD.findall(folded)


def snake(text: str) -> str:
    """`listBYOKKeys` → `list_byok_keys`; `HTTP-Referer` → `http_referer`."""
    words = _ascii_words(text)
    name = "_".join(w.lower() for w in words) or "value"
    return f"_{name}" if name[0].isdigit() else name


def pascal(text: str) -> str:
    """`byok keys` → `ByokKeys`; keeps existing capitals: `BYOKKey` → `BYOKKey`."""
    words = _ascii_words(text)
    name = "".join(w[:1].upper() + w[1:] for w in words) or "Model"
    return f"_{name}" if name[0].isdigit() else name


def upper_snake(text: str) -> str:
    words = _ascii_words(str(text))
    name = "_".join(w.upper() for w in words)
    if not name:
        return "EMPTY"
    return f"V_{name}" if name[0].isdigit() else name


def safe_identifier(name: str, *, avoid_builtins: bool = False) -> str:
    """Append `_` to keywords (and optionally builtins/soft-reserved names)."""
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return f"{name}_"
    if avoid_builtins and (name in _BUILTINS or name in _SOFT_RESERVED):
        return f"{name}_"
    return name


def argument_name(wire_name: str) -> str:
    """A keyword-argument or attribute name for a wire name."""
    return safe_identifier(snake(wire_name))


def field_name(wire_name: str) -> str:
    """Model attribute name; pydantic reserves `model_*` and BaseModel's own attributes, and a
    field named like a name model modules import (`date: date`) would shadow that type."""
    name = argument_name(wire_name)
    if name.startswith("model_") or name in _MODEL_RESERVED:
        return f"{name}_"
    return name


def claim(name: str, taken: set[str]) -> str:
    """`name`, or `name_2`, `name_3`… if taken; the result is added to `taken`."""
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}_{n}", n + 1
    taken.add(candidate)
    return candidate


def dedupe(names: Iterable[str], taken: Iterable[str] = ()) -> list[str]:
    """Make names unique in order: a clash gets `_2`, `_3`… (deterministic)."""
    seen = set(taken)
    return [claim(name, seen) for name in names]
