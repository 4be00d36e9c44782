"""Method views for the client package: one `MethodView` per resource method, with its
arguments, annotations and the request groups the runtime sends."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from . import emit
from .body_encoding import part_headers, runtime_encoding
from .method_plans import MethodPlan, method_plans
from .model import (
    Body,
    Field,
    Operation,
    Pagination,
    Parameter,
    Resource,
    Response,
)
from .naming import upper_snake
from .views_client_operation import (
    accept_source,
    body_content_type,
    event_stream_source,
    frozenset_source,
    is_json_lines,
    pagination_source,
    part_note,
    read_format,
    statuses_source,
    styles_source,
)


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
    func: str  # standalone function name (`op.func_name`, `<op.func_name>_stream` for the twin)
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
    pagination: str  # OffsetPagination(...) or CursorPagination(...) source, or ""
    summary: str
    description: str
    uses_not_given: bool
    uses_sequence: bool
    uses_mapping: bool
    response_value: str = "None"  # `response=` source: the type pydantic validates
    stream: str = ""  # EventStream(...) / JsonLines(...) source for streaming methods, else ""
    styles: str = ""  # `Operation(styles=...)` source: parameters not sent plainly, if any
    response_format: str = "json"  # "text" / "bytes": the body is returned unparsed
    accept: str = ""  # the response media type to ask for when the body is not JSON
    content_type: str = ""  # a binary/text body's media type, when not the runtime's default
    security: str = ""  # `Operation(security=...)` source when it is not the `api_key` default
    reserved: str = ""  # `Operation(reserved=...)` source: query names with allowReserved
    parts: str = ""  # `Operation(parts=...)` source: multipart parts with a Content-Type
    part_headers: str = ""  # `Operation(part_headers=...)` source: constant part headers
    form_reserved: str = ""  # `Operation(form_reserved=...)` source: form fields, allowReserved
    statuses: str = ""  # `Operation(statuses=...)` source: success statuses with other bodies
    server_url: str = ""  # `Operation(server_url=...)` source: the operation's own server


def resource_methods(resource: Resource) -> list[MethodView]:
    """The methods of a resource (see `method_plans`)."""
    return [method_view(plan) for plan in method_plans(resource)]


def method_view(plan: MethodPlan) -> MethodView:
    """The method `plan` describes: the operation's own, or the one returning its stream.

    A boolean body field `stream` is then the API's own switch between the two: the method
    sets it (`plan.fixed`) instead of taking it.
    """
    op, streamed, name = plan.op, plan.streamed, plan.name
    params = _in_signature_order(op.parameters)
    fixed = {wire: repr(value) for wire, value in plan.fixed}
    args = _method_args(params, op.body, fixed)
    response_type, response_value, response_format = _response_annotations(op, streamed)
    form_styles, parts, form_reserved = runtime_encoding(op.body)
    if "models." in response_value:
        # a function the runtime calls on first use: importing the resource builds no model
        response_value = "lambda: " + response_value
    page = op.pagination if streamed is None else None
    returns, async_returns, result_returns = _return_annotations(response_type, page, streamed)
    annotations = " ".join(a.annotation for a in args)
    return MethodView(
        op=op,
        name=name,
        func=plan.func,
        constant="_" + upper_snake(name),
        args=tuple(args),
        returns=returns,
        async_returns=async_returns,
        result_returns=result_returns,
        response_type=response_type,
        response_value=response_value,
        stream=event_stream_source(streamed),
        response_format=response_format,
        accept=accept_source(op, streamed, response_format),
        content_type=body_content_type(op.body),
        styles=styles_source(params, form_styles),
        reserved=frozenset_source(p.wire_name for p in params if p.allow_reserved),
        parts=repr(parts) if parts else "",
        part_headers=emit.py_data(headers) if (headers := part_headers(op.body)) else "",
        form_reserved=frozenset_source(form_reserved),
        statuses=statuses_source(op, response_format) if streamed is None else "",
        security="" if op.credentials is None else repr(op.credentials),
        server_url=emit.py_data(op.server.default_url) if op.server else "",
        call="request_page" if page else "request_stream" if streamed else "request",
        groups=_groups(params, op.body, fixed),
        body_arg="body" if op.body is not None and not op.body.fields else "",
        nullable=_nullable_fields(op.body),
        errors=tuple((e.status, e.class_name) for e in op.errors if e.class_name),
        pagination=pagination_source(op) if page else "",
        summary=_stream_summary(op, streamed) if streamed else _summary(op),
        description=op.description if op.description != _summary(op) else "",
        uses_not_given="NotGiven" in annotations,
        uses_sequence="Sequence[" in annotations,
        uses_mapping="Mapping[" in annotations,
    )


def _in_signature_order(parameters: Sequence[Parameter]) -> list[Parameter]:
    """Path parameters, then the other parameters, then client-level headers (also settable on
    the client); `_method_args` puts the body between the last two, required before optional."""
    # sorted() is stable: spec order otherwise
    return sorted(parameters, key=lambda p: (p.location != "path", p.client_option is not None))


def _nullable_fields(body: Body | None) -> tuple[str, ...]:
    """Wire names of the body fields where None is sent as JSON null."""
    return tuple(sorted(f.wire_name for f in (body.fields if body else ()) if f.nullable))


def _method_args(
    params: Sequence[Parameter], body: Body | None, fixed: dict[str, str]
) -> list[ArgView]:
    """The keyword arguments in signature order; `params` come sorted as `method_view` wants."""
    args = [_param_arg(p) for p in params if p.client_option is None]
    if body is not None:
        notes = {e.wire_name: part_note(e) for e in body.encodings}
        fields = [f for f in body.fields if f.wire_name not in fixed]
        args += [_field_arg(f, notes.get(f.wire_name, "")) for f in fields] or (
            [] if body.fields else [_body_arg(body)]
        )
    args = sorted(args, key=lambda a: a.default != "")
    args += [_param_arg(p) for p in params if p.client_option is not None]
    return args


def _response_annotations(op: Operation, streamed: Response | None) -> tuple[str, str, str]:
    """(`Operation[...]` annotation, `response=` value, body format) of the parsed response:
    the event stream's, else the first plain response's."""
    response = streamed or op.plain_response
    response_type = emit.py_qualified_type(response.type) if response and response.type else "None"
    response_value = emit.py_runtime_type(response.type) if response and response.type else "None"
    response_format = read_format(response) if streamed is None else "json"
    if response_format != "json":
        response_type = response_value = response_format.replace("text", "str")
    if streamed is None and response_format == "json":  # e.g. 202 or 204 beside a 200
        others = [emit.py_qualified_type(t) if t else "None" for _, t in op.status_bodies]
        response_type = " | ".join(dict.fromkeys([response_type, *others]))
    return response_type, response_value, response_format


def _return_annotations(
    response_type: str, page: Pagination | None, streamed: Response | None
) -> tuple[str, str, str]:
    """(sync, async, async standalone `Result`) return annotations of the method."""
    if streamed is not None:
        async_stream = f"AsyncStream[{response_type}]"
        return f"Stream[{response_type}]", async_stream, async_stream
    if page:
        item = emit.py_qualified_type(page.item_type)
        return f"SyncPage[{item}]", f"AsyncPaginator[{item}]", f"AsyncPage[{item}]"
    return response_type, response_type, response_type


def _param_arg(p: Parameter) -> ArgView:
    # A parameter has no JSON null to send: None always means "leave it out".
    base = emit.py_arg_type(emit.non_null(p.type))
    if p.required:
        return ArgView(p.name, base, "", _arg_doc(p))
    return ArgView(p.name, f"{base} | None", " = None", _arg_doc(p))


def _field_arg(f: Field, note: str = "") -> ArgView:
    annotation = emit.py_arg_type(f.type)
    doc = " ".join(filter(None, [_arg_doc(f), note]))
    if f.required:
        return ArgView(f.name, annotation, "", doc)
    if f.nullable:  # None is a real value here (JSON null), so "left out" needs its own marker
        base = emit.py_arg_type(emit.non_null(f.type))
        return ArgView(f.name, f"{base} | NotGiven | None", " = NOT_GIVEN", doc)
    return ArgView(f.name, f"{annotation} | None", " = None", doc)


def _arg_doc(item: Parameter | Field) -> str:
    """The argument's docstring line: its description (else where it is sent), marked when
    deprecated, and the value the API uses when it is left out (the SDK sends nothing, so the
    server's default applies)."""
    parts = ["Deprecated."] if item.deprecated else []
    parts.append(item.description or _sent_as(item))
    if item.has_default and not item.required:
        parts.append(f"The API's default: `{emit.py_data(item.default)}`.")
    return " ".join(parts)


def _sent_as(item: Parameter | Field) -> str:
    """An undescribed argument's line: where it goes, under its name on the wire."""
    if isinstance(item, Field):
        return f"The request body's `{item.wire_name}` field."
    if item.location in ("path", "query"):
        return f"The `{item.wire_name}` {item.location} parameter."
    return f"Sent as the `{item.wire_name}` {item.location}."


def _body_arg(body: Body) -> ArgView:
    annotation = emit.py_arg_type(body.type)
    doc = body.description or "The request body."
    if body.required:
        return ArgView("body", annotation, "", doc)
    return ArgView("body", f"{annotation} | None", " = None", doc)


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


def _stream_summary(op: Operation, streamed: Response) -> str:
    kind = "JSON lines" if is_json_lines(streamed) else "server-sent events"
    if "json-seq" in (streamed.content_type or ""):
        kind = "a JSON text sequence"
    return f"{_summary(op).rstrip('.')}, as {kind}."


def _summary(op: Operation) -> str:
    if op.summary:
        return op.summary.rstrip(".") + "."
    first = re.split(r"(?<=[.!?])\s", op.description.strip(), maxsplit=1)[0]
    return first or f"{op.http_method} {op.path}"
