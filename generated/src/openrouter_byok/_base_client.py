# generated from spec/openrouter-byok.yaml; do not edit
"""The configuration and request assembly shared by the sync and async clients.

`BaseClient` assembles requests and retry decisions without doing I/O; `SyncAPIClient`
(`_sync_base_client`) and `AsyncAPIClient` (`_async_base_client`) add only the send-and-retry
loops, which differ in `await` alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any, TypeAlias
from urllib.parse import urljoin

import httpx

from ._auth import BEARER, Auth, Scheme, Secret
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
from ._retries import RetryConfig, next_delay
from ._types import RequestOptions

__all__ = ["NO_OPTIONS", "OWN_CLIENT_HEADERS", "ApiKey", "BaseClient"]

ApiKey: TypeAlias = Secret
"""A key, or a function returning the current key (called once per request, for rotation)."""

NO_OPTIONS: RequestOptions = {}
# What an httpx client of our own would add to every request (its Accept and User-Agent are
# replaced by ours); known up front because that client is only created on first use.
OWN_CLIENT_HEADERS = httpx.Headers({"Accept-Encoding": "gzip, deflate", "Connection": "keep-alive"})
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
