"""Cursor pagination: every item exactly once, the cursor each page names, and no endless loop."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from byok_helpers import Server, async_client_for, client_for, key_json
from openrouter_byok import AsyncPage, SyncPage
from openrouter_byok._models import BaseModel
from openrouter_byok._operation import CursorPagination, Operation
from openrouter_byok.models import BYOKKey


class _CursorListing(BaseModel):
    data: list[BYOKKey]
    next_cursor: str | None = None


_OP: Operation[_CursorListing] = Operation(
    method="GET",
    path="/byok",
    response=_CursorListing,
    pagination=CursorPagination(
        cursor_param="cursor", items=("data",), next_cursor=("next_cursor",)
    ),
)


class CursorListing:
    """`count` credentials, `size` a page; the cursor is the next index as text ("c<i>").
    `last` is what the last page says the next cursor is; `stuck` repeats the cursor sent."""

    def __init__(self, count: int, size: int, *, last: Any = None, stuck: bool = False) -> None:
        self.count, self.size, self.last, self.stuck = count, size, last, stuck

    def __call__(self, request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        start = int(cursor[1:]) if cursor else 0
        end = min(start + self.size, self.count)
        following: Any = f"c{end}" if end < self.count else self.last
        if self.stuck and cursor:
            following = cursor
        data = [key_json(id=f"key-{i}") for i in range(start, end)]
        return httpx.Response(200, json={"data": data, "next_cursor": following})


def _cursors(server: Server) -> list[str | None]:
    return [r.url.params.get("cursor") for r in server.requests]


def _ids(count: int) -> list[str]:
    return [f"key-{i}" for i in range(count)]


def test_every_item_following_the_cursors() -> None:
    server = Server(CursorListing(5, 2))
    page: SyncPage[BYOKKey] = client_for(server).request_page(_OP, query={"limit": 2})
    assert page.total_count is None
    assert [key.id for key in page] == _ids(5)
    assert _cursors(server) == [None, "c2", "c4"]
    assert all(r.url.params["limit"] == "2" for r in server.requests)  # other parameters repeat


@pytest.mark.parametrize("last", [None, ""])
def test_a_missing_or_empty_cursor_ends_the_list(last: Any) -> None:
    server = Server(CursorListing(4, 2, last=last))
    page: SyncPage[BYOKKey] = client_for(server).request_page(_OP)
    assert [len(p.data) for p in page.iter_pages()] == [2, 2]
    assert _cursors(server) == [None, "c2"]


def test_a_page_without_items_ends_the_list() -> None:
    server = Server(CursorListing(0, 2, last="c9"))
    page: SyncPage[BYOKKey] = client_for(server).request_page(_OP)
    assert not page.has_next_page()
    assert list(page) == []
    assert len(server.requests) == 1


def test_a_cursor_answered_with_itself_ends_the_list() -> None:
    server = Server(CursorListing(10, 2, stuck=True))
    assert [key.id for key in client_for(server).request_page(_OP)] == _ids(4)
    assert _cursors(server) == [None, "c2"]


def test_manual_paging_and_the_end() -> None:
    server = Server(CursorListing(3, 2))
    page: SyncPage[BYOKKey] = client_for(server).request_page(_OP)
    assert page.has_next_page()
    last = page.next_page()
    assert [key.id for key in last.data] == ["key-2"]
    assert not last.has_next_page()
    with pytest.raises(RuntimeError, match="No next page"):
        last.next_page()


async def test_async_cursor_pages() -> None:
    server = Server(CursorListing(5, 2))
    page: AsyncPage[BYOKKey] = await async_client_for(server).request_page(_OP)
    assert page.total_count is None
    assert [len(p.data) async for p in page.iter_pages()] == [2, 2, 1]
    assert [key.id async for key in page] == _ids(5)
    server = Server(CursorListing(5, 2))
    ids = [key.id async for key in async_client_for(server).request_page(_OP)]
    assert ids == _ids(5)
    assert _cursors(server) == [None, "c2", "c4"]
