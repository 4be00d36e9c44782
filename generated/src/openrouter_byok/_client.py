# generated from spec/openrouter-byok.yaml; do not edit
"""`OpenRouter` and `AsyncOpenRouter`: the clients, holding settings shared by every call."""

from __future__ import annotations

import os
import platform
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._async_base_client import AsyncAPIClient
from ._sync_base_client import SyncAPIClient
from ._retries import RetryConfig
from ._version import __version__

if TYPE_CHECKING:
    from .resources.byok import AsyncByok, Byok

__all__ = ["AsyncOpenRouter", "OpenRouter"]

DEFAULT_SERVER_URL = "https://openrouter.ai/api/v1"
ENV_API_KEY = "OPENROUTER_API_KEY"
ENV_BASE_URL = "OPENROUTER_BASE_URL"
DEFAULT_TIMEOUT = 60.0
DEFAULT_RETRIES = RetryConfig()

_USER_AGENT = f"openrouter_byok/{__version__} python/{platform.python_version()}"


def _default_headers(
    http_referer: str | None, app_title: str | None, app_categories: str | None
) -> dict[str, str]:
    headers = {
        "User-Agent": _USER_AGENT,
        "HTTP-Referer": http_referer,
        "X-OpenRouter-Title": app_title,
        "X-OpenRouter-Categories": app_categories,
    }
    return {name: value for name, value in headers.items() if value is not None}


def _credential(
    value: str | Callable[[], str] | None, env_var: str
) -> str | Callable[[], str] | None:
    return value if value is not None else os.environ.get(env_var)


def _server_url(server_url: str | None) -> tuple[str, bool]:
    """The base URL, and whether the user chose it (argument or environment variable): a chosen
    one also gets the requests of operations that have a server of their own."""
    chosen = server_url or os.environ.get(ENV_BASE_URL)
    if chosen:
        return chosen, True
    return DEFAULT_SERVER_URL, False


class OpenRouter(SyncAPIClient):
    """Client for the OpenRouter BYOK API.

    Args:
      api_key: Sent as a bearer token. A function is called for every request, so a rotated key
        takes effect at once. Defaults to the `OPENROUTER_API_KEY` environment variable; without
        either, requests carry no credentials.
      server_url: Defaults to the `OPENROUTER_BASE_URL` environment variable, then
        `https://openrouter.ai/api/v1`.
      timeout: Seconds (or an `httpx.Timeout`) for each attempt; None for no timeout.
      retries: How failed requests are retried; None disables retrying.
      http_client: An `httpx.Client` to send requests with. It stays open after this client is
        closed: whoever creates it closes it.
      http_referer: Your app's URL. OpenRouter uses it as the app's primary identifier for
        rankings and to attribute API usage to the app. (`HTTP-Referer` header)
      app_title: The name under which your app is shown in OpenRouter's dashboard.
        (`X-OpenRouter-Title` header)
      app_categories: Comma-separated app categories (for example `cli-agent,cloud-agent`), used
        for marketplace rankings. (`X-OpenRouter-Categories` header)
    """

    def __init__(
        self,
        *,
        api_key: str | Callable[[], str] | None = None,
        server_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retries: RetryConfig | None = DEFAULT_RETRIES,
        http_client: httpx.Client | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        base_url, chosen = _server_url(server_url)
        super().__init__(
            base_url=base_url,
            base_url_chosen=chosen,
            api_key=_credential(api_key, ENV_API_KEY),
            timeout=timeout,
            retries=retries,
            http_client=http_client,
            default_headers=_default_headers(http_referer, app_title, app_categories),
        )

    @cached_property
    def byok(self) -> Byok:
        """BYOK endpoints"""
        from .resources.byok import Byok  # imported on first use: keeps `import` fast

        return Byok(self)


class AsyncOpenRouter(AsyncAPIClient):
    """Async client for the OpenRouter BYOK API; the arguments are those of `OpenRouter`."""

    def __init__(
        self,
        *,
        api_key: str | Callable[[], str] | None = None,
        server_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        retries: RetryConfig | None = DEFAULT_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        http_referer: str | None = None,
        app_title: str | None = None,
        app_categories: str | None = None,
    ) -> None:
        base_url, chosen = _server_url(server_url)
        super().__init__(
            base_url=base_url,
            base_url_chosen=chosen,
            api_key=_credential(api_key, ENV_API_KEY),
            timeout=timeout,
            retries=retries,
            http_client=http_client,
            default_headers=_default_headers(http_referer, app_title, app_categories),
        )

    @cached_property
    def byok(self) -> AsyncByok:
        """BYOK endpoints"""
        from .resources.byok import AsyncByok  # imported on first use: keeps `import` fast

        return AsyncByok(self)
