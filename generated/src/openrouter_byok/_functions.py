# generated from spec/openrouter-byok.yaml; do not edit
"""Support for standalone functions, which return a `Result` instead of raising SDK errors."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

from ._types import Result
from .errors import SDKError

__all__ = ["async_capture", "capture"]

T = TypeVar("T")
P = ParamSpec("P")


def capture(func: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Result[T]:
    """Call `func`; return its value as a `Result`, or the SDK error it raised.

    Only SDK errors are captured: a ValueError for an invalid argument is a bug in the caller
    and still raises.
    """
    try:
        return Result.success(func(*args, **kwargs))
    except SDKError as error:
        return Result.failure(error)


async def async_capture(
    func: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs
) -> Result[T]:
    """`capture` for async methods and for awaitables such as `AsyncPaginator`."""
    try:
        return Result.success(await func(*args, **kwargs))
    except SDKError as error:
        return Result.failure(error)
