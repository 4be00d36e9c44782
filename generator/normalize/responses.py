"""Responses → successful `Response`s and `ErrorResponse`s with unique exception classes."""

from __future__ import annotations

import builtins
import json
import re
from http import HTTPStatus
from typing import Any

from ..media import is_json_sequence, is_stream
from ..model import (
    ANY,
    ArrayOf,
    ErrorResponse,
    ModelRef,
    Primitive,
    Response,
    TypeRef,
    non_null,
)
from ..naming import pascal
from .refs import Document
from .schemas import SchemaBuilder
from .spec_values import esc, media_content, pick_media, shown_example, text

_RUNTIME_ERRORS = frozenset(
    {
        "APIStatusError",
        "APIConnectionError",
        "APITimeoutError",
        "ResponseValidationError",
        "SDKError",
        "DefaultError",
    }
)


_UNPARSED = Primitive("bytes")
_TEXT = Primitive("str")
_RAW_TYPES = (_TEXT, _UNPARSED, Primitive("file"))


class ResponseReader:
    """Reads the responses of operations; collects the exception classes their errors need."""

    def __init__(self, doc: Document, schemas: SchemaBuilder, reserved_errors: set[str]) -> None:
        self.doc = doc
        self.schemas = schemas
        self.error_types: dict[str, TypeRef | None] = {}  # exception class → its data type
        self.error_descriptions: dict[str, str] = {}
        # exception class → the JSON sequence media type its body is documented as (its data
        # lists the records); absent for one JSON document
        self.error_sequences: dict[str, str] = {}
        self._reserved_errors = reserved_errors | _RUNTIME_ERRORS

    def responses(
        self, op: dict[str, Any], pointer: str, op_id: str
    ) -> tuple[list[Response], list[ErrorResponse], list[str]]:
        """The success responses, the error responses, and the other documented statuses
        (1xx, 3xx: the runtime raises the default error for them)."""
        responses: list[Response] = []
        errors: list[ErrorResponse] = []
        others: list[str] = []
        documented = op.get("responses") or {}
        # OpenAPI: `default` stands for every status not listed, successes included; with no
        # 2xx listed it is where the successes are described (Prism answers 200 with it)
        default_succeeds = not any(str(key).startswith("2") for key in documented)
        for status_key, raw in documented.items():
            status = str(status_key).upper()
            at = f"{pointer}/responses/{esc(str(status_key))}"
            if status == "DEFAULT" and default_succeeds:
                responses.extend(self._success(raw, at, op_id, "default"))
            if status.startswith("2"):
                # a second body is named after its status (`CreateJobResponse202`), not `_2`
                named = op_id if not any(r.type for r in responses) else f"{op_id} {status}"
                responses.extend(self._success(raw, at, named, status))
            elif status == "DEFAULT" and default_succeeds:
                # its schema is the successes' (xtrf.eu: "Success"); a class per such schema
                # would fill the error tree with dozens: an error is the API's default one
                errors.append(self._untyped_error(raw, at))
            elif status[0] in "45" or status == "DEFAULT":
                error = self._error(raw, at, status.lower() if status == "DEFAULT" else status)
                if error is not None:
                    errors.append(error)
            elif status[0] in "13":
                others.append(status)
        if not responses and not errors and others and others[0].startswith("1"):
            self.doc.warn(
                f"{pointer}/responses/{esc(others[0])}",
                "the only documented response is informational (1xx), which Prism sends as a"
                " final response no HTTP client can read; the generated contract tests leave"
                " out this operation's calls",
            )
        return responses, errors, others

    def _success(self, raw: Any, at: str, op_id: str, status: str) -> list[Response]:
        response = self.doc.deref(raw)
        content = media_content(self.doc, response, at)
        not_media = _not_media(response, content)
        ignored = None
        if content and status in _BODILESS:
            self.doc.warn(
                f"{at}/content",
                f"a {status} response has no body (RFC 9110), so its content is ignored: the"
                " method returns None",
            )
            ignored = self._ignored_type(content)
            content = {}
        description = text(response.get("description"))
        headers = response.get("headers")
        names = tuple(str(h).lower() for h in headers) if isinstance(headers, dict) else ()
        found = []
        ordered = _ordered_media(content)
        for media in ordered:
            media_obj = content[media] if isinstance(content[media], dict) else {}
            schema = media_obj.get("schema")
            # bytes need no warning beside a readable alternative the method returns
            quiet = media != ordered[0] and _readable(ordered[0])
            typ = self._success_type(schema, media, at, op_id, quiet)
            structured = typ is not None and non_null(typ) not in _RAW_TYPES and _plain_text(media)
            if structured:
                # the body is text, which the runtime would parse as JSON for any other type
                # (ebay.com sell-marketing: a text/tab-separated-values report typed `object`)
                self._text_only(media, f"{at}/content/{esc(media)}/schema", quiet)
                typ = _TEXT
            example = shown_example(self.doc, media_obj, schema)
            if (typ == _UNPARSED or structured) and not isinstance(example, str):
                # an example that is no text (an XML body's schema example, an object:
                # setlist.fm) describes a parsed value, not the bytes the method returns
                example = None
            if is_json_sequence(media) and isinstance(example, str):
                example = _first_record(example)
            sentinel = media_obj.get("x-speakeasy-sse-sentinel")
            found.append(
                Response(
                    status,
                    description,
                    media,
                    typ,
                    example,
                    example is not None,
                    streaming=is_stream(media),
                    sentinel=str(sentinel) if sentinel is not None else None,
                    envelope=self._is_envelope(typ),
                    headers=names,
                    unparsed_structure=structured or (not _readable(media) and typ == _UNPARSED),
                )
            )
        return found or [
            Response(
                status,
                description,
                None,
                None,
                headers=names,
                not_media=not_media,
                ignored=ignored,
            )
        ]

    def _ignored_type(self, content: dict[str, Any]) -> TypeRef | None:
        """The type of a bodiless response's first content schema, which a mock server still
        writes a body of: known for a `$ref` to a component (built already: no class is made
        for a body the SDK ignores), else None."""
        media_obj = next(iter(content.values()))
        schema = media_obj.get("schema") if isinstance(media_obj, dict) else None
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/components/schemas/"):
            return None
        return self.schemas.type_of(schema, ref, "Ignored")

    def _success_type(
        self, schema: Any, media: str, at: str, op_id: str, quiet: bool
    ) -> TypeRef | None:
        """The type a successful body of `media` parses to (of each value, for a stream: the
        schema of a JSON lines body describes one line, as an event stream's does one event);
        bytes when it cannot be parsed."""
        hint = pascal(op_id) + _HINTS.get(_stream_kind(media), "Response")
        if not schema and is_stream(media):
            return ANY  # values are still sent, each any value (events: JSON decoded, else text)
        if not schema and "json" not in media.lower() and "*" not in media:
            # content of any value: text, or bytes (nowpayments.io: a text/plain "OK" the
            # method dropped, asking for JSON, which Prism answered with 406)
            return _TEXT if _plain_text(media) else _UNPARSED
        typ = (
            self._type(schema, f"{at}/content/{esc(media)}/schema", hint, media) if schema else None
        )
        if typ is not None and not _readable(media) and typ not in _RAW_TYPES:
            if not quiet:
                self.doc.warn(
                    f"{at}/content/{esc(media)}",
                    f"responses of media type {media!r} are not parsed; the method returns "
                    "the body as bytes",
                )
            typ = _UNPARSED
        return typ

    def _text_only(self, media: str, pointer: str, quiet: bool) -> None:
        if not quiet:
            self.doc.warn(
                pointer,
                f"responses of media type {media!r} are text, not JSON: the method returns the"
                " body as str, unparsed by this schema",
            )

    def _type(self, schema: Any, pointer: str, hint: str, media: Any) -> TypeRef:
        """A JSON body holds no raw bytes: a `format: binary` string in it arrives as text."""
        if "json" not in str(media):
            return self.schemas.type_of(schema, pointer, hint)
        with self.schemas.text_only(f"a JSON response ({pointer})"):
            return self.schemas.type_of(schema, pointer, hint)

    def _is_envelope(self, typ: TypeRef | None) -> bool:
        """Whether events of this type are whole server-sent events (`event`, `data`, ...)
        rather than the `data` of one."""
        event_model = self.schemas.models.get(typ.name) if isinstance(typ, ModelRef) else None
        return (
            event_model is not None
            and any(f.wire_name == "data" for f in event_model.fields)
            and {f.wire_name for f in event_model.fields} <= {"event", "data", "id", "retry"}
        )

    def _untyped_error(self, raw: Any, at: str) -> ErrorResponse:
        """The errors of a `default` that describes the successes: the API's default error."""
        response = self.doc.deref(raw)
        content = media_content(self.doc, response, at)
        media = pick_media(content, ("json",)) or next(iter(content), None)
        return ErrorResponse("default", "", text(response.get("description")), media, None)

    def _error(self, raw: Any, at: str, status: str) -> ErrorResponse | None:
        response = self.doc.deref(raw)
        content = media_content(self.doc, response, at)
        documents = {m: v for m, v in content.items() if not is_json_sequence(str(m))}
        media = pick_media(documents, ("json",)) or pick_media(content, ("json",))
        media = media or next(iter(content), None)
        schema = (
            content[media].get("schema") if media and isinstance(content[media], dict) else None
        )
        description = text(response.get("description"))
        if schema is None:
            not_media = _not_media(response, content) if media is None else ()
            return ErrorResponse(status, "", description, media, None, not_media=not_media)
        typ = self._type(schema, f"{at}/content/{esc(str(media))}/schema", "Error" + status, media)
        example = shown_example(self.doc, content[str(media)], schema)
        sequence = str(media) if is_json_sequence(str(media)) else ""
        if sequence:  # the schema describes one record, as a success stream's does
            typ = ArrayOf(typ)
            example = _records(example)
        name = self._error_class_name(schema, raw, status, typ, sequence)
        return ErrorResponse(status, name, description, media, typ, example, example is not None)

    def _error_class_name(
        self, schema: Any, raw: Any, status: str, typ: TypeRef, sequence: str = ""
    ) -> str:
        if isinstance(typ, ModelRef):
            base = typ.name
        elif isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
            base = pascal(raw["$ref"].rsplit("/", 1)[-1])
        elif isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            base = pascal(schema["$ref"].rsplit("/", 1)[-1])  # `ResourceNotFoundException: {}`
        elif status.isdigit() and int(status) in _PHRASES:
            base = pascal(_PHRASES[int(status)])
        else:
            base = f"Status{status}"
        name = base if base.endswith(("Error", "Exception")) else f"{base}Error"
        if name in _BUILTINS:  # a schema `Exception`: the class would shadow the builtin
            name = f"API{name}"
        # a class reads one type, as one document or as records of one media type
        while name in self._reserved_errors or (
            name in self.error_types
            and (self.error_types[name], self.error_sequences.get(name, "")) != (typ, sequence)
        ):
            name = _numbered(name)
        self.error_types[name] = typ
        if sequence:
            self.error_sequences[name] = sequence
        if isinstance(typ, ModelRef):
            model = self.schemas.models.get(typ.name)
            self.error_descriptions.setdefault(name, model.description if model else "")
        return name


def _numbered(name: str) -> str:
    """The next name of a series: `Status400Error` → `Status400Error2` → `Status400Error3`."""
    stem = name.rstrip("0123456789")
    number = int(name[len(stem) :] or 1)
    return f"{stem}{number + 1}"


_BUILTINS = frozenset(dir(builtins))
_BODILESS = frozenset({"204", "205"})  # HTTP forbids content (api.video documents some)
_PHRASES = {s.value: s.phrase for s in HTTPStatus}  # a spec may use any 3 digits (480, 599)


_HINTS = {"events": "Event", "lines": "Item"}  # the name of an inline stream value's model


def _not_media(response: dict[str, Any], kept: dict[str, Any]) -> tuple[str, ...]:
    """The keys of the response's `content` that `media_content` left out."""
    content = response.get("content")
    return tuple(str(k) for k in content if k not in kept) if isinstance(content, dict) else ()


def _stream_kind(media: str) -> str:
    if not is_stream(media):
        return ""
    return "lines" if is_json_sequence(media) else "events"


def _readable(media: str) -> bool:
    """JSON (a stream of JSON values too), events or text; and `*/*`, springdoc's default for
    every response, which the servers writing it answer with JSON (peoplegeneratorapi.live,
    roaring.io). Not XML or HTML text (AWS's query APIs answer `text/xml`), which no schema
    is parsed from."""
    if media.startswith("text/") and ("xml" in media or "html" in media):
        return False
    return "json" in media or "event-stream" in media or media.startswith("text/") or media == "*/*"


def _plain_text(media: str) -> bool:
    """A `text/*` body that is no JSON (`text/json`) and no event stream: csv, plain, html..."""
    media = media.lower()
    return media.startswith("text/") and "json" not in media and "event-stream" not in media


def _first_record(text: str) -> Any:
    """The first value of a JSON lines example written as the body it is (several lines, or
    RS-led records): the item the docs and tests show; the text itself when it is no JSON."""
    record = next((r for r in re.split(r"[\n\x1e]", text) if r.strip()), "")
    try:
        return json.loads(record)
    except ValueError:
        return text


def _records(example: Any) -> Any:
    """The example of an error body documented as a JSON sequence, as the list of its records:
    a text is the body as written (every record; None if one is no JSON), any other value is
    one record."""
    if example is None or not isinstance(example, str):
        return None if example is None else [example]
    try:
        return [json.loads(r) for r in re.split(r"[\n\x1e]", example) if r.strip()]
    except ValueError:
        return None


def _ordered_media(content: dict[str, Any]) -> list[str]:
    """JSON first, then streams (server-sent events, JSON lines), then everything else, each
    in document order: a stream beside JSON becomes the `_stream` method (as for events)."""

    def rank(media: str) -> int:
        if "json" in media and not is_json_sequence(media):
            return 0
        return 1 if is_stream(media) else 2

    return sorted(content, key=rank)
