"""Streams of JSON values, one per record (`application/x-ndjson`, `application/jsonl`,
`application/stream+json`, RFC 7464 `application/json-seq`): the values a `Stream` yields.

Records are split from the body's bytes as they arrive, never from the whole body. Both
separators (newline, RS 0x1E) are single bytes that no multi-byte UTF-8 character contains, so
the split needs no decoding, and pydantic validates each record's bytes as they are.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any, TypeVar

import httpx
import pydantic

from ._operation import JsonLines, Operation
from ._response import _summarize, _type_name
from .errors import ResponseValidationError

__all__ = ["aiter_values", "iter_values"]

T = TypeVar("T")


class _Splitter:
    """Bytes in, whole records out; the unfinished last record waits for the next chunk."""

    def __init__(self, separator: bytes) -> None:
        self._separator = separator
        self._tail = bytearray()

    def feed(self, chunk: bytes) -> list[bytes]:
        self._tail += chunk
        if self._separator not in chunk:  # a long record over many chunks: no re-splitting
            return []
        *records, rest = bytes(self._tail).split(self._separator)
        self._tail = bytearray(rest)
        return records

    def flush(self) -> list[bytes]:
        """The last record, which a JSON lines body need not end with a newline."""
        rest, self._tail = bytes(self._tail), bytearray()
        return [rest]


class _Reader:
    """Validates each non-blank record of one response as the operation's item type."""

    def __init__(self, op: Operation[Any], response: httpx.Response, spec: JsonLines) -> None:
        self.op = op
        self.response = response
        self.splitter = _Splitter(spec.separator.encode())
        self._number = 0  # of the record, for the error message (never its content)

    def records(self, chunk: bytes | None) -> list[bytes]:
        """The non-blank records `chunk` completes (None: the body's end), stripped: blank
        lines are keep-alives, and a JSON text sequence has nothing before its first RS."""
        found = self.splitter.flush() if chunk is None else self.splitter.feed(chunk)
        return [record for record in (r.strip() for r in found) if record]

    def parse(self, record: bytes) -> Any:
        self._number += 1
        try:
            return self.op.validate_json(record)
        except pydantic.ValidationError as exc:  # invalid JSON too
            raise ResponseValidationError(
                f"{self.op.method} {self.op.path} sent record {self._number} that does not match"
                f" {_type_name(self.op)}: {_summarize(exc)}",
                response=self.response,
                body=record.decode("utf-8", "replace"),
            ) from exc


def iter_values(op: Operation[T], response: httpx.Response, spec: JsonLines) -> Iterator[T]:
    """Each record's value, read and validated as it arrives."""
    reader = _Reader(op, response, spec)
    for chunk in response.iter_bytes():
        for record in reader.records(chunk):
            yield reader.parse(record)
    for record in reader.records(None):
        yield reader.parse(record)


async def aiter_values(
    op: Operation[T], response: httpx.Response, spec: JsonLines
) -> AsyncIterator[T]:
    """`iter_values` for an async response."""
    reader = _Reader(op, response, spec)
    async for chunk in response.aiter_bytes():
        for record in reader.records(chunk):
            yield reader.parse(record)
    for record in reader.records(None):
        yield reader.parse(record)
