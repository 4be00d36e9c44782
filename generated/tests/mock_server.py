# generated from spec/openrouter-byok.yaml; do not edit
"""The offline stand-in for the API: `httpx.MockTransport` answering with canned responses."""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx


@dataclass(frozen=True)
class ErrorCase:
    """An error response a method is tested with: the status and body the mock answers with
    (offline), or the headers that ask Prism for it (contract); `check` takes the exception
    the method raises. The test's id is `label`: the status, a range (`4xx`) or `default`."""

    status: int
    check: Callable[[Any], None]
    json: Any = None
    text: str | None = None
    content_type: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    in_body: str = ""  # text the error's body must contain
    label: str = ""

    def __str__(self) -> str:
        return self.label or str(self.status)

    def verify(self, error: Any) -> None:
        self.check(error)
        assert self.in_body in error.body


class MockServer:
    """Answers with a canned response and records every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self._handler: Callable[[httpx.Request], httpx.Response] = lambda _: httpx.Response(599)

    def respond(
        self, status: int, *, json: Any = None, text: str | None = None, content_type: str = ""
    ) -> None:
        """Answer every request with `status` and a JSON body, a text body or no body."""

        def handler(request: httpx.Request) -> httpx.Response:
            if text is not None:
                headers = {"Content-Type": content_type or "text/plain"}
                return httpx.Response(status, content=text.encode(), headers=headers)
            if json is not None:
                return httpx.Response(status, json=json)
            return httpx.Response(status)

        self._handler = handler

    def respond_error(self, case: ErrorCase) -> None:
        self.respond(case.status, json=case.json, text=case.text, content_type=case.content_type)

    def paginate(
        self,
        template: Any,
        *,
        items_path: Sequence[str],
        total_path: Sequence[str] | None,
        items: list[Any],
        page_size: int,
        offset_param: str,
        next_cursor_path: Sequence[str] | None = None,
        last_cursor: str | None = None,
        int_cursors: bool = False,
        repeat_last: bool = False,
    ) -> None:
        """Serve `items` `page_size` at a time from the requested offset, in copies of
        `template` (a response body) whose item list and total count are replaced.

        With `next_cursor_path`, `offset_param` takes a cursor: the offset as text (as an
        integer with `int_cursors`), which each page names at that path for the next one. The
        last page names `last_cursor`, or with `repeat_last` the cursor it was asked with (a
        field that cannot be null or empty: the client stops at a cursor it just sent)."""

        def handler(request: httpx.Request) -> httpx.Response:
            sent = request.url.params.get(offset_param)
            offset = int(sent or "0")
            body = copy.deepcopy(template)
            _put(body, items_path, items[offset : offset + page_size])
            if total_path:
                _put(body, total_path, len(items))
            if next_cursor_path:
                end = offset + page_size
                cursor: Any = (end if int_cursors else str(end)) if end < len(items) else None
                if cursor is None:
                    cursor = _cursor(sent, int_cursors) if repeat_last else last_cursor
                _put(body, next_cursor_path, cursor)
            return httpx.Response(200, json=body)

        self._handler = handler

    @property
    def request(self) -> httpx.Request:
        """The one request sent so far."""
        assert len(self.requests) == 1, f"expected one request, got {len(self.requests)}"
        return self.requests[0]

    def http_client(self) -> httpx.Client:
        return httpx.Client(transport=httpx.MockTransport(self._handle))

    def async_http_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self._handle))

    def _handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self._handler(request)


def _cursor(sent: str | None, int_cursors: bool) -> Any:
    return int(sent) if int_cursors and sent is not None else sent


def _put(document: Any, path: Sequence[str], value: Any) -> None:
    for key in path[:-1]:
        document = document[key]
    document[path[-1]] = value
