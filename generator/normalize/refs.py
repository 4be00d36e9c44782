"""The raw spec document: lookups by path and local `$ref` resolution with located problems."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..diagnostics import Problem, canonical_ref, ref_parts


class Document:
    def __init__(
        self,
        data: dict[str, Any],
        file: str,
        line_of: Callable[[str], int],
        problems: list[Problem],
    ) -> None:
        self.data = data
        self.file = file
        self.line_of = line_of
        self.problems = problems
        self._warned: set[str] = set()  # `warn_once`

    def get(self, path: Sequence[str]) -> Any:
        node: Any = self.data
        for part in path:
            if isinstance(node, dict):
                node = node.get(part)
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None
        return node

    def resolve_ref(self, ref: Any, at: str) -> tuple[str, Any] | None:
        """(pointer, node) of a local reference; None (and a problem) when it dangles."""
        if not isinstance(ref, str) or not ref.startswith("#"):
            self.error(
                at,
                f"unsupported $ref {ref!r}: only local references (#/...) are supported;"
                " bundle external files first (e.g. `redocly bundle`)",
            )
            return None
        node = self.get(ref_parts(ref))
        if node is None:
            self.error(at, f"$ref {ref!r} points at nothing; fix the reference or add the target")
            return None
        return canonical_ref(ref), node

    def deref(self, node: Any) -> dict[str, Any]:
        """Follow `$ref`s until a non-reference object (cycles and dangling refs give {})."""
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                return {}
            seen.add(ref)
            node = self.get(ref_parts(ref)) if ref.startswith("#") else None
        return node if isinstance(node, dict) else {}

    def error(self, pointer: str, message: str) -> None:
        self.problems.append(Problem(self.file, self.line_of(pointer), pointer, message))

    def warn(self, pointer: str, message: str) -> None:
        self.problems.append(Problem(self.file, self.line_of(pointer), pointer, message, "warning"))

    def warn_once(self, pointer: str, message: str) -> None:
        """A warning about a place several operations read (a shared response): once."""
        if pointer not in self._warned:
            self._warned.add(pointer)
            self.warn(pointer, message)
