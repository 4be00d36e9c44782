"""Path, query, header and cookie parameters → `Parameter`s with unique argument names."""

from __future__ import annotations

from typing import Any

from ..model import (
    MapOf,
    ModelRef,
    Parameter,
    Primitive,
    non_null,
)
from ..naming import argument_name, dedupe, pascal
from .refs import Document
from .schemas import SchemaBuilder
from .spec_values import esc, text

# Per-call options every method takes as **options; arguments must not shadow them.
RESERVED_ARGUMENTS = frozenset(
    {"self", "timeout", "retries", "extra_headers", "server_url", "options"}
)
_IGNORED_HEADERS = frozenset({"authorization", "content-type", "accept"})


class ParameterReader:
    """Reads the parameters of an operation (its path item's, then its own)."""

    def __init__(self, doc: Document, schemas: SchemaBuilder) -> None:
        self.doc = doc
        self.schemas = schemas

    def parameters(
        self, item: dict[str, Any], op: dict[str, Any], pointer: str, op_id: str
    ) -> list[Parameter]:
        merged: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        item_pointer = pointer.rsplit("/", 1)[0]
        for owner, owner_pointer in ((item, item_pointer), (op, pointer)):
            for index, raw in enumerate(owner.get("parameters") or []):
                at = f"{owner_pointer}/parameters/{index}"
                param = self.doc.deref(raw)
                if not param.get("name") or param.get("in") not in (
                    "path",
                    "query",
                    "header",
                    "cookie",
                ):
                    self.doc.error(
                        at, "parameter needs a `name` and `in` (path, query, header or cookie)"
                    )
                    continue
                if param["in"] == "header" and str(param["name"]).lower() in _IGNORED_HEADERS:
                    continue
                merged[(str(param["name"]), param["in"])] = (at, param)
        # path parameters first, then required ones; sorted() is stable, so document order stays
        ordered = sorted(
            merged.values(), key=lambda p: (p[1]["in"] != "path", p[1].get("required") is not True)
        )
        # `body` is the argument of a body that is not flattened into keyword arguments
        names = dedupe([_param_name(p) for _, p in ordered], RESERVED_ARGUMENTS | {"body"})
        return [
            self.parameter(param, at, name, op_id)
            for (at, param), name in zip(ordered, names, strict=True)
        ]

    def parameter(self, param: dict[str, Any], at: str, name: str, op_id: str) -> Parameter:
        schema = param.get("schema")
        schema_at = f"{at}/schema"
        if schema is None and isinstance(param.get("content"), dict) and param["content"]:
            media, content = next(iter(param["content"].items()))
            schema, schema_at = content.get("schema", {}), f"{at}/content/{esc(media)}/schema"
        hint = pascal(op_id) + pascal(str(param["name"]))
        location = param["in"]
        self._check_style(param.get("style"), location, at)
        resolved = self.doc.deref(schema) if isinstance(schema, dict) else {}
        example = param.get("example", resolved.get("example"))
        param_type = self.schemas.type_of(schema if schema is not None else {}, schema_at, hint)
        if isinstance(non_null(param_type), ModelRef | MapOf):
            self.doc.warn(
                schema_at,
                f"object-valued {location} parameter {param['name']!r} is not supported "
                "(deepObject and exploded objects are not encoded); pass it pre-encoded",
            )
            param_type = Primitive("str")
        return Parameter(
            name=name,
            wire_name=str(param["name"]),
            location=location,
            type=param_type,
            required=location == "path" or param.get("required") is True,
            description=text(param.get("description") or resolved.get("description")),
            default=resolved.get("default"),
            has_default="default" in resolved,
            example=example,
            has_example=example is not None,
            style=str(
                param.get("style") or ("simple" if location in ("path", "header") else "form")
            ),
            explode=param.get("explode", param.get("style", "form") == "form") is True,
            deprecated=param.get("deprecated") is True,
        )

    def _check_style(self, style: Any, location: str, at: str) -> None:
        """Warn about a serialization style the runtime does not encode."""
        supported = {"query": ("form",), "path": ("simple",), "header": ("simple",)}
        if style is not None and style not in supported.get(location, ("form",)):
            self.doc.warn(
                f"{at}/style",
                f"parameter style {style!r} is not supported for {location} parameters; "
                "values are sent as "
                + ("repeated keys (style form)" if location == "query" else "plain text"),
            )


def _param_name(param: dict[str, Any]) -> str:
    override = param.get("x-speakeasy-name-override")
    return argument_name(str(override) if override else str(param["name"]))
