"""YAML for the loader: libyaml parsing into plain data (duplicate keys recorded) and the lazy
pointer → line index used when a problem is reported.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, cast

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.diagnostics import split_pointer
from generator.yaml_events import Index as _Index

if TYPE_CHECKING:
    from yaml import CSafeLoader as _BaseLoader
else:  # libyaml's C parser when PyYAML was built with it: several times faster
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_STR, _MAP, _SEQ = (f"tag:yaml.org,2002:{t}" for t in ("str", "map", "seq"))
_MERGE = "tag:yaml.org,2002:merge"


class Loader(_BaseLoader):
    """libyaml composes the nodes; `to_data` turns them into plain data (faster than PyYAML's
    generic constructor) with string keys as written and duplicate keys recorded."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[dict[str, Any], str, int, int]] = []

    def to_data(self, root: Node) -> Any:
        if isinstance(root, ScalarNode):
            return self._scalar(root)
        memo: dict[int, Any] = {}
        stack: list[tuple[Node, Any]] = []

        def child(node: Node) -> Any:
            if isinstance(node, ScalarNode):
                return self._scalar(node)
            if node.tag not in (_MAP, _SEQ):  # !!set, !!omap, unknown tags: the safe way
                return self.construct_object(node, deep=True)
            if id(node) not in memo:  # aliases share one object, as in PyYAML
                memo[id(node)] = {} if isinstance(node, MappingNode) else []
                stack.append((node, memo[id(node)]))
            return memo[id(node)]

        result = child(root)
        while stack:
            node, target = stack.pop()
            if isinstance(node, MappingNode):
                self._fill(node, target, child)
            else:
                target.extend(child(item) for item in node.value)
        return result

    def _fill(self, node: MappingNode, target: dict[str, Any], child: Any) -> None:
        merged = any(k.tag == _MERGE for k, _ in node.value)
        if merged:
            self.flatten_mapping(node)
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None, None, "mapping keys must be plain strings", key_node.start_mark
                )
            key = key_node.value  # `200:` and `on:` stay the strings "200" and "on"
            if key in target and not merged:
                first = next(k for k, _ in node.value if k.value == key)
                line = key_node.start_mark.line + 1
                self.duplicates.append((target, key, line, first.start_mark.line + 1))
            target[key] = child(value_node)

    def _scalar(self, node: ScalarNode) -> Any:
        if node.tag == _STR:
            return node.value
        construct = self.yaml_constructors.get(node.tag)
        if construct is None:
            return self.construct_object(node, deep=True)  # raises a marked error
        return construct(self, node)


Loader.yaml_implicit_resolvers = {  # no timestamps: `version: 2024-01-01` stays a string
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


@contextmanager
def gc_paused() -> Iterator[None]:
    """Building large trees triggers many full GC passes that find nothing (2-3x slower)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class LineIndex:
    """Pointer → line, computed on first use by composing the text again (marks only)."""

    def __init__(self, raw: bytes) -> None:
        self._raw = raw
        self._root: _Index | None = None

    def seed(self, index: _Index) -> None:
        """The index the loader built as it read the document: composing a big spec again
        costs ~0.5 s, and most real specs draw a warning whose line must be found."""
        if self._root is None:
            self._root = index

    def line_of(self, pointer: str) -> int:
        if self._root is None:
            with gc_paused():
                self._root = _build_index(self._raw)
        line, children = self._root
        for part in split_pointer(pointer):
            child = children.get(part)
            if child is None:
                break
            line, children = child
        return line


def mark_line(exc: yaml.MarkedYAMLError) -> int:
    mark = exc.problem_mark or exc.context_mark
    if "end of stream" in (exc.problem or "") and exc.context_mark is not None:
        mark = exc.context_mark  # where the unclosed thing starts, not the end of the file
    return mark.line + 1 if mark is not None else 1


def yaml_message(exc: yaml.MarkedYAMLError) -> str:
    parts = [" ".join(p.split()) for p in (exc.context, exc.problem) if p]
    kind = "YAML tag not allowed" if "constructor" in parts[-1] else "YAML syntax error"
    message = f"{kind}: " + "; ".join(parts)
    if "tab" in message:
        message += " (YAML cannot be indented with tabs; use spaces)"
    elif "mapping values are not allowed" in message:
        message += " (check the indentation, and quote values that contain ': ')"
    return message


_SURROGATE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _build_index(raw: bytes) -> _Index:
    """Compose the text again (marks only) into a nested segment → (line, children) index."""
    text = _SURROGATE.sub(r"\\u0041", raw.decode("utf-8-sig", errors="replace"))
    try:
        root = yaml.compose(text, Loader=Loader)
    except (yaml.YAMLError, RecursionError):
        return (1, {})
    if root is None:
        return (1, {})
    return index_nodes(root)


def index_nodes(root: Node) -> _Index:
    index: tuple[int, dict[str, _Index]] = (1, {})
    seen: set[int] = set()
    stack: list[tuple[Node, dict[str, _Index]]] = [(root, index[1])]
    while stack:
        node, children = stack.pop()
        if id(node) in seen:  # an alias: its subtree is indexed once, at its anchor
            continue
        seen.add(id(node))
        if isinstance(node, MappingNode):
            pairs = [(str(k.value), k, v) for k, v in node.value]
        elif isinstance(node, SequenceNode):
            pairs = [(str(i), v, v) for i, v in enumerate(node.value)]
        else:
            continue
        for key, at, value in reversed(pairs):  # pre-order = document order: anchors first
            # (duplicate keys: reversed, so the last wins)
            found = children.setdefault(key, (at.start_mark.line + 1, {}))
            stack.append((value, cast(dict[str, _Index], found[1])))
    return index
