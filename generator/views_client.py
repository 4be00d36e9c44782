"""Template contexts for the client package: resources, methods, the client and its errors."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from . import emit
from .model import (
    Api,
    ArrayOf,
    Body,
    Field,
    Operation,
    Parameter,
    Primitive,
    Resource,
    Response,
    SecurityScheme,
    TypeRef,
    non_null,
)
from .naming import dedupe, upper_snake


@dataclass(frozen=True)
class ArgView:
    name: str
    annotation: str
    default: str  # "" (required), " = None" or " = NOT_GIVEN"
    description: str


@dataclass(frozen=True)
class MethodView:
    op: Operation
    name: str  # python method name (`op.name`, or `<op.name>_stream` for the streaming twin)
    constant: str  # module-level Operation constant, e.g. _GET
    args: tuple[ArgView, ...]
    returns: str  # sync return annotation
    async_returns: str
    result_returns: str  # what the async standalone function's Result holds
    response_type: str  # Operation[...] parameter and `response=` value ("None" for no content)
    call: str  # "request" or "request_page"
    groups: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # ("query", ((wire, arg), ...))
    body_arg: str  # name of the single body argument when the body is not flattened
    nullable: tuple[str, ...]  # wire names where None is sent as JSON null
    errors: tuple[tuple[str, str], ...]  # (status, exception class)
    pagination: str  # OffsetPagination(...) source, or ""
    summary: str
    description: str
    uses_not_given: bool
    uses_sequence: bool
    uses_mapping: bool
    response_value: str = "None"  # `response=` source: the type pydantic validates
    stream: str = ""  # EventStream(...) source for server-sent event methods, else ""
    joined_query: tuple[str, ...] = ()  # array query parameters sent comma-separated
    response_format: str = "json"  # "text" / "bytes": the body is returned unparsed


def client_context(api: Api) -> dict[str, Any]:
    env = api.settings.env_var
    return {
        "base_url_env": re.sub(r"_API_KEY$", "", env) + "_BASE_URL",
        "default_server": api.servers[0].url,
        "resources_views": [resource_view(r) for r in api.resources],
        "bearer": not api.security or any(s.kind == "bearer" for s in api.security),
        "auth": client_scheme(api),
        "auth_description": _auth_description(client_scheme(api)),
        "error_tree": error_tree(api),
        "funcs_imports": module_imports(
            api.operations,
            [m for r in api.resources for m in resource_methods(r)],
            ".",
            ["Unpack"],
        ),
        "uses_streams": any(m.stream for r in api.resources for m in resource_methods(r)),
    }


def client_scheme(api: Api) -> SecurityScheme | None:
    """The scheme the client's `api_key` is sent with: the first one the spec's operations
    require (None: a bearer token, the runtime's default)."""
    schemes = {s.name: s for s in api.security}
    for op in api.operations:
        for name in op.security:
            if name in schemes:
                return schemes[name]
    return api.security[0] if api.security else None


def _auth_description(scheme: SecurityScheme | None) -> str:
    if scheme is None or scheme.kind == "bearer":
        return "Sent as a bearer token"
    if scheme.kind == "basic":
        return 'Sent with HTTP basic authentication, as "username:password"'
    where = {"header": "header", "query": "query parameter", "cookie": "cookie"}[scheme.location]
    return f"Sent as the `{scheme.param_name}` {where}"


def resource_view(resource: Resource) -> dict[str, Any]:
    methods = resource_methods(resource)
    imports = {
        **module_imports(resource.operations, methods, "..", ["Unpack"]),
        "functools": "cached_property",
    }
    values = " ".join(m.response_value for m in methods)
    if "Annotated[" in values:  # tagged unions in `response=`
        typing_names = [*imports["typing"].split(", "), "Annotated"]
        imports["typing"] = ", ".join(sorted(set(typing_names), key=lambda n: (n.isupper(), n)))
        pydantic_names = [n for n in ("Field", "Tag") if f"{n}(" in values]
        imports["pydantic"] = ", ".join(pydantic_names)
        if "discriminated(" in values:
            imports[".._models"] = "discriminated"
    return {
        "imports": dict(sorted(imports.items())),
        "resource": resource,
        "methods": methods,
        "uses_not_given": any(m.uses_not_given for m in methods),
        "uses_sequence": any(m.uses_sequence for m in methods),
        "uses_mapping": any(m.uses_mapping for m in methods),
        "uses_pages": any(m.pagination for m in methods),
        "uses_streams": any(m.stream for m in methods),
        "uses_tagged": any("Annotated[" in m.response_value for m in methods),
        "uses_warnings": any(m.op.deprecated for m in methods),
    }


def resource_methods(resource: Resource) -> list[MethodView]:
    """The methods of a resource: one per operation, plus `<name>_stream` for an operation that
    answers with either JSON or a server-sent event stream."""
    taken = {op.name for op in resource.operations}
    methods: list[MethodView] = []
    for index, op in enumerate(resource.operations):
        plain = next((r for r in op.responses if not r.streaming), None)
        streamed = next((r for r in op.responses if r.streaming), None)
        if streamed is not None and plain is not None and not _worth_streaming(op, streamed):
            streamed = None
        if streamed is None:
            methods.append(method_view(op, index))
        elif plain is None:
            methods.append(method_view(op, index, streamed=streamed))
        else:
            methods.append(method_view(op, index, fixed_stream=False))
            name = dedupe([f"{op.name}_stream"], taken)[0]
            taken.add(name)
            methods.append(method_view(op, index, streamed=streamed, name=name))
    return methods


def method_view(
    op: Operation,
    index: int,
    *,
    streamed: Response | None = None,
    name: str = "",
    fixed_stream: bool | None = None,
) -> MethodView:
    """The method for `op`; with `streamed`, the one returning that event stream.

    A boolean body field `stream` is then the API's own switch between the two: the method
    sets it (to `fixed_stream`, or True for the streaming method) instead of taking it.
    """
    if streamed is not None:
        fixed_stream = True
    name = name or op.name
    # path parameters, the other parameters, the body; client-level headers (also settable on
    # the client) last; required before optional; otherwise spec order (sorted() is stable)
    params = sorted(
        op.parameters, key=lambda p: (p.location != "path", p.client_option is not None)
    )
    args = [_param_arg(p) for p in params if p.client_option is None]
    body = op.body
    fixed: dict[str, str] = {}
    if body is not None and fixed_stream is not None:
        switch = next(
            (f for f in body.fields if f.wire_name == "stream" and _is_bool(f.type)), None
        )
        if switch is not None:
            fixed[switch.wire_name] = repr(fixed_stream)
    if body is not None:
        args += [_field_arg(f) for f in body.fields if f.wire_name not in fixed] or (
            [] if body.fields else [_body_arg(body)]
        )
    args = sorted(args, key=lambda a: a.default != "")
    args += [_param_arg(p) for p in params if p.client_option is not None]
    response = streamed or next((r for r in op.responses if not r.streaming), op.response)
    response_type = emit.py_qualified_type(response.type) if response and response.type else "None"
    response_value = emit.py_runtime_type(response.type) if response and response.type else "None"
    response_format = _response_format(response) if streamed is None else "json"
    if response_format != "json":
        response_type = response_value = response_format.replace("text", "str")
    page = op.pagination if streamed is None else None
    item = emit.py_qualified_type(page.item_type) if page else ""
    annotations = " ".join(a.annotation for a in args)
    if streamed is not None:
        returns, async_returns = f"Stream[{response_type}]", f"AsyncStream[{response_type}]"
    elif page:
        returns, async_returns = f"SyncPage[{item}]", f"AsyncPaginator[{item}]"
    else:
        returns = async_returns = response_type
    stream = ""
    if streamed is not None:
        stream = f"EventStream(sentinel={streamed.sentinel!r}, envelope={streamed.envelope!r})"
    return MethodView(
        op=op,
        name=name,
        constant="_" + upper_snake(name),
        args=tuple(args),
        returns=returns,
        async_returns=async_returns,
        result_returns=f"AsyncPage[{item}]" if page else async_returns,
        response_type=response_type,
        response_value=response_value,
        stream=stream,
        response_format=response_format,
        joined_query=tuple(
            p.wire_name
            for p in params
            if p.location == "query" and not p.explode and isinstance(non_null(p.type), ArrayOf)
        ),
        call="request_page" if page else "request_stream" if streamed else "request",
        groups=_groups(params, body, fixed),
        body_arg="body" if body is not None and not body.fields else "",
        nullable=tuple(sorted(f.wire_name for f in (body.fields if body else ()) if f.nullable)),
        errors=tuple((e.status, e.class_name) for e in op.errors if e.class_name),
        pagination=_pagination(op) if page else "",
        summary=_summary(op).rstrip(".") + ", as server-sent events." if streamed else _summary(op),
        description=op.description if op.description != _summary(op) else "",
        uses_not_given="NotGiven" in annotations,
        uses_sequence="Sequence[" in annotations,
        uses_mapping="Mapping[" in annotations,
    )


def _param_arg(p: Parameter) -> ArgView:
    # A parameter has no JSON null to send: None always means "leave it out".
    base = emit.py_arg_type(emit.non_null(p.type))
    if p.required:
        return ArgView(p.name, base, "", p.description)
    return ArgView(p.name, f"{base} | None", " = None", p.description)


def _field_arg(f: Field) -> ArgView:
    annotation = emit.py_arg_type(f.type)
    if f.required:
        return ArgView(f.name, annotation, "", f.description)
    if f.nullable:  # None is a real value here (JSON null), so "left out" needs its own marker
        base = emit.py_arg_type(emit.non_null(f.type))
        return ArgView(f.name, f"{base} | NotGiven | None", " = NOT_GIVEN", f.description)
    return ArgView(f.name, f"{annotation} | None", " = None", f.description)


def _body_arg(body: Body) -> ArgView:
    annotation = emit.py_arg_type(body.type)
    if body.required:
        return ArgView("body", annotation, "", body.description or "The request body.")
    return ArgView("body", f"{annotation} | None", " = None", body.description)


def _response_format(response: Response | None) -> str:
    """ "json", or "text"/"bytes" for a body that is not JSON (returned as `str`/`bytes`)."""
    if response is None or response.type is None or response.content_type is None:
        return "json"
    media = response.content_type.lower()
    if "json" in media:
        return "json"
    if media.startswith("text/") and non_null(response.type) == Primitive("str"):
        return "text"
    if non_null(response.type) in (Primitive("file"), Primitive("bytes"), Primitive("str")):
        return "bytes"
    return "json"


def _worth_streaming(op: Operation, streamed: Response) -> bool:
    """Whether a JSON operation's event stream deserves a `_stream` method: the request can
    ask for it (a boolean `stream` field) or its events have a shape. Specs list placeholder
    streams (a bare string "not used") for operations that never stream."""
    switch = op.body is not None and any(
        f.wire_name == "stream" and _is_bool(f.type) for f in op.body.fields
    )
    return switch or not isinstance(streamed.type, Primitive | None)


def _is_bool(t: TypeRef) -> bool:
    return non_null(t) == Primitive("bool")


def _groups(
    params: Sequence[Parameter], body: Body | None, fixed: dict[str, str] | None = None
) -> tuple[Any, ...]:
    groups: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    for location, keyword in (
        ("path", "path"),
        ("query", "query"),
        ("header", "headers"),
        ("cookie", "cookies"),
    ):
        pairs = tuple((p.wire_name, p.name) for p in params if p.location == location)
        if pairs:
            groups.append((keyword, pairs))
    if body is not None and body.fields:
        fixed = fixed or {}
        pairs = tuple((f.wire_name, fixed.get(f.wire_name, f.name)) for f in body.fields)
        groups.append(("json", pairs))
    return tuple(groups)


def _pagination(op: Operation) -> str:
    page = op.pagination
    if page is None or page.kind != "offset_limit":
        return ""
    total = repr(page.total_path) if page.total_path else "None"
    return (
        f"OffsetPagination(offset_param={page.offset_param!r}, limit_param={page.limit_param!r}, "
        f"items={page.items_path!r}, total={total})"
    )


def _summary(op: Operation) -> str:
    if op.summary:
        return op.summary.rstrip(".") + "."
    first = re.split(r"(?<=[.!?])\s", op.description.strip(), maxsplit=1)[0]
    return first or f"{op.http_method} {op.path}"


def module_imports(
    operations: Sequence[Operation], methods: Sequence[MethodView], parent: str, typing: list[str]
) -> dict[str, str]:
    """Standard-library and `_types` imports of a module holding these methods (beyond models).

    `parent` is the relative path of the package root: ".." in resources/, "." at the top.
    """
    imports = {module: names.split(", ") for module, names in helper_imports(operations)}
    imports.setdefault("typing", []).extend(typing)
    types_names = ["RequestOptions", *imports.pop(".._types", [])]
    if any(m.uses_not_given for m in methods):
        types_names += ["NOT_GIVEN", "NotGiven"]
    imports[parent + "_types"] = types_names
    collections = [
        n
        for n, used in (
            ("Mapping", any(m.uses_mapping for m in methods)),
            ("Sequence", any(m.uses_sequence for m in methods)),
        )
        if used
    ]
    if collections:
        imports["collections.abc"] = collections
    return {
        module: ", ".join(sorted(set(names), key=lambda n: (not n.isupper(), n)))
        for module, names in sorted(imports.items())
    }


def helper_imports(operations: Sequence[Operation]) -> list[tuple[str, str]]:
    """(module, names) imports the annotations of these operations need beyond `models`."""
    types: list[TypeRef] = []
    for op in operations:
        types += [p.type for p in op.parameters] + [r.type for r in op.responses if r.type]
        if op.body is not None:
            types += [f.type for f in op.body.fields] or [op.body.type]
        if op.pagination is not None:
            types.append(op.pagination.item_type)
    _, helpers = emit.referenced_names(types)
    modules = {
        "Literal": "typing",
        "Any": "typing",
        "datetime": "datetime",
        "date": "datetime",
        "FileTypes": ".._types",
    }
    by_module: dict[str, list[str]] = {}
    # Annotated and Field only spell tagged unions in `response=`; resource views add them
    for name in sorted(
        helpers - {"OpenEnum", "OpenIntEnum", "Annotated", "Field", "Tag", "discriminated"}
    ):
        by_module.setdefault(modules[name], []).append(name)
    return [(module, ", ".join(names)) for module, names in sorted(by_module.items())]


def error_tree(api: Api) -> list[tuple[str, str]]:
    """(class name, statuses) for each documented error, in status order."""
    rows = sorted(
        api.error_classes, key=lambda e: (e.statuses[0] if e.statuses else "", e.class_name)
    )
    return [(e.class_name, ", ".join(e.statuses)) for e in rows]


def type_name(t: TypeRef | None) -> str:
    return emit.py_qualified_type(t) if t is not None else "None"
