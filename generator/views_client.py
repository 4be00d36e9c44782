"""Template contexts for the client package: resources, methods, the client and its errors."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from . import emit
from .model import Api, Body, Field, Operation, Parameter, Resource, TypeRef
from .naming import upper_snake


@dataclass(frozen=True)
class ArgView:
    name: str
    annotation: str
    default: str  # "" (required), " = None" or " = NOT_GIVEN"
    description: str


@dataclass(frozen=True)
class MethodView:
    op: Operation
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


def client_context(api: Api) -> dict[str, Any]:
    env = api.settings.env_var
    return {
        "base_url_env": re.sub(r"_API_KEY$", "", env) + "_BASE_URL",
        "default_server": api.servers[0].url,
        "resources_views": [resource_view(r) for r in api.resources],
        "bearer": not api.security or any(s.kind == "bearer" for s in api.security),
        "error_tree": error_tree(api),
        "funcs_imports": module_imports(
            api.operations,
            [m for r in api.resources for m in resource_view(r)["methods"]],
            ".",
            ["Unpack"],
        ),
    }


def resource_view(resource: Resource) -> dict[str, Any]:
    methods = [method_view(op, i) for i, op in enumerate(resource.operations)]
    return {
        "imports": dict(
            sorted(
                {
                    **module_imports(resource.operations, methods, "..", ["Unpack"]),
                    "functools": "cached_property",
                }.items()
            )
        ),
        "resource": resource,
        "methods": methods,
        "uses_not_given": any(m.uses_not_given for m in methods),
        "uses_sequence": any(m.uses_sequence for m in methods),
        "uses_mapping": any(m.uses_mapping for m in methods),
        "uses_pages": any(m.pagination for m in methods),
        "uses_warnings": any(m.op.deprecated for m in methods),
    }


def method_view(op: Operation, index: int) -> MethodView:
    # path parameters, the other parameters, the body; client-level headers (also settable on
    # the client) last; required before optional; otherwise spec order (sorted() is stable)
    params = sorted(
        op.parameters, key=lambda p: (p.location != "path", p.client_option is not None)
    )
    args = [_param_arg(p) for p in params if p.client_option is None]
    body = op.body
    if body is not None:
        args += [_field_arg(f) for f in body.fields] or [_body_arg(body)]
    args = sorted(args, key=lambda a: a.default != "")
    args += [_param_arg(p) for p in params if p.client_option is not None]
    response = op.response
    response_type = emit.py_qualified_type(response.type) if response and response.type else "None"
    page = op.pagination
    item = emit.py_qualified_type(page.item_type) if page else ""
    annotations = " ".join(a.annotation for a in args)
    return MethodView(
        op=op,
        constant="_" + upper_snake(op.name),
        args=tuple(args),
        returns=f"SyncPage[{item}]" if page else response_type,
        async_returns=f"AsyncPaginator[{item}]" if page else response_type,
        result_returns=f"AsyncPage[{item}]" if page else response_type,
        response_type=response_type,
        call="request_page" if page else "request",
        groups=_groups(params, body),
        body_arg="body" if body is not None and not body.fields else "",
        nullable=tuple(sorted(f.wire_name for f in (body.fields if body else ()) if f.nullable)),
        errors=tuple((e.status, e.class_name) for e in op.errors if e.class_name),
        pagination=_pagination(op),
        summary=_summary(op),
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


def _groups(params: Sequence[Parameter], body: Body | None) -> tuple[Any, ...]:
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
        groups.append(("json", tuple((f.wire_name, f.name) for f in body.fields)))
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
    for name in sorted(helpers - {"OpenEnum"}):
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
