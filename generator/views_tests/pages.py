"""The offline pagination test's script: what the mock serves and which requests it expects.

Offset pages: the offset query value of each request. Cursor pages: the mock's cursor is the
index of the page's first item as text, the next one is written into each page at the
`nextCursor` path (a number where the field is an integer), and the last page names none
(`cursor_script`), so the requests carry `[None, "2"]`.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..model import (
    JsonValue,
    Model,
    ModelRef,
    Pagination,
    Primitive,
    TypeRef,
    UnionOf,
    is_nullable,
    non_null,
)
from .cases import PAGE_SIZE, PAGE_TOTAL, CursorScript
from .values import follow


def sent_values(page: Pagination, total_known: bool) -> tuple[str | None, ...]:
    """The paging query value each request of the offline test sends (None: absent)."""
    sent: list[str | None] = [None]
    received = PAGE_SIZE
    while received < PAGE_TOTAL:  # every page but the last is full
        sent.append(str(received))
        received += PAGE_SIZE
    if page.kind == "offset_limit" and not total_known:
        sent.append(str(PAGE_TOTAL))  # without a total only an empty page ends the list
    return tuple(sent)


def cursor_script(
    models: Mapping[str, Model],
    response: TypeRef,
    page: Pagination,
    template: JsonValue,
    wire_path: tuple[str, ...] | None,
) -> CursorScript | None:
    """How the mock writes each page's next cursor. A string cursor ends with "" where the
    example holds a string (the field may not be nullable), else with None. An integer one is
    served as a number (pydantic would read "2" as 2, hiding a test serving the wrong type),
    and ends with None where the field is nullable, else with the cursor just sent (no integer
    means "no more": the client's guard against a server repeating itself ends the list)."""
    if wire_path is None or page.next_cursor_path is None:
        return None
    t = _field_type(models, response, page.next_cursor_path[0])
    kind = non_null(t) if t is not None else None
    if t is not None and isinstance(kind, Primitive) and kind.kind == "int":
        return CursorScript(None, ints=True, repeat_last=not is_nullable(t))
    return CursorScript("" if isinstance(follow(template, wire_path), str) else None)


def _field_type(models: Mapping[str, Model], response: TypeRef, name: str) -> TypeRef | None:
    """The type of the page's field `name` (only top-level cursors are supported), in the
    first page shape holding it."""
    for member in response.variants if isinstance(response, UnionOf) else (response,):
        model = models.get(member.name) if isinstance(member, ModelRef) else None
        found = next((f for f in model.fields if f.name == name), None) if model else None
        if found is not None:
            return found.type
    return None


def prism_has_next(
    page: Pagination,
    template: JsonValue,
    items: list[JsonValue],
    total: int | None,
    next_cursor_path: tuple[str, ...] | None,
) -> bool:
    """Whether the first page Prism answers (the example) says there is another."""
    if not items:
        return False
    if page.kind == "cursor":
        following = follow(template, next_cursor_path) if next_cursor_path else None
        return following is not None and following != ""
    return total is None or len(items) < total
