"""Per-call overhead of one SDK against raw httpx, measured in ONE process (stdlib + httpx only).

Run with the interpreter of the environment the SDK is installed in; prints one JSON object:

    python benchmarks/client_bench.py --target ours|official|opc [--opc-path DIR] [-n 3000]

Both sides send through the same `httpx.MockTransport` (same handler, same body), so the
difference is the SDK's own work: request building, retry bookkeeping, response parsing.
Rounds are interleaved (raw, sdk, raw, sdk, ...) so background load hits both sides alike.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from collections.abc import Callable, Coroutine
from typing import Any

import httpx

BASE = "https://openrouter.ai/api/v1"
KEY_ID = "11111111-2222-3333-4444-555555555555"
KEY = {
    "allowed_api_key_hashes": None,
    "allowed_models": None,
    "allowed_user_ids": None,
    "created_at": "2025-08-24T10:30:00Z",
    "declared_region": None,  # (the last 4 fields: required by the official SDK's newer model)
    "declared_zdr": None,
    "disabled": False,
    "id": KEY_ID,
    "is_byok_only": False,
    "is_fallback": False,
    "is_required": False,
    "label": "sk-...AbCd",
    "name": "Production OpenAI Key",
    "provider": "openai",
    "sort_order": 0,
    "workspace_id": "550e8400-e29b-41d4-a716-446655440000",
}
BODY = json.dumps({"data": KEY}).encode()
JSON = {"content-type": "application/json"}
TOTAL, PAGE = 500, 100  # pagination: 500 credentials, 100 per page -> exactly 5 requests


def get_handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODY, headers=JSON)


class ListHandler:
    """`GET /byok?offset=&limit=` over TOTAL credentials; counts the requests it serves."""

    def __init__(self) -> None:
        self.requests = 0
        self.items = [dict(KEY, id=f"{i:08d}-2222-3333-4444-555555555555") for i in range(TOTAL)]
        self.pages = {
            (offset, PAGE): json.dumps(
                {"data": self.items[offset : offset + PAGE], "total_count": TOTAL}
            ).encode()
            for offset in range(0, TOTAL, PAGE)
        }

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        offset = int(request.url.params.get("offset", 0))
        limit = int(request.url.params.get("limit", 50))
        body = (
            self.pages.get((offset, limit))
            or json.dumps(
                {"data": self.items[offset : offset + limit], "total_count": TOTAL}
            ).encode()
        )
        return httpx.Response(200, content=body, headers=JSON)


# --- the SDKs under test: each returns (sync_get, async_get, list_all or None) -----------------


def ours() -> tuple[Callable[[], Any], Callable[[], Any], Callable[[httpx.Client], int]]:
    from openrouter_byok import AsyncOpenRouter, OpenRouter

    client = OpenRouter(api_key="sk-test", http_client=SYNC)
    aclient = AsyncOpenRouter(api_key="sk-test", http_client=ASYNC)

    def list_all(http: httpx.Client) -> int:
        return sum(1 for _ in OpenRouter(api_key="sk-test", http_client=http).byok.list(limit=PAGE))

    return (
        lambda: client.byok.get(id=KEY_ID),
        lambda: aclient.byok.get(id=KEY_ID),
        list_all,
    )


def official() -> tuple[Callable[[], Any], Callable[[], Any], None]:
    from openrouter import OpenRouter

    client = OpenRouter(api_key="sk-test", client=SYNC, async_client=ASYNC)
    return (lambda: client.byok.get(id=KEY_ID), lambda: client.byok.get_async(id=KEY_ID), None)


def opc(path: str) -> tuple[Callable[[], Any], Callable[[], Any], None]:
    sys.path.insert(0, path)
    from open_router_byok_api_client import AuthenticatedClient  # type: ignore[import-not-found]
    from open_router_byok_api_client.api.byok import get_byok_key  # type: ignore[import-not-found]

    client = AuthenticatedClient(base_url=BASE, token="sk-test")
    client.set_httpx_client(SYNC)
    client.set_async_httpx_client(ASYNC)
    return (
        lambda: get_byok_key.sync(client=client, id=KEY_ID),
        lambda: get_byok_key.asyncio(client=client, id=KEY_ID),
        None,
    )


SYNC = httpx.Client(base_url=BASE, transport=httpx.MockTransport(get_handler))
ASYNC = httpx.AsyncClient(base_url=BASE, transport=httpx.MockTransport(get_handler))
HEADERS = {"Authorization": "Bearer sk-test"}
URL = f"{BASE}/byok/{KEY_ID}"


def raw_sync() -> Any:
    return SYNC.get(URL, headers=HEADERS).json()


async def raw_async() -> Any:
    return (await ASYNC.get(URL, headers=HEADERS)).json()


def raw_list_all(http: httpx.Client) -> int:
    count, offset = 0, 0
    while True:
        page = http.get(
            f"{BASE}/byok", params={"offset": offset, "limit": PAGE}, headers=HEADERS
        ).json()
        count += len(page["data"])
        offset += len(page["data"])
        if not page["data"] or offset >= page["total_count"]:
            return count


def timed_sync(fn: Callable[[], Any], n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return time.perf_counter() - start


def timed_async(fn: Callable[[], Coroutine[Any, Any, Any]], n: int) -> float:
    async def loop() -> float:
        start = time.perf_counter()
        for _ in range(n):
            await fn()
        return time.perf_counter() - start

    return asyncio.run(loop())


def interleaved(
    rounds: int, run: Callable[[Callable[..., Any]], float], raw: Any, sdk: Any
) -> dict[str, list[float]]:
    run(raw), run(sdk)  # warm-up: connection state, validators, lazy imports
    out: dict[str, list[float]] = {"raw": [], "sdk": []}
    for i in range(rounds):
        pair = [("raw", raw), ("sdk", sdk)]
        for name, fn in pair if i % 2 == 0 else reversed(pair):
            out[name].append(run(fn))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", choices=("ours", "official", "opc"), required=True)
    parser.add_argument("--opc-path", default="")
    parser.add_argument("-n", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pages-n", type=int, default=50, help="full 500-item iterations")
    args = parser.parse_args()
    if args.target == "ours":
        sync_get, async_get, list_all = ours()
    elif args.target == "official":
        sync_get, async_get, list_all = official()
    else:
        sync_get, async_get, list_all = opc(args.opc_path)
    result: dict[str, Any] = {"n": args.n}
    result["sync"] = interleaved(args.rounds, lambda f: timed_sync(f, args.n), raw_sync, sync_get)
    result["async"] = interleaved(
        args.rounds, lambda f: timed_async(f, args.n), raw_async, async_get
    )
    if list_all is not None:
        handler = ListHandler()
        http = httpx.Client(base_url=BASE, transport=httpx.MockTransport(handler))
        handler.requests = 0
        items = list_all(http)
        result["pages_requests"], result["pages_items"] = handler.requests, items
        result["pages"] = interleaved(
            args.rounds,
            lambda f: timed_sync(lambda: f(http), args.pages_n),
            raw_list_all,
            list_all,
        )
        result["pages_n"] = args.pages_n
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
