"""Checks a generator needs that openapi-spec-validator does not make (or makes without a usable
location): $refs that dangle, leave the file or loop; duplicate operationIds; path template
parameters; operations without responses; unknown schema `type` values.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from generator.diagnostics import ref_parts

Parts = tuple[str, ...]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TYPES_31 = ("string", "number", "integer", "boolean", "array", "object", "null")
_DATA_KEYS = frozenset(("example", "examples", "default", "enum", "const"))  # values, not spec
_SUBSCHEMA = ("items", "not", "additionalProperties", "if", "then", "else", "contains")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_NAMED = frozenset(  # maps whose keys are names (a property may be called "default")
    [
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "schemas",
        "responses",
        "parameters",
        "examples",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "pathItems",
        "paths",
        "webhooks",
        "content",
        "encoding",
    ]
)
_MISSING = object()
_TEMPLATE = re.compile(r"\{([^{}/]+)\}")


@dataclass
class Checks:
    problems: list[tuple[Parts, str]] = field(default_factory=list)
    bad_refs: list[Parts] = field(default_factory=list)  # $ref nodes the validator must not follow
    covered: set[Parts] = field(default_factory=set)  # validator errors here (or below) dropped

    def add(self, parts: Parts, message: str, cover: bool = False) -> None:
        self.problems.append((parts, message))
        if cover:
            self.covered.add(parts)


def run(data: dict[str, Any]) -> Checks:
    checks = Checks()
    _check_refs(data, checks)
    _check_operations(data, checks)
    for parts, schema in iter_schemas(data):
        _check_type(schema, parts, str(data.get("openapi", "")).startswith("3.0"), checks)
    return checks


def resolve(data: Any, ref: Any) -> tuple[Parts, Any] | None:
    """The (path, node) a local `#/...` reference points at, or None."""
    if not isinstance(ref, str) or not ref.startswith("#"):
        return None
    parts = tuple(ref_parts(ref))
    node = node_at(data, parts, _MISSING)
    return None if node is _MISSING else (parts, node)


def node_at(data: Any, parts: Parts, default: Any = None) -> Any:
    """The node at a document path (no $ref following), or `default`."""
    node = data
    for part in parts:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return default
    return node


def without_refs(data: dict[str, Any], bad: list[Parts]) -> dict[str, Any]:
    """A copy of `data` with the `$ref` key dropped from each node at `bad` (shares the rest)."""
    root: dict[str, Any] = dict(data)
    for parts in bad:
        node: Any = root
        for part in parts:
            child = node[int(part) if isinstance(node, list) else part]
            child = list(child) if isinstance(child, list) else dict(child)
            node[int(part) if isinstance(node, list) else part] = child
            node = child
        node.pop("$ref", None)
        if len(parts) > 1 and parts[-2] == "parameters":  # the validator needs name and in
            node.update(name=f"sdkgen-unresolved-{len(parts)}-{parts[-1]}", schema={})
            node["in"] = "query"
    return root


def walk(data: Any) -> Iterator[tuple[Parts, dict[str, Any]]]:
    """Every mapping in the document except inside example/default/enum values and x-* keys."""
    stack: list[tuple[Parts, Any]] = [((), data)]
    while stack:
        parts, node = stack.pop()
        if isinstance(node, dict):
            yield parts, node
            named = bool(parts) and parts[-1] in _NAMED  # keys are names, not keywords
            stack.extend(
                ((*parts, str(k)), v)
                for k, v in node.items()
                if named or not (str(k).startswith("x-") or _is_data(k, v, parts))
            )
        elif isinstance(node, list):
            stack.extend(((*parts, str(i)), v) for i, v in enumerate(node))


def _is_data(key: str, value: Any, parts: Parts) -> bool:
    if key == "examples":
        return not isinstance(value, dict)  # a map of Example Objects, or (3.1 schema) values
    return key in _DATA_KEYS or (key == "value" and "examples" in parts[-2:])


def _check_refs(data: dict[str, Any], checks: Checks) -> None:
    chains: dict[Parts, Parts] = {}  # $ref node → the $ref node it points at
    for parts, node in walk(data):
        if "$ref" not in node:
            continue
        ref = node["$ref"]
        target = resolve(data, ref)
        if target is not None:
            if isinstance(target[1], dict) and "$ref" in target[1]:
                chains[parts] = target[0]
            continue
        checks.bad_refs.append(parts)
        checks.add(parts, _bad_ref_message(data, ref), cover=True)
    for cycle in _cycles(chains):
        path = " -> ".join(pointer for pointer in ("#/" + "/".join(p) for p in cycle))
        checks.add(cycle[0], f"$ref cycle never reaches a definition: {path}", cover=True)
        checks.bad_refs.extend(p for p in cycle if p not in checks.bad_refs)
        checks.covered.update(cycle)


def _bad_ref_message(data: dict[str, Any], ref: Any) -> str:
    if not isinstance(ref, str):
        return f"$ref must be a string such as '#/components/schemas/Name', not {ref!r}"
    if not ref.startswith("#"):
        return (
            f"external $ref {ref!r} is not supported; bundle the spec into one file first "
            "(e.g. `redocly bundle`)"
        )
    parts = ref_parts(ref)
    node: Any = data
    for depth, part in enumerate(parts):
        if isinstance(node, dict) and part in node:
            node = node[part]
            continue
        there = "#/" + "/".join(parts[:depth]) if depth else "the document"
        close = difflib.get_close_matches(part, list(node) if isinstance(node, dict) else [], 1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return f"$ref {ref!r} points nowhere: no {part!r} in {there}{hint}"
    return f"$ref {ref!r} points nowhere"


def _cycles(chains: dict[Parts, Parts]) -> list[list[Parts]]:
    cycles: list[list[Parts]] = []
    done: set[Parts] = set()
    for start in sorted(chains):
        trail: list[Parts] = []
        node: Parts | None = start
        while node is not None and node not in done and node not in trail:
            trail.append(node)
            node = chains.get(node)
        if node is not None and node in trail:
            cycles.append(trail[trail.index(node) :])
        done.update(trail)
    return cycles


def _operations(data: dict[str, Any]) -> Iterator[tuple[str, str, Parts, dict[str, Any], Any]]:
    paths = data.get("paths")
    for template, item in paths.items() if isinstance(paths, dict) else ():
        item_parts, item = path_item(data, ("paths", template), item)
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters")
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield template, method, (*item_parts, method), operation, shared


def path_item(data: dict[str, Any], parts: Parts, item: Any) -> tuple[Parts, Any]:
    """A path item, or the one its local `$ref` points at (e.g. `#/components/pathItems/X`,
    OpenAPI 3.1), with its location; a dangling `$ref` is reported by the reference checks."""
    if isinstance(item, dict) and "$ref" in item:
        found = resolve(data, item["$ref"])
        return found if found is not None else (parts, None)
    return parts, item


def _check_operations(data: dict[str, Any], checks: Checks) -> None:
    seen: dict[str, str] = {}
    for template, method, parts, operation, shared in _operations(data):
        label = f"{method.upper()} {template}"
        op_id = operation.get("operationId")
        if isinstance(op_id, str):
            if op_id in seen:
                message = f"duplicate operationId {op_id!r} (also used by {seen[op_id]})"
                checks.add((*parts, "operationId"), message + "; operationIds must be unique")
            seen.setdefault(op_id, label)
        responses = operation.get("responses")
        if not isinstance(responses, dict) or not responses:
            checks.add(
                (*parts, "responses") if "responses" in operation else parts,
                f"{label} has no responses; add at least one, e.g. "
                "responses: {'200': {description: OK}}",
                cover="responses" in operation,
            )
        _check_path_params(data, template, parts, [shared, operation.get("parameters")], checks)


def _check_path_params(
    data: dict[str, Any], template: str, parts: Parts, lists: list[Any], checks: Checks
) -> None:
    declared: dict[str, Parts] = {}
    for params, where in zip(lists, (parts[:-1], parts), strict=True):
        for i, param in enumerate(params if isinstance(params, list) else ()):
            found = resolve(data, param.get("$ref")) if isinstance(param, dict) else None
            param = found[1] if found is not None else param
            if isinstance(param, dict) and param.get("in") == "path":
                declared[str(param.get("name"))] = (*where, "parameters", str(i))
    names = _TEMPLATE.findall(template)
    for name in names:
        if name not in declared:
            checks.add(
                parts,
                f"path parameter {{{name}}} in {template!r} is not declared; add "
                f"{{name: {name}, in: path, required: true, schema: {{type: string}}}} "
                "to the operation's or the path's parameters",
            )
    for name, where in declared.items():
        if name not in names:
            checks.add(where, f"path parameter {name!r} does not appear in {template!r}")


def iter_schemas(data: dict[str, Any]) -> Iterator[tuple[Parts, dict[str, Any]]]:
    """Every Schema Object written in the document (not following $refs), each once."""
    seen: set[int] = set()
    stack = list(_schema_roots(data))
    while stack:
        parts, schema = stack.pop()
        if not isinstance(schema, dict) or id(schema) in seen:
            continue
        seen.add(id(schema))
        yield parts, schema
        for key in _SUBSCHEMA:
            stack.append(((*parts, key), schema.get(key)))
        for key in _SUBSCHEMA_MAPS:
            sub = schema.get(key)
            if isinstance(sub, dict):
                stack.extend(((*parts, key, str(k)), v) for k, v in sub.items())
        for key in (*_SUBSCHEMA_LISTS, "items"):
            sub = schema.get(key)
            if isinstance(sub, list):
                stack.extend(((*parts, key, str(i)), v) for i, v in enumerate(sub))


def _schema_roots(data: dict[str, Any]) -> Iterator[tuple[Parts, Any]]:
    components = data.get("components")
    schemas = components.get("schemas") if isinstance(components, dict) else None
    for name, schema in schemas.items() if isinstance(schemas, dict) else ():
        yield ("components", "schemas", name), schema
    for parts, node in walk(data):
        if "schema" in node and parts[:2] != ("components", "schemas"):
            yield (*parts, "schema"), node["schema"]


def _check_type(schema: dict[str, Any], parts: Parts, v30: bool, checks: Checks) -> None:
    if "type" not in schema:
        return
    value, where = schema["type"], (*parts, "type")
    if v30 and isinstance(value, list):
        message = "type must be one string in OpenAPI 3.0 (lists are 3.1); use `nullable: true`"
        checks.add(where, message + " for null", cover=True)
    elif isinstance(value, list):
        before = len(checks.problems)
        for i, item in enumerate(value):
            _check_type_name(item, (*where, str(i)), v30, checks)
        if len(checks.problems) > before:
            checks.covered.add(where)  # the validator's complaint is about the whole list
    else:
        _check_type_name(value, where, v30, checks)


def _check_type_name(value: Any, where: Parts, v30: bool, checks: Checks) -> None:
    allowed = _TYPES_31[:-1] if v30 else _TYPES_31
    if isinstance(value, str) and value in allowed:
        return
    if v30 and value == "null":
        checks.add(where, "type 'null' is OpenAPI 3.1; in 3.0 write `nullable: true`", cover=True)
        return
    close = difflib.get_close_matches(str(value), allowed, 1) if isinstance(value, str) else []
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    message = f"unknown type {value!r}{hint}; use one of {', '.join(allowed)}"
    checks.add(where, message, cover=True)
