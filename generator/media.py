"""Media types as the generator reads them, shared by normalize and the views."""

from __future__ import annotations

# streams of JSON values, one per line or record: no single JSON document to parse
_JSON_SEQUENCES = ("ndjson", "jsonl", "json-seq", "stream+json")


def essence(media: str) -> str:
    """`application/json; charset=utf-8` → `application/json`."""
    return media.split(";")[0].strip().lower()


def is_json_sequence(media: str) -> bool:
    """`application/x-ndjson`, `application/jsonl`, `application/json-seq`..."""
    return any(kind in media.lower() for kind in _JSON_SEQUENCES)
