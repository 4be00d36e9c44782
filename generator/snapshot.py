"""Snapshot: the user-visible Python API of an `Api` as small, stable, deterministic JSON.

It is what `diff` compares and what `generate` keeps in `generated/.sdkgen-snapshot.json` to
version the next generation. Only what a user of the package can see is recorded: methods with
their keyword arguments, return types and error statuses; models with their fields and whether
requests, responses or both use them; enums with their values. Descriptions, examples, wire
details and the spec's own `info.version` are left out on purpose.

Types are stable strings: the Python annotation with union members sorted, `None` last and a
`Literal[...]` split into one member per value, so reordering a `oneOf` is no change.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from json.encoder import encode_basestring as _string
from typing import Any, Literal

from . import emit
from .model import (
    Api,
    ArrayOf,
    EnumRef,
    Field,
    LiteralOf,
    MapOf,
    ModelRef,
    Operation,
    Parameter,
    Primitive,
    ServerVariable,
    TypeRef,
    UnionOf,
    is_nullable,
)

FORMAT = 1
FILE_NAME = ".sdkgen-snapshot.json"
Side = Literal["request", "response", "both", "none"]
Snapshot = dict[str, Any]  # JSON object as described in the module docstring


def snapshot(api: Api, generated_note: str = "") -> Snapshot:
    """The user-visible API of `api` (see the module docstring)."""
    request, response = _reachable(api)
    enums = {
        e.name: {
            "open": e.open,
            "side": _side(e.name, request, response),
            "values": {v.name: v.value for v in e.values},
        }
        for e in api.enums
    }
    return {
        "_generated": generated_note,
        "format": FORMAT,
        "spec_digest": api.spec_digest,
        "version": api.settings.version,
        "package": api.settings.package_name,
        "dist_name": api.settings.dist_name,
        "error_base": api.settings.error_base,
        "client": {
            "name": api.settings.client_name,
            "async_name": api.settings.async_client_name,
            "base_url": api.servers[0].default_url if api.servers else "",
            "options": {
                **{p.name: _param(p) for p in api.client_headers},
                **{v.argument: _server_variable(v) for v in api.servers[0].variables},
            },
        },
        "methods": {
            f"{r.name}.{op.name}": _method(op) for r in api.resources for op in r.operations
        },
        "models": {
            m.name: {
                "side": _side(m.name, request, response),
                "fields": {f.name: _field(f) for f in m.fields},
                "extra": type_str(m.extra_values) if m.extra_values is not None else None,
            }
            for m in api.models
        },
        "enums": enums,
        "errors": {e.class_name: list(e.statuses) for e in api.error_classes},
    }


def dumps(snap: Snapshot) -> str:
    """Deterministic JSON text: sorted keys, two-space indent, trailing newline. The same text
    as `json.dumps(snap, indent=2, sort_keys=True, ensure_ascii=False)`, whose indenting
    encoder is pure Python (~0.2 s on a big API); anything unusual takes that path."""
    out: list[str] = []
    try:
        _encode(snap, "\n", out)
    except _Unusual:
        return json.dumps(snap, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return "".join(out) + "\n"


class _Unusual(Exception):
    """A value this encoder leaves to the json module (non-string keys, odd floats, ...)."""


def _encode(value: Any, newline: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(_string(value))
    elif kind is dict and value:
        inner = newline + "  "
        out.append("{")
        for n, key in enumerate(sorted(value)):
            if type(key) is not str:
                raise _Unusual
            out.append(("," if n else "") + inner + _string(key) + ": ")
            _encode(value[key], inner, out)
        out.append(newline + "}")
    elif kind is list and value:
        inner = newline + "  "
        out.append("[")
        for n, item in enumerate(value):
            out.append(("," if n else "") + inner)
            _encode(item, inner, out)
        out.append(newline + "]")
    elif kind in (dict, list):
        out.append("{}" if kind is dict else "[]")
    elif value is None or kind is bool:
        out.append("null" if value is None else "true" if value else "false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float and math.isfinite(value):
        out.append(float.__repr__(value))
    else:
        raise _Unusual


def loads(text: str) -> Snapshot | None:
    """A snapshot read back; None when the text is not a snapshot of a known format."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    if not all(isinstance(data.get(k), dict) for k in ("client", "methods", "models", "enums")):
        return None
    return data


def type_str(t: TypeRef) -> str:
    """A stable string for a type, e.g. `list[BYOKKey] | None` (see the module docstring)."""
    members = _members(t)
    rest = sorted(m for m in members if m != "None")
    return " | ".join(rest + (["None"] if "None" in members else []))


def split_members(text: str) -> list[str]:
    """Top-level union members of a `type_str` (brackets respected)."""
    members, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch == "[") - (ch == "]")
        if depth == 0 and text.startswith(" | ", i):
            members.append(text[start:i])
            start = i + 3
    members.append(text[start:])
    return [m for m in members if m]


def _members(t: TypeRef) -> set[str]:
    if isinstance(t, UnionOf):
        return {m for v in t.variants for m in _members(v)}
    if isinstance(t, LiteralOf):
        return {"None" if v is None else f"Literal[{emit.py_literal(v)}]" for v in t.values}
    if isinstance(t, ArrayOf):
        return {f"list[{type_str(t.item)}]"}
    if isinstance(t, MapOf):
        return {f"dict[str, {type_str(t.value)}]"}
    if isinstance(t, ModelRef | EnumRef):
        return {t.name}
    return {emit.py_type(t)}


def _param(p: Parameter) -> dict[str, Any]:
    return {
        "in": p.location,
        "wire": p.wire_name,
        "type": type_str(p.type),
        "required": p.required,
        "nullable": p.nullable,
    }


def _server_variable(v: ServerVariable) -> dict[str, Any]:
    """A server URL variable as a client option (the shape of a parameter's)."""
    kind = LiteralOf(v.enum) if v.enum else Primitive("str")
    return {"in": "server", "wire": v.name, "type": type_str(kind), "required": False,
            "nullable": False}  # fmt: skip


def _field(f: Field, location: str | None = None) -> dict[str, Any]:
    entry = {
        "wire": f.wire_name,
        "type": type_str(f.type),
        "required": f.required,
        "nullable": f.nullable,
    }
    return {"in": location, **entry} if location else entry


def _method(op: Operation) -> dict[str, Any]:
    args = {p.name: _param(p) for p in op.parameters}
    if op.body is not None and op.body.fields:
        for f in op.body.fields:
            args[f.name] = _field(f, "body")
    elif op.body is not None:
        body_type = type_str(op.body.type)
        args["body"] = {
            "in": "body",
            "wire": "",
            "type": body_type,
            "required": op.body.required,
            "nullable": is_nullable(op.body.type),
        }
    response = op.response
    returns = type_str(response.type) if response and response.type else "None"
    if op.pagination is not None:  # an iterator of pages: SyncPage[Item] / AsyncPaginator[Item]
        returns = f"Page[{type_str(op.pagination.item_type)}]"
    return {
        "operation_id": op.operation_id,
        "http": f"{op.http_method} {op.path}",
        "args": args,
        "returns": returns,
        "streaming": bool(response and response.streaming),
        "pagination": op.pagination.kind if op.pagination else None,
        "errors": {e.status: e.class_name for e in op.errors},
    }


def _reachable(api: Api) -> tuple[set[str], set[str]]:
    """Names of the models and enums reachable from requests, and from responses."""
    request_roots: list[TypeRef] = []
    response_roots: list[TypeRef] = []
    for op in api.operations:
        request_roots += [p.type for p in op.parameters]
        if op.body is not None:
            request_roots += [op.body.type, *(f.type for f in op.body.fields)]
        response_roots += [r.type for r in op.responses if r.type is not None]
        response_roots += [e.type for e in op.errors if e.type is not None]
    request_roots += [p.type for p in api.client_headers]
    return _closure(api, request_roots), _closure(api, response_roots)


def _closure(api: Api, roots: Iterable[TypeRef]) -> set[str]:
    models = {m.name: m for m in api.models}
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        t = stack.pop()
        if isinstance(t, UnionOf):
            stack.extend(t.variants)
        elif isinstance(t, ArrayOf):
            stack.append(t.item)
        elif isinstance(t, MapOf):
            stack.append(t.value)
        elif isinstance(t, ModelRef | EnumRef) and t.name not in seen:
            seen.add(t.name)
            model = models.get(t.name)
            if model is not None:
                stack.extend(f.type for f in model.fields)
                stack.extend([model.extra_values] if model.extra_values is not None else [])
    return seen


def _side(name: str, request: set[str], response: set[str]) -> Side:
    if name in request and name in response:
        return "both"
    if name in request:
        return "request"
    return "response" if name in response else "none"


__all__ = ["FILE_NAME", "Snapshot", "dumps", "loads", "snapshot", "split_members", "type_str"]
