"""The base of a generated async client and of its resource classes (`_sync_base_client`'s twin)."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
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
    from ._streaming import AsyncStream
    from .pagination import AsyncPage, AsyncPaginator

__all__ = ["AsyncAPIClient", "AsyncAPIResource"]

T = TypeVar("T")


class AsyncAPIClient(BaseClient):
    """Base of a generated async client; the twin of `SyncAPIClient`."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: ApiKey,
        timeout: float | httpx.Timeout | None,
        retries: RetryConfig | None,
        http_client: httpx.AsyncClient | None,
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
        import asyncio  # here, not at the top: sync-only users never pay for importing it

        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    @property
    def _http(self) -> httpx.AsyncClient:
        client = self._http_client
        if client is None:
            client = self._http_client = httpx.AsyncClient()
        return client

    async def request(
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
        response = await self._send(op, call)
        if raw_response_requested():
            return cast(T, APIResponse(response, functools.partial(parse_success, op, response)))
        return parse_success(op, response)

    async def request_stream(
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
    ) -> AsyncStream[T]:
        """Send `op` and return its events or JSON lines as an `AsyncStream`."""
        from ._streaming import AsyncStream

        call = Call(path, query, headers, json, body, options or NO_OPTIONS, cookies)
        response = await self._send(op, call, stream=True)
        if raw_response_requested():
            parse = functools.partial(AsyncStream, op, response)
            return cast("AsyncStream[T]", APIResponse(response, parse))
        return AsyncStream(op, response)

    def request_page(
        self,
        op: Operation[Any],
        *,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        options: RequestOptions | None = None,
    ) -> AsyncPaginator[Any]:
        """A paginator for `op`: await it for the first page, or iterate it for every item."""
        from .pagination import AsyncPaginator

        call = Call(path, query, headers, options=options or NO_OPTIONS, cookies=cookies)
        return AsyncPaginator(functools.partial(self._first_page, op, call))

    async def _first_page(self, op: Operation[Any], call: Call) -> AsyncPage[Any]:
        from .pagination import AsyncPage

        response = await self._send(op, call)
        if raw_response_requested():
            page = functools.partial(AsyncPage[Any], self, op, call, response)
            return cast("AsyncPage[Any]", APIResponse(response, page))
        return AsyncPage(self, op, call, response)

    async def fetch_page(self, op: Operation[Any], call: Call) -> AsyncPage[Any]:
        from .pagination import AsyncPage

        return AsyncPage(self, op, call, await self._send(op, call))

    async def _send(
        self, op: Operation[Any], call: Call, *, stream: bool = False
    ) -> httpx.Response:
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
                outcome = await self._http.send(request, stream=stream)
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
                await outcome.aread()  # error bodies are short; read them for the exception
                await outcome.aclose()
            if delay is None:
                raise as_sdk_error(op, request, outcome)
            await self._sleep(delay)
            retries_done += 1

    async def close(self) -> None:
        """Close the underlying HTTP client, unless it was passed in by the caller."""
        if self._owns_http_client and self._http_client is not None:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()


class AsyncAPIResource:
    """Base of generated async resource classes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
