# generated from spec/openrouter-byok.yaml; do not edit
"""Pure helpers turning a method's arguments into the parts of an HTTP request.

No I/O and no client state: the sync and async clients both assemble requests from these.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote, quote_plus, urlencode

import httpx
import pydantic_core

from ._multipart import as_fields, form_value, multipart_arguments
from ._operation import Operation
from ._params import Style, header_text, path_text, query_pairs, to_jsonable, to_text
from ._types import NOT_GIVEN, RequestOptions

__all__ = [
    "Call",
    "add_cookies",
    "body_arguments",
    "check_options",
    "encode_headers",
    "encode_query",
    "merge_headers",
    "query_parts",
    "render_path",
    "without_cookies",
]

_NO_OPTIONS: RequestOptions = {}
_OPTION_NAMES = frozenset(RequestOptions.__annotations__)
_JSON_HEADERS = {"Content-Type": "application/json"}
_FORM_HEADERS = {"Content-Type": "application/x-www-form-urlencoded"}
_BINARY_HEADERS = {"Content-Type": "application/octet-stream"}
_TEXT_HEADERS = {"Content-Type": "text/plain; charset=utf-8"}
_RESERVED_SAFE = ":/?[]@!$&'()*+,;=%"  # RFC 3986 reserved characters but `#`, and `%`
_LONE_PERCENT = re.compile("%(?![0-9A-Fa-f]{2})")
_PLACEHOLDER = re.compile(r"[^=]*=\{[^}]*\}")
# What a cookie value may hold as it is: RFC 6265 cookie-octets but `%`, plus `,`, which the
# form style writes between items (OpenAPI's own examples: `color=blue,black,brown`). The
# rest (`;`, space, `"`, backslash, controls, non-ASCII) is percent-encoded: a value cannot end its
# cookie early and smuggle in another.
_COOKIE_SAFE = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in '";\\%')
_FORM_RESERVED_SAFE = ":/?@!$'()*,;%"  # `_RESERVED_SAFE` but what a form gives a meaning


class Call:
    """The arguments of one method call, kept so a paginated call can be repeated.

    A plain class rather than a dataclass: one is built per request, and defining a dataclass
    costs ~1 ms of import time. Treat it as immutable: `with_query` returns a copy.
    """

    __slots__ = ("path", "query", "headers", "json", "body", "options", "cookies")

    def __init__(
        self,
        path: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        json: Mapping[str, object] | None = None,
        body: object = NOT_GIVEN,
        options: RequestOptions = _NO_OPTIONS,
        cookies: Mapping[str, object] | None = None,
    ) -> None:
        self.path = path
        self.query = query
        self.headers = headers
        self.json = json
        self.body = body
        self.options = options
        self.cookies = cookies

    def with_query(self, updates: Mapping[str, object]) -> Call:
        query = {**(self.query or {}), **updates}
        return Call(
            self.path, query, self.headers, self.json, self.body, self.options, self.cookies
        )


def check_options(options: RequestOptions) -> None:
    """Reject unknown per-call options, which `**options` would otherwise swallow silently.

    A misspelt argument (`timout=5`, `http_refferer=...`) lands in `**options` at runtime.
    """
    unknown = options.keys() - _OPTION_NAMES
    if unknown:
        expected = ", ".join(sorted(_OPTION_NAMES))
        raise TypeError(f"Unexpected keyword argument(s) {sorted(unknown)}; options are {expected}")


def render_path(op: Operation[Any], values: Mapping[str, object] | None) -> str:
    """`op.path` with each placeholder percent-encoded, so `../x` stays inside its segment;
    parameters listed in `op.styles["path"]` expanded in their style (label, matrix, ...).

    Raises ValueError for an empty value: `/things/` would address a different endpoint.
    """
    if not op.path_params:
        return op.path
    styles = op.styles.get("path")
    encoded: dict[str, str] = {}
    for name in op.path_params:
        value = values.get(name) if values else None
        if value is None or value is NOT_GIVEN or value == "":
            text = ""
        elif styles is not None and name in styles:
            text = path_text(name, value, styles[name])  # also empty for [] and {}
        else:
            text = quote(to_text(value), safe="")
        if not text:
            raise ValueError(f"Expected a non-empty value for `{name}` but received {value!r}")
        # "." and ".." would be removed as dot-segments by URL normalization; encode them.
        encoded[name] = text if text.strip(".") else text.replace(".", "%2E")
    path = op.path
    for name, text in encoded.items():  # not format_map: `{a.b}` would read an attribute
        path = path.replace("{" + name + "}", text)
    return path


def encode_query(
    values: Mapping[str, object] | None, styles: Mapping[str, Style] | None = None
) -> tuple[tuple[str, str], ...] | None:
    """Query (or cookie) pairs; None/NOT_GIVEN dropped. Arrays repeat their key (style form,
    explode true); the parameters in `styles` are written in their own style."""
    if not values:
        return None
    pairs: list[tuple[str, str]] = []
    for name, value in values.items():
        if value is None or value is NOT_GIVEN:
            continue
        if styles is not None and name in styles:
            pairs.extend(query_pairs(name, value, styles[name]))
        elif isinstance(value, (list, tuple, set, frozenset)):
            pairs.extend((name, to_text(item)) for item in value)
        else:
            pairs.append((name, to_text(value)))
    return tuple(pairs) or None


def query_parts(
    op: Operation[Any],
    values: Mapping[str, object] | None,
    extra: tuple[tuple[str, str], ...] | None,
) -> tuple[str, tuple[tuple[str, str], ...] | None]:
    """("", the query pairs for httpx), or ("?<query>", None) when a parameter allows reserved
    characters: httpx would percent-encode them, so that query string is written here. `extra`
    (the credentials) goes last, but for a name the call sends itself: its value wins, as its
    headers and cookies do (soundcloud.com's `client_id`, a parameter and an API key)."""
    styles = op.styles.get("query")
    if not op.reserved:
        params = encode_query(values, styles)
        return "", (*(params or ()), *_not_sent(extra, params)) if extra else params
    parts: list[str] = []
    sent: list[tuple[str, str]] = []
    for name, value in (values or {}).items():
        pairs = encode_query({name: value}, styles) or ()
        sent.extend(pairs)
        if name in op.reserved:
            parts.extend(f"{quote_plus(key)}={_reserved(text)}" for key, text in pairs)
        elif pairs:
            parts.append(urlencode(pairs))  # as httpx encodes them
    extra = _not_sent(extra, sent)
    if extra:
        parts.append(urlencode(extra))
    return ("?" + "&".join(parts) if parts else ""), None


def _not_sent(
    extra: tuple[tuple[str, str], ...] | None, sent: Sequence[tuple[str, str]] | None
) -> tuple[tuple[str, str], ...]:
    if not extra or not sent:
        return extra or ()
    names = {name for name, _ in sent}
    return tuple(pair for pair in extra if pair[0] not in names)


def template_query(
    path: str, query: str, params: tuple[tuple[str, str], ...] | None
) -> tuple[str, str, None]:
    """(path, "?<query>", None) for a path template holding a query (flickr's `/rest?method=
    ...`, weatherbit's `/alerts?lat={lat}`): its pairs first, then the call's, which httpx
    would put in their place. A pair still naming a placeholder (`?q={q}`) is a query
    parameter, sent by its own name: left out."""
    path, _, fixed = path.partition("?")
    kept = [pair for pair in fixed.split("&") if pair and not _PLACEHOLDER.fullmatch(pair)]
    rest = query[1:] if query else urlencode(params or ())
    joined = "&".join([*kept, rest] if rest else kept)
    return path, ("?" + joined if joined else ""), None


def _reserved(text: str) -> str:
    """RFC 6570 reserved expansion: reserved characters and %XX triples kept, all else encoded;
    but `#`, which would end the query (the server would never see the rest)."""
    return _LONE_PERCENT.sub("%25", quote(text, safe=_RESERVED_SAFE))


def encode_headers(
    values: Mapping[str, object] | None, styles: Mapping[str, Style] | None
) -> Mapping[str, object] | None:
    """`values` with the headers listed in `styles` written in their style (objects)."""
    if not values or styles is None:
        return values
    encoded = dict(values)
    for name, style in styles.items():
        value = values.get(name)
        if value is not None and value is not NOT_GIVEN:
            encoded[name] = header_text(value, style)
    return encoded


def without_cookies(cookies: httpx.Cookies, pairs: tuple[tuple[str, str], ...]) -> httpx.Cookies:
    """A copy of the client's cookies without those a call sets itself (see `add_cookies`)."""
    cookies = httpx.Cookies(cookies)
    for name in {name for name, _ in pairs}:
        cookies.delete(name)
    return cookies


def add_cookies(request: httpx.Request, pairs: tuple[tuple[str, str], ...]) -> None:
    """Append a call's cookies to the `Cookie` header, after the client's and the credentials'.
    Set on the header rather than a cookie jar: a name repeats for an exploded array."""
    sent = "; ".join(f"{name}={quote(value, safe=_COOKIE_SAFE)}" for name, value in pairs)
    existing = request.headers.get("Cookie")
    request.headers["Cookie"] = f"{existing}; {sent}" if existing else sent


def merge_headers(base: httpx.Headers, *layers: Mapping[str, object] | None) -> httpx.Headers:
    """`base` with each layer applied in order, later layers winning, case-insensitively.

    None and NOT_GIVEN values are skipped. `base` itself is returned when no layer sets
    anything, which is the common case and costs nothing (httpx copies headers it is given).
    """
    merged: httpx.Headers | None = None
    for layer in layers:
        if not layer:
            continue
        for name, value in layer.items():
            if value is None or value is NOT_GIVEN:
                continue
            if merged is None:
                merged = base.copy()
            merged[name] = to_text(value)
    return base if merged is None else merged


def body_arguments(op: Operation[Any], call: Call) -> tuple[dict[str, Any], Mapping[str, str]]:
    """The body as `httpx.Request` keyword arguments, and the headers it implies."""
    if call.json is not None:
        payload: object = {
            name: value
            for name, value in call.json.items()
            if value is not NOT_GIVEN and (value is not None or name in op.nullable)
        }
    elif call.body is not NOT_GIVEN and call.body is not None:  # None: an optional body left out
        payload = call.body
    else:
        return {}, {}
    if op.body == "form":
        return {"content": _form_content(op, payload)}, _FORM_HEADERS
    if op.body == "multipart":
        return multipart_arguments(op, payload)
    if op.body == "binary":  # bytes, str, a file object or a `(name, content, type)` tuple
        return {"content": _raw(payload)}, _content_type(op, _BINARY_HEADERS)
    if op.body == "text":  # str, or bytes / a file already encoded
        return {"content": _raw(payload)}, _content_type(op, _TEXT_HEADERS)
    content = pydantic_core.to_json(to_jsonable(payload))
    return {"content": content}, _content_type(op, _JSON_HEADERS)


def _raw(payload: object) -> object:
    if isinstance(payload, tuple):
        payload = payload[1]
    if hasattr(payload, "read"):
        payload = payload.read()
    if isinstance(payload, str):
        return payload.encode()
    if isinstance(payload, (bytes, bytearray, memoryview)) or hasattr(payload, "__iter__"):
        return payload  # an iterable of bytes is streamed by httpx
    return str(payload).encode()


def _content_type(op: Operation[Any], default: Mapping[str, str]) -> Mapping[str, str]:
    return {"Content-Type": op.content_type} if op.content_type else default


def _form_content(op: Operation[Any], payload: object) -> bytes:
    """The urlencoded body: the fields in `op.styles["form"]` written in their style as query
    parameters are (`_params`), the others plainly; `op.form_reserved` fields keep reserved
    characters but those with a meaning in a form (`&`, `=`, `+`, `#`, brackets)."""
    fields = as_fields(payload, mode="json")
    styles = op.styles.get("form")
    if styles is None and not op.form_reserved:
        return urlencode(encode_query({k: form_value(v) for k, v in fields.items()}) or ()).encode()
    parts: list[str] = []
    for name, value in fields.items():
        styled = styles is not None and name in styles
        pairs = encode_query({name: value if styled else form_value(value)}, styles) or ()
        if name in op.form_reserved:
            parts.extend(f"{quote_plus(key)}={_form_reserved(text)}" for key, text in pairs)
        elif pairs:
            parts.append(urlencode(pairs))
    return "&".join(parts).encode()


def _form_reserved(text: str) -> str:
    return _LONE_PERCENT.sub("%25", quote(text, safe=_FORM_RESERVED_SAFE))
