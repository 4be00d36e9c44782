"""Apply OpenAPI Overlay 1.0 documents: actions with an RFC 9535 JSONPath `target` and either
`update` (deep merge: objects merged recursively, arrays appended, scalars replaced) or
`remove: true`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535
from jsonpath_rfc9535 import JSONPathError, JSONPathNode, JSONPathQuery

from generator.diagnostics import GeneratorError, Problem
from generator.load import Document, read_document

_OVERLAY_VERSION = re.compile(r"1\.0\.\d+")


@dataclass(frozen=True)
class Action:
    index: int
    target: str
    query: JSONPathQuery
    update: Any
    remove: bool


@dataclass(frozen=True)
class Overlay:
    document: Document
    actions: tuple[Action, ...]

    @property
    def raw(self) -> bytes:
        return self.document.raw

    @property
    def display_path(self) -> str:
        return self.document.display_path


def apply_overlays(
    data: dict[str, Any], overlay_paths: Sequence[str | Path]
) -> tuple[dict[str, Any], list[Problem]]:
    """Apply overlay files in order to a copy of `data`; returns (result, warnings)."""
    return apply_overlay_documents(data, [load_overlay(p) for p in overlay_paths])


def apply_overlay_documents(
    data: dict[str, Any], overlays: Sequence[Overlay]
) -> tuple[dict[str, Any], list[Problem]]:
    """Apply already-loaded overlays to a fresh copy of `data` (the input is not changed)."""
    result = _copy(data)
    warnings: list[Problem] = []
    for overlay in overlays:
        for action in overlay.actions:
            try:
                matched = _apply_action(result, action)
            except JSONPathError as exc:  # e.g. a filter comparing incompatible types
                message = f"action {action.index}: JSONPath {action.target!r} failed: {exc}"
                pointer = f"#/actions/{action.index}/target"
                raise GeneratorError([overlay.document.problem(pointer, message)]) from None
            if not matched:
                pointer = f"#/actions/{action.index}"
                message = (
                    f"action {action.index}: target {action.target!r} matched nothing in the "
                    "spec, so it had no effect"
                )
                warnings.append(overlay.document.problem(f"{pointer}/target", message, "warning"))
    return result, warnings


def load_overlay(path: str | Path) -> Overlay:
    """Read and check one overlay file; GeneratorError (every problem at once) if it is bad."""
    doc = read_document(path)
    problems: list[Problem] = []
    version = doc.data.get("overlay")
    if version is None:
        problems.append(
            doc.problem("#", "not an OpenAPI Overlay document: add `overlay: 1.0.0` at the top")
        )
    elif not (isinstance(version, str) and _OVERLAY_VERSION.fullmatch(version)):
        problems.append(
            doc.problem("#/overlay", f"overlay version {version!r} is not supported; use 1.0.0")
        )
    actions = doc.data.get("actions")
    if not isinstance(actions, list) or not actions:
        problems.append(
            doc.problem(
                "#/actions" if "actions" in doc.data else "#",
                "an overlay needs a non-empty `actions` list of {target, update | remove}",
            )
        )
        actions = []
    parsed = [_parse_action(doc, i, raw, problems) for i, raw in enumerate(actions)]
    if problems:
        raise GeneratorError(problems)
    return Overlay(doc, tuple(a for a in parsed if a is not None))


def _parse_action(doc: Document, index: int, raw: Any, problems: list[Problem]) -> Action | None:
    where = f"#/actions/{index}"
    if not isinstance(raw, dict):
        problems.append(doc.problem(where, f"action {index} must be a mapping"))
        return None
    target = raw.get("target")
    if not isinstance(target, str) or not target.strip():
        problems.append(doc.problem(where, f"action {index} needs a `target` JSONPath string"))
        return None
    remove = raw.get("remove", False)
    if not isinstance(remove, bool):
        problems.append(doc.problem(f"{where}/remove", "`remove` must be true or false"))
        return None
    if not remove and "update" not in raw:
        problems.append(doc.problem(where, f"action {index} has neither `update` nor `remove`"))
        return None
    try:
        query = jsonpath_rfc9535.compile(target)
    except JSONPathError as exc:
        message = f"invalid JSONPath {target!r} in action {index}: {exc}"
        problems.append(doc.problem(f"{where}/target", message))
        return None
    if remove and not query.segments:
        problems.append(doc.problem(f"{where}/target", "cannot remove the document root `$`"))
        return None
    return Action(index, target, query, raw.get("update"), remove)


def _apply_action(data: dict[str, Any], action: Action) -> bool:
    """Apply one action; False when the target matched nothing."""
    nodes = action.query.find(data)
    if not nodes:
        return False
    if action.remove:
        _remove(nodes)
        return True
    for node in nodes:
        if isinstance(node.value, dict | list):
            _merge_into(node.value, action.update)
        elif node.parent is not None:  # a scalar: replaced
            node.parent.value[node.location[-1]] = _copy(action.update)  # type: ignore[index]
    return True


def _remove(nodes: list[JSONPathNode]) -> None:
    """Delete each node from its parent; list items last-first so indexes stay valid."""
    keyed = [(n.parent.value, n.location[-1]) for n in nodes if n.parent is not None]
    for parent, key in sorted(keyed, key=_removal_order):
        if isinstance(parent, dict):
            parent.pop(key, None)
        elif isinstance(parent, list) and isinstance(key, int) and key < len(parent):
            del parent[key]


def _removal_order(item: tuple[object, str | int]) -> tuple[int, int]:
    parent, key = item
    return (id(parent), -key if isinstance(key, int) else 0)


def _merge_into(target: dict[str, Any] | list[Any], update: Any) -> None:
    if isinstance(target, list):
        target.extend(_copy(update) if isinstance(update, list) else [_copy(update)])
        return
    if not isinstance(update, dict):
        return  # an object can only be merged with an object; nothing sensible to do
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge_into(current, value)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(_copy(value))
        else:
            target[key] = _copy(value)


def _copy(value: Any) -> Any:
    """A fresh tree (no shared sub-objects, unlike YAML aliases or copy.deepcopy)."""
    if not isinstance(value, dict | list):
        return value
    try:
        return json.loads(json.dumps(value))
    except (TypeError, ValueError):
        if isinstance(value, dict):
            return {k: _copy(v) for k, v in value.items()}
        return [_copy(v) for v in value]
