"""Error cases: the error responses each method is tested with and the exception each raises."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence

from .. import emit
from ..emit import Check
from ..media import is_json_sequence, is_json_text_sequence
from ..model import (
    ANY,
    ErrorResponse,
    Operation,
    Response,
    SecurityScheme,
)
from .cases import BodyView, ErrorCase
from .checks import class_checks
from .responses import ResponseBuilder
from .values import rejected

_UNDOCUMENTED_STATUSES = (418, 451, 499, 422, 409, 599, 520)


class ErrorCaseBuilder(ResponseBuilder):
    """Error responses of a method and what the runtime raises for each."""

    warnings: dict[tuple[str, str], None]  # set by PrismAnswers

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
        records = body.kind == "json" and is_json_sequence(body.content_type)
        if data_type is None or (body.kind != "json" and not records):
            checks: tuple[Check, ...] = (Check((), "is", None),)
        else:
            checks = tuple(self.checks(data_type, body.json, ()))
        if records:  # the mock answers the records as the body is written, one a line
            body = BodyView("text", None, _records_text(body), body.content_type)
        prism = label.isdigit() and error is not None and error.status == label
        prism = prism and error is not None and self.prism_gives(error)
        made_up = error is not None and error.type is not None and not error.has_example
        prism_checks = class_checks(checks, data_type or ANY) if made_up else checks
        dynamic = error is not None and self.prism_makes_up(_answered(op, error))
        prefer = f"code={status}" + (", dynamic=true" if dynamic else "")
        media = error.content_type if error and error.content_type else "application/json"
        headers = (("Prefer", prefer), *_accept(op, media))
        return ErrorCase(label, status, exception, body, checks, prism, prism_checks, headers)

    def exception_for(self, op: Operation, status: int) -> str:
        """The class the runtime picks: exact status, then range, then "default"."""
        documented = {e.status: e.class_name for e in op.errors if e.class_name}
        for key in (str(status), f"{status // 100}XX", "default"):
            if key in documented:
                return documented[key]
        return self.api.settings.default_error

    def prism_default(self, op: Operation) -> ErrorCase | None:
        """Prism answers `Prefer: code=<undocumented>` with 404 problem+json: honest only when
        the operation documents nothing that 404 would match. An operation documenting a
        `default` response gets that one instead, with the status asked for."""
        if self.exception_for(op, 404) != self.api.settings.default_error:
            return None
        status = _undocumented_status(op)
        default = next((e for e in op.errors if e.status == "default"), None)
        dynamic = default is not None and self.prism_makes_up(_answered(op, default))
        return ErrorCase(
            label=str(status),
            status=status if default is not None else 404,
            exception=self.api.settings.default_error,
            body=BodyView("empty", None, "", ""),
            checks=(Check((), "is", None),),
            prism=True,
            prism_checks=(Check((), "is", None),),
            prism_headers=(
                ("Prefer", f"code={status}" + (", dynamic=true" if dynamic else "")),
                *_accept(op, "application/json"),
            ),
        )

    def prism_answer(self, op: Operation) -> ErrorCase | None:
        """What Prism answers a plain call of an operation that documents no success response
        (no 2xx, no `default`): its first documented response (`_prism_first`), a range read
        as its first code (Prism's negotiation), or 500 when it documents none at all. The
        contract tests expect that error, as the spec says."""
        if op.responses or any(e.status == "default" for e in op.errors):
            return None
        documented = _prism_first([e.status for e in op.errors], op.other_statuses)
        first = next((e for e in op.errors if e.status == documented), None)
        if not documented:  # no response at all (3.1): Prism's NO_RESPONSE_RESPONSE_DEFINED
            documented = "500"
        status = _first_code(documented)
        if status is None or status < 200:  # 1xx: no HTTP client reads it (normalize warned)
            return None
        case = self.error_case(op, documented.lower(), status, first)
        return dataclasses.replace(case, prism_headers=())  # what Prism answers unasked

    def prism_answers(self, op: Operation) -> bool:
        """False when Prism answers a plain call with an informational (1xx) status as the
        final response, which breaks the connection: the contract tests leave the call out
        (docker.com's `/session`: 101 beside 400 and 500, the lowest of which Prism answers)."""
        if op.responses or any(e.status == "default" for e in op.errors):
            return True
        first = _prism_first([e.status for e in op.errors], op.other_statuses)
        if not first.startswith("1"):
            return True
        if op.errors:  # alone, the 1xx is warned about by normalize
            self.warnings[
                (
                    f"{op.pointer}/responses/{first}",
                    f"Prism answers a call with the lowest documented status, {first}, as a"
                    " final response no HTTP client can read; the generated contract tests"
                    " leave out this operation's calls",
                )
            ] = None
        return False

    def auth_case(self, op: Operation) -> ErrorCase | None:
        if not op.security or op.credentials == ():
            return None  # public, or only schemes the client can't send (Prism ignores them)
        if _shadowed_key(self.api.security, op):
            return None  # the call's own parameter carries a key: it is never missing
        # Prism answers a missing credential as its negotiator picks a status: the 401
        # response, else the 4XX range, else `default` (pdfblocks.com documents only 4XX)
        by_status = {e.status: e for e in op.errors}
        error = by_status.get("401") or by_status.get("4XX") or by_status.get("default")
        if error is not None and not self.prism_gives(_answered(op, error)):
            return None  # Prism answers 500 instead (the generator warned)
        if error is not None and rejected(_answered(op, error)):
            self.warnings[
                (
                    f"{op.pointer}/responses/{error.status}",
                    "Prism answers a request without credentials with this response's example,"
                    " which breaks its schema, even when asked to make a body up (500): the"
                    " contract tests leave out the call without credentials",
                )
            ] = None
            return None
        return self.error_case(op, "401", 401, error)


def _answered(op: Operation, error: ErrorResponse) -> Response | ErrorResponse:
    """What Prism answers `error` with: a `default` that also describes the successes (it has
    no class of its own) is the success response, whose example Prism sends for errors too."""
    if error.status != "default" or error.class_name:
        return error
    return next((r for r in op.responses if r.status == "default"), error)


def _accept(op: Operation, media: str) -> tuple[tuple[str, str], ...]:
    """An Accept header admitting an error's media type, unless it is the `application/json`
    the SDK asks for anyway: Prism answers only with a media type the request accepts, and
    answers `Prefer: code=400` with the success response when the 400 is only documented as,
    say, application/xml or application/problem+json."""
    success = op.response.content_type if op.response else None
    asks_json = not success or "json" in success
    return () if media == "application/json" and asks_json else (("Accept", media),)


def _records_text(body: BodyView) -> str:
    """A JSON sequence body holding the items of `body.json`: one a line, each after an RS
    in a JSON text sequence (RFC 7464)."""
    lead = "\x1e" if is_json_text_sequence(body.content_type) else ""
    items = body.json if isinstance(body.json, list) else [body.json]
    return "".join(f"{lead}{emit.json_example(item)}\n" for item in items)


def _shadowed_key(schemes: Sequence[SecurityScheme], op: Operation) -> bool:
    """Whether a query parameter of `op` has the name of a query API key it requires
    (normalize warned): the call's value goes in its place."""
    keys = {s.param_name for s in schemes if s.location == "query" and s.name in op.security}
    return any(p.location == "query" and p.wire_name in keys for p in op.parameters)


def _prism_first(errors: list[str], others: tuple[str, ...]) -> str:
    """The response Prism takes as the first: it reads `responses` into a JavaScript object,
    whose integer keys come first in ascending order, then the others (ranges) in spec order
    (soundcloud.com: a 302 listed after the 401 is answered). "" when there is none."""
    statuses = [*errors, *others]
    codes = sorted((s for s in statuses if s.isdigit()), key=int)
    return next(iter(codes or statuses), "")


def _first_code(status: str) -> int | None:
    """A documented status as Prism answers it: itself, or a range's first code."""
    if status.isdigit():
        return int(status)
    if len(status) == 3 and status[0].isdigit() and status[1:].upper() == "XX":
        return int(status[0]) * 100
    return None


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
