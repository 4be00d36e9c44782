"""Media types as the generator reads them, shared by normalize and the views."""

from __future__ import annotations

import re

# streams of JSON values, one per line or record: no single JSON document to parse
_JSON_SEQUENCES = ("ndjson", "jsonl", "json-seq", "stream+json")


def essence(media: str) -> str:
    """`application/json; charset=utf-8` → `application/json`."""
    return media.split(";")[0].strip().lower()


def is_json_sequence(media: str) -> bool:
    """`application/x-ndjson`, `application/jsonl`, `application/json-seq`..."""
    return any(kind in media.lower() for kind in _JSON_SEQUENCES)


def is_json_text_sequence(media: str) -> bool:
    """RFC 7464 `application/json-seq`: each record starts with RS (0x1E), not a line."""
    return "json-seq" in media.lower()


def is_stream(media: str) -> bool:
    """Read as a stream of values: server-sent events, or JSON values one per line/record."""
    return "event-stream" in media.lower() or is_json_sequence(media)


# RFC 9110's token characters, on each side of the slash of `type/subtype`
_TOKEN = r"[A-Za-z0-9!#$%&'*+.^_`|~-]+"
_MEDIA_TYPE = re.compile(rf"{_TOKEN}/{_TOKEN}")


def is_media_type(key: str) -> bool:
    """Whether a `content` key names a media type or range (`type/subtype`, wildcards and
    parameters allowed): not `data`, `JSON` or `application/json, charset=utf-8`, which an SDK
    could send as neither Accept nor Content-Type."""
    return _MEDIA_TYPE.fullmatch(key.split(";")[0].strip()) is not None
