"""Form and multipart body fields: how OpenAPI's Encoding Object says each is sent, and which
of them the runtime must be told about.

The runtime (`_request`) sends a form field plainly unless `Operation.styles["form"]` lists it:
text, an array as one pair per item, an object (or an object item) as JSON text. That is what
the Encoding Object's defaults ask for (`contentType` text/plain, application/json), so only
fields with a style the plain encoding gets wrong, or a JSON `contentType` on a primitive, are
listed. A multipart part is sent the same way without a Content-Type of its own (files: httpx's
guess); `Operation.parts` names the parts sent with one, and JSON parts are JSON text. A
multipart array or object with a style is listed in `styles["form"]` too: each name=value pair
its style writes is one text part (an exploded array: one part per item, under the same name).
`Operation.part_headers` holds the constant part headers; the caller's come with the value
(`_multipart.Part`).
"""

from __future__ import annotations

from .model import ArrayOf, Body, FieldEncoding, JsonValue, Primitive, TypeRef, non_null
from .param_styles import JSON, structured, value_kind

Style = tuple[str, bool]

OCTET_STREAM = "application/octet-stream"
_BINARY = frozenset({"bytes", "file"})
_PLAIN_TEXT = "text/plain"


def default_content_type(t: TypeRef) -> str:
    """The Encoding Object's default `contentType` for a property of type `t`."""
    t = non_null(t)
    if isinstance(t, ArrayOf):
        return default_content_type(t.item)
    if isinstance(t, Primitive) and t.kind in _BINARY:
        return OCTET_STREAM
    # an untyped property (`any`) is no object to the table: sent as it comes
    return "application/json" if structured(t) else _PLAIN_TEXT


def is_json(media: str) -> bool:
    """application/json, or a structured-syntax suffix such as application/merge-patch+json."""
    essence = media.split(";", 1)[0].strip().lower()
    return essence == "application/json" or essence.endswith("+json")


def form_style(enc: FieldEncoding) -> Style | None:
    """How a form field is written: (style, explode) by the style table, ("json", False) for a
    primitive sent as JSON text, or None for the plain encoding."""
    if enc.style is not None:
        return enc.style, enc.explode
    if value_kind(enc.type) == "primitive" and is_json(enc.content_type):
        return JSON, False
    return None


def runtime_form_style(enc: FieldEncoding) -> Style | None:
    """`form_style`, or None when the plain encoding sends the field so: a primitive in any
    style but JSON (the undefined ones are sent as name=value), an array in style form with
    explode."""
    style = form_style(enc)
    if style is None or style[0] == JSON:
        return style
    kind = value_kind(enc.type)
    if kind == "primitive" or (kind == "array" and style == ("form", True)):
        return None
    return style


def part_type(enc: FieldEncoding) -> str | None:
    """The Content-Type the runtime must give a multipart part, or None for its own: a JSON
    part, text of another media type, a file's one concrete type (not a list or a wildcard)."""
    media = enc.content_type
    if is_file(enc.type):
        return None if "," in media or "*" in media or media == OCTET_STREAM else media
    return None if media == _PLAIN_TEXT else media


def is_file(t: TypeRef) -> bool:
    """A binary string, or an array of them: sent as file parts."""
    t = non_null(t)
    if isinstance(t, ArrayOf):
        t = non_null(t.item)
    return isinstance(t, Primitive) and t.kind in _BINARY


def runtime_encoding(body: Body | None) -> tuple[dict[str, Style], dict[str, str], list[str]]:
    """What `Operation` must be told about a body's fields: the form fields not sent plainly
    (wire name → style), the parts with a Content-Type, the form fields allowing reserved
    characters (sorted); all empty for the common case."""
    styles: dict[str, Style] = {}
    parts: dict[str, str] = {}
    reserved: list[str] = []
    for enc in body.encodings if body is not None else ():
        if body is not None and body.encoding == "form":
            style = runtime_form_style(enc)
            if style is not None:
                styles[enc.wire_name] = style
            if enc.allow_reserved:
                reserved.append(enc.wire_name)
        elif enc.style is not None and not is_file(enc.type):
            if value_kind(enc.type) != "primitive":  # a primitive is one text part anyway
                styles[enc.wire_name] = enc.style, enc.explode
        elif (media := part_type(enc)) is not None:
            parts[enc.wire_name] = media
    return styles, parts, sorted(reserved)


def part_headers(body: Body | None) -> dict[str, dict[str, JsonValue]]:
    """The headers sent with each part of a multipart property (wire name → header → value);
    empty for other bodies and the common case."""
    if body is None or body.encoding != "multipart":
        return {}
    return {enc.wire_name: dict(enc.headers) for enc in body.encodings if enc.headers}
