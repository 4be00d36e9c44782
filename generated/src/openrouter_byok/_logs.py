# generated from spec/openrouter-byok.yaml; do not edit
"""DEBUG logging of HTTP attempts, safe to leave on in production.

The logger is the package's own (`logging.getLogger("<package>")`), named from this module so
the runtime never spells the package name. Lines carry the method, URL, status, attempt number
and time taken; never headers (the Authorization header lives there) nor bodies, and query
values whose names suggest a secret are masked.
"""

from __future__ import annotations

import logging
import time

import httpx

__all__ = ["log_attempt", "logger"]

logger = logging.getLogger(__name__.rpartition(".")[0])

_SECRET_QUERY_PARAMS = frozenset({"api_key", "apikey", "key", "token", "access_token", "secret"})


def log_attempt(
    request: httpx.Request,
    outcome: httpx.Response | Exception,
    retries_done: int,
    sent: float,
    secret_params: frozenset[str] = frozenset(),
) -> None:
    """One DEBUG line per attempt. Never the headers or the body; secret query values masked,
    including `secret_params` (the query parameters that carry the API key)."""
    result = outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__
    elapsed_ms = (time.perf_counter() - sent) * 1000
    url = _redacted_url(request.url, secret_params)
    logger.debug(
        "HTTP %s %s -> %s (attempt %d, %.1f ms)",
        request.method,
        url,
        result,
        retries_done + 1,
        elapsed_ms,
    )


def _redacted_url(url: httpx.URL, secret_params: frozenset[str] = frozenset()) -> str:
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    if not url.query:
        return str(url)
    params = [
        (
            name,
            "REDACTED" if name.lower() in _SECRET_QUERY_PARAMS or name in secret_params else value,
        )
        for name, value in url.params.multi_items()
    ]
    return str(url.copy_with(params=params))
