"""Server objects → `Server`s: the API's servers, each operation's own, their variables.

The spec checks report a placeholder without a variable, a variable without a `default` and a
default outside its `enum` as errors; under `--lenient` what is read here still makes a client
that type-checks (an undeclared placeholder stays in the URL as written, a missing default is
the first enum value or "", a default outside the enum joins it).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin

from ..model import Server, ServerVariable
from ..naming import argument_name, dedupe
from .refs import Document
from .spec_values import text

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

# Names the client constructor and `_client.py`'s `_server_url` already use (arguments, locals,
# modules): a variable named like one gets a `_2` suffix.
_CLIENT_NAMES = frozenset(
    {
        *("self", "api_key", "server_url", "timeout", "retries", "http_client", "base_url"),
        *("chosen", "os", "platform", "httpx", "Callable", "Literal", "TYPE_CHECKING"),
    }
)


def api_servers(doc: Document) -> tuple[Server, ...]:
    """The document's `servers`, in order; `/` when it has none (OpenAPI's default)."""
    found = (read_server(s) for s in doc.get(("servers",)) or [])
    return tuple(s for s in found if s is not None) or (Server("/"),)


def read_server(raw: Any) -> Server | None:
    """One Server Object; None when it has no URL."""
    if not isinstance(raw, dict) or not isinstance(raw.get("url"), str) or not raw["url"]:
        return None
    variables = raw.get("variables")
    declared: dict[str, Any] = variables if isinstance(variables, dict) else {}
    used = dict.fromkeys(_PLACEHOLDER.findall(raw["url"]))  # in the URL's order, once each
    used_variables = tuple(
        _variable(name, declared[name])
        for name in used
        if name in declared and isinstance(declared[name], dict)
    )
    return Server(raw["url"], text(raw.get("description")), used_variables)


def _variable(name: str, raw: dict[str, Any]) -> ServerVariable:
    enum = tuple(str(v) for v in raw.get("enum") or () if v is not None)
    default = str(raw["default"]) if raw.get("default") is not None else (enum or ("",))[0]
    if enum and default not in enum:
        enum = (*enum, default)  # lenient: the Literal type must admit the default
    return ServerVariable(name, default, enum, text(raw.get("description")))


def operation_server(item: dict[str, Any], op: dict[str, Any], api: Server) -> Server | None:
    """The operation's own server (its `servers`, else its path item's), or None when it
    has none or names the API's first server. A relative one is kept as written: the runtime
    resolves it against the client's base URL per request, so it follows the client's
    variables and `server_url` (at generation time it could only follow their defaults)."""
    listed: list[Any] = next((o["servers"] for o in (op, item) if o.get("servers")), [])
    server = next((s for s in map(read_server, listed) if s is not None), None)
    if server is None or server.url == api.url:
        return None  # the API's first server again: it follows the client's variables
    if server.url.startswith("//"):  # another host, the API's scheme: not below the client's
        server = dataclasses.replace(server, url=urljoin(api.url, server.url))
    if not server.variables and urljoin(api.default_url, server.url) == api.default_url:
        return None
    return server


def with_arguments(server: Server, taken: Iterable[str]) -> Server:
    """`server` with a client constructor argument named for each variable."""
    names = dedupe((argument_name(v.name) for v in server.variables), {*_CLIENT_NAMES, *taken})
    variables = tuple(
        dataclasses.replace(v, argument=n) for v, n in zip(server.variables, names, strict=True)
    )
    return dataclasses.replace(server, variables=variables)
