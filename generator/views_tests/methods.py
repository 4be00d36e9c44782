"""Per resource and method: everything its generated tests send and expect."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterator, Sequence
from typing import Any

from .. import emit
from ..emit import Check, PathStep, PySource
from ..model import (
    ArrayOf,
    EnumRef,
    JsonValue,
    MapOf,
    ModelRef,
    Operation,
    Primitive,
    Resource,
    Response,
    TypeRef,
    non_null,
)
from ..naming import upper_snake
from ..security_rules import clashes, first_sent
from ..views_client_methods import MethodView, resource_methods
from .cases import (
    PAGE_SIZE,
    PATH_PARAM_PROBE,
    UNKNOWN_ENUM_VALUE,
    Argument,
    BodyView,
    EnumCase,
    MethodTests,
    PageCase,
    PathParamCase,
    ResourceTests,
    ResultKind,
)
from .checks import class_checks
from .errors import ErrorCaseBuilder
from .examples import spell_suite
from .guessed import GuessedValues
from .pages import cursor_script, prism_has_next, sent_values
from .prism_limits import PrismLimits
from .requests import RequestBuilder
from .values import follow

_STRING_KINDS = ("str", "uuid", "uri")


class TestsBuilder(RequestBuilder, ErrorCaseBuilder, PrismLimits, GuessedValues):
    """Builds the tests of each resource and method of one API."""

    def resource(self, resource: Resource) -> ResourceTests:
        ops = tuple(self.method(m) for m in resource_methods(resource))
        suite = ResourceTests(
            resource=resource,
            methods=ops,
            uses_form=any(
                r is not None and r.body_kind == "form" for t in ops for r in (t.minimal, t.full)
            ),
        )
        return spell_suite(suite, self.models)

    def method(self, m: MethodView) -> MethodTests:
        op = m.op
        arguments = self.method_arguments(m)
        # an argument without a valid value (normalize warned): optional ones are left out, a
        # required one keeps the method out of the contract tests
        unsendable = [a for a in arguments if a.no_value or not self.has_value(a.type)]
        # a made-up value that may break a keyword the generator does not read: likewise
        guessed = [a for a in arguments if a not in unsendable and self.guessed(op, a)]
        unsendable += guessed
        arguments = [a for a in arguments if a.required or a not in unsendable]
        # Prism crashes on a request without some optional headers: every call sends those
        needed = self.needed_headers(op)
        minimal = [a for a in arguments if a.required or not a.passed or a.name in needed]
        full = self.request(op, arguments) if len(minimal) < len(arguments) else None
        # values Prism rejects although they are valid (a oneOf it cannot tell apart; warned)
        rejected = {a.name for a in arguments if a not in unsendable and self.prism_rejects(op, a)}
        response = _response_of(op, streamed=bool(m.stream))
        parsable = response is None or response.type is None or self.has_value(response.type)
        kind = _result_kind(m, response)
        body = self.result_body(kind, response)
        checks = self.result_checks(op, kind, response, body)
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
            prism_checks=_prism_checks(kind, response, checks),
            errors=tuple(self.error_cases(op)),
            prism_default=self.prism_default(op),
            path_params=tuple(self.path_param_cases(op, minimal)),
            page=self.page_case(op, minimal, body) if kind == "page" else None,
            auth=self.auth_case(op),
            prism_answer=self.prism_answer(op),
            unknown_enum=self.enum_case(op, body, kind),
            prism_headers=self.prism_prefer(op, response),
            sendable=not any(a.required for a in unsendable)
            and self.has_body_value(op)
            and self.prism_takes(op, minimal)
            and not any(a.name in rejected for a in minimal),
            prism_full=self.prism_reads(op, arguments) and not rejected,
            parsable=parsable,
            prism_answers=self.prism_answers(op)
            and (response is None or self.prism_gives(response))
            and not (response is not None and self.prism_builds_invalid(response))
            and not (parsable and self.prism_breaks(op, response))
            and not (parsable and self.example_ambiguous(op, response))
            and not self.serializer_missing(op, response),
        )

    def prism_takes(self, op: Operation, minimal: Sequence[Argument]) -> bool:
        """Whether Prism can take the operation's requests at all (the generator warned about
        each limit): a multipart array or object it requires, a body `encoding` or parameter
        it crashes on or a path it cannot route or reads otherwise, a security requirement
        that cannot arrive whole."""
        # first: they warn
        crashes = self.parameter_crashes(op) | self.body_crashes(op) | self.unroutable(op)
        crashes = crashes | self.ignored_header_asked(op) or self.path_misread(op, minimal)
        crashes = crashes or self.ref_required_left_out(op, minimal)
        return self.prism_reads(op, minimal) and not crashes and not self.security_clashes(op)

    def has_body_value(self, op: Operation) -> bool:
        """False when a required body has no valid value as a whole, though its fields each
        have one (a oneOf of one model twice; normalize warned)."""
        return op.body is None or not op.body.required or self.has_value(op.body.type)

    def security_clashes(self, op: Operation) -> bool:
        """Whether the alternative the runtime sends has two schemes in one header: only one
        arrives, so Prism rejects every request (normalize warned)."""
        schemes = {s.name: s for s in self.api.security}
        first = first_sent(op.security_requirements or (), schemes)
        return first is not None and clashes(first, schemes)

    def method_arguments(self, m: MethodView) -> list[Argument]:
        """The arguments as the method takes them, then the body fields it sets itself
        (`stream`) with the value it sends."""
        names = {a.name for a in m.args}
        arguments = [_replace(a, passed=a.name in names) for a in self.arguments(m.op)]
        fixed = [_replace(a, value=bool(m.stream)) for a in arguments if not a.passed]
        return [a for a in arguments if a.passed] + fixed

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
        if any(p.wire_name == page.cursor_param and p.required for p in op.parameters):
            return None  # the first request already names a cursor the mock cannot read
        items_path = self.wire_path(response.type, page.items_path)
        total_path = self.wire_path(response.type, page.total_path) if page.total_path else None
        cursor_path = (
            self.wire_path(response.type, page.next_cursor_path) if page.kind == "cursor" else None
        )
        items = follow(body.json, items_path)
        items = items if isinstance(items, list) else []
        item = items[0] if items else self.synthetic(page.item_type, 0)
        skipped = (page.limit_param, page.cursor_param)
        args = [(a.name, a.value) for a in minimal if a.passed and a.wire_name not in skipped]
        if any(p.wire_name == page.limit_param and p.location == "query" for p in op.parameters):
            limit = next(p.name for p in op.parameters if p.wire_name == page.limit_param)
            args.append((limit, PAGE_SIZE))
        total = follow(body.json, total_path) if total_path else None
        total = total if isinstance(total, int) and not isinstance(total, bool) else None
        item_type = non_null(page.item_type)
        return PageCase(
            args=tuple(args),
            template=body.json,
            items_path=items_path,
            total_path=total_path,
            item=item,
            offset_param=page.cursor_param if page.kind == "cursor" else page.offset_param,
            offsets=sent_values(page, total_path is not None),
            item_type=(
                emit.py_class_ref(item_type.name) if isinstance(item_type, ModelRef) else None
            ),
            prism_total=total,
            prism_items=len(items),
            prism_has_next=prism_has_next(page, body.json, items, total, cursor_path),
            prism_exact=response.has_example,
            item_type_ref=page.item_type,
            next_cursor_path=cursor_path,
            cursor=cursor_script(self.models, response.type, page, body.json, cursor_path),
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
            unknown: str | int = UNKNOWN_ENUM_VALUE if enum.value_kind == "str" else 987654321
            changed = _with(body.json, found[0], unknown)
            plain = PySource(type(unknown).__name__)  # `str` or `int`
            checks = (Check(check.path, "eq", unknown), Check(check.path, "type", plain))
            return EnumCase(changed, checks, tuple(found[0]), unknown)
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


def _result_kind(m: MethodView, response: Response | None) -> ResultKind:
    if m.stream:
        return "stream"
    if m.pagination:
        return "page"
    if response is None or response.type is None or response.content_type is None:
        return "none"
    if m.response_format in ("text", "bytes"):
        return "text" if m.response_format == "text" else "bytes"
    return "json"


def _prism_checks(
    kind: ResultKind, response: Response | None, checks: tuple[Check, ...]
) -> tuple[Check, ...]:
    """What Prism's response can be held to: a body it makes up only by its class."""
    if kind in ("text", "bytes"):  # Prism sends what it likes for a binary body
        return (Check((), "isinstance", PySource("str" if kind == "text" else "bytes")),)
    if response is None or response.type is None or response.has_example:
        return checks
    return class_checks(checks, response.type)  # a made-up body


def _success_status(status: str) -> int:
    return int(status) if status.isdigit() else 200


def _response_of(op: Operation, *, streamed: bool) -> Response | None:
    """The response a method returns: the event stream, or the first plain response."""
    if streamed:
        return next((r for r in op.responses if r.streaming), None)
    return op.plain_response


def _with(document: JsonValue, path: Sequence[str | int], value: JsonValue) -> JsonValue:
    """A copy of `document` with `value` at `path` (the empty path: the whole document)."""
    if not path:
        return value
    changed = copy.deepcopy(document)
    target: Any = changed
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return changed


def _replace(a: Argument, **changes: Any) -> Argument:
    return dataclasses.replace(a, **changes)
