"""Request bodies → `Body`, with the fields a JSON object body is flattened into."""

from __future__ import annotations

import dataclasses
from typing import Any

from ..model import (
    Body,
    BodyEncoding,
    Field,
    FieldEncoding,
    ModelRef,
    Primitive,
    TypeRef,
)
from ..naming import claim, dedupe, field_name, pascal
from .binary import warn_binary
from .encodings import EncodingReader
from .parameters import RESERVED_ARGUMENTS
from .refs import Document
from .schemas import SchemaBuilder
from .spec_values import esc, media_content, pick_media, shown_example, text


class BodyReader:
    """Reads the request body of an operation."""

    def __init__(self, doc: Document, schemas: SchemaBuilder) -> None:
        self.doc = doc
        self.schemas = schemas
        self._warned: set[str] = set()  # binary properties warned about (`warn_binary`)
        self.encodings = EncodingReader(doc, schemas.models, schemas.type_of)

    def body(self, op: dict[str, Any], pointer: str, op_id: str, taken: set[str]) -> Body | None:
        raw = op.get("requestBody")
        if raw is None:
            return None
        request_body = self.doc.deref(raw)
        content = media_content(self.doc, request_body, f"{pointer}/requestBody")
        media = _pick(content)
        if media is None:
            return self._raw_body(content, request_body, pointer) if content else None
        at = f"{pointer}/requestBody/content/{esc(media)}"
        media_obj = content[media] if isinstance(content[media], dict) else {}
        if (
            _encoding(media) in ("binary", "text")
            and self._schema(media_obj).get("type", "string") != "string"
        ):
            # octet-stream bytes described as an object (Swagger 2's `file`, converted as
            # `{type: object, format: file}`: azure.com cognitiveservices), or an object sent
            # as text/xml (AWS's query APIs: sns): sent raw, the caller encodes it
            return self._raw_body({media: media_obj}, request_body, pointer)
        schema = media_obj.get("schema", {})
        body_type = self._type(schema, f"{at}/schema", pascal(op_id) + "Request", media, pointer)
        example = shown_example(self.doc, media_obj, schema)
        encoding = _encoding(media)
        fields = self._flattened(body_type, taken)
        encodings = (
            self.encodings.encodings(media_obj, body_type, at, form=encoding == "form")
            if encoding in ("form", "multipart")
            else ()
        )
        ref_required = self._ref_required(schema, f"{at}/schema")
        return Body(
            content_type=media,
            encoding=encoding,
            type=body_type,
            required=request_body.get("required") is True,
            fields=fields,
            description=text(request_body.get("description")),
            example=example,
            has_example=example is not None,
            encodings=self._header_arguments(encodings, fields, taken),
            ref_required=ref_required,
        )

    def _header_arguments(
        self, encodings: tuple[FieldEncoding, ...], fields: tuple[Field, ...], taken: set[str]
    ) -> tuple[FieldEncoding, ...]:
        """The part headers the caller gives, named `<property argument>_<header>` apart from
        every other argument; warned and left out when the body is one `body` argument."""
        seen = taken | RESERVED_ARGUMENTS | {f.name for f in fields}
        arguments = {f.wire_name: f.name for f in fields}
        found = []
        for enc in encodings:
            if enc.header_arguments and enc.wire_name not in arguments:
                for h in enc.header_arguments:
                    self.doc.warn(
                        f"{enc.pointer}/headers/{esc(h.wire_name)}",
                        f"multipart part {enc.wire_name!r}: header {h.wire_name!r} is not sent;"
                        " the method takes the body whole, with no argument for the header",
                    )
                enc = dataclasses.replace(enc, header_arguments=())
            headers = tuple(
                dataclasses.replace(
                    h, name=claim(field_name(f"{arguments[enc.wire_name]}_{h.wire_name}"), seen)
                )
                for h in enc.header_arguments
            )
            found.append(dataclasses.replace(enc, header_arguments=headers))
        return tuple(found)

    def _ref_required(self, schema: Any, at: str) -> tuple[str, ...]:
        """`required` beside the body schema's `$ref` (soundcloud.com), warned: read as the
        `$ref` alone (OpenAPI 3.0 ignores the keys beside one), Prism applies it."""
        if not isinstance(schema, dict) or "$ref" not in schema:
            return ()
        names = schema.get("required")
        if not isinstance(names, list) or not names:
            return ()
        self.doc.warn(
            f"{at}/required",
            "`required` beside a `$ref` is not applied (the referenced schema is read alone, "
            "as OpenAPI 3.0 reads a Reference Object): these properties stay optional "
            "arguments; Prism applies it and rejects a call without them, so the generated "
            "contract tests leave out this operation",
        )
        return tuple(str(n) for n in names)

    def _type(self, schema: Any, at: str, hint: str, media: str, op_pointer: str) -> TypeRef:
        """The body's type; in a JSON or form body, binary strings are text (`binary.py`)."""
        encoding = _encoding(media)
        if encoding not in ("json", "form"):
            return self.schemas.type_of(schema, at, hint)
        where = f"a {'JSON' if encoding == 'json' else 'form'} request body ({op_pointer})"
        with self.schemas.text_only(where):
            body_type = self.schemas.type_of(schema, at, hint)
        warn_binary(self.doc, body_type, self.schemas.models, where, at, self._warned)
        return body_type

    def _raw_body(self, content: dict[str, Any], request_body: dict[str, Any], at: str) -> Body:
        """A body of other media types (image/png, application/xml...): raw bytes, sent as
        the first concrete one; a wildcard (image/*) or a choice is left to the caller."""
        concrete = [str(m) for m in content if "*" not in str(m)]
        media = concrete[0] if concrete else "application/octet-stream"
        if len(content) > 1 or not concrete:
            self.doc.warn(
                f"{at}/requestBody/content",
                f"request body media types {sorted(content)}: the method takes a `body` of raw "
                f"bytes sent as {media}; pass extra_headers={{'Content-Type': ...}} to send "
                "another",
            )
        elif self._structured(content[media]):
            self.doc.warn(
                f"{at}/requestBody/content/{esc(media)}",
                f"{media} bodies are not built from their schema; the method takes a `body` of "
                f"raw bytes, already encoded as {media}",
            )
        return Body(
            media,
            "binary",
            Primitive("bytes"),
            request_body.get("required") is True,
            description=text(request_body.get("description")),
        )

    def _structured(self, media_obj: Any) -> bool:
        """Whether the schema describes a structure the method could have built the body from
        (not Swagger 2's `file`, converted as `{type: object, format: file}`)."""
        schema = self._schema(media_obj)
        return schema.get("type", "string") != "string" and schema.get("format") != "file"

    def _schema(self, media_obj: Any) -> dict[str, Any]:
        return self.doc.deref(media_obj.get("schema")) if isinstance(media_obj, dict) else {}

    def _flattened(self, body_type: TypeRef, taken: set[str]) -> tuple[Field, ...]:
        if not isinstance(body_type, ModelRef):
            return ()
        model = self.schemas.models.get(body_type.name)
        if model is None or model.extra_values is not None or not model.fields:
            return ()
        # read-only properties are set by the server: never offered as arguments
        fields = [f for f in model.fields if not f.read_only]
        names = dedupe([f.name for f in fields], taken | RESERVED_ARGUMENTS)
        return tuple(dataclasses.replace(f, name=n) for f, n in zip(fields, names, strict=True))


def _pick(content: dict[str, Any]) -> str | None:
    """The media type the method sends: JSON, else a form, else multipart (each by
    `_encoding`), else octet-stream or text; None: a raw body of another media type."""
    for kind in ("json", "form", "multipart"):
        found = {media: obj for media, obj in content.items() if _encoding(str(media)) == kind}
        if found:
            return pick_media(found, ("json",)) or str(next(iter(found)))
    return pick_media(content, ("octet-stream", "text"))


def _encoding(media: str) -> BodyEncoding:
    if "json" in media:
        return "json"
    # a multipart type is one, whatever its subtype says: `multipart/x-www-form-urlencoded`
    # beside multipart/form-data (soundcloud.com) is no form
    if media.lower().startswith("multipart/"):
        return "multipart"
    if "x-www-form-urlencoded" in media:
        return "form"
    return "text" if media.startswith("text/") else "binary"
