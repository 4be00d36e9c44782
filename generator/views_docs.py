"""Template contexts for the Markdown reference docs (README, api.md, resource and model pages).

Everything the docs show is computed here as plain data; the templates only loop and place it.
Links are relative: `Link.target` and every `page` below are relative to the `docs/` directory,
so the README (at the root) prefixes them with `docs/` while `docs/index.md` uses them as is.
Links inside a resource or model page are relative to that page.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from . import emit
from .emit import ArgValue, PySource, Snippet
from .model import (
    Api,
    ArrayOf,
    EnumRef,
    ErrorClass,
    ErrorResponse,
    Field,
    JsonValue,
    LiteralOf,
    MapOf,
    ModelRef,
    Operation,
    Parameter,
    Primitive,
    Resource,
    TypeRef,
    UnionOf,
    non_null,
)

YES, NO = "✔️", "—"
MODELS_FROM_RESOURCE = "../../models/"  # a resource page's way to the model pages
HOME_FROM_RESOURCE = "../../index.md"
_SYNTHETIC: dict[str, JsonValue] = {
    "str": "example",
    "int": 1,
    "float": 1.5,
    "bool": True,
    "datetime": "2025-01-01T00:00:00Z",
    "date": "2025-01-01",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
    "uri": "https://example.com",
    "bytes": "ZXhhbXBsZQ==",
    "any": {},
    "null": None,
    "file": None,
}
_FILE_EXAMPLE = PySource('("example.txt", b"Hello, world!")')
_MAX_DEPTH = 4


@dataclass(frozen=True)
class Link:
    text: str
    target: str


@dataclass(frozen=True)
class ParamRow:
    """One row of a Parameters table; every cell is finished Markdown."""

    name: str
    type: str
    required: str
    description: str
    example: str


@dataclass(frozen=True)
class ErrorRow:
    error: str
    status: str
    content_type: str


@dataclass(frozen=True)
class OperationDoc:
    name: str
    anchor: str
    summary: str  # one line, for indexes
    description: str  # paragraph(s) under the heading
    deprecated: bool
    http: str  # "GET /byok/{id}"
    func: str  # standalone function
    sync_example: str
    async_example: str
    standalone_example: str
    params: tuple[ParamRow, ...]
    returns: str  # Markdown, links relative to the resource page
    other_responses: tuple[str, ...]
    errors: tuple[ErrorRow, ...]
    signature: str  # for api.md: `client.byok.get(*, id: str) -> GetBYOKKeyResponse`


@dataclass(frozen=True)
class ResourceDoc:
    name: str  # attribute on the client
    title: str
    description: str
    page: str  # relative to docs/
    operations: tuple[OperationDoc, ...]
    types_import: str  # api.md: `from <package>.models import ...`, "" when none


@dataclass(frozen=True)
class FieldRow:
    name: str
    type: str
    required: str
    nullable: str
    description: str


@dataclass(frozen=True)
class EnumValueRow:
    name: str
    value: str


@dataclass(frozen=True)
class PageDoc:
    """A model or enum page (`docs/models/<page>.md`)."""

    name: str
    description: str
    deprecated: bool
    fields: tuple[FieldRow, ...]
    extra_values: str  # Markdown type of additionalProperties values, "" when not declared
    values: tuple[EnumValueRow, ...]
    open_enum: bool
    example: str  # a JSON document, "" when the spec has none
    used_by: tuple[Link, ...]  # targets relative to the page


@dataclass(frozen=True)
class ErrorClassRow:
    name: str
    statuses: str
    description: str
    data_name: str
    data_page: str  # relative to docs/, "" when the data is not a model


@dataclass(frozen=True)
class Calls:
    """Statements calling the README's sample method, each for one README section."""

    plain: str
    in_try: str
    no_retries: str
    timeout: str
    raw: str


@dataclass(frozen=True)
class PaginationDoc:
    operations: tuple[Link, ...]  # method links, relative to docs/
    each: str  # `for item in client.x.list(limit=...)` header, without the colon
    each_async: str
    first_page: str  # `page = client.x.list(...)`
    first_page_async: str


@dataclass(frozen=True)
class ReadmeDoc:
    quickstart_sync: str
    quickstart_async: str
    standalone: str
    calls: Calls
    error_class: str  # documented exception raised by the sample method, "" if none
    pagination: PaginationDoc | None


@dataclass(frozen=True)
class NavEntry:
    title: str  # YAML scalar
    path: str


@dataclass(frozen=True)
class DocsView:
    tagline: str  # the SDK's one-sentence description, "" when there is none
    api_description: str
    base_url_env_var: str
    server_url: str
    security: tuple[str, ...]  # one Markdown line per scheme
    global_headers: tuple[ParamRow, ...]
    client_with_headers: str  # `client = Client(http_referer=...)`, "" without global headers
    resources: tuple[ResourceDoc, ...]
    resource: dict[str, ResourceDoc]  # by Resource.name, for the per-resource page
    pages: dict[str, PageDoc]  # by Model/Enum name, for the per-model page
    exception_tree: str
    error_classes: tuple[ErrorClassRow, ...]
    readme: ReadmeDoc | None  # None when the API has no operations to show
    site_name: str  # YAML scalar
    site_description: str  # YAML scalar
    nav_resources: tuple[NavEntry, ...]
    nav_models: tuple[NavEntry, ...]


def docs_context(api: Api) -> dict[str, Any]:
    return {"docs": DocsBuilder(api).view()}


def base_url_env_var(env_var: str) -> str:
    """`OPENROUTER_API_KEY` → `OPENROUTER_BASE_URL`."""
    return env_var.removesuffix("_API_KEY") + "_BASE_URL"


def resource_page(resource: Resource) -> str:
    return f"sdks/{resource.module}/README.md"


def model_page(name: str) -> str:
    return "models/" + emit.model_page(name)


class DocsBuilder:
    """Builds the `DocsView` of one API (lookups built once, shared by every page)."""

    def __init__(self, api: Api) -> None:
        self.api = api
        self.settings = api.settings
        self.models = {m.name: m for m in api.models}
        self.enums = {e.name: e for e in api.enums}
        server = api.servers[0].url if api.servers else ""
        self.origin = emit.url_origin(server)

    def md(self, text: str) -> str:
        """Spec Markdown made safe to show here: site-relative links point at the API's site."""
        return emit.md_absolute_links(text, self.origin)

    def view(self) -> DocsView:
        api, settings = self.api, self.settings
        resources = tuple(self.resource_doc(r) for r in api.resources)
        names = sorted([*self.models, *self.enums])
        headers = [
            (p.name, self.example(p.type, p.example, p.has_example)) for p in api.client_headers
        ]
        return DocsView(
            tagline=_sentence(settings.description),
            api_description=self.md(api.description),
            client_with_headers=emit.py_call(f"client = {settings.client_name}", headers)
            if headers
            else "",
            base_url_env_var=base_url_env_var(settings.env_var),
            server_url=api.servers[0].url if api.servers else "/",
            security=tuple(self.security_line(s.name) for s in api.security),
            global_headers=tuple(self.param_row(p, global_header=True) for p in api.client_headers),
            resources=resources,
            resource={r.name: d for r, d in zip(api.resources, resources, strict=True)},
            pages={name: self.page_doc(name) for name in names},
            exception_tree="\n".join(emit.tree_lines(self.exception_tree())),
            error_classes=tuple(self.error_class_rows()),
            readme=self.readme(),
            site_name=emit.yaml_str(settings.dist_name),
            site_description=emit.yaml_str(settings.description or api.title),
            nav_resources=tuple(
                NavEntry(emit.yaml_str(r.class_name), resource_page(r)) for r in api.resources
            ),
            nav_models=tuple(NavEntry(emit.yaml_str(n), model_page(n)) for n in names),
        )

    # --- resources and operations ---

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
            description=_sentence(self.md(resource.description)),
            page=resource_page(resource),
            operations=tuple(self.operation_doc(resource, op) for op in resource.operations),
            types_import=emit.py_import(f"{self.settings.package_name}.models", classes)
            if classes
            else "",
        )

    def snippet(self, resource: Resource, op: Operation) -> Snippet:
        returns: Literal["value", "page", "none"] = "value"
        if op.pagination is not None:
            returns = "page"
        elif op.response is None or op.response.type is None:
            returns = "none"
        return Snippet(
            package=self.settings.package_name,
            client=self.settings.client_name,
            async_client=self.settings.async_client_name,
            resource=resource.name,
            method=op.name,
            func=f"{resource.name}_{op.name}",
            args=tuple(self.example_args(op)),
            returns=returns,
        )

    def operation_doc(self, resource: Resource, op: Operation) -> OperationDoc:
        snippet = self.snippet(resource, op)
        description = self.md(op.description or op.summary)
        return OperationDoc(
            name=op.name,
            anchor=emit.md_anchor(op.name),
            summary=emit.md_cell(self.md(op.summary or _first_sentence(op.description))),
            description=description,
            deprecated=op.deprecated,
            http=f"{op.http_method} {op.path}",
            func=snippet.func,
            sync_example=emit.snippet_sync(snippet),
            async_example=emit.snippet_async(snippet),
            standalone_example=emit.snippet_standalone(snippet),
            params=tuple(self.param_rows(op)),
            returns=self.returns(op, MODELS_FROM_RESOURCE),
            other_responses=tuple(self.other_responses(op)),
            errors=tuple(self.error_rows(op)),
            signature=self.signature(resource, op),
        )

    def example_args(self, op: Operation) -> Iterator[tuple[str, ArgValue]]:
        """Keyword arguments of the examples: every required parameter, then the body.

        Values are the spec's examples. A flattened body shows the fields of the body's example
        (or, without one, its required fields); optional parameters are left out so the
        examples stay short and every value they show is one the API documents.
        """
        for p in op.parameters:
            if p.required and p.client_option is None:
                yield p.name, self.example(p.type, p.example, p.has_example)
        body = op.body
        if body is None:
            return
        if not body.fields:
            if body.required or body.has_example:
                yield "body", self.example(body.type, body.example, body.has_example)
            return
        shown = body.example if body.has_example and isinstance(body.example, dict) else {}
        for f in body.fields:
            if f.wire_name in shown:
                yield f.name, self.example(f.type, shown[f.wire_name], True)
            elif f.required and (body.required or shown):
                yield f.name, self.example(f.type, f.example, f.has_example)

    def example(self, t: TypeRef, value: JsonValue, has_value: bool, depth: int = 0) -> ArgValue:
        """The spec's example, else a value made up from the type (never a placeholder)."""
        if isinstance(t, Primitive) and t.kind == "file":
            return _FILE_EXAMPLE
        if has_value:
            return value
        return self.synthetic(t, depth)

    def synthetic(self, t: TypeRef, depth: int) -> JsonValue:
        if isinstance(t, UnionOf):
            t = non_null(t)
            if isinstance(t, UnionOf):
                t = t.variants[0]
        if isinstance(t, Primitive):
            return _SYNTHETIC[t.kind]
        if isinstance(t, LiteralOf):
            return next((v for v in t.values if v is not None), None)
        if isinstance(t, EnumRef):
            enum = self.enums.get(t.name)
            return enum.values[0].value if enum and enum.values else "example"
        if depth >= _MAX_DEPTH:
            return [] if isinstance(t, ArrayOf) else {}
        if isinstance(t, ArrayOf):
            return [self.synthetic(t.item, depth + 1)]
        if isinstance(t, MapOf):
            return {"key": self.synthetic(t.value, depth + 1)}
        if isinstance(t, ModelRef):
            model = self.models.get(t.name)
            if model is None:
                return {}
            if model.has_example:
                return model.example
            return {
                f.wire_name: f.example if f.has_example else self.synthetic(f.type, depth + 1)
                for f in model.fields
                if f.required
            }
        return None

    def param_rows(self, op: Operation) -> Iterator[ParamRow]:
        params = [p for p in op.parameters if p.client_option is None]
        params.sort(key=lambda p: not p.required)  # required first, spec order otherwise
        for p in params:
            yield self.param_row(p)
        if op.body is not None and op.body.fields:
            fields = sorted(op.body.fields, key=lambda f: not f.required)
            for f in fields:
                yield self.field_param_row(f, op.body.required)
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
        return ParamRow(
            emit.md_code(p.name),
            # README rows: no model links, which would differ between README and docs/index.md
            emit.md_cell(emit.md_code(emit.py_type(p.type)))
            if global_header
            else emit.md_type(p.type, MODELS_FROM_RESOURCE),
            YES if p.required else NO,
            _describe(notes, p.deprecated),
            emit.md_example(p.example) if p.has_example else "",
        )

    def field_param_row(self, f: Field, body_required: bool) -> ParamRow:
        notes = [self.md(f.description)]
        if f.has_default:
            notes.append(f"Default: {emit.md_code(emit.py_value(f.default))}.")
        return ParamRow(
            emit.md_code(f.name),
            emit.md_type(f.type, MODELS_FROM_RESOURCE),
            YES if f.required and body_required else NO,
            _describe(notes, f.deprecated),
            emit.md_example(f.example) if f.has_example else "",
        )

    def returns(self, op: Operation, models: str) -> str:
        response = op.response
        if response is None or response.type is None:
            return "`None`: " + emit.md_cell(
                _sentence(self.md(response.description if response else ""))
            )
        if op.pagination is not None:
            item = emit.md_type(op.pagination.item_type, models)
            page = emit.md_type(response.type, models)
            return (
                f"SyncPage[{item}]: {emit.md_cell(_sentence(self.md(response.description)))} "
                f"Iterating over it yields every item, fetching further pages as needed "
                f"(see [Pagination]({HOME_FROM_RESOURCE}#pagination)); each page is a {page}."
            )
        description = emit.md_cell(_sentence(self.md(response.description)))
        return f"{emit.md_type(response.type, models)}: {description}"

    def other_responses(self, op: Operation) -> Iterator[str]:
        for response in op.responses[1:]:
            kind = "a stream of " if response.streaming else ""
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

    def signature(self, resource: Resource, op: Operation) -> str:
        required: list[tuple[str, TypeRef]] = [
            (p.name, p.type) for p in op.parameters if p.required and p.client_option is None
        ]
        optional = any(not p.required for p in op.parameters if p.client_option is None)
        if op.body is not None and op.body.fields:
            required += [(f.name, f.type) for f in op.body.fields if f.required]
            optional = optional or any(not f.required for f in op.body.fields)
        elif op.body is not None:
            required.append(("body", op.body.type))
        response = op.response
        if op.pagination is not None:
            returns = f"SyncPage[{emit.py_type(op.pagination.item_type)}]"
        elif response is None or response.type is None:
            returns = "None"
        else:
            returns = emit.py_type(response.type)
        callee = f"client.{resource.name}.{op.name}"
        return emit.py_signature(callee, required, optional, returns)

    # --- models and enums ---

    def page_doc(self, name: str) -> PageDoc:
        used_by = tuple(self.used_by.get(name, ()))
        model = self.models.get(name)
        if model is not None:
            return PageDoc(
                name=name,
                description=self.md(model.description),
                deprecated=model.deprecated,
                fields=tuple(self.field_row(f) for f in model.fields),
                extra_values=emit.md_type(model.extra_values) if model.extra_values else "",
                values=(),
                open_enum=False,
                example=emit.json_block(model.example) if model.has_example else "",
                used_by=used_by,
            )
        enum = self.enums[name]
        return PageDoc(
            name=name,
            description=self.md(enum.description),
            deprecated=False,
            fields=(),
            extra_values="",
            values=tuple(
                EnumValueRow(emit.md_code(f"{name}.{v.name}"), emit.md_code(emit.py_value(v.value)))
                for v in enum.values
            ),
            open_enum=enum.open,
            example="",
            used_by=used_by,
        )

    def field_row(self, f: Field) -> FieldRow:
        notes = [self.md(f.description)]
        if f.read_only:
            notes.append("Read-only: set by the API.")
        if f.write_only:
            notes.append("Write-only: sent, never returned.")
        if f.has_default:
            notes.append(f"Default: {emit.md_code(emit.py_value(f.default))}.")
        name = emit.md_code(f.name)
        if f.wire_name != f.name:
            name += f" (JSON {emit.md_code(f.wire_name)})"
        return FieldRow(
            emit.md_cell(name),
            emit.md_type(f.type),
            YES if f.required else NO,
            YES if f.nullable else NO,
            _describe(notes, f.deprecated),
        )

    @functools.cached_property
    def used_by(self) -> dict[str, list[Link]]:
        """Model/enum name → the operations and models that refer to it directly."""
        found: dict[str, list[Link]] = {}

        def add(types: Sequence[TypeRef], link: Link) -> None:
            for name in sorted(emit.referenced_names(types)[0]):
                links = found.setdefault(name, [])
                if link not in links:
                    links.append(link)

        for resource in self.api.resources:
            for op in resource.operations:
                target = f"../{resource_page(resource)}#{emit.md_anchor(op.name)}"
                method = f"client.{resource.name}.{op.name}"
                add([p.type for p in op.parameters], Link(f"`{method}` (parameter)", target))
                if op.body is not None:
                    add([op.body.type], Link(f"`{method}` (request body)", target))
                responses = [r.type for r in op.responses if r.type is not None]
                add(responses, Link(f"`{method}` (response)", target))
                errors = [e.type for e in op.errors if e.type is not None]
                add(errors, Link(f"`{method}` (error)", target))
        for model in self.api.models:
            types = [f.type for f in model.fields]
            types += [model.extra_values] if model.extra_values else []
            add(types, Link(model.name, emit.model_page(model.name)))
        return found

    # --- README ---

    def security_line(self, name: str) -> str:
        scheme = next(s for s in self.api.security if s.name == name)
        how = {
            "bearer": "sent as `Authorization: Bearer <api_key>`",
            "basic": "sent as HTTP basic credentials in the `Authorization` header",
            "api_key": f"sent in the `{scheme.param_name}` {scheme.location}",
        }[scheme.kind]
        text = f"`{scheme.name}`: {how}."
        return text + (
            f" {emit.md_cell(self.md(scheme.description))}" if scheme.description else ""
        )

    def exception_tree(self) -> emit.TreeNode:
        documented: list[emit.TreeNode] = [
            (f"{e.class_name} ({', '.join(e.statuses)})", ())
            for e in self.error_classes_by_status()
        ]
        documented.append((f"{self.settings.default_error} (any other 4XX/5XX)", ()))
        return (
            self.settings.error_base,
            (
                ("APIStatusError", tuple(documented)),
                ("APIConnectionError", (("APITimeoutError", ()),)),
                ("ResponseValidationError", ()),
            ),
        )

    def error_classes_by_status(self) -> list[ErrorClass]:
        return sorted(self.api.error_classes, key=lambda e: (e.statuses[:1], e.class_name))

    def error_class_rows(self) -> Iterator[ErrorClassRow]:
        for e in self.error_classes_by_status():
            data = e.data_type
            target = non_null(data) if data is not None else None
            yield ErrorClassRow(
                name=emit.md_code(f"errors.{e.class_name}"),
                statuses=", ".join(e.statuses),
                description=emit.md_cell(self.md(e.description)),
                data_name=target.name
                if isinstance(target, ModelRef | EnumRef)
                else emit.md_type(data)
                if data is not None
                else "`None`",
                data_page=model_page(target.name) if isinstance(target, ModelRef | EnumRef) else "",
            )

    def readme(self) -> ReadmeDoc | None:
        ops = [(r, op) for r in self.api.resources for op in r.operations]
        if not ops:
            return None
        live = [(r, op) for r, op in ops if not op.deprecated] or ops
        quick = next(((r, op) for r, op in live if op.http_method == "GET"), live[0])
        plain = [
            (r, op)
            for r, op in live
            if op.pagination is None and op.response is not None and op.response.type is not None
        ]
        sample = next(((r, op) for r, op in plain if op.http_method == "GET"), (plain or live)[0])
        s = self.snippet(*sample)
        error_class = _example_error(sample[1])
        quick_snippet = self.snippet(*quick)
        return ReadmeDoc(
            quickstart_sync=emit.snippet_sync(quick_snippet),
            quickstart_async=emit.snippet_async(quick_snippet),
            standalone=emit.snippet_standalone(s),
            calls=Calls(
                plain=emit.snippet_call(s),
                in_try=emit.snippet_call(s, indent=4),
                no_retries=emit.snippet_call(s, extra=[("retries", None)]),
                timeout=emit.snippet_call(s, extra=[("timeout", 5.0)]),
                raw=emit.snippet_call(s, target="response", via="with_raw_response"),
            ),
            error_class=error_class,
            pagination=self.pagination_doc(ops),
        )

    def pagination_doc(self, ops: Sequence[tuple[Resource, Operation]]) -> PaginationDoc | None:
        paged = [(r, op) for r, op in ops if op.pagination is not None]
        if not paged:
            return None
        resource, op = next(((r, o) for r, o in paged if not o.deprecated), paged[0])
        assert op.pagination is not None
        s = self.snippet(resource, op)
        extra: list[tuple[str, ArgValue]] = []
        limit = next(
            (
                p
                for p in op.parameters
                if p.wire_name == op.pagination.limit_param
                and p.has_example
                and p.name not in dict(s.args)
            ),
            None,
        )
        if limit is not None:
            extra.append((limit.name, limit.example))
        # `for item in <call>:` headers; the width leaves room for the loop words and the colon
        loop_call = emit.snippet_call(s, extra=extra, target="", width=88 - 13)
        async_call = emit.snippet_call(s, extra=extra, target="", indent=8, width=88 - 19)
        return PaginationDoc(
            operations=tuple(
                Link(f"client.{r.name}.{o.name}", f"{resource_page(r)}#{emit.md_anchor(o.name)}")
                for r, o in paged
            ),
            each=f"for item in {loop_call}",
            each_async=f"async for item in {async_call}",
            first_page=emit.snippet_call(s, extra=extra, target="page"),
            first_page_async=emit.snippet_call(
                s, extra=extra, target="page", indent=8, awaiting=True
            ),
        )


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


def _describe(notes: Sequence[str], deprecated: bool) -> str:
    text = " ".join(_sentence(n) for n in notes if n)
    if deprecated:
        text = f"**Deprecated.** {text}"
    return emit.md_cell(text)


def _sentence(text: str) -> str:
    """`text` ending with a full stop, so notes appended after it read as sentences."""
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?:" else text + "."


def _first_sentence(text: str) -> str:
    first = " ".join(text.split()).split(". ")[0]
    return first.rstrip(".")


def _example_error(op: Operation) -> str:
    """The documented exception to show being caught: 404 reads best, then another 4XX."""
    classed = [e for e in op.errors if e.class_name]
    ranked = sorted(classed, key=lambda e: (e.status != "404", e.status in ("401", "403"),
                                            not e.status.startswith("4")))  # fmt: skip
    return ranked[0].class_name if ranked else ""


def _content_type(error: ErrorResponse) -> str:
    return emit.md_code(error.content_type) if error.content_type else "—"


__all__ = ["DocsView", "base_url_env_var", "docs_context"]
