"""`x-speakeasy-pagination` → `Pagination`: offset/limit or cursor paging of a list response."""

from __future__ import annotations

from typing import Any

from ..model import ArrayOf, Field, Model, ModelRef, Pagination, Response
from .refs import Document


def read_pagination(
    doc: Document,
    models: dict[str, Model],
    op: dict[str, Any],
    pointer: str,
    responses: list[Response],
) -> Pagination | None:
    """How the operation pages through its list, or None when it returns a plain response."""
    spec = op.get("x-speakeasy-pagination")
    if not isinstance(spec, dict) or not responses or not isinstance(responses[0].type, ModelRef):
        return None
    model = models.get(responses[0].type.name)
    if model is None:
        return None
    inputs = {
        i.get("type"): str(i.get("name")) for i in spec.get("inputs") or [] if isinstance(i, dict)
    }
    outputs = spec.get("outputs") or {}
    wire_to_attr = {f.wire_name: f for f in model.fields}
    items_field = wire_to_attr.get(_property(outputs.get("results", "$.data")))
    if items_field is None or not isinstance(items_field.type, ArrayOf):
        doc.warn(
            pointer + "/x-speakeasy-pagination",
            "pagination results path is not an array field; the operation returns a plain response",
        )
        return None
    if spec.get("type") == "cursor" and "cursor" in inputs:
        return _cursor(items_field, inputs, outputs, wire_to_attr)
    if "offset" not in inputs or "limit" not in inputs:
        return None
    return _offset_limit(items_field, inputs, outputs, wire_to_attr)


def _cursor(
    items: Field, inputs: dict[Any, str], outputs: dict[str, Any], fields: dict[str, Field]
) -> Pagination:
    assert isinstance(items.type, ArrayOf)
    next_field = fields.get(_property(outputs.get("nextCursor", "")))
    return Pagination(
        "cursor",
        (items.name,),
        items.type.item,
        cursor_param=inputs["cursor"],
        next_cursor_path=(next_field.name,) if next_field else (),
    )


def _offset_limit(
    items: Field, inputs: dict[Any, str], outputs: dict[str, Any], fields: dict[str, Field]
) -> Pagination:
    assert isinstance(items.type, ArrayOf)
    total_wire = outputs.get("numResults") or outputs.get("totalCount") or "$.total_count"
    total = fields.get(_property(total_wire))
    return Pagination(
        "offset_limit",
        (items.name,),
        items.type.item,
        offset_param=inputs["offset"],
        limit_param=inputs["limit"],
        total_path=(total.name,) if total else None,
    )


def _property(path: Any) -> str:
    """The property a `$.name` output path names (only top-level paths are supported)."""
    return str(path).removeprefix("$.")
