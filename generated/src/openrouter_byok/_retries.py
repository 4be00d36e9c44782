# generated from spec/openrouter-byok.yaml; do not edit
"""When to retry a request and how long to wait first.

Everything here is pure (no I/O, no clock reads), so the sync and async clients share it and
tests can drive it with fixed times.

The rule for non-idempotent requests (POST, PATCH) is to retry only when the server certainly
did not process the request: the connection was never made, or it answered 429 or 503. A read
timeout proves nothing (the server may have created the resource), so it is not retried unless
`retry_non_idempotent_after_read_timeout` is set.
"""

from __future__ import annotations

import email.utils
from datetime import UTC

import httpx

from ._record import Record

__all__ = [
    "RetryConfig",
    "is_idempotent",
    "next_delay",
    "parse_retry_after",
    "retry_delay",
    "should_retry_error",
    "should_retry_status",
    "within_budget",
]

IDEMPOTENT_METHODS = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})
DEFAULT_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})

# Statuses whose meaning is "not processed, come back later": safe to repeat even a POST.
_UNPROCESSED_STATUSES = frozenset({429, 503})

# Raised before any byte of the request reached the server.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)

# Transient failures that may be retried when repeating the request is harmless.
_TRANSIENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


class RetryConfig(Record):
    """How a client retries failed requests. Pass `retries=None` to a client or call to disable.

    Waits grow exponentially from `initial_delay` up to `max_delay`; `jitter` removes a random
    fraction of each wait so many clients do not retry in lockstep. A `Retry-After` header
    (seconds or HTTP date) replaces the computed wait, capped at `retry_after_cap`.
    `total_timeout`, when set, bounds the whole loop: no retry starts once the time spent
    plus the next wait would exceed it.
    """

    __slots__ = (
        "max_retries",
        "initial_delay",
        "max_delay",
        "jitter",
        "total_timeout",
        "retry_after_cap",
        "retry_statuses",
        "retry_non_idempotent_after_read_timeout",
    )
    max_retries: int
    initial_delay: float
    max_delay: float
    jitter: float
    total_timeout: float | None
    retry_after_cap: float
    retry_statuses: frozenset[int]
    retry_non_idempotent_after_read_timeout: bool

    def __init__(
        self,
        max_retries: int = 2,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        jitter: float = 0.25,
        total_timeout: float | None = None,
        retry_after_cap: float = 60.0,
        retry_statuses: frozenset[int] = DEFAULT_RETRY_STATUSES,
        retry_non_idempotent_after_read_timeout: bool = False,
    ) -> None:
        init = object.__setattr__  # the fields are frozen once set
        init(self, "max_retries", max_retries)
        init(self, "initial_delay", initial_delay)
        init(self, "max_delay", max_delay)
        init(self, "jitter", jitter)
        init(self, "total_timeout", total_timeout)
        init(self, "retry_after_cap", retry_after_cap)
        init(self, "retry_statuses", retry_statuses)
        init(
            self, "retry_non_idempotent_after_read_timeout", retry_non_idempotent_after_read_timeout
        )


def is_idempotent(method: str) -> bool:
    return method.upper() in IDEMPOTENT_METHODS


def should_retry_status(config: RetryConfig, status: int, *, idempotent: bool) -> bool:
    if status not in config.retry_statuses:
        return False
    return idempotent or status in _UNPROCESSED_STATUSES


def should_retry_error(config: RetryConfig, error: Exception, *, idempotent: bool) -> bool:
    if isinstance(error, _NOT_SENT_ERRORS):
        return True
    if idempotent:
        return isinstance(error, _TRANSIENT_ERRORS)
    return isinstance(error, httpx.ReadTimeout) and config.retry_non_idempotent_after_read_timeout


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait according to a `Retry-After` value, or None if it is absent or invalid.

    `now` is the current wall-clock time (`time.time()`), needed for the HTTP-date form.
    """
    if not value:
        return None
    value = value.strip()
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000" zone: RFC 5322 says the time is UTC all the same
        when = when.replace(tzinfo=UTC)
    return max(when.timestamp() - now, 0.0)


def retry_delay(
    config: RetryConfig, *, retries_done: int, retry_after: float | None, rand: float
) -> float:
    """Seconds to sleep before the next attempt; `rand` is a number in [0, 1)."""
    if retry_after is not None:
        return min(retry_after, config.retry_after_cap)
    backoff = min(config.initial_delay * 2.0**retries_done, config.max_delay)
    return backoff * (1 - config.jitter * rand)


def within_budget(config: RetryConfig, *, retries_done: int, elapsed: float, delay: float) -> bool:
    """Whether another attempt fits in `max_retries` and the `total_timeout` budget."""
    if retries_done >= config.max_retries:
        return False
    return config.total_timeout is None or elapsed + delay < config.total_timeout


def next_delay(
    config: RetryConfig | None,
    outcome: httpx.Response | Exception,
    *,
    idempotent: bool,
    retries_done: int,
    elapsed: float,
    now: float,
    rand: float,
) -> float | None:
    """Seconds to wait before retrying after `outcome` (a failed response or a transport
    error), or None to give up. `now` is the wall-clock time, `rand` a number in [0, 1)."""
    if config is None:
        return None
    if isinstance(outcome, Exception):
        if not should_retry_error(config, outcome, idempotent=idempotent):
            return None
        retry_after = None
    else:
        if not should_retry_status(config, outcome.status_code, idempotent=idempotent):
            return None
        retry_after = parse_retry_after(outcome.headers.get("retry-after"), now=now)
    delay = retry_delay(config, retries_done=retries_done, retry_after=retry_after, rand=rand)
    fits = within_budget(config, retries_done=retries_done, elapsed=elapsed, delay=delay)
    return delay if fits else None
