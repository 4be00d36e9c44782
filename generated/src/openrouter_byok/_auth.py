# generated from spec/openrouter-byok.yaml; do not edit
"""Credentials: how each of the client's secrets is sent, and which ones an operation sends.

A client holds named credentials (`api_key` first, then one per other way the API takes a
secret), each a string, a function returning one (called once per request, so rotated keys take
effect at once) or None. An `Operation` lists the alternatives it accepts, each a tuple of
credential names sent together; the first alternative whose credentials are all set is sent.
`Operation.security` None means the `api_key` credential alone; `()` means none at all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeAlias

import httpx

__all__ = ["Auth", "Scheme", "Secret", "Security"]

Secret: TypeAlias = "str | Callable[[], str] | None"
"""A credential, or a function returning the current one (called once per request)."""

Scheme: TypeAlias = "tuple[str, str]"
"""How a credential is sent: ("bearer" | "basic" | "header" | "query" | "cookie", name)."""

Security: TypeAlias = "tuple[tuple[str, ...], ...] | None"

_DEFAULT: tuple[tuple[str, ...], ...] = (("api_key",),)
BEARER: Mapping[str, Scheme] = {"api_key": ("bearer", "Authorization")}
_NO_QUERY: tuple[tuple[str, str], ...] = ()


class Auth:
    """The credentials of one client, turned into headers and query parameters per operation.

    Results for operations whose credentials are fixed strings are computed once and reused:
    on the common path a request pays one dictionary lookup for its credentials.
    """

    __slots__ = ("_values", "_schemes", "_base", "_cache", "secret_params")

    def __init__(
        self, values: Mapping[str, Secret], schemes: Mapping[str, Scheme], base: httpx.Headers
    ) -> None:
        self._values = dict(values)
        self._schemes = schemes
        self._base = base  # the client's headers, without credentials
        self._cache: dict[Security, tuple[httpx.Headers, tuple[tuple[str, str], ...]]] = {}
        # masked in DEBUG logs
        self.secret_params = frozenset(name for how, name in schemes.values() if how == "query")

    def parts(self, security: Security) -> tuple[httpx.Headers, tuple[tuple[str, str], ...]]:
        """The client's headers plus the credential headers `security` sends, and its query
        parameters (the client's headers alone when no alternative has all its credentials)."""
        cached = self._cache.get(security)
        if cached is not None:
            return cached
        alternatives = _DEFAULT if security is None else security
        result = self._build(alternatives)
        if not any(callable(self._values.get(n)) for alt in alternatives for n in alt):
            self._cache[security] = result
        return result

    def _build(
        self, alternatives: tuple[tuple[str, ...], ...]
    ) -> tuple[httpx.Headers, tuple[tuple[str, str], ...]]:
        for alternative in alternatives:
            values = [self._value(name) for name in alternative]
            if any(v is None for v in values):
                continue
            if not alternative:
                break  # anonymous access: nothing to send
            headers = self._base.copy()
            query: list[tuple[str, str]] = []
            cookies: list[str] = []
            for name, value in zip(alternative, values):
                how, param = self._schemes.get(name, BEARER["api_key"])
                if how == "query":
                    query.append((param, str(value)))
                elif how == "cookie":
                    cookies.append(f"{param}={value}")
                else:
                    headers[_header_name(how, param)] = _header_value(how, str(value))
            if cookies:
                headers["Cookie"] = "; ".join(cookies)
            return headers, tuple(query)
        return self._base, _NO_QUERY

    def _value(self, name: str) -> str | None:
        value = self._values.get(name)
        return value() if callable(value) else value


def _header_name(how: str, param: str) -> str:
    return "Authorization" if how in ("bearer", "basic") else param


def _header_value(how: str, value: str) -> str:
    if how == "bearer":
        return f"Bearer {value}"
    if how == "basic":  # the credential is "username:password"
        import base64  # imported on first use: keeps `import` fast

        return "Basic " + base64.b64encode(value.encode()).decode()
    return value
