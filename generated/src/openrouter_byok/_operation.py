# generated from spec/openrouter-byok.yaml; do not edit
"""`Operation`: everything the client needs to know about one API operation, built once.

Generated resource modules declare one module-level `Operation` per method; the client reads it
on every call, so anything derived from it (idempotency, the response parser) is computed here
once rather than per request.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import pydantic

from ._record import Record
from ._retries import is_idempotent

if TYPE_CHECKING:
    from .errors import APIStatusError

__all__ = [
    "BodyEncoding",
    "CursorPagination",
    "EventStream",
    "HttpMethod",
    "JsonLines",
    "OffsetPagination",
    "Operation",
]

ResponseT = TypeVar("ResponseT")

HttpMethod = Literal["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
BodyEncoding = Literal["json", "form", "multipart", "binary", "text"]


class EventStream(Record):
    """How a `text/event-stream` response is read: one value per server-sent event.

    With `envelope`, each event is validated as a whole (`{"event", "data", "id", "retry"}`,
    `data` decoded from JSON when it is JSON); otherwise only its `data`. Reading stops at a
    `data` equal to `sentinel` (such as `[DONE]`), or when the server closes the stream.
    """

    __slots__ = ("sentinel", "envelope")
    sentinel: str | None
    envelope: bool

    def __init__(self, sentinel: str | None = None, envelope: bool = False) -> None:
        object.__setattr__(self, "sentinel", sentinel)
        object.__setattr__(self, "envelope", envelope)


class JsonLines(Record):
    """How a stream of JSON values is read (`application/x-ndjson`, `application/jsonl`,
    `application/json-seq`...): one value per record, each validated on its own.

    Records end at `separator`: a newline for JSON lines, the RS character (0x1E) that starts
    each RFC 7464 record for `application/json-seq`. Blank records are skipped.
    """

    __slots__ = ("separator",)
    separator: str

    def __init__(self, separator: str = "\n") -> None:
        object.__setattr__(self, "separator", separator)


class OffsetPagination(Record):
    """How an offset/limit operation pages: its query parameters and where the items are.

    `items` and `total` are attribute paths into the parsed response model, e.g. `("data",)`.
    `total` is None when the API does not report a total count.
    """

    __slots__ = ("offset_param", "limit_param", "items", "total")
    offset_param: str
    limit_param: str
    items: tuple[str, ...]
    total: tuple[str, ...] | None

    def __init__(
        self,
        offset_param: str = "offset",
        limit_param: str = "limit",
        items: tuple[str, ...] = ("data",),
        total: tuple[str, ...] | None = None,
    ) -> None:
        object.__setattr__(self, "offset_param", offset_param)
        object.__setattr__(self, "limit_param", limit_param)
        object.__setattr__(self, "items", items)
        object.__setattr__(self, "total", total)


class CursorPagination(Record):
    """How a cursor operation pages: the query parameter taking the cursor, where the items
    are, and where the next page's cursor is (attribute paths into the parsed response model).

    Paging stops when the next cursor is missing, None or empty, when a page has no items, or
    when the server answers the cursor just sent with itself.
    """

    __slots__ = ("cursor_param", "items", "next_cursor")
    cursor_param: str
    items: tuple[str, ...]
    next_cursor: tuple[str, ...]

    def __init__(
        self,
        cursor_param: str = "cursor",
        items: tuple[str, ...] = ("data",),
        next_cursor: tuple[str, ...] = ("next_cursor",),
    ) -> None:
        object.__setattr__(self, "cursor_param", cursor_param)
        object.__setattr__(self, "items", items)
        object.__setattr__(self, "next_cursor", next_cursor)


_NO_ERRORS: Mapping[str, type[APIStatusError]] = {}
_NO_STYLES: Mapping[str, Mapping[str, tuple[str, bool]]] = {}
_NO_PARTS: Mapping[str, str] = {}
_NO_PART_HEADERS: Mapping[str, Mapping[str, object]] = {}
_NO_STATUSES: Mapping[int, Any] = {}


class Operation(Generic[ResponseT]):
    """One API operation; compared by identity (one constant per operation). Treat it as
    immutable: the client caches what it derives from it.

    `path` is a template such as `/things/{id}` whose placeholders are listed in `path_params`.
    `response_format` is "text" or "bytes" for bodies returned as `str` or `bytes` unparsed.
    `nullable` holds the body wire names for which `None` means JSON `null` (for every other
    argument `None` means "omit"). `response` is the success body type: a pydantic model class,
    any other type pydantic can validate, or None for no content. It may also be given as a
    function returning that type (`lambda: models.Thing`), called when the operation is first
    used: importing a resource module then builds none of its models. `errors` maps a status
    ("404"), a range ("4XX") or "default" to the exception raised for it. `styles` lists the
    parameters not sent plainly (path segment, repeated query key, comma-separated header) with
    their OpenAPI style, e.g. `{"query": {"filter": ("deepObject", True)}}`; its "form" entry
    lists the form body fields not sent plainly (text, arrays one pair per item, objects JSON).
    `server_url` is the operation's own server, used unless the client was given a server;
    a relative one (`/v2`) is resolved against the client's base URL on each request.

    Declare the response type explicitly, because `response` also accepts non-class types:

    ```python
    _GET: Operation[models.Thing] = Operation(method="GET", path="/things/{id}", ...)
    ```
    """

    def __init__(
        self,
        *,
        method: HttpMethod,
        path: str,
        path_params: tuple[str, ...] = (),
        nullable: frozenset[str] = frozenset(),
        body: BodyEncoding | None = None,
        content_type: str | None = None,  # the body's media type if not the default for `body`
        response: Any = None,
        errors: Mapping[str, type[APIStatusError]] = _NO_ERRORS,
        pagination: OffsetPagination | CursorPagination | None = None,
        deprecated: bool = False,
        response_format: Literal["json", "text", "bytes"] = "json",  # how the success body is read
        accept: str | None = None,  # the Accept header for a non-JSON body, e.g. "audio/mpeg"
        # location → parameter → (style, explode), for parameters `_params` writes (see there)
        styles: Mapping[str, Mapping[str, tuple[str, bool]]] = _NO_STYLES,
        # set when the response is a stream: server-sent events, or JSON values one per record
        stream: EventStream | JsonLines | None = None,
        # credential alternatives, tried in order (see `_auth`); None: `api_key`; (): none
        security: tuple[tuple[str, ...], ...] | None = None,
        # query parameters whose reserved characters are sent unencoded (`allowReserved`)
        reserved: frozenset[str] = frozenset(),
        # multipart parts sent with a Content-Type of their own (JSON parts as JSON text)
        parts: Mapping[str, str] = _NO_PARTS,
        # multipart property → header → value: the constant headers sent with each of its parts
        part_headers: Mapping[str, Mapping[str, object]] = _NO_PART_HEADERS,
        # form fields whose reserved characters are sent unencoded (`allowReserved`)
        form_reserved: frozenset[str] = frozenset(),
        # success statuses whose body is not `response`: status → its own type (or a function
        # returning it, as for `response`), None for no content
        statuses: Mapping[int, Any] = _NO_STATUSES,
        # the operation's own server (the spec's `servers` on it or its path); None: the
        # client's. A relative one is resolved against the client's URL per request; a
        # `server_url` the client was given wins over an absolute one (see `BaseClient`).
        server_url: str | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.path_params = path_params
        self.nullable = nullable
        self.body = body
        self.content_type = content_type
        if isinstance(response, types.FunctionType):
            self._load_response: Callable[[], Any] = response
        else:
            self.response = response  # shadows the cached_property below
        self.errors = errors
        self.pagination = pagination
        self.deprecated = deprecated
        self.response_format = response_format
        self.accept = accept
        self.styles = styles
        self.stream = stream
        self.security = security
        self.reserved = reserved
        self.parts = parts
        self.part_headers = part_headers
        self.form_reserved = form_reserved
        self.statuses = statuses
        self._status_validators: dict[int, Callable[[bytes], Any] | None] = {}
        self.server_url = server_url

    def __repr__(self) -> str:
        return f"<Operation {self.method} {self.path}>"

    @cached_property
    def response(self) -> Any:
        """The success body type, resolved when first needed (see the class docstring)."""
        return self._load_response()

    @cached_property
    def idempotent(self) -> bool:
        return is_idempotent(self.method)

    @cached_property
    def validate_json(self) -> Callable[[bytes], ResponseT]:
        """The fastest pydantic parser for the success body, built on first use."""
        return json_validator(self.response)

    @cached_property
    def validate_python(self) -> Callable[[object], ResponseT]:
        """The pydantic validator for already decoded data (server-sent events)."""
        return python_validator(self.response)

    def status_validator(self, status: int) -> Callable[[bytes], Any] | None:
        """The JSON validator of a status listed in `statuses`; None for one without content."""
        if status not in self._status_validators:
            target = self.statuses[status]
            if isinstance(target, types.FunctionType):
                target = target()
            self._status_validators[status] = None if target is None else json_validator(target)
        return self._status_validators[status]

    def error_class(self, status: int) -> type[APIStatusError] | None:
        """The documented exception for `status`: exact code, then range, then "default"."""
        errors = self.errors
        return errors.get(str(status)) or errors.get(f"{status // 100}XX") or errors.get("default")


def json_validator(target: Any) -> Callable[[bytes], Any]:
    """A function validating JSON bytes into `target` (a model class or any type)."""
    if _is_model_class(target):
        return target.model_validate_json  # type: ignore[no-any-return]
    return pydantic.TypeAdapter(target).validate_json


def python_validator(target: Any) -> Callable[[object], Any]:
    """A function validating decoded JSON data into `target` (a model class or any type)."""
    if _is_model_class(target):
        return target.model_validate  # type: ignore[no-any-return]
    return pydantic.TypeAdapter(target).validate_python


def _is_model_class(target: Any) -> bool:
    # `list[X]` passes isinstance(_, type) on some Python versions, but is not a class.
    return (
        isinstance(target, type)
        and not isinstance(target, types.GenericAlias)
        and issubclass(target, pydantic.BaseModel)
    )
