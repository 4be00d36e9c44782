"""Template contexts for the generated tests (offline MockTransport tests and Prism contract tests).

Everything a generated test sends or expects is computed here from the model, as plain data:
the example arguments of each call, the request they must produce, the response the mock answers
with and the `Check`s the parsed value must pass. Values come from the spec's examples; where the
spec has none they are made up from the type. The templates only loop and spell the data with
the `emit` filters.

The expected request mirrors the documented wire contract (DESIGN.md): `None` and NOT_GIVEN
arguments are left out, except body fields that are nullable, which are sent as JSON `null`;
path values are percent-encoded into one segment; query arrays repeat their key; booleans read
`true`/`false`.
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import datetime
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, Literal, cast
from urllib.parse import quote

from . import emit, views_client
from .emit import ArgValue, Check, PathStep, PySource
from .model import (
    Api,
    ArrayOf,
    EnumRef,
    ErrorResponse,
    JsonValue,
    LiteralOf,
    MapOf,
    ModelRef,
    Operation,
    Parameter,
    Primitive,
    Resource,
    Response,
    SecurityScheme,
    TypeRef,
    UnionOf,
    non_null,
)
from .naming import upper_snake
from .views_client import MethodView

TEST_API_KEY = "sdk-test-key"
OFFLINE_SERVER_URL = "https://api.sdk-tests.example/v1"  # offline tests never leave the process
PAGE_SIZE = 2  # offline pagination: pages of two items ...
PAGE_TOTAL = 3  # ... out of three, so the last page is short
UNKNOWN_ENUM_VALUE = "sdk-test-unknown-value"
PATH_PARAM_PROBE = "a/b c?d#e"  # must stay one path segment: every reserved character encoded
_MAX_CHECKS = 40  # assertions per parsed value: enough to read every field of a typical example
_MAX_ITEMS = 3  # list and map entries checked one by one
_MAX_DEPTH = 6
_UNDOCUMENTED_STATUSES = (418, 451, 499, 422, 409, 599, 520)
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
_FILE_ARGUMENT = PySource('("example.txt", b"Hello, world!")')
_STRING_KINDS = ("str", "uuid", "uri")

# What a method returns: a parsed JSON value, a page, an event stream, the body as text or bytes,
# or nothing.
ResultKind = Literal["json", "page", "stream", "text", "bytes", "none"]


@dataclass(frozen=True)
class Argument:
    """One keyword argument of a method, with where it goes on the wire."""

    name: str  # python keyword
    wire_name: str
    location: Literal["path", "query", "header", "cookie", "json", "body"]
    type: TypeRef
    required: bool
    nullable: bool  # body field where None is sent as JSON null
    value: ArgValue  # example value
    passed: bool = True  # False: a body field the method sets itself (`stream`)
    joined: bool = False  # an array query parameter sent comma-separated (explode=false)


@dataclass(frozen=True)
class RequestView:
    """A call's example arguments and the HTTP request they must produce."""

    args: tuple[tuple[str, ArgValue], ...]
    method: str
    url: str  # offline server URL + percent-encoded path, without the query
    query: tuple[tuple[str, str], ...]  # sorted (name, value) pairs
    headers: tuple[tuple[str, str], ...]  # headers the arguments set, plus the key's header
    body_kind: Literal["none", "json", "form", "multipart", "raw"]
    json: JsonValue  # body_kind "json": the document sent
    form: tuple[tuple[str, str], ...]  # body_kind "form": the sorted pairs sent
    multipart_names: tuple[str, ...]  # body_kind "multipart": the part names sent


@dataclass(frozen=True)
class BodyView:
    """A canned HTTP response body for the mock."""

    kind: Literal["json", "text", "empty"]
    json: JsonValue
    text: str
    content_type: str


@dataclass(frozen=True)
class ErrorCase:
    """One error response: the status the mock (or Prism) answers with and what must be raised."""

    label: str  # "404", "4xx", "default": the test name suffix
    status: int
    exception: str  # class name in errors.py
    body: BodyView
    checks: tuple[Check, ...]  # on the error's `.data`: its class and values, or `is None`
    prism: bool  # Prism answers this status when asked with `Prefer: code=...`
    prism_checks: tuple[Check, ...]  # what Prism's body for it can be held to


@dataclass(frozen=True)
class PathParamCase:
    name: str  # wire name: the one the runtime's error message quotes
    empty_args: tuple[tuple[str, ArgValue], ...]  # the minimal call with this parameter ""
    probe_args: tuple[tuple[str, ArgValue], ...]  # with PATH_PARAM_PROBE; () if not a string
    probe_url: str


@dataclass(frozen=True)
class PageCase:
    """Offline pagination: PAGE_TOTAL items served PAGE_SIZE at a time."""

    args: tuple[tuple[str, ArgValue], ...]
    template: JsonValue  # a response body; the items (and total) are replaced per page
    items_path: tuple[str, ...]  # wire names
    total_path: tuple[str, ...] | None
    item: JsonValue
    offset_param: str
    offsets: tuple[str | None, ...]  # the offset query value of each request, None if absent
    item_type: ArgValue  # PySource for isinstance, or None
    # What Prism's one static example implies for the first page of the contract test.
    prism_total: int | None
    prism_items: int
    prism_has_next: bool


@dataclass(frozen=True)
class EnumCase:
    """A response whose open-enum field carries a value the SDK does not know: it is kept as
    the plain value."""

    body: JsonValue
    checks: tuple[Check, ...]


@dataclass(frozen=True)
class MethodTests:
    """Everything the generated tests of one method send and expect."""

    op: Operation
    name: str  # method name
    const: str  # prefix of the test module's constants for this method, e.g. GET
    kind: ResultKind
    paginated: bool
    minimal: RequestView
    full: RequestView | None  # None when the method has no optional argument
    status: int  # success status the mock answers with
    response: BodyView
    var: str  # "res"; "page" for paginated methods, "events" for event streams
    checks: tuple[Check, ...]  # on the method's return value
    prism_checks: tuple[Check, ...]  # what Prism's response can be held to
    errors: tuple[ErrorCase, ...]  # every error-table row, then "default"
    prism_default: ErrorCase | None  # an undocumented status as Prism answers it (404)
    path_params: tuple[PathParamCase, ...]
    page: PageCase | None
    auth: ErrorCase | None  # no key: what a secured operation raises
    unknown_enum: EnumCase | None


@dataclass(frozen=True)
class ResourceTests:
    resource: Resource
    methods: tuple[MethodTests, ...]
    uses_datetime: bool
    uses_as_json: bool
    uses_form: bool


def tests_context(api: Api) -> dict[str, Any]:
    builder = _Builder(api)
    suites = {r.name: builder.resource(r) for r in api.resources}
    return {
        "tests_by_resource": suites,
        "test_api_key": TEST_API_KEY,
        "offline_server_url": OFFLINE_SERVER_URL,
        "page_size": PAGE_SIZE,
        "page_total": PAGE_TOTAL,
        "spec_candidates": _spec_candidates(api.spec_path),
        "prism_candidates": ("node_modules/.bin/prism", "../node_modules/.bin/prism"),
        "credential_header": _credential_header(views_client.client_scheme(api)),
    }


def _spec_candidates(spec_path: str) -> tuple[str, ...]:
    """Where the spec may sit, relative to the generated project's root."""
    path = PurePosixPath(spec_path)
    found = []
    if not path.is_absolute() and ".." not in path.parts:
        found.append(f"../{path}")  # generated beside the spec's directory, as in this repository
    found += [f"../spec/{path.name}", f"spec/{path.name}", path.name]
    return tuple(dict.fromkeys(found))


class _Builder:
    def __init__(self, api: Api) -> None:
        self.api = api
        self.models = {m.name: m for m in api.models}
        self.enums = {e.name: e for e in api.enums}
        self.error_types = {e.class_name: e.data_type for e in api.error_classes}
        self.scheme = views_client.client_scheme(api)

    # --- per resource and operation ---

    def resource(self, resource: Resource) -> ResourceTests:
        ops = tuple(self.method(m) for m in views_client.resource_methods(resource))
        checks = [c for t in ops for c in _all_checks(t)]
        return ResourceTests(
            resource=resource,
            methods=ops,
            uses_datetime=any(
                isinstance(c.expected, PySource) and c.expected.text.startswith("datetime.")
                for c in checks
            ),
            uses_as_json=any(c.kind == "json" for c in checks),
            uses_form=any(
                r is not None and r.body_kind == "form" for t in ops for r in (t.minimal, t.full)
            ),
        )

    def method(self, m: MethodView) -> MethodTests:
        op = m.op
        names = {a.name for a in m.args}
        arguments = [
            _replace(a, passed=a.name in names, joined=a.wire_name in m.joined_query)
            for a in self.arguments(op)
        ]
        fixed = [_replace(a, value=bool(m.stream)) for a in arguments if not a.passed]
        arguments = [a for a in arguments if a.passed] + fixed
        minimal = [a for a in arguments if a.required or not a.passed]
        full = self.request(op, arguments) if len(minimal) < len(arguments) else None
        response = _response_of(op, streamed=bool(m.stream))
        kind: ResultKind
        if m.stream:
            kind = "stream"
        elif m.pagination:
            kind = "page"
        elif response is None or response.type is None or response.content_type is None:
            kind = "none"
        elif m.response_format in ("text", "bytes"):
            kind = "text" if m.response_format == "text" else "bytes"
        else:
            kind = "json"
        body = self.result_body(kind, response)
        checks = self.result_checks(op, kind, response, body)
        made_up = response is not None and response.type is not None and not response.has_example
        if kind in ("text", "bytes"):  # Prism sends what it likes for a binary body
            prism_checks: tuple[Check, ...] = (Check((), "isinstance", PySource(kind[:3])),)
        else:
            prism_checks = _class_checks(checks) if made_up else checks
        return MethodTests(
            op=op,
            name=m.name,
            const=upper_snake(m.name),
            kind=kind,
            paginated=kind == "page",
            minimal=self.request(op, minimal),
            full=full,
            status=_success_status(response.status if response else "200"),
            response=body,
            var={"page": "page", "stream": "events"}.get(kind, "res"),
            checks=checks,
            prism_checks=prism_checks,
            errors=tuple(self.error_cases(op)),
            prism_default=self.prism_default(op),
            path_params=tuple(self.path_param_cases(op, minimal)),
            page=self.page_case(op, minimal, body) if kind == "page" else None,
            auth=self.auth_case(op),
            unknown_enum=self.enum_case(op, body, kind),
        )

    # --- arguments and requests ---

    def arguments(self, op: Operation) -> list[Argument]:
        """Every argument of the method, in signature order, with an example value."""
        params = sorted(
            op.parameters, key=lambda p: (p.location != "path", p.client_option is not None)
        )
        args = [self.param_argument(p) for p in params if p.client_option is None]
        body = op.body
        if body is not None:
            shown = body.example if body.has_example and isinstance(body.example, dict) else {}
            if body.fields:
                for f in body.fields:
                    value = (
                        self.example(f.type, shown[f.wire_name], True)
                        if f.wire_name in shown
                        else self.example(f.type, f.example, f.has_example)
                    )
                    args.append(
                        Argument(f.name, f.wire_name, "json", f.type, f.required, f.nullable, value)
                    )
            else:
                value = self.example(body.type, body.example, body.has_example)
                args.append(Argument("body", "", "body", body.type, body.required, False, value))
        args.sort(key=lambda a: not a.required)
        args += [self.param_argument(p) for p in params if p.client_option is not None]
        return args

    def param_argument(self, p: Parameter) -> Argument:
        value = self.example(non_null(p.type), p.example, p.has_example and p.example is not None)
        return Argument(p.name, p.wire_name, p.location, p.type, p.required, False, value)

    def request(self, op: Operation, args: Sequence[Argument]) -> RequestView:
        by_location: dict[str, list[Argument]] = {}
        for a in args:
            by_location.setdefault(a.location, []).append(a)
        path = op.path
        for a in by_location.get("path", []):
            path = path.replace("{" + a.wire_name + "}", _path_segment(a.value))
        query = [
            (a.wire_name, _text(item))
            for a in by_location.get("query", [])
            if a.value is not None
            for item in _query_values(a)
        ]
        headers = [
            (a.wire_name, _text(a.value))
            for a in by_location.get("header", [])
            if a.value is not None
        ]
        credential = _credential(self.scheme)
        if credential[0] == "query":
            query.append(credential[1:])
        elif credential[0] == "header":
            headers.append(credential[1:])
        kind, document, form, names = self.request_body(op, args)
        if kind == "json":
            headers.append(("Content-Type", "application/json"))
        return RequestView(
            args=tuple((a.name, a.value) for a in args if a.passed),
            method=op.http_method,
            url=OFFLINE_SERVER_URL + path,
            query=tuple(sorted(query)),
            headers=tuple(headers),
            body_kind=kind,
            json=document,
            form=form,
            multipart_names=names,
        )

    def request_body(
        self, op: Operation, args: Sequence[Argument]
    ) -> tuple[Any, JsonValue, tuple[tuple[str, str], ...], tuple[str, ...]]:
        body = op.body
        if body is None:
            return "none", None, (), ()
        if body.fields:
            # The method always passes its field group, so even no field at all sends `{}`.
            document: JsonValue = {
                a.wire_name: _jsonable(a.value)
                for a in args
                if a.location == "json" and (a.value is not None or a.nullable)
            }
        else:
            whole = next((a for a in args if a.location == "body"), None)
            if whole is None or whole.value is None:
                return "none", None, (), ()
            document = _jsonable(whole.value)
        if body.encoding == "json":
            return "json", document, (), ()
        fields = document if isinstance(document, dict) else {}
        if body.encoding == "form":
            pairs = sorted(
                (key, _text(item))
                for key, value in fields.items()
                if value is not None
                for item in (value if isinstance(value, list) else [value])
            )
            return "form", None, tuple(pairs), ()
        if body.encoding == "multipart":
            return "multipart", None, (), tuple(k for k, v in fields.items() if v is not None)
        return "raw", None, (), ()

    # --- responses ---

    def result_body(self, kind: ResultKind, response: Response | None) -> BodyView:
        """What the mock answers a successful call with."""
        if response is None or kind == "none":
            return _EMPTY
        if kind == "stream":
            return BodyView("text", None, self.event_stream(response), "text/event-stream")
        return self.response_body(
            response.content_type, response.type, response.example, response.has_example
        )

    def response_body(
        self, content_type: str | None, t: TypeRef | None, example: JsonValue, has_example: bool
    ) -> BodyView:
        if content_type is None or t is None:
            return _EMPTY
        if "json" not in content_type:
            text = example if isinstance(example, str) else "example"
            return BodyView("text", None, text, content_type.replace("*", "example"))
        value = _jsonable(example) if has_example else self.synthetic(t, 0)
        return BodyView("json", value, "", content_type)

    def event_stream(self, response: Response) -> str:
        """One server-sent event carrying the example, then the sentinel if there is one."""
        event = self.stream_event(response)
        if response.envelope and isinstance(event, dict):
            name = f"event: {event['event']}\n" if event.get("event") is not None else ""
            text = f"{name}data: {emit.json_example(event.get('data'))}\n\n"
        else:
            text = f"data: {emit.json_example(event)}\n\n"
        if response.sentinel is not None:
            text += f"data: {response.sentinel}\n\n"
        return text

    def stream_event(self, response: Response) -> JsonValue:
        assert response.type is not None
        if response.has_example:
            return _jsonable(response.example)
        return self.synthetic(response.type, 0)

    def result_checks(
        self, op: Operation, kind: ResultKind, response: Response | None, body: BodyView
    ) -> tuple[Check, ...]:
        if kind == "none" or response is None or response.type is None:
            return (Check((), "is", None),)
        if kind == "text":
            return (Check((), "eq", body.text),)
        if kind == "bytes":
            return (Check((), "eq", emit.py_bytes(body.text)),)
        if kind == "stream":
            events = [self.stream_event(response)]
            return tuple(self.checks(ArrayOf(response.type), events, ()))
        if body.kind != "json":
            return ()
        page = op.pagination
        if kind == "page" and page is not None:
            items_path = self.wire_path(response.type, page.items_path)
            items = _follow(body.json, items_path)
            checks = list(self.checks(ArrayOf(page.item_type), items, (("attr", "data"),)))
            if page.total_path:
                total = _follow(body.json, self.wire_path(response.type, page.total_path))
                checks.append(Check((("attr", "total_count"),), "eq", total))
            return tuple(checks)
        return tuple(self.checks(response.type, body.json, ()))

    def checks(self, t: TypeRef, value: JsonValue, path: tuple[PathStep, ...]) -> list[Check]:
        found: list[Check] = []
        for check in self._walk(t, value, path, 0):
            found.append(check)
            if len(found) >= _MAX_CHECKS:
                break
        return found

    def _walk(
        self, t: TypeRef, value: JsonValue, path: tuple[PathStep, ...], depth: int
    ) -> Iterator[Check]:
        if value is None:
            yield Check(path, "is", None)
            return
        t = non_null(t)
        if depth > _MAX_DEPTH or isinstance(t, UnionOf):
            yield Check(path, "json", value)
        elif isinstance(t, ModelRef) and isinstance(value, dict) and t.name in self.models:
            model = self.models[t.name]
            yield Check(path, "isinstance", emit.py_class_ref(t.name))
            fields = {f.wire_name: f for f in model.fields}
            for key, item in value.items():
                if key in fields:
                    step: PathStep = ("attr", fields[key].name)
                    yield from self._walk(fields[key].type, item, (*path, step), depth + 1)
        elif isinstance(t, ArrayOf) and isinstance(value, list):
            yield Check(path, "len", len(value))
            for index, item in enumerate(value[:_MAX_ITEMS]):
                yield from self._walk(t.item, item, (*path, ("item", index)), depth + 1)
        elif isinstance(t, MapOf) and isinstance(value, dict):
            yield Check(path, "len", len(value))
            for key, item in list(value.items())[:_MAX_ITEMS]:
                yield from self._walk(t.value, item, (*path, ("item", key)), depth + 1)
        elif isinstance(t, EnumRef):
            yield self.enum_check(t, value, path)
        elif isinstance(t, Primitive):
            yield _primitive_check(t, value, path)
        elif isinstance(t, LiteralOf):
            yield Check(path, "is" if isinstance(value, bool) else "eq", value)
        else:  # the example does not have the shape of its type
            yield Check(path, "json", value)

    def enum_check(self, t: EnumRef, value: JsonValue, path: tuple[PathStep, ...]) -> Check:
        enum = self.enums.get(t.name)
        member = next((v for v in enum.values if v.value == value), None) if enum else None
        if member is None:  # open enum: an unknown value stays plain
            return Check(path, "eq", value)
        return Check(path, "is", emit.py_enum_member(t.name, member.name))

    # --- errors ---

    def error_cases(self, op: Operation) -> Iterator[ErrorCase]:
        for error in op.errors:
            if error.status == "default":
                continue
            status = _status_for(op, error.status)
            if status is None:
                continue
            yield self.error_case(op, error.status.lower(), status, error)
        yield self.default_case(op)

    def default_case(self, op: Operation) -> ErrorCase:
        status = _undocumented_status(op)
        default = next((e for e in op.errors if e.status == "default"), None)
        return self.error_case(op, "default", status, default)

    def error_case(
        self, op: Operation, label: str, status: int, error: ErrorResponse | None
    ) -> ErrorCase:
        exception = self.exception_for(op, status)
        data_type = self.error_types.get(exception)
        if error is not None and error.content_type is not None and error.type is not None:
            body = self.response_body(
                error.content_type, error.type, error.example, error.has_example
            )
        else:
            body = BodyView("text", None, f"error {status}", "text/plain")
        if data_type is None or body.kind != "json":
            checks: tuple[Check, ...] = (Check((), "is", None),)
        else:
            checks = tuple(self.checks(data_type, body.json, ()))
        prism = label.isdigit() and error is not None and error.status == label
        made_up = error is not None and error.type is not None and not error.has_example
        prism_checks = _class_checks(checks) if made_up else checks
        return ErrorCase(label, status, exception, body, checks, prism, prism_checks)

    def exception_for(self, op: Operation, status: int) -> str:
        """The class the runtime picks: exact status, then range, then "default"."""
        documented = {e.status: e.class_name for e in op.errors if e.class_name}
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in documented:
                return documented[key]
        return self.api.settings.default_error

    def prism_default(self, op: Operation) -> ErrorCase | None:
        """Prism answers `Prefer: code=<undocumented>` with 404 problem+json: honest only when
        the operation documents nothing that 404 would match."""
        if self.exception_for(op, 404) != self.api.settings.default_error:
            return None
        status = _undocumented_status(op)
        return ErrorCase(
            label=str(status),
            status=404,
            exception=self.api.settings.default_error,
            body=BodyView("empty", None, "", ""),
            checks=(Check((), "is", None),),
            prism=True,
            prism_checks=(Check((), "is", None),),
        )

    def auth_case(self, op: Operation) -> ErrorCase | None:
        if not op.security:
            return None
        error = next((e for e in op.errors if e.status == "401"), None)
        return self.error_case(op, "401", 401, error)

    # --- path parameters, pagination, enums ---

    def path_param_cases(
        self, op: Operation, minimal: Sequence[Argument]
    ) -> Iterator[PathParamCase]:
        for a in minimal:
            if a.location != "path":
                continue
            empty = tuple((b.name, "" if b is a else b.value) for b in minimal if b.passed)
            kind = non_null(a.type)
            if isinstance(kind, Primitive) and kind.kind in _STRING_KINDS:
                probe = [b if b is not a else _replace(a, value=PATH_PARAM_PROBE) for b in minimal]
                yield PathParamCase(
                    a.wire_name,
                    empty,
                    tuple((b.name, b.value) for b in probe if b.passed),
                    self.request(op, probe).url,
                )
            else:
                yield PathParamCase(a.wire_name, empty, (), "")

    def page_case(
        self, op: Operation, minimal: Sequence[Argument], body: BodyView
    ) -> PageCase | None:
        page = op.pagination
        response = _response_of(op, streamed=False)
        if page is None or response is None or response.type is None or body.kind != "json":
            return None
        items_path = self.wire_path(response.type, page.items_path)
        total_path = self.wire_path(response.type, page.total_path) if page.total_path else None
        items = _follow(body.json, items_path)
        items = items if isinstance(items, list) else []
        item = items[0] if items else self.synthetic(page.item_type, 0)
        args = [(a.name, a.value) for a in minimal if a.passed and a.wire_name != page.limit_param]
        if any(p.wire_name == page.limit_param and p.location == "query" for p in op.parameters):
            limit = next(p.name for p in op.parameters if p.wire_name == page.limit_param)
            args.append((limit, PAGE_SIZE))
        offsets: list[str | None] = [None]
        received = PAGE_SIZE
        while received < PAGE_TOTAL:  # every page but the last is full
            offsets.append(str(received))
            received += PAGE_SIZE
        if total_path is None:  # without a total only an empty page ends the list
            offsets.append(str(PAGE_TOTAL))
        total = _follow(body.json, total_path) if total_path else None
        total = total if isinstance(total, int) and not isinstance(total, bool) else None
        has_next = bool(items) and (total is None or len(items) < total)
        item_type = non_null(page.item_type)
        return PageCase(
            args=tuple(args),
            template=body.json,
            items_path=items_path,
            total_path=total_path,
            item=item,
            offset_param=page.offset_param,
            offsets=tuple(offsets),
            item_type=(
                emit.py_class_ref(item_type.name) if isinstance(item_type, ModelRef) else None
            ),
            prism_total=total,
            prism_items=len(items),
            prism_has_next=has_next,
        )

    def enum_case(self, op: Operation, body: BodyView, kind: ResultKind) -> EnumCase | None:
        """The first open-enum value in the response example, replaced by an unknown one."""
        response = _response_of(op, streamed=False)
        if body.kind != "json" or kind not in ("json", "page") or response is None:
            return None
        for check in self.result_checks(op, kind, response, body):
            if check.kind != "is" or not isinstance(check.expected, PySource):
                continue  # only enum members are checked with `is` against source text
            found = self._locate(op, response, check.path, kind == "page")
            if found is None or not isinstance(found[1], EnumRef):
                continue
            enum = self.enums.get(found[1].name)
            if enum is None or not enum.open:
                continue
            changed = copy.deepcopy(body.json)
            unknown: str | int = UNKNOWN_ENUM_VALUE if enum.value_kind == "str" else 987654321
            _set(changed, found[0], unknown)
            plain = PySource(type(unknown).__name__)  # `str` or `int`
            return EnumCase(
                changed, (Check(check.path, "eq", unknown), Check(check.path, "type", plain))
            )
        return None

    def _locate(
        self, op: Operation, response: Response, path: Sequence[PathStep], paginated: bool
    ) -> tuple[list[str | int], TypeRef] | None:
        """Where a checked value sits in the response JSON (wire names and list indexes), and
        its type."""
        if response.type is None:
            return None
        wire: list[str | int] = []
        steps = list(path)
        current: TypeRef = response.type
        if paginated and op.pagination is not None:  # the page's `.data` is the item list
            wire = list(self.wire_path(response.type, op.pagination.items_path))
            current = ArrayOf(op.pagination.item_type)
            steps = steps[1:]
        for kind, key in steps:
            current = non_null(current)
            model = self.models.get(current.name) if isinstance(current, ModelRef) else None
            if kind == "attr" and model is not None:
                field = next((f for f in model.fields if f.name == key), None)
                if field is None:
                    return None
                wire.append(field.wire_name)
                current = field.type
            elif kind == "item" and isinstance(current, ArrayOf | MapOf):
                wire.append(key)
                current = current.item if isinstance(current, ArrayOf) else current.value
            else:
                return None
        return wire, non_null(current)

    def wire_path(self, t: TypeRef, attributes: Sequence[str]) -> tuple[str, ...]:
        """Attribute names (as `Pagination` holds them) turned into JSON property names."""
        wire: list[str] = []
        current: TypeRef | None = t
        for name in attributes:
            current = non_null(current) if current is not None else None
            model = self.models.get(current.name) if isinstance(current, ModelRef) else None
            field = next((f for f in model.fields if f.name == name), None) if model else None
            wire.append(field.wire_name if field else name)
            current = field.type if field else None
        return tuple(wire)

    # --- example values ---

    def example(self, t: TypeRef, value: JsonValue, has_value: bool) -> ArgValue:
        """The spec's example, else a value made up from the type."""
        if isinstance(non_null(t), Primitive) and non_null(t) == Primitive("file"):
            return _FILE_ARGUMENT
        if has_value:
            return _jsonable(value)
        return self.synthetic(t, 0)

    def synthetic(self, t: TypeRef, depth: int) -> JsonValue:
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
        model = self.models.get(t.name) if isinstance(t, ModelRef) else None
        if model is None:
            return {}
        if model.has_example:
            return _jsonable(model.example)
        return {
            f.wire_name: (
                _jsonable(f.example) if f.has_example else self.synthetic(f.type, depth + 1)
            )
            for f in model.fields
            if f.required
        }


_EMPTY = BodyView("empty", None, "", "")


def _all_checks(t: MethodTests) -> Iterator[Check]:
    yield from t.checks
    for case in (*t.errors, t.auth, t.prism_default):
        if case is not None:
            yield from case.checks


def _class_checks(checks: Sequence[Check]) -> tuple[Check, ...]:
    """Only the class of the value itself: all one can expect of a body Prism makes up."""
    return tuple(c for c in checks if c.path == () and c.kind == "isinstance")


def _primitive_check(t: Primitive, value: JsonValue, path: tuple[PathStep, ...]) -> Check:
    if t.kind in ("datetime", "date") and isinstance(value, str):
        parsed = _parse_time(t.kind, value)
        return Check(path, "eq", emit.py_time(parsed)) if parsed else Check(path, "json", value)
    if t.kind in ("bytes", "file"):
        return Check(path, "json", value)
    return Check(path, "is" if isinstance(value, bool) else "eq", value)


def _parse_time(kind: str, value: str) -> datetime.date | None:
    try:
        if kind == "date":
            return datetime.date.fromisoformat(value)
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None


def _success_status(status: str) -> int:
    return int(status) if status.isdigit() else 200


def _status_for(op: Operation, status: str) -> int | None:
    """A concrete status for an error-table row: itself, or the first code of a range that no
    other row names."""
    if status.isdigit():
        return int(status)
    if len(status) == 3 and status[0] in "45" and status[1:].upper() == "XX":
        named = {e.status for e in op.errors}
        first = int(status[0]) * 100
        return next((s for s in range(first, first + 100) if str(s) not in named), None)
    return None


def _undocumented_status(op: Operation) -> int:
    named = {e.status.upper() for e in op.errors}
    for status in _UNDOCUMENTED_STATUSES:
        if str(status) not in named and f"{status // 100}XX" not in named:
            return status
    return next(s for s in _UNDOCUMENTED_STATUSES if str(s) not in named)


def _path_segment(value: ArgValue) -> str:
    """A path value as the runtime encodes it: one segment, dot-segments escaped."""
    text = _text(value)
    return quote(text, safe="") if text.strip(".") else text.replace(".", "%2E")


def _text(value: ArgValue) -> str:
    """A scalar as it appears in a path, query or header."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def _jsonable(value: object) -> JsonValue:
    """An example as JSON data (YAML reads unquoted timestamps as dates)."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime.datetime):
        text = value.isoformat()
        return text[:-6] + "Z" if text.endswith("+00:00") else text
    if isinstance(value, datetime.date):
        return value.isoformat()
    return cast(JsonValue, value)  # a scalar, or a file argument's PySource (multipart only)


def _follow(value: JsonValue, path: Sequence[str | int] | None) -> JsonValue:
    for key in path or ():
        if isinstance(value, dict) and isinstance(key, str):
            value = value.get(key)
        elif isinstance(value, list) and isinstance(key, int) and key < len(value):
            value = value[key]
        else:
            return None
    return value


def _set(document: JsonValue, path: Sequence[str | int], value: JsonValue) -> None:
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def _replace(a: Argument, **changes: Any) -> Argument:
    return dataclasses.replace(a, **changes)


def _response_of(op: Operation, *, streamed: bool) -> Response | None:
    """The response a method returns: the event stream, or the first plain response."""
    if streamed:
        return next((r for r in op.responses if r.streaming), None)
    return next((r for r in op.responses if not r.streaming), op.response)


def _query_values(a: Argument) -> list[ArgValue]:
    """The values of a query argument as sent: arrays repeat the key, unless joined by commas."""
    if not isinstance(a.value, list):
        return [a.value]
    if a.joined:
        return [",".join(_text(item) for item in a.value)]
    return list(a.value)


def _credential_header(scheme: SecurityScheme | None) -> str:
    """The header that carries the key ("" if it is not a header): absent without a key."""
    where, name, _ = _credential(scheme)
    return name if where == "header" else ""


def _credential(scheme: SecurityScheme | None) -> tuple[str, str, str]:
    """Where the client sends TEST_API_KEY: ("header" | "query" | "", name, value)."""
    if scheme is None or scheme.kind == "bearer":
        return "header", "Authorization", f"Bearer {TEST_API_KEY}"
    if scheme.kind == "basic":
        return (
            "header",
            "Authorization",
            "Basic " + base64.b64encode(TEST_API_KEY.encode()).decode(),
        )
    if scheme.location == "header":
        return "header", scheme.param_name, TEST_API_KEY
    if scheme.location == "cookie":
        return "header", "Cookie", f"{scheme.param_name}={TEST_API_KEY}"
    return "query", scheme.param_name, TEST_API_KEY
