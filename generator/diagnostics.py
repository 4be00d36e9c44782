"""Problems found in user input, reported as `file:line: pointer: message` lines."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import unquote


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    pointer: str  # JSON pointer such as "#/paths/~1byok/get"; "#" for the whole document
    message: str
    severity: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        prefix = "warning: " if self.severity == "warning" else ""
        return f"{self.file}:{self.line}: {self.pointer}: {prefix}{self.message}"


class GeneratorError(Exception):
    """Bad input: carries every problem found, each printed on its own line, exit status 2."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def pointer_from(parts: Iterable[str | int]) -> str:
    """Build a JSON pointer (RFC 6901) in URI-fragment form from path segments."""
    escaped = [str(p).replace("~", "~0").replace("/", "~1") for p in parts]
    return "#/" + "/".join(escaped) if escaped else "#"


def split_pointer(pointer: str) -> list[str]:
    body = pointer[1:] if pointer.startswith("#") else pointer
    if body in ("", "/"):
        return []
    return [p.replace("~1", "/").replace("~0", "~") for p in body.lstrip("/").split("/")]


def ref_parts(ref: str) -> list[str]:
    """The path a local `$ref` names: its fragment is a URI fragment, so percent-escapes
    (`%7B` for `{` in a path key) are decoded before the JSON pointer is split (RFC 6901 §6)."""
    return split_pointer(unquote(ref) if "%" in ref else ref)


def canonical_ref(ref: str) -> str:
    """`ref` as the pointer the generator reports and keys models by (no percent-escapes)."""
    return pointer_from(ref_parts(ref)) if "%" in ref else ref
