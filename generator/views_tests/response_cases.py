"""The tests of what a response may hold: following its pages, and an open enum's unknown
value read back as a plain value."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from .. import emit
from ..emit import Check, PathStep, PySource
from ..model import (
    ArrayOf,
    EnumRef,
    JsonValue,
    MapOf,
    ModelRef,
    Operation,
    Response,
    TypeRef,
    non_null,
)
from .cases import PAGE_SIZE, UNKNOWN_ENUM_VALUE, Argument, BodyView, EnumCase, PageCase, ResultKind
from .pages import cursor_script, prism_has_next, sent_values
from .responses import ResponseBuilder
from .values import follow


class ResponseCases(ResponseBuilder):
    """A method's pagination case and unknown-enum case."""

    def page_case(
        self, op: Operation, minimal: Sequence[Argument], body: BodyView
    ) -> PageCase | None:
        page = op.pagination
        response = response_of(op, streamed=False)
        if page is None or response is None or response.type is None or body.kind != "json":
            return None
        if any(p.wire_name == page.cursor_param and p.required for p in op.parameters):
            return None  # the first request already names a cursor the mock cannot read
        items_path = self.wire_path(response.type, page.items_path)
        total_path = self.wire_path(response.type, page.total_path) if page.total_path else None
        cursor_path = (
            self.wire_path(response.type, page.next_cursor_path) if page.kind == "cursor" else None
        )
        items = follow(body.json, items_path)
        items = items if isinstance(items, list) else []
        item = items[0] if items else self.answer(page.item_type, None, False)
        skipped = (page.limit_param, page.cursor_param)
        args = [(a.name, a.value) for a in minimal if a.passed and a.wire_name not in skipped]
        if any(p.wire_name == page.limit_param and p.location == "query" for p in op.parameters):
            limit = next(p.name for p in op.parameters if p.wire_name == page.limit_param)
            args.append((limit, PAGE_SIZE))
        total = follow(body.json, total_path) if total_path else None
        total = total if isinstance(total, int) and not isinstance(total, bool) else None
        item_type = non_null(page.item_type)
        return PageCase(
            args=tuple(args),
            template=body.json,
            items_path=items_path,
            total_path=total_path,
            item=item,
            offset_param=page.cursor_param if page.kind == "cursor" else page.offset_param,
            offsets=sent_values(page, total_path is not None),
            item_type=(
                emit.py_class_ref(item_type.name) if isinstance(item_type, ModelRef) else None
            ),
            prism_total=total,
            prism_items=len(items),
            prism_has_next=prism_has_next(page, body.json, items, total, cursor_path),
            prism_exact=response.has_example,
            item_type_ref=page.item_type,
            next_cursor_path=cursor_path,
            cursor=cursor_script(self.models, response.type, page, body.json, cursor_path),
        )

    def enum_case(self, op: Operation, body: BodyView, kind: ResultKind) -> EnumCase | None:
        """The first open-enum value in the response example, replaced by an unknown one."""
        response = response_of(op, streamed=False)
        if body.kind != "json" or kind not in ("json", "page") or response is None:
            return None
        for check in self.result_checks(op, kind, response, body):
            if check.kind != "is" or not isinstance(check.expected, PySource):
                continue  # only enum members are checked with `is` against source text
            found = self._locate(op, response, check.path, kind == "page")
            if found is None or not isinstance(found[1], EnumRef):
                continue
            enum = self.enums.get(found[1].name)
            if enum is None or not enum.open:
                continue
            unknown: str | int = UNKNOWN_ENUM_VALUE if enum.value_kind == "str" else 987654321
            changed = with_value(body.json, found[0], unknown)
            plain = PySource(type(unknown).__name__)  # `str` or `int`
            checks = (Check(check.path, "eq", unknown), Check(check.path, "type", plain))
            return EnumCase(changed, checks, tuple(found[0]), unknown)
        return None

    def _locate(
        self, op: Operation, response: Response, path: Sequence[PathStep], paginated: bool
    ) -> tuple[list[str | int], TypeRef] | None:
        """Where a checked value sits in the response JSON (wire names and list indexes), and
        its type."""
        if response.type is None:
            return None
        wire: list[str | int] = []
        steps = list(path)
        current: TypeRef = response.type
        if paginated and op.pagination is not None:  # the page's `.data` is the item list
            wire = list(self.wire_path(response.type, op.pagination.items_path))
            current = ArrayOf(op.pagination.item_type)
            steps = steps[1:]
        for kind, key in steps:
            current = non_null(current)
            model = self.models.get(current.name) if isinstance(current, ModelRef) else None
            if kind == "attr" and model is not None:
                field = next((f for f in model.fields if f.name == key), None)
                if field is None:
                    return None
                wire.append(field.wire_name)
                current = field.type
            elif kind == "item" and isinstance(current, ArrayOf | MapOf):
                wire.append(key)
                current = current.item if isinstance(current, ArrayOf) else current.value
            else:
                return None
        return wire, non_null(current)


def response_of(op: Operation, *, streamed: bool) -> Response | None:
    """The response a method returns: the event stream, or the first plain response."""
    if streamed:
        return next((r for r in op.responses if r.streaming), None)
    return op.plain_response


def with_value(document: JsonValue, path: Sequence[str | int], value: JsonValue) -> JsonValue:
    """A copy of `document` with `value` at `path` (the empty path: the whole document)."""
    if not path:
        return value
    changed = copy.deepcopy(document)
    target: Any = changed
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return changed
