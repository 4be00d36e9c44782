"""Offset pagination: every item exactly once, and no request for a page known to be empty."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from byok_helpers import Server, async_client_for, client_for, key_json
from openrouter_byok import AsyncPage, SyncPage
from openrouter_byok._models import BaseModel
from openrouter_byok._operation import OffsetPagination, Operation
from openrouter_byok.models import BYOKKey


class Listing:
    """The list endpoint over `count` credentials; `cap` limits the page size like a server
    that ignores a large `limit`; `report_total=False` leaves out `total_count`."""

    def __init__(self, count: int, *, cap: int | None = None, report_total: bool = True) -> None:
        self.count, self.cap, self.report_total = count, cap, report_total

    def __call__(self, request: httpx.Request) -> httpx.Response:
        offset = int(request.url.params.get("offset", 0))
        size = int(request.url.params.get("limit", 50))
        if self.cap is not None:
            size = min(size, self.cap)
        ids = range(offset, min(offset + size, self.count))
        body: dict[str, Any] = {"data": [key_json(id=f"key-{i}") for i in ids]}
        if self.report_total:
            body["total_count"] = self.count
        return httpx.Response(200, json=body)


def _offsets(server: Server) -> list[int]:
    return [int(r.url.params.get("offset", 0)) for r in server.requests]


def _expected_ids(count: int, start: int = 0) -> list[str]:
    return [f"key-{i}" for i in range(start, count)]


def test_500_items_at_100_per_page_take_exactly_5_requests() -> None:
    server = Server(Listing(500))
    ids = [key.id for key in client_for(server).byok.list(limit=100)]
    assert ids == _expected_ids(500)
    assert _offsets(server) == [0, 100, 200, 300, 400]


def test_server_capping_the_page_size_still_yields_every_item() -> None:
    server = Server(Listing(95, cap=30))
    ids = [key.id for key in client_for(server).byok.list(limit=100)]
    assert ids == _expected_ids(95)
    assert _offsets(server) == [0, 30, 60, 90]


def test_default_page_size_and_starting_offset() -> None:
    server = Server(Listing(120))
    ids = [key.id for key in client_for(server).byok.list(offset=20)]
    assert ids == _expected_ids(120, start=20)
    assert _offsets(server) == [20, 70]


def test_empty_result_takes_one_request() -> None:
    server = Server(Listing(0))
    assert list(client_for(server).byok.list()) == []
    assert len(server.requests) == 1


def test_first_page_and_manual_paging() -> None:
    server = Server(Listing(150))
    page = client_for(server).byok.list(limit=100, provider="openai")
    assert isinstance(page, SyncPage)
    assert len(page.data) == 100
    assert isinstance(page.data[0], BYOKKey)
    assert page.total_count == 150
    assert page.response.status_code == 200
    assert page.has_next_page()

    last = page.next_page()
    assert [k.id for k in last.data] == _expected_ids(150, start=100)
    assert not last.has_next_page()
    with pytest.raises(RuntimeError):
        last.next_page()
    assert server.last.url.params["provider"] == "openai"  # filters repeat on every page
    assert [len(p.data) for p in page.iter_pages()] == [100, 50]


class _UncountedListing(BaseModel):
    data: list[BYOKKey]


_UNCOUNTED: Operation[_UncountedListing] = Operation(
    method="GET",
    path="/byok",
    response=_UncountedListing,
    pagination=OffsetPagination(items=("data",), total=None),
)


def test_without_total_count_paging_stops_only_at_an_empty_page() -> None:
    # A short page could be the server's cap, so without a total only an empty page is final.
    server = Server(Listing(95, cap=30, report_total=False))
    client = client_for(server)
    page: SyncPage[BYOKKey] = client.request_page(_UNCOUNTED, query={"limit": 100})
    assert page.total_count is None
    assert [key.id for key in page] == _expected_ids(95)
    assert _offsets(server) == [0, 30, 60, 90, 95]


async def test_async_await_gives_the_first_page() -> None:
    server = Server(Listing(150))
    page = await async_client_for(server).byok.list(limit=100)
    assert isinstance(page, AsyncPage)
    assert len(page.data) == 100
    assert page.total_count == 150
    assert page.has_next_page()
    following = await page.next_page()
    assert len(following.data) == 50
    assert len(server.requests) == 2


async def test_async_iteration_yields_every_item_in_5_requests() -> None:
    server = Server(Listing(500))
    ids = [key.id async for key in async_client_for(server).byok.list(limit=100)]
    assert ids == _expected_ids(500)
    assert _offsets(server) == [0, 100, 200, 300, 400]


async def test_async_capped_server_and_page_iteration() -> None:
    server = Server(Listing(95, cap=30))
    page = await async_client_for(server).byok.list(limit=100)
    sizes = [len(p.data) async for p in page.iter_pages()]
    assert sizes == [30, 30, 30, 5]
    assert [key.id async for key in page] == _expected_ids(95)


async def test_async_paginator_sends_nothing_until_used() -> None:
    server = Server(Listing(10))
    paginator = async_client_for(server).byok.list()
    assert server.requests == []
    assert len((await paginator).data) == 10
