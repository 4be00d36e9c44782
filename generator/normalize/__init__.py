"""Normalize: the only stage that reads raw spec keys. Spec data → `model.Api`."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import Any

from ..config import derive_defaults
from ..diagnostics import Problem
from ..model import (
    Api,
    ErrorClass,
    Operation,
    Parameter,
    Resource,
    Settings,
)
from ..naming import dedupe, pascal, safe_identifier, snake
from .example_checks import checked_examples
from .modules import assign_modules
from .operations import OperationBuilder
from .refs import Document
from .schemas import SchemaBuilder
from .security import security_schemes, with_credentials
from .servers import api_servers, with_arguments

# Attributes the generated client already has; a resource may not take these names.
_CLIENT_ATTRIBUTES = frozenset({"close", "request", "with_raw_response", "api_key", "base_url"})


def normalize(
    data: dict[str, Any],
    *,
    file: str,
    line_of: Callable[[str], int],
    digest: str,
    config: Mapping[str, str],
) -> tuple[Api, list[Problem]]:
    """The whole API model plus the problems (errors and warnings) met on the way."""
    problems: list[Problem] = []
    doc = Document(data, file, line_of, problems)
    info = doc.get(("info",)) or {}
    settings = Settings(
        **{
            **derive_defaults(_text(info.get("title")) or "Api", str(info.get("version", ""))),
            **config,
        }
    )
    schemas = SchemaBuilder(doc, problems)
    schemas.components()
    servers = api_servers(doc)
    ops = OperationBuilder(doc, schemas, {settings.error_base, settings.default_error}, servers[0])
    tagged = ops.operations()
    client_headers = _client_headers(doc, ops)
    models, enums = assign_modules(list(schemas.models.values()), list(schemas.enums.values()))
    api = Api(
        title=_text(info.get("title")),
        description=_text(info.get("description")),
        spec_path=file,
        spec_digest=digest,
        settings=settings,
        servers=servers,
        resources=_resources(doc, tagged, client_headers, settings.client_name),
        models=tuple(sorted(models, key=lambda m: m.name)),
        enums=tuple(sorted(enums, key=lambda e: e.name)),
        error_classes=_error_classes(ops, tagged),
        security=security_schemes(doc),
        client_headers=client_headers,
    )
    return checked_examples(_with_credentials(doc, api), doc), problems


def _with_credentials(doc: Document, api: Api) -> Api:
    """Each scheme's client credential, and what each operation sends (`security.py`)."""
    taken = {h.client_option or "" for h in api.client_headers}
    schemes, operations = with_credentials(
        doc, api.security, list(api.operations), api.settings.env_var, taken
    )
    updated = iter(operations)
    resources = tuple(
        dataclasses.replace(r, operations=tuple(next(updated) for _ in r.operations))
        for r in api.resources
    )
    # the first server's variables become constructor arguments, beside the credentials
    taken = {*taken, *(s.credential for s in schemes)}
    servers = (with_arguments(api.servers[0], taken), *api.servers[1:])
    return dataclasses.replace(api, security=schemes, resources=resources, servers=servers)


def _resources(
    doc: Document,
    tagged: list[tuple[str, Operation]],
    client_headers: tuple[Parameter, ...],
    client_name: str,
) -> tuple[Resource, ...]:
    descriptions = {
        str(t.get("name")): _text(t.get("description"))
        for t in doc.get(("tags",)) or []
        if isinstance(t, dict)
    }
    by_tag: dict[str, list[Operation]] = {}
    for tag, op in tagged:
        by_tag.setdefault(tag, []).append(_with_client_options(op, client_headers))
    tags = list(by_tag)
    attrs = [safe_identifier(snake(t)) for t in tags]
    attrs = dedupe([f"tag{a}" if a.startswith("_") else a for a in attrs], _CLIENT_ATTRIBUTES)
    taken = _RUNTIME_NAMES | {client_name, f"Async{client_name}"}  # a tag named like the API
    classes = dedupe([_resource_class(a, taken) for a in attrs])
    resources = []
    funcs: set[str] = set()  # standalone function names, sync and async, of every resource
    for tag, attr, class_name in zip(tags, attrs, classes, strict=True):
        operations = by_tag[tag]
        names = dedupe([op.name for op in operations], {"with_raw_response"})
        operations = [
            dataclasses.replace(op, name=n, func_name=_func_name(f"{attr}_{n}", funcs, op))
            for op, n in zip(operations, names, strict=True)
        ]
        resources.append(
            Resource(attr, class_name, attr, descriptions.get(tag, ""), tuple(operations))
        )
    return tuple(resources)


def _func_name(base: str, taken: set[str], op: Operation) -> str:
    """A standalone function name free with its `_async` twin (`host_register_host_async`,
    of operation registerHostAsync, is also `host_register_host`'s async function) and, for
    an operation answering JSON or an event stream, its `_stream` twin."""
    kinds = {r.streaming for r in op.responses}
    suffixes = ("", "_async", "_stream", "_stream_async") if len(kinds) == 2 else ("", "_async")
    name, n = base, 2
    while any(name + suffix in taken for suffix in suffixes):
        name, n = f"{base}_{n}", n + 1
    taken.update(name + suffix for suffix in suffixes)
    return name


# Names the resource and client modules import from the runtime and the standard library: a
# resource class of the same name (a tag "Operation", "Stream", "Callable") would shadow it.
_RUNTIME_NAMES = frozenset(
    {
        *("Any", "APIResponse", "AsyncAPIClient", "AsyncAPIResource", "AsyncPage"),
        *("AsyncPaginator", "AsyncStream", "Callable", "EventStream", "FileTypes", "Literal"),
        *("CursorPagination", "JsonLines", "Mapping", "NotGiven", "OffsetPagination"),
        "Operation",
        *("RequestOptions", "Result"),
        *("RetryConfig", "Sequence", "Stream", "SyncAPIClient", "SyncAPIResource", "SyncPage"),
        *("TYPE_CHECKING", "Unpack"),
    }
)


def _resource_class(attr: str, taken: frozenset[str]) -> str:
    """`byok` → `Byok`; a name the generated modules already import or define (the client's)
    gets a `Resource` suffix (also checked with the `Async` prefix its async twin carries)."""
    name = pascal(attr)
    clashes = name in taken or f"Async{name}" in taken
    return f"{name}Resource" if clashes else name


def _client_headers(doc: Document, ops: OperationBuilder) -> tuple[Parameter, ...]:
    """`x-speakeasy-globals` parameters: settings on the client, overridable per call."""
    globals_ = doc.get(("x-speakeasy-globals", "parameters")) or []
    found = []
    for index, raw in enumerate(globals_):
        at = f"#/x-speakeasy-globals/parameters/{index}"
        param = doc.deref(raw)
        if param.get("name") and param.get("in") == "header":
            override = param.get("x-speakeasy-name-override")
            name = snake(str(override or param["name"]))
            found.append(
                dataclasses.replace(ops.parameter(param, at, name, "Client"), client_option=name)
            )
    return tuple(found)


def _with_client_options(op: Operation, client_headers: tuple[Parameter, ...]) -> Operation:
    options = {(p.wire_name.lower(), p.location): p.client_option for p in client_headers}
    params = tuple(
        dataclasses.replace(p, client_option=options.get((p.wire_name.lower(), p.location)))
        for p in op.parameters
    )
    return dataclasses.replace(op, parameters=params)


def _error_classes(
    ops: OperationBuilder, tagged: list[tuple[str, Operation]]
) -> tuple[ErrorClass, ...]:
    statuses: dict[str, list[str]] = {}
    for _, op in tagged:
        for error in op.errors:
            if error.class_name:
                seen = statuses.setdefault(error.class_name, [])
                if error.status not in seen:
                    seen.append(error.status)
    return tuple(
        ErrorClass(
            name,
            ops.error_types[name],
            ops.error_descriptions.get(name, ""),
            tuple(sorted(s)),
            ops.error_sequences.get(name, ""),
        )
        for name, s in sorted(statuses.items())
    )


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
