"""Small shared types: the "not given" sentinel, per-call request options and `Result`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Any, Generic, Literal, TypedDict, TypeVar, cast, final

import httpx

from ._record import Record
from ._retries import RetryConfig

if TYPE_CHECKING:
    from .errors import SDKError

__all__ = ["NOT_GIVEN", "FileTypes", "NotGiven", "RequestOptions", "Result"]

T = TypeVar("T")


@final
class NotGiven:
    """The type of `NOT_GIVEN`: marks an argument the caller left out.

    It differs from `None`, which some APIs accept as an explicit JSON `null`:

    ```python
    client.things.update(id=thing_id, labels=None)  # sends "labels": null
    client.things.update(id=thing_id)               # leaves the labels unchanged
    ```
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        # One instance only, so `is NOT_GIVEN` stays valid even after copy or pickle.
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


FileContent = IO[bytes] | bytes
FileTypes = (
    FileContent
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
"""A file to upload: its content, or `(filename, content)`, or `(filename, content, media_type)`,
or `(filename, content, media_type, headers)` (headers of its multipart part)."""


class RequestOptions(TypedDict, total=False):
    """Per-call settings accepted by every method as keyword arguments.

    A key that is absent falls back to the client's setting; `retries=None` disables retrying
    and `timeout=None` disables the timeout for that call.
    """

    timeout: float | httpx.Timeout | None
    retries: RetryConfig | None
    extra_headers: Mapping[str, str]
    server_url: str


class Result(Record, Generic[T]):
    """The outcome of a standalone function: a value, or the SDK error that prevented it.

    ```python
    result = things_get(client, id=thing_id)
    if result.ok:
        print(result.value)
    else:
        print("failed:", result.error)
    ```
    """

    __slots__ = ("ok", "value", "error")
    ok: bool
    value: T | None
    error: SDKError | None

    def __init__(self, ok: bool, value: T | None = None, error: SDKError | None = None) -> None:
        init = object.__setattr__  # the fields are frozen once set
        init(self, "ok", ok)
        init(self, "value", value)
        init(self, "error", error)

    @classmethod
    def success(cls, value: T) -> Result[T]:
        return cls(ok=True, value=value)

    @classmethod
    def failure(cls, error: SDKError) -> Result[Any]:
        return cls(ok=False, error=error)

    def unwrap(self) -> T:
        """The value, or raise the error."""
        if self.error is not None:
            raise self.error
        return cast(T, self.value)
