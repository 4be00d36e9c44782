"""A form or multipart body's `encoding` map → one `FieldEncoding` per property of its model,
the Encoding Object's defaults filled in; warnings where OpenAPI leaves the result undefined or
the SDK sends something else than the entry asks, each saying what is sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..body_encoding import default_content_type, is_file, is_json
from ..model import ArrayOf, Field, FieldEncoding, Model, ModelRef, TypeRef, non_null
from ..param_styles import STYLES, nests, structured, undefined, value_kind
from .part_headers import part_headers
from .refs import Document
from .spec_values import esc

_RFC6570 = ("style", "explode", "allowReserved")
_PLAIN_TEXT = "text/plain"


class EncodingReader:
    """Reads the `encoding` of a form or multipart media type object."""

    def __init__(
        self,
        doc: Document,
        models: dict[str, Model],
        type_of: Callable[[Any, str, str], TypeRef],
    ) -> None:
        self.doc = doc
        self.models = models
        self.type_of = type_of  # a header's schema → its type (`SchemaBuilder.type_of`)

    def encodings(
        self, media_obj: dict[str, Any], body_type: TypeRef, at: str, form: bool
    ) -> tuple[FieldEncoding, ...]:
        """`at`: the media type object's pointer; `form`: x-www-form-urlencoded (else
        multipart)."""
        model = self.models.get(body_type.name) if isinstance(body_type, ModelRef) else None
        fields = model.fields if model is not None else ()
        raw = media_obj.get("encoding")
        entries = raw if isinstance(raw, dict) else {}
        known = {f.wire_name for f in fields}
        for name in entries:
            if str(name) not in known:
                self.doc.warn(
                    f"{at}/encoding/{esc(str(name))}",
                    f"the body has no property {str(name)!r}; this encoding is not used",
                )
        read = self._form_field if form else self._part
        return tuple(
            read(f, entries.get(f.wire_name), f"{at}/encoding/{esc(f.wire_name)}") for f in fields
        )

    def _form_field(self, f: Field, raw: Any, at: str) -> FieldEncoding:
        entry = self.doc.deref(raw) if isinstance(raw, dict) else {}
        pointer = at if isinstance(raw, dict) else ""
        media = str(entry.get("contentType") or default_content_type(f.type))
        if not any(key in entry for key in _RFC6570):  # sent by its content type alone
            return FieldEncoding(
                f.wire_name, f.type, self._form_media(f, media, at), pointer=pointer
            )
        style, explode = self._style(f, entry, at, "form field")
        reserved = entry.get("allowReserved") is True
        return FieldEncoding(
            f.wire_name, f.type, media, style, explode, reserved, pointer, "style" in entry
        )

    def _style(self, f: Field, entry: dict[str, Any], at: str, what: str) -> tuple[str, bool]:
        """The entry's (style, explode), its defaults filled in as for a query parameter;
        warned where the style table leaves the result undefined."""
        style = entry.get("style", "form")
        if style not in STYLES["query"]:
            self.doc.warn(
                f"{at}/style", f"style {style!r} is not defined for {what}s; sent as style form"
            )
            style = "form"
        explode = entry.get("explode", style == "form") is True
        problem = undefined(style, explode, value_kind(f.type), nests(f.type, self.models))
        if problem:
            self.doc.warn(f"{at}/style", f"{what} {f.wire_name!r}: {problem}")
        return style, explode

    def _form_media(self, f: Field, media: str, at: str) -> str:
        """The content type a form field is sent as: objects are JSON text, array items as
        their own kind says (one pair each)."""
        t = non_null(f.type)
        if structured(t) and value_kind(t) == "object" and not is_json(media):
            self.doc.warn(
                f"{at}/contentType",
                f"form field {f.wire_name!r}: an object is sent as JSON text, not as {media}",
            )
            return "application/json"
        if isinstance(t, ArrayOf) and is_json(media) and not structured(t.item):
            self.doc.warn(
                f"{at}/contentType",
                f"form field {f.wire_name!r}: OpenAPI does not say how an array is sent as"
                f" {media} in a form; sent as one name=value pair per item, each as text",
            )
        return media

    def _part(self, f: Field, raw: Any, at: str) -> FieldEncoding:
        entry = self.doc.deref(raw) if isinstance(raw, dict) else {}
        pointer = at if isinstance(raw, dict) else ""
        headers = part_headers(
            self.doc,
            f.wire_name,
            entry.get("headers"),
            f"{at}/headers",
            file=is_file(f.type),
            type_of=self.type_of,
        )
        styled = any(key in entry for key in _RFC6570)
        if styled and not is_file(f.type):
            # style-based: each name=value pair is a text part; form-data percent-encodes
            # nothing (OpenAPI 3.1.1 appendix E), so allowReserved changes no byte
            style, explode = self._style(f, entry, at, "multipart part")
            return FieldEncoding(
                f.wire_name, f.type, _PLAIN_TEXT, style, explode, False, pointer,
                "style" in entry, headers.constant, header_arguments=headers.arguments,
            )  # fmt: skip
        if styled:
            self.doc.warn(
                at,
                f"multipart part {f.wire_name!r}: style, explode and allowReserved do not apply"
                " to a file; it is sent as a file part by its contentType",
            )
        media = str(entry.get("contentType") or default_content_type(f.type))
        t = non_null(f.type)
        each = t.item if isinstance(t, ArrayOf) else t  # an array is one part per item
        if structured(each) and not is_file(t) and not is_json(media):
            self.doc.warn(
                f"{at}/contentType",
                f"multipart part {f.wire_name!r}: an array or object is sent as JSON text"
                f" (application/json), not as {media}",
            )
            media = "application/json"
        kept = entry.get("style")
        # a file's style is kept for the test views only: Prism crashes on a delimited style on
        # no array
        return FieldEncoding(
            f.wire_name, f.type, media, kept if isinstance(kept, str) else None,
            pointer=pointer, headers=headers.constant, caller_headers=headers.in_tuple,
            header_arguments=headers.arguments,
        )  # fmt: skip
