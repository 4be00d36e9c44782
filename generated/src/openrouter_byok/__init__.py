# generated from spec/openrouter-byok.yaml; do not edit
"""Python client for the OpenRouter BYOK API.

```python
from openrouter_byok import OpenRouter

client = OpenRouter()  # reads OPENROUTER_API_KEY
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import errors, models
from ._client import AsyncOpenRouter, OpenRouter
from ._response import APIResponse
from ._retries import RetryConfig
from ._types import NOT_GIVEN, NotGiven, RequestOptions, Result
from ._version import __spec_digest__, __version__
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    OpenRouterDefaultError,
    OpenRouterError,
    ResponseValidationError,
    BadRequestResponseError,
    ForbiddenResponseError,
    InternalServerResponseError,
    NotFoundResponseError,
    UnauthorizedResponseError,
)

if TYPE_CHECKING:
    from .pagination import AsyncPage, AsyncPaginator, SyncPage

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncOpenRouter",
    "AsyncPage",
    "AsyncPaginator",
    "NotGiven",
    "OpenRouter",
    "OpenRouterDefaultError",
    "OpenRouterError",
    "RequestOptions",
    "ResponseValidationError",
    "Result",
    "RetryConfig",
    "SyncPage",
    "BadRequestResponseError",
    "ForbiddenResponseError",
    "InternalServerResponseError",
    "NotFoundResponseError",
    "UnauthorizedResponseError",
    "__spec_digest__",
    "__version__",
    "errors",
    "models",
]


def __getattr__(name: str) -> Any:
    # the page classes load with the first paginated call; importing them eagerly costs startup
    if name in ("AsyncPage", "AsyncPaginator", "SyncPage"):
        from . import pagination

        return getattr(pagination, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
