"""Template contexts for the client package: resources, the client, its errors and imports.

The methods themselves are built by `views_client_methods`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from . import emit
from .media import is_json_text_sequence
from .model import (
    Api,
    LiteralOf,
    Operation,
    Parameter,
    Primitive,
    Resource,
    TypeRef,
)
from .views_client_auth import (
    auth_description,
    client_scheme,
    credential_doc,
    extra_credentials,
    runtime_schemes,
)
from .views_client_methods import MethodView, resource_methods
from .views_client_operation import read_format
from .views_docs import base_url_env_var


def client_context(api: Api) -> dict[str, Any]:
    return {
        "base_url_env": base_url_env_var(api.settings.env_var),
        **server_context(api),
        "resource_views": {r.name: resource_view(r) for r in api.resources},
        "bearer": not api.security or any(s.kind == "bearer" for s in api.security),
        "auth": client_scheme(api),
        "api_key_doc": (
            f"{auth_description(client_scheme(api))}. A function is called for every request,"
            f" so a rotated key takes effect at once. Defaults to the `{api.settings.env_var}`"
            " environment variable; without either, requests carry no credentials."
        ),
        "credentials": [{**vars(s), "doc": credential_doc(s)} for s in extra_credentials(api)],
        "header_docs": [(h.client_option, _header_doc(h)) for h in api.client_headers],
        "async_doc": (
            f"Async client for the {api.title or api.settings.client_name}; the arguments are"
            f" those of `{api.settings.client_name}`."
        ),
        "schemes": runtime_schemes(api),
        "error_tree": error_tree(api),
        "error_imports": _error_imports(api),
        # the separator of the records of an error body documented as a JSON sequence
        "error_separators": {
            e.class_name: repr("\x1e" if is_json_text_sequence(e.sequence_media) else "\n")
            for e in api.error_classes
            if e.sequence_media
        },
        # `from . import models` in errors.py: only when an error's data type names a model
        "errors_use_models": bool(
            emit.referenced_names([e.data_type for e in api.error_classes if e.data_type])[0]
        ),
        **_funcs_context(api),
        "uses_streams": any(m.stream for r in api.resources for m in resource_methods(r)),
    }


def _header_doc(header: Parameter) -> str:
    if header.description:
        return f"{header.description} (`{header.wire_name}` header)"
    return f"Sent as the `{header.wire_name}` header."


def server_context(api: Api) -> dict[str, Any]:
    """`_client.py`'s server: the default URL, one constructor argument per variable of the
    first server, and the expression `_server_url` builds the URL with from them."""
    server = api.servers[0]
    names = {v.name: v.argument for v in server.variables}
    env = base_url_env_var(api.settings.env_var)
    default = server.default_url
    chosen_doc = f"Defaults to the `{env}` environment variable, then `{default}`"
    if server.variables:
        chosen_doc = (
            f"Defaults to the `{env}` environment variable, then `{server.url}` with the "
            "variables below; either wins over them"
        )
    if any(op.server for op in api.operations):
        chosen_doc += (
            ", and over the servers of the operations that have their own: a proxy or a mock "
            "server gets every request"
        )
    variables = [
        {
            "argument": v.argument,
            "annotation": emit.py_type(LiteralOf(v.enum) if v.enum else Primitive("str")),
            "default": emit.py_data(v.default),
            "doc": _variable_doc(v.description, v.name, v.enum, v.default),
        }
        for v in server.variables
    ]
    return {
        "default_server": default,
        "default_server_literal": emit.py_data(default),
        "server_url_doc": chosen_doc + ".",
        "server_variables": variables,
        "server_url_expr": emit.py_url_template(server.url, names)
        if names
        else "DEFAULT_SERVER_URL",
        "client_typing": "TYPE_CHECKING, Literal"
        if any(v.enum for v in server.variables)
        else "TYPE_CHECKING",
    }


def _variable_doc(description: str, name: str, enum: tuple[str, ...], default: str) -> str:
    """The client docstring's text for a server variable argument."""
    text = description.rstrip(".") + ". " if description else ""
    values = f"One of {', '.join(emit.py_data(e) for e in enum)}; defaults" if enum else "Defaults"
    return f"{text}{values} to {emit.py_data(default)}. The server URL's `{{{name}}}`."


def resource_view(resource: Resource) -> dict[str, Any]:
    methods = resource_methods(resource)
    # pages and streams appear in annotations only: imported under TYPE_CHECKING
    deferred = ["TYPE_CHECKING"] if any(m.pagination or m.stream for m in methods) else []
    imports = {
        **module_imports(resource.operations, methods, "..", ["Unpack", *deferred]),
        "functools": "cached_property",
    }
    values = " ".join(m.response_value for m in methods)
    if "Annotated[" in values:  # tagged unions in `response=`
        typing_names = [*imports["typing"].split(", "), "Annotated"]
        imports["typing"] = ", ".join(sorted(set(typing_names), key=lambda n: (not n.isupper(), n)))
        pydantic_names = [n for n in ("Field", "Tag") if f"{n}(" in values]
        imports["pydantic"] = ", ".join(pydantic_names)
    # open enums and tagged unions validate through the models package's helpers
    helpers = [
        n
        for n in ("OpenEnum", "OpenIntEnum", "discriminated")
        if f"{n}[" in values or f"{n}(" in values
    ]
    if helpers:
        imports[".._models"] = ", ".join(helpers)
    if any(e.header_arguments for m in methods for e in (m.op.body.encodings if m.op.body else ())):
        imports[".._multipart"] = "Part"  # a part's value with the headers the caller gives
    uses_models = bool(emit.referenced_names(annotation_types(resource.operations))[0])
    package = [
        n
        for n, used in (("errors", any(m.errors for m in methods)), ("models", uses_models))
        if used
    ]
    return {
        "imports": dict(sorted(imports.items())),
        "package_imports": ", ".join(package),  # `from .. import errors, models`, as used
        "funcs_imports_models": uses_models,
        "resource": resource,
        "methods": methods,
        "uses_not_given": any(m.uses_not_given for m in methods),
        "uses_sequence": any(m.uses_sequence for m in methods),
        "uses_mapping": any(m.uses_mapping for m in methods),
        "uses_pages": any(m.pagination for m in methods),
        "operation_imports": _operation_imports(methods),
        "uses_streams": any(m.stream for m in methods),
        "uses_tagged": any("Annotated[" in m.response_value for m in methods),
        "uses_warnings": any(m.op.deprecated for m in methods),
        "funcs_imports": module_imports(resource.operations, methods, "..", ["Unpack"]),
        "docstring": f"The `{resource.name}` resource"
        + (f": {resource.description}" if resource.description else "."),
        # the standalone functions', sync and async
        "function_docs": {m.func: _function_docs(resource.name, m.name) for m in methods},
    }


def _function_docs(resource: str, method: str) -> tuple[str, str]:
    call = f"client.{resource}.{method}(...)"
    tail = "returning a `Result` instead of raising SDK errors."
    return f"`{call}`, {tail}", f"`await {call}`, {tail}"


def _funcs_context(api: Api) -> dict[str, Any]:
    """`funcs/__init__.py`: which module holds each function (a resource's functions are in
    the module named like its resource module)."""
    lazy = [
        (f"{m.func}{suffix}", r.module)
        for r in api.resources
        for m in resource_methods(r)
        for suffix in ("", "_async")
    ]
    return {
        "lazy_funcs": lazy,
        "funcs_modules": sorted({module for _, module in lazy}),
        "example_func": lazy[0][0] if lazy else "function",
    }


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
    return type_imports(annotation_types(operations), "..")


def annotation_types(operations: Sequence[Operation]) -> list[TypeRef]:
    """The types the methods of these operations spell: arguments, results, page items."""
    types: list[TypeRef] = []
    for op in operations:
        types += [p.type for p in op.parameters]
        types += _spelled_responses(op)
        if op.body is not None:
            types += [f.type for f in op.body.fields] or [op.body.type]
            types += [h.type for e in op.body.encodings for h in e.header_arguments]
        if op.pagination is not None:
            types.append(op.pagination.item_type)
    return types


def _spelled_responses(op: Operation) -> list[TypeRef]:
    """The response types the methods spell: the plain response's when parsed as JSON, with
    the other statuses' bodies, and the first event stream's. Not the other media types of a
    status (github's `application/json+sarif` map beside the JSON model: an unused `Any`), nor
    a body returned as `bytes` or `str` (a file is no upload type `FileTypes`)."""
    plain = op.plain_response
    types: list[TypeRef] = []
    if plain and plain.type is not None and not plain.streaming and read_format(plain) == "json":
        types += [plain.type, *(t for _, t in op.status_bodies if t is not None)]
    streamed = next((r.type for r in op.responses if r.streaming and r.type is not None), None)
    return [*types, streamed] if streamed is not None else types


def type_imports(types: Sequence[TypeRef], parent: str) -> list[tuple[str, str]]:
    """(module, names) imports these types' annotations need beyond `models`, in a module
    `parent` (".." in resources/, "." at the top) away from the package root."""
    _, helpers = emit.referenced_names(types)
    modules = {
        "Literal": "typing",
        "Any": "typing",
        "datetime": "datetime",
        "date": "datetime",
        "FileTypes": f"{parent}_types",
    }
    by_module: dict[str, list[str]] = {}
    # Annotated and Field only spell tagged unions in `response=`; resource views add them
    for name in sorted(
        helpers - {"OpenEnum", "OpenIntEnum", "Annotated", "Field", "Tag", "discriminated"}
    ):
        by_module.setdefault(modules[name], []).append(name)
    return [(module, ", ".join(names)) for module, names in sorted(by_module.items())]


def _error_imports(api: Api) -> list[tuple[str, str]]:
    """errors.py's imports: the runtime's own, and what the error data types name."""
    data_types = [e.data_type for e in api.error_classes if e.data_type is not None]
    imports = {"collections.abc": {"Callable"}, "typing": {"Any", "ClassVar"}}
    for module, names in type_imports(data_types, "."):
        imports.setdefault(module, set()).update(names.split(", "))
    return [(module, ", ".join(sorted(names))) for module, names in sorted(imports.items())]


def error_tree(api: Api) -> list[tuple[str, str]]:
    """(class name, statuses) for each documented error, in status order."""
    rows = sorted(
        api.error_classes, key=lambda e: (e.statuses[0] if e.statuses else "", e.class_name)
    )
    return [(e.class_name, ", ".join(e.statuses)) for e in rows]


def type_name(t: TypeRef | None) -> str:
    return emit.py_qualified_type(t) if t is not None else "None"


def _operation_imports(methods: Sequence[MethodView]) -> str:
    """What a resource module imports from `_operation`, e.g. "EventStream, Operation"."""
    used = {"Operation"}
    used.update(m.pagination.split("(", 1)[0] for m in methods if m.pagination)
    used.update(m.stream.split("(", 1)[0] for m in methods if m.stream)
    return ", ".join(sorted(used))
