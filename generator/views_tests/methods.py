"""Per resource and method: everything its generated tests send and expect."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from typing import Any

from ..emit import Check, PySource
from ..model import (
    Operation,
    Primitive,
    Resource,
    Response,
    non_null,
)
from ..naming import upper_snake
from ..security_rules import clashes, first_sent
from ..views_client_methods import MethodView, resource_methods
from .cases import (
    PATH_PARAM_PROBE,
    Argument,
    MethodTests,
    PathParamCase,
    ResourceTests,
    ResultKind,
)
from .checks import class_checks
from .errors import ErrorCaseBuilder
from .examples import spell_suite
from .guessed import GuessedValues
from .prism_limits import PrismLimits
from .requests import RequestBuilder
from .response_cases import ResponseCases, response_of

_STRING_KINDS = ("str", "uuid", "uri")


class TestsBuilder(RequestBuilder, ErrorCaseBuilder, PrismLimits, GuessedValues, ResponseCases):
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
        response = response_of(op, streamed=bool(m.stream))
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


def _replace(a: Argument, **changes: Any) -> Argument:
    return dataclasses.replace(a, **changes)
