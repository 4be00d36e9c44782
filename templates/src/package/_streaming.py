"""Streamed responses: `Stream` and `AsyncStream`, iterators of parsed values.

A stream is server-sent events (`text/event-stream`, one value per event) or JSON values one
per line or record (`application/x-ndjson`, `application/json-seq`...: `_jsonlines`), as the
operation's `stream` says. A streaming method returns one of these as soon as the response
headers arrive; each value is parsed while iterating. The HTTP response is closed when the
stream ends, when the sentinel event (such as `data: [DONE]`) arrives, on an error, or when
the `with` block is left:

```python
with client.chat.send_stream(...) as stream:
    for event in stream:
        print(event)
```
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, AsyncIterator, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Generic, Self, TypeVar

import httpx
import pydantic

from ._operation import EventStream, JsonLines, Operation
from .errors import ResponseValidationError

__all__ = ["AsyncStream", "ServerSentEvent", "Stream"]

T = TypeVar("T")


@dataclass
class ServerSentEvent:
    """One event as sent: the `event`, `data` (lines joined), `id` and `retry` fields."""

    event: str | None = None
    data: str = ""
    id: str | None = None
    retry: int | None = None
    _lines: list[str] = field(default_factory=list, repr=False)


class _Decoder:
    """Lines in, events out (WHATWG event-stream format; comments and unknown fields skipped)."""

    def __init__(self) -> None:
        self._event = ServerSentEvent()
        self._started = False

    def feed(self, line: str) -> ServerSentEvent | None:
        line = line.rstrip("\r\n")
        if not line:  # a blank line dispatches the event
            if not self._started:
                return None
            event, self._event, self._started = self._event, ServerSentEvent(), False
            event.data = "\n".join(event._lines)
            return event
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        self._started = True
        if name == "data":
            self._event._lines.append(value)
        elif name == "event":
            self._event.event = value
        elif name == "id":
            self._event.id = value
        elif name == "retry" and value.isdigit():
            self._event.retry = int(value)
        return None

    def flush(self) -> ServerSentEvent | None:
        return self.feed("") if self._started else None


def _events(lines: Iterable[str]) -> Iterator[ServerSentEvent]:
    decoder = _Decoder()
    for line in lines:
        event = decoder.feed(line)
        if event is not None:
            yield event
    last = decoder.flush()
    if last is not None:
        yield last


def _decode_data(data: str) -> Any:
    try:
        return json.loads(data)
    except ValueError:
        return data


class _StreamBase(Generic[T]):
    def __init__(self, op: Operation[T], response: httpx.Response) -> None:
        self.op = op
        self.response = response
        self._spec = op.stream
        events = op.stream if isinstance(op.stream, EventStream) else EventStream()
        self._sentinel = events.sentinel
        self._envelope = events.envelope

    def _is_sentinel(self, sse: ServerSentEvent) -> bool:
        return self._sentinel is not None and sse.data.strip() == self._sentinel

    def _parse(self, sse: ServerSentEvent) -> T | None:
        """The typed event, or None for an event without data (keep-alives)."""
        if not sse.data and not (self._envelope and sse.event):
            return None
        data = _decode_data(sse.data)
        value: object = data
        if self._envelope:
            fields = {"event": sse.event, "data": data, "id": sse.id, "retry": sse.retry}
            value = {k: v for k, v in fields.items() if v is not None}
        try:
            return self.op.validate_python(value)
        except pydantic.ValidationError as exc:
            raise ResponseValidationError(
                f"{self.op.method} {self.op.path} sent an event that does not match its schema: "
                + "; ".join(str(e["msg"]) for e in exc.errors(include_input=False)[:3]),
                response=self.response,
                body=sse.data,
            ) from exc


class Stream(_StreamBase[T]):
    """Iterate to get each event, parsed; the response is closed at the end."""

    def __init__(self, op: Operation[T], response: httpx.Response) -> None:
        super().__init__(op, response)
        self._iterator = self._iterate()

    def _iterate(self) -> Generator[T, None, None]:
        try:
            if isinstance(self._spec, JsonLines):
                from ._jsonlines import iter_values  # only streams of JSON values need it

                yield from iter_values(self.op, self.response, self._spec)
                return
            for sse in _events(self.response.iter_lines()):
                if self._is_sentinel(sse):
                    break
                value = self._parse(sse)
                if value is not None:
                    yield value
        finally:
            self.response.close()

    def __iter__(self) -> Iterator[T]:
        return self._iterator

    def __next__(self) -> T:
        return next(self._iterator)

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._iterator.close()
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(_StreamBase[T]):
    """`async for` gets each event, parsed; the response is closed at the end."""

    def __init__(self, op: Operation[T], response: httpx.Response) -> None:
        super().__init__(op, response)
        self._iterator = self._iterate()

    async def _iterate(self) -> AsyncGenerator[T, None]:
        try:
            if isinstance(self._spec, JsonLines):
                from ._jsonlines import aiter_values

                async for item in aiter_values(self.op, self.response, self._spec):
                    yield item
                return
            decoder = _Decoder()
            async for line in self.response.aiter_lines():
                sse = decoder.feed(line)
                if sse is None:
                    continue
                if self._is_sentinel(sse):
                    return
                value = self._parse(sse)
                if value is not None:
                    yield value
            last = decoder.flush()
            if last is not None and not self._is_sentinel(last):
                value = self._parse(last)
                if value is not None:
                    yield value
        finally:
            await self.response.aclose()

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterator

    async def __anext__(self) -> T:
        return await self._iterator.__anext__()

    async def close(self) -> None:
        """Stop reading and release the connection."""
        await self._iterator.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()
