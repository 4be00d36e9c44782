"""The base of a generated sync client and of its resource classes."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

import httpx

from ._auth import BEARER, Scheme, Secret
from ._base_client import NO_OPTIONS, OWN_CLIENT_HEADERS, ApiKey, BaseClient
from ._logs import log_attempt, logger
from ._operation import Operation
from ._request import Call
from ._response import APIResponse, as_sdk_error, parse_success, raw_response_requested
from ._retries import RetryConfig
from ._types import NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    from ._streaming import Stream
    from .pagination import SyncPage

__all__ = ["SyncAPIClient", "SyncAPIResource"]

T = TypeVar("T")


class SyncAPIClient(BaseClient):
    """Base of a generated sync client: sends `Operation`s with httpx, retrying as configured."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: ApiKey,
        timeout: float | httpx.Timeout | None,
        retries: RetryConfig | None,
        http_client: httpx.Client | None,
        default_headers: Mapping[str, str],
        credentials: Mapping[str, Secret] | None = None,
        schemes: Mapping[str, Scheme] = BEARER,
        base_url_chosen: bool = False,
    ) -> None:
        self._owns_http_client = http_client is None  # never close a client the caller owns
        # An httpx client of our own is created on first use: building its SSL context takes
        # 50-100 ms, which would otherwise be paid by every program that only constructs us.
        self._http_client = http_client
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            timeout=timeout,
            retries=retries,
            default_headers=default_headers,
            transport_headers=http_client.headers if http_client else OWN_CLIENT_HEADERS,
            credentials=credentials,
            schemes=schemes,
            base_url_chosen=base_url_chosen,
        )
        self._sleep: Callable[[float], None] = time.sleep

    @property
    def _http(self) -> httpx.Client:
        client = self._http_client
        if client is None:
            client = self._http_client = httpx.Client()
        return client

    def request(
        self,
        op: Operation[T],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        json: Mapping[str, object] | None = None,
        body: object = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> T:
        """Send `op` with these arguments and return the parsed success body."""
        call = Call(path, query, headers, json, body, options or NO_OPTIONS, cookies)
        response = self._send(op, call)
        if raw_response_requested():
            return cast(T, APIResponse(response, functools.partial(parse_success, op, response)))
        return parse_success(op, response)

    def request_stream(
        self,
        op: Operation[T],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        json: Mapping[str, object] | None = None,
        body: object = NOT_GIVEN,
        options: RequestOptions | None = None,
    ) -> Stream[T]:
        """Send `op` and return its events or JSON lines as a `Stream` (read while iterating)."""
        from ._streaming import Stream  # imported on first use, like the other optional parts

        call = Call(path, query, headers, json, body, options or NO_OPTIONS, cookies)
        response = self._send(op, call, stream=True)
        if raw_response_requested():
            return cast("Stream[T]", APIResponse(response, functools.partial(Stream, op, response)))
        return Stream(op, response)

    def request_page(
        self,
        op: Operation[Any],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        options: RequestOptions | None = None,
    ) -> SyncPage[Any]:
        """Send a paginated `op` and return its first page."""
        from .pagination import SyncPage  # imported on first use: keeps `import` fast

        call = Call(path, query, headers, options=options or NO_OPTIONS, cookies=cookies)
        response = self._send(op, call)
        if raw_response_requested():
            page = functools.partial(SyncPage[Any], self, op, call, response)
            return cast("SyncPage[Any]", APIResponse(response, page))
        return SyncPage(self, op, call, response)

    def fetch_page(self, op: Operation[Any], call: Call) -> SyncPage[Any]:
        from .pagination import SyncPage

        return SyncPage(self, op, call, self._send(op, call))

    def _send(self, op: Operation[Any], call: Call, *, stream: bool = False) -> httpx.Response:
        """Send with retries; return a 2xx response or raise the matching SDK error."""
        request = self._build_request(op, call, self._http.cookies)
        config = self._retries_for(call.options)
        debug = logger.isEnabledFor(logging.DEBUG)
        started = self._monotonic()
        retries_done = 0
        while True:
            sent = time.perf_counter()
            outcome: httpx.Response | Exception
            try:
                outcome = self._http.send(request, stream=stream)
            except httpx.RequestError as exc:
                outcome = exc
            if debug:
                log_attempt(request, outcome, retries_done, sent, self._secret_params)
            if isinstance(outcome, httpx.Response) and outcome.is_success:
                return outcome
            delay = self._retry_delay(
                op, config, outcome, retries_done=retries_done, started=started
            )
            if stream and isinstance(outcome, httpx.Response):
                outcome.read()  # error bodies are short; read them for the exception
                outcome.close()
            if delay is None:
                raise as_sdk_error(op, request, outcome)
            self._sleep(delay)
            retries_done += 1

    def close(self) -> None:
        """Close the underlying HTTP client, unless it was passed in by the caller."""
        if self._owns_http_client and self._http_client is not None:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class SyncAPIResource:
    """Base of generated resource classes: methods call `self._client.request(...)`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client
