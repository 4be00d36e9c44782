"""Per-call overhead: 3000 x `client.byok.get` vs raw `httpx.Client.get(url).json()`.

Both send through the same `httpx.MockTransport`, so the difference is the SDK's own work
(request building, retries bookkeeping, pydantic parsing).
    PYTHONPATH=/tmp/rtdev python reference/tests/bench_get.py
"""

from __future__ import annotations

import json
import statistics
import time

import httpx
from openrouter_byok import OpenRouter

N = 3000
KEY = {
    "allowed_api_key_hashes": None,
    "allowed_models": None,
    "allowed_user_ids": None,
    "created_at": "2025-08-24T10:30:00Z",
    "disabled": False,
    "id": "11111111-2222-3333-4444-555555555555",
    "is_fallback": False,
    "label": "sk-...AbCd",
    "name": "Production OpenAI Key",
    "provider": "openai",
    "sort_order": 0,
    "workspace_id": "550e8400-e29b-41d4-a716-446655440000",
}
BODY = json.dumps({"data": KEY}).encode()


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=BODY, headers={"content-type": "application/json"})


def run_raw(http: httpx.Client) -> float:
    url = "https://openrouter.ai/api/v1/byok/11111111-2222-3333-4444-555555555555"
    headers = {"Authorization": "Bearer sk-test"}
    start = time.perf_counter()
    for _ in range(N):
        http.get(url, headers=headers).json()
    return time.perf_counter() - start


def run_sdk(client: OpenRouter) -> float:
    start = time.perf_counter()
    for _ in range(N):
        client.byok.get(id="11111111-2222-3333-4444-555555555555")
    return time.perf_counter() - start


def main(rounds: int = 9) -> None:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = OpenRouter(api_key="sk-test", http_client=http)
    run_raw(http), run_sdk(client)  # warm up: connection state, pydantic validators
    raw: list[float] = []
    sdk: list[float] = []
    for _ in range(rounds):  # interleaved, so background load hits both sides alike
        raw.append(run_raw(http))
        sdk.append(run_sdk(client))
    for label, pick in (("best", min), ("median", statistics.median)):
        raw_us, sdk_us = pick(raw) / N * 1e6, pick(sdk) / N * 1e6
        print(
            f"{label:6s}: raw httpx get().json() {raw_us:6.1f} us/call, "
            f"client.byok.get() {sdk_us:6.1f} us/call, ratio {sdk_us / raw_us:.3f}"
        )


if __name__ == "__main__":
    main()
