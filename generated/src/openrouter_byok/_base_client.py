# generated from spec/openrouter-byok.yaml; do not edit
"""The HTTP clients that generated clients subclass, and the base of resource classes.

`BaseClient` holds the configuration and assembles requests and retry decisions without doing
I/O; `SyncAPIClient` and `AsyncAPIClient` add only the send-and-retry loops, which differ in
`await` alone.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeAlias, TypeVar, cast
from urllib.parse import urljoin

import httpx

from ._auth import BEARER, Auth, Scheme, Secret
from ._logs import log_attempt, logger
from ._operation import EventStream, Operation
from ._request import (
    Call,
    add_cookies,
    body_arguments,
    check_options,
    encode_headers,
    encode_query,
    merge_headers,
    query_parts,
    render_path,
    template_query,
    without_cookies,
)
from ._response import APIResponse, as_sdk_error, parse_success, raw_response_requested
from ._retries import RetryConfig, next_delay
from ._types import NOT_GIVEN, RequestOptions

if TYPE_CHECKING:
    from ._streaming import AsyncStream, Stream
    from .pagination import AsyncPage, AsyncPaginator, SyncPage

__all__ = ["ApiKey", "AsyncAPIClient", "AsyncAPIResource", "SyncAPIClient", "SyncAPIResource"]

T = TypeVar("T")

ApiKey: TypeAlias = Secret
"""A key, or a function returning the current key (called once per request, for rotation)."""

_NO_OPTIONS: RequestOptions = {}
# What an httpx client of our own would add to every request (its Accept and User-Agent are
# replaced by ours); known up front because that client is only created on first use.
_OWN_CLIENT_HEADERS = httpx.Headers(
    {"Accept-Encoding": "gzip, deflate", "Connection": "keep-alive"}
)
_STREAM_HEADERS = {"Accept": "text/event-stream"}


class BaseClient:
    """Configuration and request assembly shared by the sync and async clients (no I/O)."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: ApiKey,
        timeout: float | httpx.Timeout | None,
        retries: RetryConfig | None,
        default_headers: Mapping[str, str],
        transport_headers: httpx.Headers,
        credentials: Mapping[str, Secret] | None = None,
        schemes: Mapping[str, Scheme] = BEARER,
        base_url_chosen: bool = False,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._given_url = base_url  # relative operation servers resolve against it, as given
        self._relative_servers: dict[str, str] = {}  # an operation's relative server → URL
        # A base URL the user chose (argument or environment variable) rather than the spec's
        # default: a proxy or a mock server, which then gets every request, even those of
        # operations with a server of their own (`Operation.server_url`).
        self.base_url_chosen = base_url_chosen
        self.timeout = httpx.Timeout(timeout)
        self.retries = retries
        # Merged once here rather than per request: the http client's own headers (read at
        # construction), then ours; `Auth` adds fixed credentials once per kind of operation.
        # Per-call layers copy this only if needed.
        headers = httpx.Headers(transport_headers)
        headers.update({"Accept": "application/json", **default_headers})
        self._auth = Auth({**(credentials or {}), "api_key": api_key}, schemes, headers)
        self._secret_params = self._auth.secret_params  # masked in DEBUG logs
        self._timeout_extension = self.timeout.as_dict()
        # Time and randomness used by the retry loop; tests replace them.
        self._monotonic: Callable[[], float] = time.monotonic
        self._wall_clock: Callable[[], float] = time.time
        self._random: Callable[[], float] = _jitter

    def _operation_server(self, server: str) -> str:
        """Where an operation with a server of its own is sent. A relative one (`/v2`, no
        scheme) is resolved against the client's base URL as given (RFC 3986, as a browser
        resolves a link: `/v2` keeps only the host), so it follows the server variables and a
        chosen `server_url`. An absolute one is used unless the client's base URL was chosen."""
        if "://" not in server:
            resolved = self._relative_servers.get(server)
            if resolved is None:
                resolved = self._relative_servers[server] = urljoin(self._given_url, server)
            return resolved
        return self.base_url if self.base_url_chosen else server

    def _build_request(
        self, op: Operation[Any], call: Call, cookies: httpx.Cookies
    ) -> httpx.Request:
        """The request for `call`; raises ValueError for an invalid argument, before any I/O.

        Built directly rather than with `httpx.Client.build_request`, which would merge the
        client's headers again on every call; those are already part of `self._auth`'s.
        """
        path = render_path(op, call.path)
        options = call.options
        if options:
            check_options(options)
        styles = op.styles  # empty unless a parameter is not sent plainly
        base_headers, key_query = self._auth.parts(op.security)
        body, body_headers = body_arguments(op, call)
        headers = merge_headers(
            base_headers,
            body_headers,
            _accept_headers(op),
            encode_headers(call.headers, styles.get("header")),
            options.get("extra_headers"),
        )
        query, params = query_parts(op, call.query, key_query)
        if "?" in path:  # a query in the path template, which httpx would replace by `params`
            path, query, params = template_query(path, query, params)
        call_cookies = encode_query(call.cookies, styles.get("cookie"))  # style form, too
        if call_cookies:
            cookies = without_cookies(cookies, call_cookies)
        # The call's `server_url`, else the operation's own server (see `_operation_server`),
        # else the client's
        server = op.server_url  # None unless the operation has a server of its own
        server = self.base_url if server is None else self._operation_server(server)
        request = httpx.Request(
            op.method,
            options.get("server_url", server).rstrip("/") + path + query,
            params=params,
            headers=headers,
            cookies=cookies or None,
            extensions={"timeout": self._timeout_for(options)},
            **body,
        )
        if call_cookies:
            add_cookies(request, call_cookies)
        return request

    def _timeout_for(self, options: RequestOptions) -> dict[str, float | None]:
        if "timeout" not in options:
            return self._timeout_extension
        return httpx.Timeout(options["timeout"]).as_dict()

    def _retries_for(self, options: RequestOptions) -> RetryConfig | None:
        return options.get("retries", self.retries)

    def _retry_delay(
        self,
        op: Operation[Any],
        config: RetryConfig | None,
        outcome: httpx.Response | Exception,
        *,
        retries_done: int,
        started: float,
    ) -> float | None:
        """Seconds to wait before retrying after `outcome`, or None to stop."""
        return next_delay(
            config,
            outcome,
            idempotent=op.idempotent,
            retries_done=retries_done,
            elapsed=self._monotonic() - started,
            now=self._wall_clock(),
            rand=self._random(),
        )


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
            transport_headers=http_client.headers if http_client else _OWN_CLIENT_HEADERS,
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
        call = Call(path, query, headers, json, body, options or _NO_OPTIONS, cookies)
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

        call = Call(path, query, headers, json, body, options or _NO_OPTIONS, cookies)
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

        call = Call(path, query, headers, options=options or _NO_OPTIONS, cookies=cookies)
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
            transport_headers=http_client.headers if http_client else _OWN_CLIENT_HEADERS,
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
        call = Call(path, query, headers, json, body, options or _NO_OPTIONS, cookies)
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

        call = Call(path, query, headers, json, body, options or _NO_OPTIONS, cookies)
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

        call = Call(path, query, headers, options=options or _NO_OPTIONS, cookies=cookies)
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


class SyncAPIResource:
    """Base of generated resource classes: methods call `self._client.request(...)`."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    """Base of generated async resource classes."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client


def _accept_headers(op: Operation[Any]) -> Mapping[str, str] | None:
    """The Accept header of a response the client's own (`application/json`) does not ask for:
    not JSON, or a JSON media type of its own (`application/vnd.x+json`)."""
    if op.accept is not None:
        return {"Accept": op.accept}
    # JSON lines name their media type in `accept`: only event streams are asked for here
    return _STREAM_HEADERS if isinstance(op.stream, EventStream) else None


def _jitter() -> float:
    import random  # imported when a retry is due: at startup it would cost ~2 ms

    return random.random()
