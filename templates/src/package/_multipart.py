"""Form and multipart bodies: a payload's fields, and the parts of a multipart/form-data body
(files, text parts, styled fields, per-part headers) as httpx takes them."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import pydantic
import pydantic_core

from ._operation import Operation
from ._params import Style, header_text, query_pairs, to_jsonable, to_text
from ._types import NOT_GIVEN

__all__ = ["Part", "as_fields", "form_value", "multipart_arguments"]

_SIMPLE: Style = ("simple", False)


class Part:
    """A multipart property's value with the headers the caller gave its part(s) (the
    Encoding Object's `headers` that are no constant); a None header is not sent, unless it is
    `required`, which is an error whenever the part is sent."""

    __slots__ = ("value", "headers", "required")

    def __init__(
        self, value: object, headers: Mapping[str, object], required: tuple[str, ...] = ()
    ) -> None:
        self.value = value
        self.headers = headers
        self.required = required

    def with_constants(self, key: str, constants: Mapping[str, object] | None) -> dict[str, str]:
        """The part's headers as sent: the spec's constants, then the caller's."""
        missing = [name for name in self.required if self.headers.get(name) is None]
        if missing:
            raise ValueError(f"Expected the header(s) {missing} for the multipart part {key!r}")
        given = {name: value for name, value in self.headers.items() if value is not None}
        texts = _header_texts({**(constants or {}), **given})
        if any("\r" in text or "\n" in text for text in texts.values()):  # would end the headers
            raise ValueError(f"A header of the multipart part {key!r} holds a line break")
        return texts


def multipart_arguments(
    op: Operation[Any], payload: object
) -> tuple[dict[str, Any], Mapping[str, str]]:
    """Files (bytes, file objects, `(name, content, type[, headers])` tuples; a list of them
    repeats the field) apart from plain fields; multipart/form-data even when no file is sent.
    The parts in `op.parts` carry their Content-Type (a file's own type in a tuple wins); those
    in `op.styles["form"]` are one text part per name=value pair of their style; those in
    `op.part_headers` carry these headers (a file tuple's own headers win), and a `Part` value
    those the caller gave too."""
    # all parts go as httpx "files", a field part being one without a filename: the same
    # bytes, in the order of the fields (httpx's `data` would go first), and fields alone are
    # not sent as application/x-www-form-urlencoded
    files: list[tuple[str, Any]] = []
    styles = op.styles.get("form")
    for key, value in as_fields(payload, mode="python").items():  # "python" keeps bytes
        media, headers = op.parts.get(key), op.part_headers.get(key)
        if isinstance(value, Part):
            part = value
            if part.value is None or part.value is NOT_GIVEN:
                continue  # the part is not sent: nor are its headers
            value, headers = part.value, part.with_constants(key, headers) or None
        if _is_file(value):
            files.append((key, _typed_file(value, media, headers)))
        elif isinstance(value, list) and value and all(_is_file(item) for item in value):
            files.extend((key, _typed_file(item, media, headers)) for item in value)
        elif value is None:
            continue
        elif styles is not None and key in styles:
            pairs = query_pairs(key, value, styles[key])
            files.extend((name, _text_part(text, None, headers)) for name, text in pairs)
        else:
            texts = [_part_text(item, media) for item in _listed(value)]
            files.extend((key, _text_part(text, media, headers)) for text in texts)
    if files:
        return {"files": files}, {}
    boundary = os.urandom(16).hex()  # no part at all: just the closing delimiter
    content_type = f"multipart/form-data; boundary={boundary}"
    return {"content": f"--{boundary}--\r\n".encode()}, {"Content-Type": content_type}


def _text_part(
    text: str, media: str | None, headers: Mapping[str, object] | None
) -> tuple[None, str] | tuple[None, str, str | None] | tuple[None, str, str | None, Any]:
    """A field part (no filename): its text, and its Content-Type and headers when it has
    any."""
    if headers is not None:
        return None, text, media, _header_texts(headers)
    return (None, text) if media is None else (None, text, media)


def _header_texts(headers: Mapping[str, object]) -> dict[str, str]:
    """Part header values written as a header parameter's are (style simple)."""
    return {name: header_text(value, _SIMPLE) for name, value in headers.items()}


def _typed_file(value: Any, media: str | None, headers: Mapping[str, object] | None) -> Any:
    """A file part given the spec's content type and constant headers, unless the caller
    gave its own (a 3-tuple's type, a 4-tuple's headers)."""
    if headers is not None:
        name, content, own_media, own = (*_file_tuple(value), None, None)[:4]
        return name, content, own_media or media, {**_header_texts(headers), **(own or {})}
    if media is None or (isinstance(value, tuple) and len(value) > 2):
        return value
    if isinstance(value, tuple):
        return (*value, media)
    return os.path.basename(str(getattr(value, "name", "upload"))), value, media


def _file_tuple(value: Any) -> tuple[Any, ...]:
    """A file argument as a `(filename, content[, type[, headers]])` tuple."""
    if isinstance(value, tuple):
        return value
    return os.path.basename(str(getattr(value, "name", "upload"))), value


def _part_text(value: object, media: str | None) -> str:
    """A field part's text: JSON text for a JSON media type, else as a form field's."""
    essence = (media or "").partition(";")[0].strip().lower()
    if essence == "application/json" or essence.endswith("+json") or isinstance(value, list):
        return pydantic_core.to_json(to_jsonable(value)).decode()  # a list in a list too
    return str(form_value(value))


def _listed(value: object) -> list[Any]:
    """A field's values: a list repeats the field; None items are left out."""
    items = value if isinstance(value, list) else [value]
    return [item for item in items if item is not None]


def _is_file(value: object) -> bool:
    return isinstance(value, (bytes, tuple)) or hasattr(value, "read")


def form_value(value: object) -> object:
    """A form field: arrays stay lists (repeated fields), objects become JSON text."""
    if isinstance(value, (list, tuple)):
        return [form_value(item) for item in value]
    if isinstance(value, (Mapping, pydantic.BaseModel)):
        return pydantic_core.to_json(to_jsonable(value)).decode()
    return value if value is None else to_text(value)


def as_fields(payload: object, *, mode: str) -> Mapping[str, Any]:
    if isinstance(payload, pydantic.BaseModel) and mode == "python":
        # the attributes themselves: dumping would turn file objects into iterators
        fields = type(payload).model_fields
        return {
            fields[name].alias or name: getattr(payload, name) for name in payload.model_fields_set
        }
    if isinstance(payload, pydantic.BaseModel):
        return payload.model_dump(mode=mode, by_alias=True, exclude_unset=True)
    if isinstance(payload, Mapping):
        return payload
    raise TypeError(f"A form body must be a mapping or a model, not {type(payload).__name__}")
