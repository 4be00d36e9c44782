"""The `Operation(...)` settings of a generated method, as source text: how the runtime sends
the request (parameter styles, body media type, Accept) and reads the answer (per-status bodies,
pages, event streams), and what the multipart part headers ask of the caller.
`views_client_methods` puts them into each `MethodView`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from . import emit
from .media import essence, is_json_sequence, is_json_text_sequence
from .model import Body, FieldEncoding, Operation, Parameter, Primitive, Response, non_null
from .param_styles import runtime_style


def event_stream_source(streamed: Response | None) -> str:
    """`EventStream(...)` or `JsonLines(...)` source: how the runtime reads a stream; "" if none."""
    if streamed is None:
        return ""
    if is_json_lines(streamed):
        # RFC 7464: a record starts with RS; JSON lines, ndjson, stream+json end at a newline
        separator = "\x1e" if is_json_text_sequence(streamed.content_type or "") else "\n"
        return f"JsonLines(separator={separator!r})"
    return f"EventStream(sentinel={streamed.sentinel!r}, envelope={streamed.envelope!r})"


def is_json_lines(streamed: Response) -> bool:
    """Whether a streamed response is JSON values one per line or record (not events)."""
    return is_json_sequence(streamed.content_type or "")


def styles_source(params: Sequence[Parameter], form: dict[str, tuple[str, bool]]) -> str:
    """location → wire name → (style, explode) of the parameters and form fields the runtime
    must be told the style of (see `param_styles`, `body_encoding`), as source; "" if none."""
    styled: dict[str, dict[str, tuple[str, bool]]] = {}
    for p in params:
        style = runtime_style(p)
        if style is not None:
            styled.setdefault(p.location, {})[p.wire_name] = style
    if form:
        styled["form"] = form
    return repr(styled) if styled else ""


def statuses_source(op: Operation, response_format: str) -> str:
    """`{202: lambda: models.Job, 204: None}` source: the success statuses whose body is not
    the primary one's, each parsed as its own type (see `Operation.status_bodies`), or ""."""
    if response_format != "json" or not op.status_bodies:
        return ""
    entries = []
    for status, t in op.status_bodies:
        value = emit.py_runtime_type(t) if t else "None"
        entries.append(f"{status}: " + ("lambda: " + value if "models." in value else value))
    return "{" + ", ".join(entries) + "}"


def frozenset_source(names: Iterable[str]) -> str:
    """`frozenset({...})` source of `names`, or ""."""
    # spelled in sorted order: a set's repr follows the hash seed, and the output must not
    ordered = sorted(set(names))
    return "frozenset({" + ", ".join(map(repr, ordered)) + "})" if ordered else ""


def read_format(response: Response | None) -> str:
    """ "json", or "text"/"bytes" for a body that is not JSON (returned as `str`/`bytes`)."""
    if response is None or response.type is None or response.content_type is None:
        return "json"
    media = response.content_type.lower()
    if non_null(response.type) == Primitive("bytes"):  # unparsed, e.g. application/x-ndjson
        return "bytes"
    if "json" in media:
        return "json"
    if media.startswith("text/") and non_null(response.type) == Primitive("str"):
        return "text"
    if non_null(response.type) in (Primitive("file"), Primitive("bytes"), Primitive("str")):
        return "bytes"
    return "json"


def pagination_source(op: Operation) -> str:
    """The operation's `OffsetPagination(...)` or `CursorPagination(...)`, as source."""
    page = op.pagination
    if page is None:
        return ""
    if page.kind == "cursor":
        return (
            f"CursorPagination(cursor_param={page.cursor_param!r}, items={page.items_path!r}, "
            f"next_cursor={page.next_cursor_path!r})"
        )
    total = repr(page.total_path) if page.total_path else "None"
    return (
        f"OffsetPagination(offset_param={page.offset_param!r}, limit_param={page.limit_param!r}, "
        f"items={page.items_path!r}, total={total})"
    )


_DEFAULT_MEDIA = {
    "binary": "application/octet-stream",
    "text": "text/plain",
    "json": "application/json",
}


def body_content_type(body: Body | None) -> str:
    """The media type a raw or JSON body is sent as, when the runtime's default for its
    encoding (application/octet-stream, text/plain, application/json) is not it: a JSON:API
    server answers 415 to `application/json`, Kubernetes wants `application/merge-patch+json`."""
    if body is None or body.encoding not in _DEFAULT_MEDIA:
        return ""
    media = body.content_type.lower()
    return "" if media == _DEFAULT_MEDIA[body.encoding] or "*" in media else body.content_type


def json_relative(op: Operation, streamed: Response | None) -> bool:
    """Whether the method reads JSON of another media type than `application/json`
    (`application/vnd.api+json`, `application/vnd.amadeus+json`): the client's default Accept
    would get a 406 from a strict server (Prism too)."""
    media = op.response.content_type if op.response is not None and streamed is None else None
    kind = essence(media) if media else ""
    return "json" in kind and kind != "application/json" and "*" not in kind


def accept_source(op: Operation, streamed: Response | None, body_format: str) -> str:
    """The Accept header of a method whose body is not plain `application/json` ("" else): the
    primary response's media type, wildcards such as `audio/*` included (a server answers an
    Accept it cannot meet with 406), then `application/json` so that errors still come back as
    JSON. Only `*/*` says nothing the default Accept would improve."""
    if streamed is not None and is_json_lines(streamed):  # else a server may answer one JSON
        return f"{streamed.content_type}, application/json"
    if body_format == "json" and not json_relative(op, streamed):
        return ""
    media = op.response.content_type if op.response is not None else None
    if not media or media.startswith("*/"):
        return ""
    return f"{media}, application/json"


def part_note(e: FieldEncoding) -> str:
    """The docstring note on a multipart property's part headers: the constants as they are
    sent, and the headers the caller gives in a file's tuple; "" for none."""
    sent = ", ".join(
        f"`{name}: {value if isinstance(value, str) else json.dumps(value)}`"
        for name, value in e.headers
    )
    given = ", ".join(f"`{name}`" for name in e.caller_headers)
    notes = [f"Its part is sent with the header(s) {sent}." if sent else ""]
    if given:
        notes.append(
            f"The part's header(s) {given} go in a `(filename, content, content_type, headers)`"
            " tuple."
        )
    return " ".join(filter(None, notes))
