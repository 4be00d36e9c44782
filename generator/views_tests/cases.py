"""What the generated tests send and expect, as plain data the templates spell."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..emit import ArgValue, Check
from ..model import JsonValue, Operation, Resource, TypeRef

TEST_API_KEY = "sdk-test-key"
OFFLINE_SERVER_URL = "https://api.sdk-tests.example/v1"  # offline tests never leave the process
PAGE_SIZE = 2  # offline pagination: pages of two items ...
PAGE_TOTAL = 3  # ... out of three, so the last page is short
UNKNOWN_ENUM_VALUE = "sdk-test-unknown-value"
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
