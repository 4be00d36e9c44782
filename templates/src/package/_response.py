"""Turning an `httpx.Response` into a parsed value or an exception, and raw-response access."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    Generic,
    ParamSpec,
    TypeVar,
    cast,
    get_args,
    get_origin,
)

import httpx
import pydantic

from ._operation import Operation, json_validator
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    DefaultError,
    ResponseValidationError,
)

if TYPE_CHECKING:
    from contextvars import ContextVar

__all__ = [
    "APIResponse",
    "as_sdk_error",
    "async_to_raw_response_wrapper",
    "parse_success",
    "raw_response_requested",
    "status_error",
    "to_raw_response_wrapper",
]

T = TypeVar("T")
P = ParamSpec("P")

_MESSAGE_BODY_LIMIT = 200

# Set while a `with_raw_response` method runs: the client then returns an `APIResponse` instead
# of the parsed value. A context variable keeps the method signatures free of a raw flag and is
# safe across threads and asyncio tasks. It is created by the first raw call: importing
# `contextvars` loads an extension module (~0.5 ms), which plain calls never need.
_raw_flags: dict[str, ContextVar[bool]] = {}


def raw_response_requested() -> bool:
    flag = _raw_flags.get("raw")
    return flag is not None and flag.get()


def _raw_flag() -> ContextVar[bool]:
    flag = _raw_flags.get("raw")
    if flag is None:
        from contextvars import ContextVar

        # setdefault is atomic: threads racing here all get the same variable
        flag = _raw_flags.setdefault("raw", ContextVar("raw_response", default=False))
    return flag


def parse_success(op: Operation[T], response: httpx.Response) -> T:
    """The 2xx body validated against `op.response`; ResponseValidationError if it does not fit."""
    if op.response is None:
        return cast(T, None)
    if op.response_format == "bytes":
        return cast(T, response.content)
    if op.response_format == "text":
        return cast(T, response.text)
    validate: Callable[[bytes], T] | None = op.validate_json
    if op.statuses and response.status_code in op.statuses:  # e.g. 202 or 204 beside a 200
        validate = op.status_validator(response.status_code)
    if validate is None:
        return cast(T, None)
    try:
        return validate(response.content)
    except pydantic.ValidationError as exc:
        message = f"{op.method} {op.path} returned a body that does not match {_type_name(op)}: "
        raise ResponseValidationError(
            message + _summarize(exc), response=response, body=response.text
        ) from exc


def status_error(op: Operation[Any], response: httpx.Response) -> APIStatusError:
    """The documented exception for a non-2xx response, with `.data` parsed when it fits."""
    error_class = op.error_class(response.status_code) or DefaultError
    body = response.text
    data = _error_data(error_class, response.content)
    snippet = " ".join(body.split())[:_MESSAGE_BODY_LIMIT]
    message = f"Error code: {response.status_code}" + (f" - {snippet}" if snippet else "")
    return error_class(message, response=response, body=body, data=data)


def as_sdk_error(
    op: Operation[Any], request: httpx.Request, outcome: httpx.Response | Exception
) -> Exception:
    """The SDK exception for a final failure; raised `from` the httpx error when there is one."""
    if isinstance(outcome, httpx.Response):
        return status_error(op, outcome)
    # Messages name the error type only: httpx messages may quote the URL and its query.
    if isinstance(outcome, httpx.TimeoutException):
        error: Exception = APITimeoutError(request=request)
    else:
        error = APIConnectionError(f"Connection error: {type(outcome).__name__}", request=request)
    error.__cause__ = outcome
    return error


def _error_data(error_class: type[APIStatusError], content: bytes) -> Any:
    """The body as `error_class.data_type`, or None: error bodies are often HTML or truncated."""
    if error_class.data_type is None or not content:
        return None
    try:
        if error_class.data_records is not None:
            return _records(error_class.data_type, error_class.data_records, content)
        return _cached_validator(error_class.data_type)(content)
    except pydantic.ValidationError:
        return None


def _records(data_type: Any, separator: str, content: bytes) -> list[Any]:
    """A JSON sequence body's records (blank ones skipped), each validated as the item type of
    `data_type` (`list[Item]`); raises ValidationError for any that does not fit."""
    validate = _cached_validator(get_args(data_type)[0])
    records = (record.strip() for record in content.split(separator.encode()))
    return [validate(record) for record in records if record]


_cached_validator = functools.cache(json_validator)


def _type_name(op: Operation[Any]) -> str:
    target = op.response
    if get_origin(target) is Annotated:  # a tagged union: name the union, not `Annotated`
        target = get_args(target)[0]
    return getattr(target, "__name__", None) or repr(target)


def _summarize(exc: pydantic.ValidationError) -> str:
    # Without input values: a response can echo data that should not end up in logs.
    errors = exc.errors(include_url=False, include_input=False, include_context=False)
    parts = [f"{'.'.join(map(str, e['loc'])) or '<body>'}: {e['msg']}" for e in errors[:3]]
    more = f" (+{len(errors) - 3} more)" if len(errors) > 3 else ""
    return "; ".join(parts) + more


class APIResponse(Generic[T]):
    """The raw HTTP response of a call, parsed on demand with `parse()`."""

    def __init__(self, http_response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @functools.cached_property
    def _parsed(self) -> T:
        return self._parse()

    def parse(self) -> T:
        """The value the method would have returned (parsed once, then cached)."""
        return self._parsed

    def __repr__(self) -> str:
        response = self.http_response
        return f"<APIResponse [{response.status_code} {response.reason_phrase}]>"


def to_raw_response_wrapper(func: Callable[P, T]) -> Callable[P, APIResponse[T]]:
    """Wrap a sync method so it returns the `APIResponse` instead of the parsed value."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        flag = _raw_flag()
        token = flag.set(True)
        try:
            return cast(APIResponse[T], func(*args, **kwargs))
        finally:
            flag.reset(token)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[APIResponse[T]]]:
    """Wrap an async method (or one returning an awaitable) to return the `APIResponse`."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[T]:
        flag = _raw_flag()
        token = flag.set(True)
        try:
            return cast(APIResponse[T], await func(*args, **kwargs))
        finally:
            flag.reset(token)

    return wrapped
