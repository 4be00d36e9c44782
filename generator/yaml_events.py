"""YAML → plain data and the pointer → line index in one pass over libyaml's events.

Composing a node graph first (PyYAML's way) holds every node and two marks per node at once:
on the full OpenRouter spec that is ~25 MB more peak memory and 4x the time. Anything unusual
(explicit tags, merge keys, non-scalar keys, several documents) raises `Unusual`, and the
caller composes the document the general way instead.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import yaml
from yaml import events
from yaml.nodes import ScalarNode

_STR = "tag:yaml.org,2002:str"
# An index node: (line, children) where children maps a pointer segment to its node.
Index = tuple[int, Mapping[str, "Index"]]
_LEAF: Mapping[str, Index] = MappingProxyType({})
Duplicate = tuple[dict[str, Any], str, int, int]  # (mapping, key, line, line of the first)


class Unusual(Exception):
    """A construct left to the composer."""


def parse(text: str, loader: Any) -> tuple[Any, Index, list[Duplicate]]:
    """(data, line index, duplicate keys). `loader` (a yaml Loader class) resolves and builds
    plain scalars, as its composer would; YAML errors propagate as marked errors."""
    parser = getattr(yaml, "CParser", None) or _c_parser()
    return _Builder(loader).run(parser(text))


def _c_parser() -> Any:
    from yaml import _yaml

    return _yaml.CParser


class _Builder:
    def __init__(self, loader: Any) -> None:
        self.resolvers: dict[Any, list[tuple[str, Any]]] = loader.yaml_implicit_resolvers
        self.constructors = loader.yaml_constructors
        self.constructor = loader.__new__(loader)  # its scalar constructors keep no state
        self.anchors: dict[str, tuple[Any, Mapping[str, Index]]] = {}
        self.duplicates: list[Duplicate] = []

    def run(self, parser: Any) -> tuple[Any, Index, list[Duplicate]]:
        try:
            return self._events(parser)
        finally:
            parser.dispose()

    def _events(self, parser: Any) -> tuple[Any, Index, list[Duplicate]]:
        scalar, alias = events.ScalarEvent, events.AliasEvent
        mapping_start, sequence_start = events.MappingStartEvent, events.SequenceStartEvent
        ends = (events.MappingEndEvent, events.SequenceEndEvent)
        root_holder: list[Any] = []
        root_index: dict[str, Index] = {}
        # open containers: [container, its index children, pending key, pending key's line]
        stack: list[list[Any]] = [[root_holder, root_index, None, 1]]
        documents = 0
        while (event := parser.get_event()) is not None:
            kind = type(event)
            if kind is scalar:
                top = stack[-1]
                if top[2] is None and type(top[0]) is dict:  # a key
                    if event.tag not in (None, "!") or event.anchor is not None:
                        raise Unusual("tagged or anchored key")
                    if event.implicit[0] and event.value == "<<":
                        raise Unusual("merge key")
                    top[2], top[3] = event.value, event.start_mark.line + 1
                    continue
                value = self._scalar(event)
                if event.anchor is not None:
                    self.anchors[event.anchor] = (value, _LEAF)
                self._add(stack, value, _LEAF, event)
            elif kind is mapping_start or kind is sequence_start:
                if event.tag not in (None, "!"):
                    raise Unusual("tagged collection")
                container: Any = {} if kind is mapping_start else []
                children: dict[str, Index] = {}
                if event.anchor is not None:
                    self.anchors[event.anchor] = (container, children)
                self._add(stack, container, children, event)
                stack.append([container, children, None, 0])
            elif kind in ends:
                stack.pop()
            elif kind is alias:
                if event.anchor not in self.anchors:
                    raise Unusual("unknown alias")  # the composer reports it, with its line
                value, _ = self.anchors[event.anchor]
                self._add(stack, value, _LEAF, event)  # indexed once, at its anchor
            elif kind is events.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise Unusual("several documents")
        if not root_holder:
            return None, (1, _LEAF), self.duplicates
        return root_holder[0], (1, root_index["0"][1]), self.duplicates

    def _add(
        self, stack: list[list[Any]], value: Any, children: Mapping[str, Index], event: Any
    ) -> None:
        top = stack[-1]
        target, index = top[0], top[1]
        if type(target) is dict:
            key, line = top[2], top[3]
            if key is None:
                raise Unusual("non-scalar key")
            if key in target:
                self.duplicates.append((target, key, line, index[key][0]))
            target[key] = value
            index[key] = (line, children)
            top[2] = None
        else:
            index[str(len(target))] = (event.start_mark.line + 1, children)
            target.append(value)

    def _scalar(self, event: Any) -> Any:
        value: str = event.value
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0]:  # quoted, or a block scalar
                return value
            tag = self._resolve(value)
            if tag == _STR:
                return value
        elif tag == _STR:
            return value
        else:
            raise Unusual("tagged scalar")
        construct = self.constructors.get(tag)
        if construct is None:
            raise Unusual(f"no constructor for {tag}")
        node = ScalarNode(tag, value, event.start_mark, event.end_mark)
        return construct(self.constructor, node)

    def _resolve(self, value: str) -> str:
        resolvers = self.resolvers.get(value[0] if value else "", [])
        for tag, regexp in (*resolvers, *self.resolvers.get(None, [])):
            if regexp.match(value):
                return str(tag)
        return _STR
