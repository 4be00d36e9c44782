"""Resource pages: each operation's parameters, return value, errors and example code."""

from __future__ import annotations

from collections.abc import Iterator

from .. import emit
from ..method_plans import MethodPlan
from ..model import (
    ANY,
    ErrorResponse,
    Field,
    Operation,
    Parameter,
    PartHeader,
    Resource,
    Response,
    TypeRef,
)
from .base import (
    HOME_FROM_RESOURCE,
    MODELS_FROM_RESOURCE,
    NO,
    YES,
    DocsBase,
    describe,
    first_sentence,
    resource_page,
    sentence,
    stream_unit,
)
from .context import ErrorRow, OperationDoc, ParamRow, ResourceDoc
from .servers import operation_server


class OperationDocs(DocsBase):
    """The resource pages' part of `DocsBuilder`."""

    def resource_doc(self, resource: Resource) -> ResourceDoc:
        types: list[TypeRef] = []
        for op in resource.operations:
            types += [p.type for p in op.parameters if p.client_option is None]
            types += [op.body.type] if op.body else []
            types += [r.type for r in op.responses if r.type is not None]
            types += [op.pagination.item_type] if op.pagination else []
        classes = sorted(emit.referenced_names(types)[0])
        return ResourceDoc(
            name=resource.name,
            title=resource.class_name,
            description=sentence(self.md(resource.description)),
            page=resource_page(resource),
            operations=tuple(
                self.operation_doc(resource, plan) for plan in self.plans[resource.name].values()
            ),
            types_import=emit.py_import(f"{self.settings.package_name}.models", classes)
            if classes
            else "",
        )

    def operation_doc(self, resource: Resource, plan: MethodPlan) -> OperationDoc:
        """The section of one method: an operation's own, or its `_stream` twin."""
        op = plan.op
        snippet = self.snippet(resource, plan)
        summary = self.md(op.summary or first_sentence(op.description))
        description = self.md(op.description or op.summary)
        if plan.streamed is not None and plan.twin:
            summary = f"{summary.rstrip('.') or f'`{plan.twin}`'}, streamed"
            description = _twin_description(plan, plan.streamed)
        return OperationDoc(
            name=plan.name,
            anchor=emit.md_anchor(plan.name),
            summary=emit.md_cell(summary),
            description=description,
            deprecated=op.deprecated,
            http=f"{op.http_method} {op.path}",
            func=snippet.func,
            sync_example=emit.snippet_sync(snippet),
            async_example=emit.snippet_async(snippet),
            standalone_example=emit.snippet_standalone(snippet),
            params=tuple(self.param_rows(op, plan.fixed_names)),
            returns=self.returns(op, MODELS_FROM_RESOURCE, plan.streamed),
            other_responses=tuple(self.other_responses(op, plan)),
            errors=tuple(self.error_rows(op)),
            signature=self.signature(resource, plan),
            server=operation_server(op),
        )

    def param_rows(self, op: Operation, fixed: frozenset[str] = frozenset()) -> Iterator[ParamRow]:
        """`fixed`: the body fields the method sets itself, which it does not take."""
        params = [p for p in op.parameters if p.client_option is None]
        params.sort(key=lambda p: not p.required)  # required first, spec order otherwise
        for p in params:
            yield self.param_row(p)
        if op.body is not None and op.body.fields:
            fields = [f for f in op.body.fields if f.wire_name not in fixed]
            fields.sort(key=lambda f: not f.required)
            headers = {e.wire_name: e.header_arguments for e in op.body.encodings}
            for f in fields:
                yield self.field_param_row(f, op.body.required)
                for h in headers.get(f.wire_name, ()):
                    yield self.part_header_row(f, h, op.body.required)
        elif op.body is not None:
            yield ParamRow(
                "`body`",
                emit.md_type(op.body.type, MODELS_FROM_RESOURCE),
                YES if op.body.required else NO,
                emit.md_cell(self.md(op.body.description or "The request body.")),
                emit.md_example(op.body.example) if op.body.has_example else "",
            )
        for p in op.parameters:
            if p.client_option is not None:
                yield self.param_row(p, global_header=False)
        yield from _OPTION_ROWS

    def param_row(self, p: Parameter, global_header: bool = False) -> ParamRow:
        notes = [self.md(p.description)]
        if p.client_option is not None and not global_header:
            notes.append(f"Overrides the client's `{p.client_option}` for this call.")
        if global_header:
            notes.append(f"Sent as the `{p.wire_name}` header.")
        if p.has_default:
            notes.append(f"Default: {emit.md_code(emit.py_value(p.default))}.")
        notes.append(emit.md_constraints(p.type))
        return ParamRow(
            emit.md_code(p.name),
            # README rows: no model links, which would differ between README and docs/index.md
            emit.md_cell(emit.md_code(emit.py_type(p.type)))
            if global_header
            else emit.md_type(p.type, MODELS_FROM_RESOURCE),
            YES if p.required else NO,
            describe(notes, p.deprecated),
            emit.md_example(p.example) if p.has_example else "",
        )

    def field_param_row(self, f: Field, body_required: bool) -> ParamRow:
        notes = [self.md(f.description)]
        if f.has_default:
            notes.append(f"Default: {emit.md_code(emit.py_value(f.default))}.")
        notes.append(emit.md_constraints(f.type))
        return ParamRow(
            emit.md_code(f.name),
            emit.md_type(f.type, MODELS_FROM_RESOURCE),
            YES if f.required and body_required else NO,
            describe(notes, f.deprecated),
            emit.md_example(f.example) if f.has_example else "",
        )

    def part_header_row(self, f: Field, h: PartHeader, body_required: bool) -> ParamRow:
        """A header the caller gives each part of multipart property `f`."""
        notes = [self.md(h.description), f"Sent as the `{h.wire_name}` header of each"]
        notes[-1] += f" `{f.name}` part."
        if h.required and not f.required:
            notes.append(f"Required when `{f.name}` is given.")
        notes.append(emit.md_constraints(h.type))
        return ParamRow(
            emit.md_code(h.name),
            emit.md_type(h.type, MODELS_FROM_RESOURCE),
            YES if h.required and f.required and body_required else NO,
            describe(notes, False),
            "",
        )

    def returns(self, op: Operation, models: str, streamed: Response | None = None) -> str:
        """What the method returns: `streamed` for a method returning a stream."""
        if streamed is not None:
            description = emit.md_cell(sentence(self.md(streamed.description)))
            return _stream_returns(streamed, streamed.type or ANY, models, description)
        response = op.response
        if response is None or response.type is None:
            return "`None`: " + emit.md_cell(
                sentence(self.md(response.description if response else ""))
            )
        if op.pagination is not None:
            item = emit.md_type(op.pagination.item_type, models)
            page = emit.md_type(response.type, models)
            fetching = "fetching further pages as needed"
            if op.pagination.kind == "cursor":  # the page's own next cursor, sent as a parameter
                param = op.pagination.cursor_param
                fetching = f"fetching further pages by their `{param}` as needed"
            return (
                f"SyncPage[{item}]: {emit.md_cell(sentence(self.md(response.description)))} "
                f"Iterating over it yields every item, {fetching} "
                f"(see [Pagination]({HOME_FROM_RESOURCE}#pagination)); each page is a {page}."
            )
        description = emit.md_cell(sentence(self.md(response.description)))
        if response.streaming:
            return _stream_returns(response, response.type, models, description)
        others = "".join(
            f" For status {status}: {emit.md_type(t, models) if t else '`None` (no content)'}."
            for status, t in op.status_bodies
        )
        return f"{emit.md_type(response.type, models)}: {description}{others}"

    def other_responses(self, op: Operation, plan: MethodPlan) -> Iterator[str]:
        """The responses the method does not return; a stream its twin returns links it."""
        primary = plan.streamed or op.response
        for response in (r for r in op.responses if r is not primary):
            kind = f"a stream of {stream_unit(response)}s, each " if response.streaming else ""
            # the twin returns the streams of the plain method, and the other way round
            if plan.twin and response.streaming == (plan.streamed is None):
                kind = f"returned by [{plan.twin}](#{emit.md_anchor(plan.twin)}): {kind}"
            typ = emit.md_type(response.type, MODELS_FROM_RESOURCE) if response.type else "`None`"
            yield (
                f"`{response.status}` `{response.content_type or 'no content'}`: {kind}{typ}"
                + (
                    f" ({emit.md_cell(self.md(response.description))})"
                    if response.description
                    else ""
                )
            )

    def error_rows(self, op: Operation) -> Iterator[ErrorRow]:
        default_class = self.settings.default_error
        for error in op.errors:
            if error.status == "default":
                if error.class_name:
                    default_class = error.class_name
                continue
            yield ErrorRow(
                f"`errors.{error.class_name or default_class}`",
                error.status,
                _content_type(error),
            )
        yield ErrorRow(f"`errors.{default_class}`", "4XX, 5XX", "`*/*`")

    def signature(self, resource: Resource, plan: MethodPlan) -> str:
        op = plan.op
        required: list[tuple[str, TypeRef]] = [
            (p.name, p.type) for p in op.parameters if p.required and p.client_option is None
        ]
        optional = any(not p.required for p in op.parameters if p.client_option is None)
        if op.body is not None and op.body.fields:
            fields = [f for f in op.body.fields if f.wire_name not in plan.fixed_names]
            headers = {e.wire_name: e.header_arguments for e in op.body.encodings}
            for f in (f for f in fields if f.required):  # with the headers its part requires
                required.append((f.name, f.type))
                required += [(h.name, h.type) for h in headers.get(f.wire_name, ()) if h.required]
            optional = optional or any(not f.required for f in fields)
            optional = optional or any(not h.required for e in headers.values() for h in e)
        elif op.body is not None:
            required.append(("body", op.body.type))
        response = plan.streamed or op.response
        if op.pagination is not None and plan.streamed is None:
            returns = f"SyncPage[{emit.py_type(op.pagination.item_type)}]"
        elif response is None or response.type is None:
            returns = "None"
        elif response.streaming:
            returns = f"Stream[{emit.py_type(response.type)}]"
        else:
            returns = emit.py_type(response.type)
        callee = f"client.{resource.name}.{plan.name}"
        return emit.py_signature(callee, required, optional, returns)


def _twin_description(plan: MethodPlan, streamed: Response) -> str:
    """The `_stream` twin's paragraph: what it is beside the operation's own method."""
    switch = " (and sets the request's `stream` field to `true` itself)" if plan.fixed else ""
    return (
        f"[{plan.twin}](#{emit.md_anchor(plan.twin)}) with its response streamed: it asks for"
        f" `{streamed.content_type}`{switch} and returns each {stream_unit(streamed)} as it"
        " arrives."
    )


def _stream_returns(response: Response, typ: TypeRef, models: str, description: str) -> str:
    """The Response section of a method returning a stream: what iterating it yields."""
    item = emit.md_type(typ, models)
    return (
        f"`Stream[{emit.py_type(typ)}]`: {description} Iterating over it (`async for`"
        f" over the async client's `AsyncStream`) yields one {item} per {stream_unit(response)},"
        " parsed as it arrives; the response is closed at the end, by `close()` or on leaving a"
        " `with` block."
    ).replace(":  ", ": ")


_OPTION_ROWS = (
    ParamRow(
        "`timeout`",
        "float \\| httpx.Timeout \\| None",
        NO,
        "Seconds to wait for this call, overriding the client's `timeout`; `None` waits "
        f"forever. See [Timeouts]({HOME_FROM_RESOURCE}#timeouts).",
        "",
    ),
    ParamRow(
        "`retries`",
        "RetryConfig \\| None",
        NO,
        "Retry policy for this call, overriding the client's; `None` disables retries. "
        f"See [Retries]({HOME_FROM_RESOURCE}#retries).",
        "",
    ),
    ParamRow(
        "`extra_headers`",
        "Mapping[str, str]",
        NO,
        "Additional HTTP headers to send with this call.",
        "",
    ),
    ParamRow("`server_url`", "str", NO, "Send this call to another server than the client's.", ""),
)


def _content_type(error: ErrorResponse) -> str:
    return emit.md_code(error.content_type) if error.content_type else "—"
