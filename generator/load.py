"""Read an OpenAPI document (YAML or JSON) into plain data, apply overlays, map pointers to lines.

Loading is fast (libyaml's C parser when available); the pointer → line index is built only
when a problem is reported, by composing the text a second time.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml

from generator import yaml_events
from generator.diagnostics import GeneratorError, Problem, pointer_from
from generator.yaml_source import (
    LineIndex,
    Loader,
    gc_paused,
    index_nodes,
    mark_line,
    yaml_message,
)

if TYPE_CHECKING:
    from generator.overlay import Overlay

Severity = Literal["error", "warning"]
_NOT_JSON = object()
_SUPPORTED = re.compile(r"3\.[01]\.\d+(-[0-9A-Za-z.-]+)?")
SWAGGER_HINT = (
    "Swagger 2.0 is not supported; convert it to OpenAPI 3 first, "
    "e.g. with swagger2openapi or https://converter.swagger.io"
)


@dataclass(frozen=True)
class Document:
    """One parsed file: the data plus what is needed to point back into its text."""

    display_path: str
    data: Any
    raw: bytes
    lines: LineIndex = field(repr=False, compare=False)

    def line_of(self, pointer: str) -> int:
        """1-based line of the node at `pointer`, or of its nearest existing ancestor."""
        return self.lines.line_of(pointer)

    def problem(self, pointer: str, message: str, severity: Severity = "error") -> Problem:
        return Problem(self.display_path, self.line_of(pointer), pointer, message, severity)


@dataclass(frozen=True)
class LoadedSpec:
    """The spec after overlays; `digest` covers the spec bytes and every overlay's bytes."""

    display_path: str
    data: dict[str, Any]
    raw: bytes
    digest: str
    overlays: tuple[str, ...] = ()  # display paths of the overlays applied, in order
    warnings: tuple[Problem, ...] = ()  # from overlays (targets that matched nothing)
    lines: LineIndex | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.lines is None:
            object.__setattr__(self, "lines", LineIndex(self.raw))

    @property
    def version(self) -> str:
        return str(self.data["openapi"])

    def line_of(self, pointer: str) -> int:
        """1-based line of the node at `pointer`, or of its nearest existing ancestor."""
        assert self.lines is not None
        return self.lines.line_of(pointer)

    def problem(self, pointer: str, message: str, severity: Severity = "error") -> Problem:
        return Problem(self.display_path, self.line_of(pointer), pointer, message, severity)


def display_path(path: str | Path) -> str:
    """The path for messages: as given, posix, relative to the working directory if possible."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = Path(os.path.relpath(p))
        except ValueError:  # another drive on Windows
            p = Path(p.name)
    return p.as_posix()


def load_spec(path: str | Path, overlays: Sequence[str | Path] = ()) -> LoadedSpec:
    """Read an OpenAPI 3.0/3.1 document and apply `overlays` in order; GeneratorError if bad."""
    doc = read_document(path)
    _check_version(doc)
    data, warnings = doc.data, list[Problem]()
    overlay_docs: list[Overlay] = []
    if overlays:  # the overlay module (JSONPath) takes ~50 ms to import: only when used
        from generator.overlay import apply_overlay_documents, load_overlay

        overlay_docs = [load_overlay(p) for p in overlays]
        data, warnings = apply_overlay_documents(doc.data, overlay_docs)
    digest = hashlib.sha256(doc.raw)
    for extra in overlay_docs:
        digest.update(b"\0overlay\0" + hashlib.sha256(extra.raw).digest())
    return LoadedSpec(
        display_path=doc.display_path,
        data=data,
        raw=doc.raw,
        lines=doc.lines,
        digest=digest.hexdigest(),
        overlays=tuple(o.display_path for o in overlay_docs),
        warnings=tuple(warnings),
    )


def read_document(path: str | Path) -> Document:
    """Parse one YAML or JSON file; every failure is a GeneratorError with file:line."""
    doc = Document(display_path(path), None, b"", LineIndex(b""))
    raw = _read_bytes(Path(path), doc)
    doc = Document(doc.display_path, None, raw, LineIndex(raw))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        byte = raw[exc.start : exc.start + 1].hex()
        raise _fail(doc, f"file is not UTF-8 (byte 0x{byte}); re-save it as UTF-8", line) from None
    if not text.strip():
        raise _fail(doc, "file is empty; expected an OpenAPI document")
    is_json, data = Path(path).suffix.lower() == ".json", _NOT_JSON
    if is_json or text.lstrip().startswith("{"):  # JSON text, whatever the file is called
        data = _parse_json(text, doc, fallback=not is_json)
    if data is _NOT_JSON:
        data = _parse_yaml(text, doc)
    if data is None:
        raise _fail(doc, "file has no content (only comments); expected an OpenAPI document")
    if not isinstance(data, dict):
        kind = "a list" if isinstance(data, list) else f"the scalar {_short_repr(data)}"
        raise _fail(doc, f"top level must be a mapping (an OpenAPI object), found {kind}")
    return Document(doc.display_path, data, raw, doc.lines)


def _short_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _fail(doc: Document, message: str, line: int = 1) -> GeneratorError:
    return GeneratorError([Problem(doc.display_path, line, "#", message)])


def _read_bytes(path: Path, doc: Document) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        reason = "file not found; pass the path of an OpenAPI 3.0 or 3.1 document"
    except IsADirectoryError:
        reason = "is a directory; pass the path of an OpenAPI 3.0 or 3.1 document file"
    except PermissionError:
        reason = "cannot read file: permission denied"
    except OSError as exc:
        reason = f"cannot read file: {exc.strerror or exc}"
    raise _fail(doc, reason)


def _parse_json(text: str, doc: Document, fallback: bool = False) -> Any:
    """Parse JSON; with `fallback`, text that is not JSON gives _NOT_JSON (try YAML instead)."""
    duplicates: list[tuple[dict[str, Any], str]] = []

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                duplicates.append((result, key))
            result[key] = value
        return result

    try:
        with gc_paused():
            data = json.loads(text, object_pairs_hook=pairs_hook)
    except json.JSONDecodeError as exc:
        if fallback:
            return _NOT_JSON
        raise _fail(doc, f"invalid JSON: {exc.msg} (column {exc.colno})", exc.lineno) from None
    except RecursionError:
        raise _fail(doc, "document is nested too deeply to read") from None
    if duplicates:
        paths = _paths_of(data, {id(d) for d, _ in duplicates})
        message = "duplicate key '{}'; JSON parsers keep only the last value, so remove one"
        raise GeneratorError(
            doc.problem(pointer_from([*paths[id(d)], key]), message.format(key))
            for d, key in duplicates
        )
    return data


def _parse_yaml(text: str, doc: Document) -> Any:
    try:
        with gc_paused():
            try:
                data, index, duplicates = yaml_events.parse(text, Loader)
                doc.lines.seed(index)
            except yaml_events.Unusual:  # tags, merge keys...: compose it the general way
                data, duplicates = _compose(text, doc)
    except yaml.MarkedYAMLError as exc:
        raise _fail(doc, yaml_message(exc), mark_line(exc)) from None
    except yaml.YAMLError as exc:
        raise _fail(doc, f"YAML error: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise _fail(doc, "document is nested too deeply to read") from None
    if duplicates:
        duplicates.sort(key=lambda d: d[2])
        paths = _paths_of(data, {id(d) for d, *_ in duplicates})
        message = (
            "duplicate key '{}' (first on line {}); YAML keeps only the last value, "
            "so remove or rename one of them"
        )
        raise GeneratorError(
            Problem(
                doc.display_path,
                line,
                pointer_from([*paths[id(d)], key]),
                message.format(key, first),
            )
            for d, key, line, first in duplicates
        )
    return data


def _compose(text: str, doc: Document) -> tuple[Any, list[yaml_events.Duplicate]]:
    loader = Loader(text)
    try:
        root = loader.get_single_node()
        data = None if root is None else loader.to_data(root)
        if root is not None:
            doc.lines.seed(index_nodes(root))
        return data, loader.duplicates
    finally:
        loader.dispose()


def _paths_of(data: Any, wanted: set[int]) -> dict[int, list[str]]:
    """Locate containers by identity (only used on the rare error path)."""
    found: dict[int, list[str]] = {}
    stack: list[tuple[Any, list[str]]] = [(data, [])]
    while stack and len(found) < len(wanted):
        node, path = stack.pop()
        if id(node) in wanted:
            found.setdefault(id(node), path)
        if isinstance(node, dict):
            stack.extend((v, [*path, str(k)]) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, [*path, str(i)]) for i, v in enumerate(node))
    return found


def _check_version(doc: Document) -> None:
    data = doc.data
    if "swagger" in data:
        raise GeneratorError([doc.problem("#/swagger", SWAGGER_HINT)])
    if "openapi" not in data:
        raise GeneratorError(
            [
                doc.problem(
                    "#", "missing `openapi` field; add `openapi: 3.1.0` (or 3.0.3) at the top"
                )
            ]
        )
    version = data["openapi"]
    if not isinstance(version, str):
        message = (
            f'`openapi` must be a version string such as "3.1.0", found {version!r}; '
            "write the full version (openapi: 3.1.0)"
        )
    elif _SUPPORTED.fullmatch(version):
        return
    else:
        message = (
            f"OpenAPI version {version!r} is not supported; only 3.0.x and 3.1.x are "
            "(set `openapi: 3.1.0` or `openapi: 3.0.3`)"
        )
    raise GeneratorError([doc.problem("#/openapi", message)])
