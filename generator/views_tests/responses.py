"""The responses the mock answers successful calls with, and the checks on what they parse to."""

from __future__ import annotations

from .. import emit
from ..emit import Check
from ..media import is_json_sequence, is_json_text_sequence
from ..model import (
    ArrayOf,
    JsonValue,
    Operation,
    Primitive,
    Response,
    TypeRef,
    non_null,
)
from .cases import BodyView, ResultKind
from .checks import CheckBuilder
from .values import follow, jsonable

_EMPTY = BodyView("empty", None, "", "")


class ResponseBuilder(CheckBuilder):
    """Response bodies for the mock and the checks on the values they parse to."""

    def result_body(self, kind: ResultKind, response: Response | None) -> BodyView:
        """What the mock answers a successful call with."""
        if response is None or kind == "none":
            return _EMPTY
        if kind == "stream" and response.content_type and is_json_sequence(response.content_type):
            return BodyView("text", None, self.json_lines(response), response.content_type)
        if kind == "stream":
            return BodyView("text", None, self.event_stream(response), "text/event-stream")
        media = response.content_type
        if media == "*/*" and kind in ("json", "page"):
            media = "application/json"  # the method parses it as JSON (normalize)
        return self.response_body(media, response.type, response.example, response.has_example)

    def response_body(
        self, content_type: str | None, t: TypeRef | None, example: JsonValue, has_example: bool
    ) -> BodyView:
        if content_type is None or t is None:
            return _EMPTY
        if "json" not in content_type or non_null(t) == Primitive("bytes"):  # not parsed
            text = example if isinstance(example, str) else "example"
            return BodyView("text", None, text, content_type.replace("*", "example"))
        value = self.answer(t, example, has_example)
        return BodyView("json", value, "", content_type, t)

    def event_stream(self, response: Response) -> str:
        """One server-sent event carrying the example, then the sentinel if there is one."""
        event = self.stream_event(response)
        if response.envelope and isinstance(event, dict):
            name = f"event: {event['event']}\n" if event.get("event") is not None else ""
            text = f"{name}data: {emit.json_example(event.get('data'))}\n\n"
        else:
            text = f"data: {emit.json_example(event)}\n\n"
        if response.sentinel is not None:
            text += f"data: {response.sentinel}\n\n"
        return text

    def json_lines(self, response: Response) -> str:
        """The example as the one value of a JSON lines body (RFC 7464: after an RS), with a
        blank line before it that the stream skips."""
        value = emit.json_example(self.stream_event(response))
        if is_json_text_sequence(response.content_type or ""):
            return f"\x1e{value}\n"
        return f"\n{value}\n"

    def stream_event(self, response: Response) -> JsonValue:
        if response.type is None:  # a stream without a schema: events are untyped text
            return jsonable(response.example) if response.has_example else "example"
        return self.answer(response.type, response.example, response.has_example)

    def result_checks(
        self, op: Operation, kind: ResultKind, response: Response | None, body: BodyView
    ) -> tuple[Check, ...]:
        if kind == "none" or response is None or response.type is None:
            return (Check((), "is", None),)
        if kind == "text":
            return (Check((), "eq", body.text),)
        if kind == "bytes":
            return (Check((), "eq", emit.py_bytes(body.text)),)
        if kind == "stream":
            events = [self.stream_event(response)]
            return tuple(self.checks(ArrayOf(response.type), events, ()))
        if body.kind != "json":
            return ()
        page = op.pagination
        if kind == "page" and page is not None:
            items_path = self.wire_path(response.type, page.items_path)
            items = follow(body.json, items_path)
            checks = list(self.checks(ArrayOf(page.item_type), items, (("attr", "data"),)))
            if page.total_path:
                total = follow(body.json, self.wire_path(response.type, page.total_path))
                checks.append(Check((("attr", "total_count"),), "eq", total))
            return tuple(checks)
        return tuple(self.checks(response.type, body.json, ()))
