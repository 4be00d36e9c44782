"""`x-speakeasy-pagination` → `Pagination`: offset/limit or cursor paging of a list response."""

from __future__ import annotations

from typing import Any

from ..model import ArrayOf, Field, Model, ModelRef, Pagination, Response, TypeRef, UnionOf
from .refs import Document


def read_pagination(
    doc: Document,
    models: dict[str, Model],
    op: dict[str, Any],
    pointer: str,
    responses: list[Response],
) -> Pagination | None:
    """How the operation pages through its list, or None when it returns a plain response.

    The response is a model, or a union of models (one shape per server flavour) that all hold
    the item list under the same name; the next cursor is read from the members having it.
    """
    spec = op.get("x-speakeasy-pagination")
    members = _members(models, responses[0].type) if responses else []
    if not isinstance(spec, dict) or not members:
        return None
    inputs = {
        i.get("type"): str(i.get("name")) for i in spec.get("inputs") or [] if isinstance(i, dict)
    }
    outputs = spec.get("outputs") or {}
    fields = [{f.wire_name: f for f in m.fields} for m in members]
    found = [f.get(_property(outputs.get("results", "$.data"))) for f in fields]
    items = [f for f in found if f is not None and isinstance(f.type, ArrayOf)]
    if len(items) != len(found) or len({f.name for f in items}) != 1:
        doc.warn(
            pointer + "/x-speakeasy-pagination",
            "pagination results path is not an array field; the operation returns a plain response",
        )
        return None
    item_types = list(dict.fromkeys(f.type.item for f in items if isinstance(f.type, ArrayOf)))
    item_type = item_types[0] if len(item_types) == 1 else UnionOf(tuple(item_types))
    if spec.get("type") == "cursor" and "cursor" in inputs:
        cursors = [f.get(_property(outputs.get("nextCursor", ""))) for f in fields]
        named = list(dict.fromkeys(f.name for f in cursors if f is not None))
        if len(named) != 1:
            doc.warn(
                pointer + "/x-speakeasy-pagination",
                "pagination nextCursor path names no response field (or several); "
                "the operation returns a plain response",
            )
            return None
        return Pagination(
            "cursor",
            (items[0].name,),
            item_type,
            cursor_param=inputs["cursor"],
            next_cursor_path=(named[0],),
        )
    if "offset" not in inputs or "limit" not in inputs or len(members) != 1:
        return None
    return _offset_limit(items[0], inputs, outputs, fields[0])


def _members(models: dict[str, Model], response: TypeRef | None) -> list[Model]:
    """The response's model, or every model of a union of models; [] for anything else."""
    refs = response.variants if isinstance(response, UnionOf) else (response,)
    found = [models.get(r.name) for r in refs if isinstance(r, ModelRef)]
    if len(found) != len(refs) or any(m is None for m in found):
        return []
    return [m for m in found if m is not None]


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
