"""The offline pagination test's script: what the mock serves and which requests it expects.

Offset pages: the offset query value of each request. Cursor pages: the mock's cursor is the
index of the page's first item as text, the next one is written into each page at the
`nextCursor` path, and the last page names none (None, or "" where the example holds a string),
so the requests carry `[None, "2"]`.
"""

from __future__ import annotations

from ..model import JsonValue, Pagination
from .cases import PAGE_SIZE, PAGE_TOTAL
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


def last_cursor(template: JsonValue, next_cursor_path: tuple[str, ...]) -> str | None:
    """What the last page gives as the next cursor: "" where the example holds a string (the
    field may not be nullable), else None."""
    return "" if isinstance(follow(template, next_cursor_path), str) else None


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
