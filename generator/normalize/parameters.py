"""Path, query, header and cookie parameters → `Parameter`s with unique argument names."""

from __future__ import annotations

from typing import Any

from ..model import Parameter, TypeRef
from ..naming import argument_name, dedupe, pascal
from ..param_styles import (
    JSON,
    STYLES,
    nests,
    undefined,
    value_kind,
)
from .binary import warn_binary
from .refs import Document
from .schemas import SchemaBuilder
from .spec_values import esc, shown_example, text

# Per-call options every method takes as **options; arguments must not shadow them.
RESERVED_ARGUMENTS = frozenset(
    # `client`: the first argument of each standalone function (funcs/)
    {"self", "client", "timeout", "retries", "extra_headers", "server_url", "options"}
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

    def ignored_headers(
        self, item: dict[str, Any], op: dict[str, Any], pointer: str
    ) -> tuple[tuple[str, str], ...]:
        """(lower-case name, pointer) of each required header parameter OpenAPI says to
        ignore (Accept, Content-Type, Authorization), the operation's own last."""
        found: dict[str, str] = {}
        item_pointer = pointer.rsplit("/", 1)[0]
        for owner, owner_pointer in ((item, item_pointer), (op, pointer)):
            for index, raw in enumerate(owner.get("parameters") or []):
                param = self.doc.deref(raw)
                name = str(param.get("name", "")).lower()
                if param.get("in") == "header" and name in _IGNORED_HEADERS:
                    if param.get("required") is True:
                        found[name] = f"{owner_pointer}/parameters/{index}"
                    else:
                        found.pop(name, None)
        return tuple(found.items())

    def parameter(self, param: dict[str, Any], at: str, name: str, op_id: str) -> Parameter:
        schema = param.get("schema")
        schema_at, media = f"{at}/schema", None
        if schema is None and isinstance(param.get("content"), dict) and param["content"]:
            media, content = next(iter(param["content"].items()))
            schema, schema_at = content.get("schema", {}), f"{at}/content/{esc(media)}/schema"
        hint = pascal(op_id) + pascal(str(param["name"]))
        location = param["in"]
        resolved = self.doc.deref(schema) if isinstance(schema, dict) else {}
        example = shown_example(self.doc, param, schema)
        where = f"a {location} parameter"  # only text: a binary string is typed str there
        with self.schemas.text_only(where):
            param_type = self.schemas.type_of(schema or {}, schema_at, hint)
        warn_binary(self.doc, param_type, self.schemas.models, where, schema_at, set())
        style, explode = self._style(param, at, param_type, media)
        parameter = Parameter(
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
            style=style,
            explode=explode,
            deprecated=param.get("deprecated") is True,
            allow_reserved=location == "query" and param.get("allowReserved") is True,
            pointer=at,
        )
        return parameter

    def _style(
        self, param: dict[str, Any], at: str, param_type: TypeRef, media: str | None
    ) -> tuple[str, bool]:
        """(style, explode) as sent: the spec's, else the location's default; `json` for a
        parameter described by a JSON media type. Warns about what OpenAPI leaves undefined."""
        location = param["in"]
        default = STYLES[location][0]
        if media is not None:  # `content` instead of `schema`: no style applies
            return (JSON if "json" in str(media).lower() else default), False
        style = param.get("style", default)
        if style not in STYLES[location]:
            self.doc.warn(
                f"{at}/style",
                f"style {style!r} is not defined for {location} parameters; "
                f"sent as style {default}",
            )
            style = default
        explode = param.get("explode", style == "form") is True
        kind = value_kind(param_type)
        nested = nests(param_type, self.schemas.models)
        problem = undefined(style, explode, kind, nested)
        if problem:
            self.doc.warn(f"{at}/style", f"{location} parameter {param['name']!r}: {problem}")
        return style, explode


def _param_name(param: dict[str, Any]) -> str:
    override = param.get("x-speakeasy-name-override")
    return argument_name(str(override) if override else str(param["name"]))
