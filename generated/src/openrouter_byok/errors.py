# generated from spec/openrouter-byok.yaml; do not edit
"""Exceptions raised by the OpenRouter client.

    OpenRouterError                      base of everything below (alias: SDKError)
    ├── APIConnectionError                   no response: DNS, refused connection, reset, ...
    │   └── APITimeoutError                  no response in time
    ├── ResponseValidationError              a 2xx body that does not match its documented schema
    └── APIStatusError                       a non-2xx response
        ├── BadRequestResponseError          400
        ├── UnauthorizedResponseError        401
        ├── ForbiddenResponseError           403
        ├── NotFoundResponseError            404
        ├── InternalServerResponseError      500
        └── OpenRouterDefaultError           any other 4XX/5XX (alias: DefaultError)

Every `APIStatusError` keeps the response: `status_code`, `headers`, the body text (`body`)
and `raw_response`. Its `data` is the body parsed as the documented error model, or None when
the body does not fit (an HTML page from a proxy, a truncated body).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import httpx

from . import models

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "DefaultError",
    "OpenRouterDefaultError",
    "OpenRouterError",
    "ResponseValidationError",
    "SDKError",
    "BadRequestResponseError",
    "ForbiddenResponseError",
    "InternalServerResponseError",
    "NotFoundResponseError",
    "UnauthorizedResponseError",
]


class _OnFirstUse:
    """A class attribute computed when first read: importing this module must not import every
    error model (building pydantic models is the slowest part of importing the package)."""

    def __init__(self, load: Callable[[], Any]) -> None:
        self._load = load

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, instance: object, owner: type) -> Any:
        value = self._load()
        setattr(owner, self._name, value)  # replaces this descriptor: later reads are plain
        return value


class OpenRouterError(Exception):
    """Base of every error this SDK raises."""


class APIConnectionError(OpenRouterError):
    """The request got no response. The original httpx error is the `__cause__`."""

    def __init__(self, message: str = "Connection error.", *, request: httpx.Request) -> None:
        super().__init__(message)
        self.request = request


class APITimeoutError(APIConnectionError):
    """The request got no response before the timeout."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__("Request timed out.", request=request)


class ResponseValidationError(OpenRouterError):
    """A success response whose body does not match the documented schema."""

    def __init__(self, message: str, *, response: httpx.Response, body: str) -> None:
        super().__init__(message)
        self.status_code = response.status_code
        self.body = body
        self.raw_response = response


class APIStatusError(OpenRouterError):
    """A response with a 4xx or 5xx status."""

    data_type: ClassVar[Any] = None
    """The model the body is parsed into for `data`; None when the body has no schema."""

    data_records: ClassVar[str | None] = None
    """The separator of a body documented as JSON records (JSON lines, a JSON text sequence):
    `data` then lists every record, each parsed as the item type of `data_type`; None: the body
    is one JSON document."""

    data: object | None

    def __init__(
        self, message: str, *, response: httpx.Response, body: str, data: object | None = None
    ) -> None:
        super().__init__(message)
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.raw_response = response
        self.data = data


class BadRequestResponseError(APIStatusError):
    """Bad Request - Invalid request parameters or malformed input"""

    data_type = _OnFirstUse(lambda: models.BadRequestResponse)
    data: models.BadRequestResponse | None


class ForbiddenResponseError(APIStatusError):
    """Forbidden - Authentication successful but insufficient permissions"""

    data_type = _OnFirstUse(lambda: models.ForbiddenResponse)
    data: models.ForbiddenResponse | None


class InternalServerResponseError(APIStatusError):
    """Internal Server Error - Unexpected server error"""

    data_type = _OnFirstUse(lambda: models.InternalServerResponse)
    data: models.InternalServerResponse | None


class NotFoundResponseError(APIStatusError):
    """Not Found - Resource does not exist"""

    data_type = _OnFirstUse(lambda: models.NotFoundResponse)
    data: models.NotFoundResponse | None


class UnauthorizedResponseError(APIStatusError):
    """Unauthorized - Authentication required or invalid credentials"""

    data_type = _OnFirstUse(lambda: models.UnauthorizedResponse)
    data: models.UnauthorizedResponse | None


class OpenRouterDefaultError(APIStatusError):
    """A 4xx or 5xx status the operation does not document; see `body` for details."""


# Fixed names the copied runtime imports.
SDKError = OpenRouterError
DefaultError = OpenRouterDefaultError
