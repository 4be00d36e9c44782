"""What the generated tests send and expect, as plain data the templates spell."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import urljoin, urlsplit

from ..emit import ArgValue, Check
from ..model import JsonValue, Operation, Resource, Server, TypeRef

TEST_API_KEY = "sdk-test-key"
TEST_BASIC_CREDENTIAL = "sdk-test-user:sdk-test-key"  # a "basic" credential is "user:password"
OFFLINE_SERVER_URL = "https://api.sdk-tests.example/v1"  # offline tests never leave the process
PAGE_SIZE = 2  # offline pagination: pages of two items ...
PAGE_TOTAL = 3  # ... out of three, so the last page is short
UNKNOWN_ENUM_VALUE = "sdk-test-unknown-value"
PRISM_BASE = "http://127.0.0.1:4010"  # stands for the contract tests' Prism: no path of its own
PATH_PARAM_PROBE = "a/b c?d#e"  # must stay one path segment: every reserved character encoded


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
    style: tuple[str, bool] | None = None  # a parameter's (style, explode), as `param_styles`
    no_value: bool = False  # a body field no value is valid for (`Field.no_value`)
    made_up: bool = False  # `value` is made up from the type, not the spec's example


@dataclass(frozen=True)
class RequestView:
    """A call's example arguments and the HTTP request they must produce."""

    args: tuple[tuple[str, ArgValue], ...]
    method: str
    url: str  # offline server URL + percent-encoded path, without the query
    query: tuple[tuple[str, str], ...]  # sorted (name, value) pairs
    headers: tuple[tuple[str, str], ...]  # headers the arguments set, plus the credentials'
    absent: tuple[str, ...]  # credential headers of the API this call must not send
    body_kind: Literal["none", "json", "form", "multipart", "raw"]
    json: JsonValue  # body_kind "json": the document sent
    form: tuple[tuple[str, str], ...]  # body_kind "form": the sorted pairs sent
    multipart_names: tuple[str, ...]  # body_kind "multipart": the part names sent
    check: str = ""  # the examples module's function checking the request

    @property
    def path(self) -> str:
        """The URL below the offline server's, as the tests' `mock_server.path_of` gives it."""
        return below_offline(self.url)


@dataclass(frozen=True)
class BodyView:
    """A canned HTTP response body for the mock."""

    kind: Literal["json", "text", "empty"]
    json: JsonValue
    text: str
    content_type: str
    type: TypeRef | None = None  # kind "json": the schema's type
    source: str = ""  # kind "json": the module constant holding it


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
    # The contract test's extra headers: `Prefer: code=NNN` (maybe `dynamic=true`), and an
    # Accept that admits the error's JSON when the method's own body is not JSON (Prism only
    # answers with a media type the request accepts, else with the success response).
    prism_headers: tuple[tuple[str, str], ...]
    # As the tests spell them, on `error.data` (a check function's call, or the assertions):
    lines: tuple[str, ...] = ()
    prism_lines: tuple[str, ...] = ()
    # The examples module's functions checking the exception: offline, and against Prism
    check: str = ""
    prism_check: str = ""


@dataclass(frozen=True)
class PathParamCase:
    name: str  # wire name: the one the runtime's error message quotes
    empty_args: tuple[tuple[str, ArgValue], ...]  # the minimal call with this parameter ""
    probe_args: tuple[tuple[str, ArgValue], ...]  # with PATH_PARAM_PROBE; () if not a string
    probe_url: str

    @property
    def probe_path(self) -> str:
        return below_offline(self.probe_url)


@dataclass(frozen=True)
class CursorScript:
    """How the offline test's mock writes a cursor page's next cursor (see `pages`)."""

    last: str | None  # on the last page, unless `repeat_last`
    ints: bool = False  # an integer field: the offset as a number, not as text
    repeat_last: bool = False  # the last page names the cursor it was asked with


@dataclass(frozen=True)
class PageCase:
    """Offline pagination: PAGE_TOTAL items served PAGE_SIZE at a time (see `pages`)."""

    args: tuple[tuple[str, ArgValue], ...]
    template: JsonValue  # a response body; the items (and total) are replaced per page
    items_path: tuple[str, ...]  # wire names
    total_path: tuple[str, ...] | None
    item: JsonValue
    offset_param: str  # the query parameter paging moves: the offset, or the cursor
    offsets: tuple[str | None, ...]  # its value in each request, None if absent
    item_type: ArgValue  # PySource for isinstance, or None
    # What Prism's one static example implies for the first page of the contract test.
    prism_total: int | None
    prism_items: int
    prism_has_next: bool
    prism_exact: bool  # Prism answers with our example, so the counts above hold
    item_type_ref: TypeRef | None = None
    item_source: str = ""  # the item as the examples module spells it
    serve: str = ""  # the examples module's function that makes the mock serve the pages
    next_cursor_path: tuple[str, ...] | None = None  # cursor pages: wire names; else None
    cursor: CursorScript | None = None  # cursor pages: how the mock writes the cursors


@dataclass(frozen=True)
class EnumCase:
    """A response whose open-enum field carries a value the SDK does not know: it is kept as
    the plain value."""

    body: JsonValue
    checks: tuple[Check, ...]
    path: tuple[str | int, ...]  # where the value sits in the response JSON
    value: str | int  # the unknown value
    lines: tuple[str, ...] = ()
    source: str = ""  # the examples module's constant for the body


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
    # No success response documented: the error Prism answers a plain call with.
    prism_answer: ErrorCase | None
    unknown_enum: EnumCase | None
    # The contract tests' extra headers: `Prefer: dynamic=true` when the spec's example for the
    # response breaks its schema (Prism would answer it with a validation error, so it is asked
    # to make a body up).
    prism_headers: tuple[tuple[str, str], ...]
    # False: a required argument has no valid value (a required self-reference), or Prism
    # cannot take the request (a multipart array or object it requires, a body `encoding` it
    # crashes on, a oneOf value it cannot tell apart); the contract tests leave the method out
    sendable: bool = True
    # False: Prism rejects the call with every argument (a multipart array or object field, a
    # oneOf value it cannot tell apart), so the contract tests leave out that one call
    prism_full: bool = True
    # False: the success response has no valid value either, so no test parses one
    parsable: bool = True
    # False: Prism answers a plain call with a status no client reads (a lone 1xx response,
    # normalize warned) or with 500 for a body it makes up and rejects (`prism_formats`; a
    # property no value is valid for, `values.prism_builds_invalid`; a body that breaks the
    # schema, `prism_limits`): the generator warned, so the contract tests leave the calls out,
    # not the error tests
    prism_answers: bool = True
    # As the tests spell them (see `examples.py`): checks on `var`.
    result_lines: tuple[str, ...] = ()
    prism_lines: tuple[str, ...] = ()
    raw_lines: tuple[str, ...] = ()  # the raw-response test's, from `response.parse()` on
    prism_raw_lines: tuple[str, ...] = ()
    # The examples module's lists of error cases the parametrized error tests run: offline
    # (every error-table row and an undocumented status), against Prism (those Prism answers)
    error_table: str = ""
    prism_error_table: str = ""

    @property
    def contract_calls(self) -> tuple[tuple[str, RequestView], ...]:
        """(test name suffix, request) of the calls the contract tests make: the minimal one,
        and the one with every argument unless Prism rejects it (`prism_full`)."""
        full = (("_with_all_params", self.full),) if self.full and self.prism_full else ()
        return (("", self.minimal), *full)


@dataclass(frozen=True)
class CheckFunctionView:
    name: str
    param: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class ExamplesModule:
    """`examples_<resource>.py`: the bodies and check functions both test modules share."""

    name: str  # module name
    alias: str  # the name the test modules import it as
    constants: tuple[tuple[str, str], ...]  # (name, Python source), dependencies first
    functions: tuple[CheckFunctionView, ...]
    uses_datetime: bool
    uses_as_json: bool
    uses_models: bool
    uses_errors: bool
    uses_json: bool  # `body_of`
    uses_form: bool  # `parse_qsl`
    # (name, Python source of the list, or "" and the earlier equal list's name), defined
    # after the check functions
    error_tables: tuple[tuple[str, str, str], ...] = ()


@dataclass(frozen=True)
class TestModuleImports:
    """What one test module needs besides its fixed imports."""

    examples: bool  # imports the examples module
    datetime: bool
    models: bool
    path_of: bool  # conftest's `path_of`
    errors: bool = True  # the package's `errors` (expected exceptions)
    any_type: bool = True  # `typing.Any`, the type of every test's client fixture

    @property
    def package_names(self) -> str:
        """What the module imports from the package: `errors, models`, as used."""
        used = (("errors", self.errors), ("models", self.models))
        return ", ".join(name for name, needed in used if needed)


@dataclass(frozen=True)
class ResourceTests:
    resource: Resource
    methods: tuple[MethodTests, ...]
    uses_form: bool
    examples: ExamplesModule | None = None
    offline: TestModuleImports | None = None
    contract: TestModuleImports | None = None


def offline_url(op: Operation) -> str:
    """Where the offline tests' client (given `OFFLINE_SERVER_URL`) sends `op`: there, or
    where the operation's relative server leads from there (`BaseClient._operation_server`)."""
    if op.server is None or not op.server.relative:
        return OFFLINE_SERVER_URL
    return urljoin(OFFLINE_SERVER_URL, op.server.default_url).rstrip("/")


def below_offline(url: str) -> str:
    """`url` below the offline server's, as the tests' `path_of` gives it; whole elsewhere."""
    under = url.startswith(OFFLINE_SERVER_URL + "/")
    return url.removeprefix(OFFLINE_SERVER_URL) if under else url


def prism_prefix(server: Server | None) -> str:
    """The path a relative operation server adds before the operation's path on Prism's URL,
    which Prism does not know ("" for none): it serves every operation at its path."""
    if server is None or not server.relative:
        return ""
    return urlsplit(urljoin(PRISM_BASE, server.default_url)).path.rstrip("/")
