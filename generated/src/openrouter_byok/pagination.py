# generated from spec/openrouter-byok.yaml; do not edit
"""Pages: `SyncPage`, `AsyncPage` and the `AsyncPaginator` async list methods return.

Offset/limit pages stop, with a total count, after the item that reaches it, so 500 items at 100
a page take exactly 5 requests. The next offset always advances by the items actually received,
so a server that returns fewer items than `limit` still yields every item. Without a total count
a short page proves nothing (the server may cap the page size), so paging stops only at an empty
page, at the cost of one extra request.

Cursor pages: the next request sends the cursor the page names (`CursorPagination.next_cursor`);
paging stops when it is missing, None or empty, at a page without items, or when it equals the
cursor just sent (a server answering with its own cursor would otherwise loop forever).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine, Generator, Iterator
from itertools import chain
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from ._operation import CursorPagination, Operation
from ._request import Call
from ._response import parse_success

if TYPE_CHECKING:
    from ._async_base_client import AsyncAPIClient
    from ._sync_base_client import SyncAPIClient

__all__ = ["AsyncPage", "AsyncPaginator", "SyncPage"]

ItemT = TypeVar("ItemT")


class _Position:
    """Where an offset/limit page sits in the result set; decides the next request (pure).

    A plain class: a dataclass would cost ~1 ms to define on the first paginated call.
    """

    __slots__ = ("items", "total", "offset", "param")

    def __init__(self, items: list[Any], total: int | None, offset: int, param: str) -> None:
        self.items = items
        self.total = total
        self.offset = offset
        self.param = param

    def next_offset(self) -> int | None:
        if not self.items:
            return None
        offset = self.offset + len(self.items)
        if self.total is not None and offset >= self.total:
            return None
        return offset

    def next_query(self) -> dict[str, object] | None:
        offset = self.next_offset()
        return None if offset is None else {self.param: offset}


class _CursorPosition:
    """A cursor page: the next request sends the cursor the page names (pure)."""

    __slots__ = ("items", "total", "cursor", "next_cursor", "param")

    def __init__(self, items: list[Any], cursor: object, next_cursor: object, param: str) -> None:
        self.items = items
        self.total = None
        self.cursor = cursor
        self.next_cursor = next_cursor
        self.param = param

    def next_query(self) -> dict[str, object] | None:
        cursor = self.next_cursor
        if not self.items or cursor is None or cursor == "" or cursor == self.cursor:
            return None  # the last page, or a server repeating itself: never loop
        return {self.param: cursor}


def _position(op: Operation[Any], call: Call, parsed: object) -> _Position | _CursorPosition:
    pagination = op.pagination
    if pagination is None:
        raise TypeError(f"{op.method} {op.path} is not a paginated operation")
    items = list(_follow(parsed, pagination.items) or ())
    query = call.query or {}
    if isinstance(pagination, CursorPagination):
        sent = query.get(pagination.cursor_param)
        following = _follow(parsed, pagination.next_cursor)
        return _CursorPosition(items, sent, following, pagination.cursor_param)
    offset = query.get(pagination.offset_param)
    total = _follow(parsed, pagination.total) if pagination.total else None
    return _Position(
        items,
        total if isinstance(total, int) else None,
        offset if isinstance(offset, int) else 0,
        pagination.offset_param,
    )


def _follow(value: object, attributes: tuple[str, ...]) -> Any:
    for name in attributes:
        value = getattr(value, name, None)
    return value


class _Page(Generic[ItemT]):
    def __init__(self, op: Operation[Any], call: Call, response: httpx.Response) -> None:
        self._op = op
        self._call = call
        self._position = _position(op, call, parse_success(op, response))
        self.response = response
        """The HTTP response this page was read from."""
        self.data: list[ItemT] = self._position.items
        """The items on this page."""
        self.total_count: int | None = self._position.total
        """The total number of items across all pages, if the API reports it (never for
        cursor pages)."""

    def has_next_page(self) -> bool:
        return self._position.next_query() is not None

    def _next_call(self) -> Call:
        query = self._position.next_query()
        if query is None:
            raise RuntimeError("No next page: check has_next_page() first.")
        return self._call.with_query(query)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.data)} total_count={self.total_count}>"


class SyncPage(_Page[ItemT]):
    """One page of a list. Iterating it yields every item of this and the following pages,
    fetching them as needed."""

    def __init__(
        self, client: SyncAPIClient, op: Operation[Any], call: Call, response: httpx.Response
    ) -> None:
        super().__init__(op, call, response)
        self._client = client

    def next_page(self) -> SyncPage[ItemT]:
        return self._client.fetch_page(self._op, self._next_call())

    def iter_pages(self) -> Iterator[SyncPage[ItemT]]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[ItemT]:
        # chained in C: a generator here would be resumed once per item (~0.4 µs each)
        return chain.from_iterable(page.data for page in self.iter_pages())


class AsyncPage(_Page[ItemT]):
    """One page of a list. `async for` over it yields every item of this and the following
    pages, fetching them as needed."""

    def __init__(
        self, client: AsyncAPIClient, op: Operation[Any], call: Call, response: httpx.Response
    ) -> None:
        super().__init__(op, call, response)
        self._client = client

    async def next_page(self) -> AsyncPage[ItemT]:
        return await self._client.fetch_page(self._op, self._next_call())

    async def iter_pages(self) -> AsyncIterator[AsyncPage[ItemT]]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[ItemT]):
    """What an async list method returns, before any request is sent.

    ```python
    page = await client.things.list()          # the first page
    async for thing in client.things.list():   # every item, page after page
        ...
    ```
    """

    def __init__(self, fetch_first: Callable[[], Coroutine[Any, Any, AsyncPage[ItemT]]]) -> None:
        self._fetch_first = fetch_first

    def __await__(self) -> Generator[Any, None, AsyncPage[ItemT]]:
        return self._fetch_first().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        page = await self
        async for item in page:
            yield item
